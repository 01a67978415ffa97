#pragma once

#include "screens/Page.h"

class QLabel;
class QProgressBar;
class QPushButton;

class QChartView;

namespace fe {
namespace app {

// The supervisor's local picture: registrations per day and contributions by scheme, counted
// from this laptop's store (the fleet view of the central office comes with sync).
class ChartsPage : public Page
{
    Q_OBJECT
public:
    explicit ChartsPage(StoreClient& client, QWidget* parent = nullptr);

    QString title() const override;
    void setStore(const StoreInfo& info) override;
    void activated() override;
    void refresh();
    const std::optional<ChartData>& data() const { return m_data; }

Q_SIGNALS:
    void refreshed();

protected:
    void retranslate() override;

private:
    void showData();

    std::optional<StoreInfo> m_info;
    std::optional<ChartData> m_data;
    CancelFlag m_cancel;
    bool m_stale = true;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_registrations = nullptr;
    QChartView* m_contributions = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace app
} // namespace fe
