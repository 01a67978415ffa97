#pragma once

#include "screens/Page.h"
#include "validation/Validator.h"

#include <QHash>
#include <QSet>

#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace fe {
namespace app {

class ContributionTableModel;
class EnterNavigator;
class ErrorLabel;
class MemberListModel;

// Recording a payment: find the member, see what the scheme expects, take cash or mobile money
// (the code is checked as typed, and for reuse by the store), save, then print the receipt or
// save it as PDF. Past payments can be voided with a reason.
class ContributionsPage : public Page
{
    Q_OBJECT
public:
    explicit ContributionsPage(StoreClient& client, QWidget* parent = nullptr);

    QString title() const override;
    void setStore(const StoreInfo& info) override;
    void activated() override;

    // Shows the member's payment form (as picking them from the search results does).
    void selectMember(const QUuid& id);
    std::optional<Member> selectedMember() const { return m_member; }
    int resultCount() const;
    const std::optional<ContributionReceipt>& lastReceipt() const { return m_lastReceipt; }
    QString errorFor(const QString& field) const;
    QString bannerText() const;
    Status writeReceipt(const QString& path, const ContributionReceipt& receipt) const;

Q_SIGNALS:
    void memberLoaded();
    void contributionSaved(const QString& receiptNumber);

public Q_SLOTS:
    void save();

protected:
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addRow(QGridLayout* grid, const QString& field, QWidget* widget);
    void startSearch();
    Contribution collect(QHash<QString, QString>* inputErrors = nullptr) const;
    QStringList validate();
    void updateExpected();
    void updateMethodFields();
    void loadPayments();
    void setBanner(const QString& text, bool error);
    void saveReceiptPdf(const ContributionReceipt& receipt);
    void printReceipt(const ContributionReceipt& receipt);
    void voidSelected();
    std::optional<ContributionReceipt> selectedReceipt() const;
    QDate today() const;
    int months() const;

    std::optional<StoreInfo> m_info;
    std::optional<Member> m_member;
    std::optional<Money> m_expected;
    std::optional<ContributionReceipt> m_lastReceipt;
    QList<Contribution> m_payments;
    bool m_saving = false;
    bool m_showAll = false;
    QSet<QString> m_touched;

    struct FieldRow
    {
        QLabel* label = nullptr;
        QWidget* field = nullptr;
        ErrorLabel* error = nullptr;
    };
    QHash<QString, FieldRow> m_rows;

    QLabel* m_heading = nullptr;
    QLabel* m_findLabel = nullptr;
    QLineEdit* m_search = nullptr;
    MemberListModel* m_results = nullptr;
    QTableView* m_resultView = nullptr;
    QLabel* m_memberLabel = nullptr;
    QWidget* m_form = nullptr;
    QComboBox* m_scheme = nullptr;
    QDateEdit* m_firstMonth = nullptr;
    QSpinBox* m_months = nullptr;
    QLabel* m_expectedLabel = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_bankReference = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_receiptPdf = nullptr;
    QPushButton* m_receiptPrint = nullptr;
    QLabel* m_paymentsLabel = nullptr;
    ContributionTableModel* m_paymentsModel = nullptr;
    QTableView* m_paymentsView = nullptr;
    QPushButton* m_void = nullptr;
    QPushButton* m_selectedPdf = nullptr;
    EnterNavigator* m_navigator = nullptr;
};

} // namespace app
} // namespace fe
