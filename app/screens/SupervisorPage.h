#pragma once

#include "screens/Page.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fe {
namespace app {

class FlagsModel;
class FleetModel;
class SupervisorClient;
class SyncClient;

// For supervisors, from the central office: the devices of their districts (last contact,
// backlog, errors, clock) and the open duplicate flags, which they resolve as the same person or
// distinct people. Uses the supervisor credential saved in Settings.
class SupervisorPage : public Page
{
    Q_OBJECT
public:
    SupervisorPage(StoreClient& client, SyncClient& sync, QWidget* parent = nullptr);
    ~SupervisorPage() override;

    QString title() const override;
    void setStore(const StoreInfo& info) override;
    void activated() override;

    void refresh();
    // Resolves the flag in `row` of the flags table.
    void resolve(int row, bool samePerson);

    FleetModel* fleetModel() const { return m_fleet; }
    FlagsModel* flagsModel() const { return m_flags; }
    SupervisorClient& supervisor() const { return *m_supervisor; }
    QString lastMessage() const;

Q_SIGNALS:
    void fleetShown();
    void flagsShown();

protected:
    void retranslate() override;

private:
    void configure();
    void setMessage(const QString& text, bool error);
    int selectedFlagRow() const;

    SyncClient& m_sync;
    SupervisorClient* m_supervisor = nullptr;
    FleetModel* m_fleet = nullptr;
    FlagsModel* m_flags = nullptr;
    QLabel* m_heading = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_fleetView = nullptr;
    QTableView* m_flagsView = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_same = nullptr;
    QPushButton* m_distinct = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace app
} // namespace fe
