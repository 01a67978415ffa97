#pragma once

#include "screens/Page.h"

#include <QLocale>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace fe {
namespace app {

class MemberListModel;

// The members list: search (name in either script, document or phone number), filters by
// district, scheme and sync state, sorting, and the member detail on Enter or double-click.
class MembersPage : public Page
{
    Q_OBJECT
public:
    explicit MembersPage(StoreClient& client, QWidget* parent = nullptr);

    QString title() const override;
    void setStore(const StoreInfo& info) override;
    void activated() override;

    MemberListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    bool isLoading() const { return m_loading; }
    // Reloads the whole list (after a restore, or a language change that changes the collation).
    void reload();

Q_SIGNALS:
    void openMember(const QUuid& id);
    // Emitted when a search's results are shown (the benchmark measures up to here).
    void searchShown(const QString& text, int rows);
    void directoryReady();

protected:
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void startSearch();
    void cancelLoading();
    void updateCount();
    void openCurrent();

    MemberListModel* m_model = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_searchLabel = nullptr;
    QComboBox* m_district = nullptr;
    QLabel* m_districtLabel = nullptr;
    QComboBox* m_scheme = nullptr;
    QLabel* m_schemeLabel = nullptr;
    QComboBox* m_sync = nullptr;
    QLabel* m_syncLabel = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_open = nullptr;
    CancelFlag m_cancelFlag;
    bool m_loading = false;
    bool m_hasStore = false;
    QLocale m_collation;
    QList<QPair<QString, QString>> m_districts; // code, label
};

} // namespace app
} // namespace fe
