#pragma once

#include "worker/StoreTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fe {
namespace app {

class ContributionTableModel;
class HistoryModel;
class HouseholdModel;
class StoreClient;

// One member: person, household, payments, the history of corrections with their reasons, and
// where the record is on its way to the central office, in plain words.
class MemberDetailDialog : public QDialog
{
    Q_OBJECT
public:
    MemberDetailDialog(StoreClient& client, const QUuid& memberId, QWidget* parent = nullptr);

    bool isLoaded() const { return m_detail.has_value(); }
    const std::optional<MemberDetail>& detail() const { return m_detail; }
    QString syncText() const;
    // Writes the member card; the button asks for the file name first.
    Status writeCard(const QString& path) const;

Q_SIGNALS:
    void loaded();
    void correctRequested(const fe::Member& member);
    void paymentRequested(const QUuid& memberId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void display(const MemberDetail& detail);
    void retranslate();
    void saveCard();
    void printCard();

    StoreClient& m_client;
    QUuid m_id;
    std::optional<MemberDetail> m_detail;
    QLabel* m_name = nullptr;
    QLabel* m_sync = nullptr;
    QLabel* m_photo = nullptr; // hidden when the member has none
    QTabWidget* m_tabs = nullptr;
    QWidget* m_personTab = nullptr;
    QFormLayout* m_person = nullptr;
    HouseholdModel* m_household = nullptr;
    ContributionTableModel* m_contributions = nullptr;
    HistoryModel* m_history = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_pay = nullptr;
    QPushButton* m_card = nullptr;
    QPushButton* m_printCard = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace app
} // namespace fe
