#include "screens/ContributionsPage.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"
#include "models/ContributionTableModel.h"
#include "models/MemberListModel.h"
#include "printing/ReceiptDocument.h"
#include "shell/Roles.h"
#include "widgets/EnterNavigator.h"
#include "widgets/ErrorLabel.h"
#include "worker/StoreClient.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fe {
namespace app {
namespace {

const QString kScheme = QStringLiteral("scheme");
const QString kPeriod = QStringLiteral("period");
const QString kAmount = QStringLiteral("amount");
const QString kMethod = QStringLiteral("method");
const QString kCode = QStringLiteral("transactionCode");
const QString kBank = QStringLiteral("bankReference");
const QString kReason = QStringLiteral("differenceReason");
const QString kMonths = QStringLiteral("months");

QFont headingFont(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    return f;
}

} // namespace

ContributionsPage::ContributionsPage(StoreClient& client, QWidget* parent) : Page(client, parent)
{
    auto* outer = new QVBoxLayout(this);
    m_heading = new QLabel;
    m_heading->setFont(headingFont(m_heading->font()));
    outer->addWidget(m_heading);
    auto* splitter = new QSplitter;
    outer->addWidget(splitter, 1);

    // Left: find the member.
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_findLabel = new QLabel;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("paymentMemberSearch"));
    m_search->setClearButtonEnabled(true);
    m_findLabel->setBuddy(m_search);
    m_results = new MemberListModel(this);
    m_resultView = new QTableView;
    m_resultView->setModel(m_results);
    m_resultView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->verticalHeader()->setVisible(false);
    m_resultView->horizontalHeader()->setStretchLastSection(true);
    for (int c = MemberListModel::Schemes; c < MemberListModel::ColumnCount; ++c)
        m_resultView->hideColumn(c);
    leftLayout->addWidget(m_findLabel);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_resultView, 1);
    splitter->addWidget(left);

    // Right: the payment form, the receipt, the member's payments.
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_memberLabel = new QLabel;
    m_memberLabel->setObjectName(QStringLiteral("paymentMember"));
    m_memberLabel->setWordWrap(true);
    m_memberLabel->setFont(headingFont(m_memberLabel->font()));
    rightLayout->addWidget(m_memberLabel);
    m_form = new QWidget;
    auto* grid = new QGridLayout(m_form);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    m_scheme = new QComboBox;
    m_firstMonth = new QDateEdit;
    m_firstMonth->setDisplayFormat(QStringLiteral("MM/yyyy"));
    m_months = new QSpinBox;
    m_months->setRange(1, 12);
    m_expectedLabel = new QLabel;
    m_expectedLabel->setObjectName(QStringLiteral("expectedAmount"));
    m_expectedLabel->setWordWrap(true);
    m_amount = new QLineEdit;
    m_method = new QComboBox;
    for (PaymentMethod p : Labels::paymentMethods())
        m_method->addItem(QString(), toKey(p));
    m_code = new QLineEdit;
    m_code->setMaxLength(20);
    m_bankReference = new QLineEdit;
    m_reason = new QLineEdit;
    addRow(grid, kScheme, m_scheme);
    addRow(grid, kPeriod, m_firstMonth);
    addRow(grid, kMonths, m_months);
    grid->addWidget(m_expectedLabel, grid->rowCount(), 1);
    addRow(grid, kAmount, m_amount);
    addRow(grid, kMethod, m_method);
    addRow(grid, kCode, m_code);
    addRow(grid, kBank, m_bankReference);
    addRow(grid, kReason, m_reason);
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("savePayment"));
    grid->addWidget(m_save, grid->rowCount(), 1, Qt::AlignLeft);
    rightLayout->addWidget(m_form);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("paymentBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    rightLayout->addWidget(m_banner);
    auto* receiptButtons = new QHBoxLayout;
    m_receiptPdf = new QPushButton;
    m_receiptPrint = new QPushButton;
    receiptButtons->addWidget(m_receiptPdf);
    receiptButtons->addWidget(m_receiptPrint);
    receiptButtons->addStretch(1);
    rightLayout->addLayout(receiptButtons);

    m_paymentsLabel = new QLabel;
    rightLayout->addWidget(m_paymentsLabel);
    m_paymentsModel = new ContributionTableModel(this);
    m_paymentsView = new QTableView;
    m_paymentsView->setModel(m_paymentsModel);
    m_paymentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paymentsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_paymentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_paymentsView->verticalHeader()->setVisible(false);
    m_paymentsView->horizontalHeader()->setStretchLastSection(true);
    m_paymentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_paymentsView->setWordWrap(false);
    rightLayout->addWidget(m_paymentsView, 1);
    auto* paymentButtons = new QHBoxLayout;
    m_selectedPdf = new QPushButton;
    m_void = new QPushButton;
    paymentButtons->addWidget(m_selectedPdf);
    paymentButtons->addWidget(m_void);
    // Voiding is for supervisors and administrators (shell/Roles.h).
    m_void->setVisible(may(client.currentOperator(), Capability::VoidPayments));
    paymentButtons->addStretch(1);
    rightLayout->addLayout(paymentButtons);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 760});

    m_navigator = new EnterNavigator(this);
    m_navigator->setFields(
        {m_scheme, m_firstMonth, m_months, m_amount, m_method, m_code, m_bankReference, m_reason, m_save});
    connect(m_navigator, &EnterNavigator::lastFieldPassed, this, &ContributionsPage::save);

    connect(m_search, &QLineEdit::textChanged, this, &ContributionsPage::startSearch);
    m_search->installEventFilter(this);
    connect(m_resultView, &QTableView::activated, this,
            [this](const QModelIndex& index) { selectMember(m_results->summaryAt(index.row()).id); });
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &ContributionsPage::updateExpected);
    connect(m_firstMonth, &QDateEdit::dateChanged, this, &ContributionsPage::updateExpected);
    connect(m_months, &QSpinBox::valueChanged, this, &ContributionsPage::updateExpected);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ContributionsPage::updateMethodFields);
    for (auto [edit, field] : {std::pair{m_amount, kAmount}, std::pair{m_code, kCode},
                               std::pair{m_bankReference, kBank}, std::pair{m_reason, kReason}})
        connect(edit, &QLineEdit::textEdited, this, [this, field = field] {
            m_touched.insert(field);
            validate();
        });
    connect(m_amount, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_save, &QPushButton::clicked, this, &ContributionsPage::save);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ContributionsPage::save);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_receiptPdf, &QPushButton::clicked, this, [this] {
        if (m_lastReceipt)
            saveReceiptPdf(*m_lastReceipt);
    });
    connect(m_receiptPrint, &QPushButton::clicked, this, [this] {
        if (m_lastReceipt)
            printReceipt(*m_lastReceipt);
    });
    connect(m_selectedPdf, &QPushButton::clicked, this, [this] {
        if (const auto r = selectedReceipt())
            saveReceiptPdf(*r);
    });
    connect(m_void, &QPushButton::clicked, this, &ContributionsPage::voidSelected);
    m_form->setEnabled(false);
    m_receiptPdf->setEnabled(false);
    m_receiptPrint->setEnabled(false);
    retranslate();
    setEnabled(false);
}

void ContributionsPage::addRow(QGridLayout* grid, const QString& field, QWidget* widget)
{
    const int row = grid->rowCount();
    FieldRow r;
    r.label = new QLabel;
    r.label->setBuddy(widget);
    r.field = widget;
    r.error = new ErrorLabel;
    r.error->setObjectName(QStringLiteral("error:") + field);
    widget->setObjectName(field);
    grid->addWidget(r.label, row, 0);
    grid->addWidget(widget, row, 1);
    grid->addWidget(r.error, row + 1, 1);
    m_rows.insert(field, r);
}

int ContributionsPage::resultCount() const
{
    return m_results->rowCount();
}

QString ContributionsPage::title() const
{
    return tr("Payments");
}

void ContributionsPage::setStore(const StoreInfo& info)
{
    m_info = info;
    m_results->setStoreInfo(info);
    m_member.reset();
    m_lastReceipt.reset();
    m_form->setEnabled(false);
    m_firstMonth->setDate(QDate(today().year(), today().month(), 1));
    updateMethodFields();
    retranslate();
    setEnabled(true);
}

void ContributionsPage::activated()
{
    m_search->setFocus(Qt::OtherFocusReason);
}

QDate ContributionsPage::today() const
{
    const QTimeZone zone(m_info ? m_info->country.timeZoneId.toLatin1() : QByteArray("UTC"));
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

int ContributionsPage::months() const
{
    return m_months->value();
}

void ContributionsPage::startSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_results->showSearchResults({});
        return;
    }
    m_client.search(text, this, [this, text](const Result<QList<MemberSummary>>& result) {
        if (m_search->text().trimmed() != text)
            return;
        m_results->showSearchResults(result.ok() ? result.value() : QList<MemberSummary>{});
        if (m_results->rowCount() > 0)
            m_resultView->selectRow(0);
    });
}

bool ContributionsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_results->rowCount() > 0) {
            const QModelIndex current = m_resultView->currentIndex();
            selectMember(m_results->summaryAt(current.isValid() ? current.row() : 0).id);
            return true;
        }
        if (key == Qt::Key_Down && m_results->rowCount() > 0) {
            m_resultView->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void ContributionsPage::selectMember(const QUuid& id)
{
    m_client.loadMemberDetail(id, this, [this](const Result<MemberDetail>& result) {
        if (!result.ok()) {
            setBanner(result.error().message, true);
            return;
        }
        m_member = result.value().member;
        m_payments = result.value().contributions;
        m_touched.clear();
        m_showAll = false;
        {
            const QSignalBlocker block(m_scheme);
            m_scheme->clear();
            for (const SchemeEnrolment& e : m_member->schemes)
                for (const Scheme& s : m_info->schemes)
                    if (s.code == e.schemeCode)
                        m_scheme->addItem(Labels::schemeName(s), s.code);
        }
        m_amount->clear();
        m_code->clear();
        m_bankReference->clear();
        m_reason->clear();
        m_method->setCurrentIndex(0);
        m_months->setValue(1);
        m_form->setEnabled(true);
        setBanner({}, false);
        m_paymentsModel->setContributions(m_payments, m_info->schemes, m_info->country.timeZoneId);
        retranslate();
        updateExpected();
        m_navigator->focusFirst();
        Q_EMIT memberLoaded();
    });
}

void ContributionsPage::loadPayments()
{
    if (!m_member)
        return;
    m_client.loadMemberContributions(m_member->id, this, [this](const Result<QList<Contribution>>& result) {
        if (!result.ok())
            return;
        m_payments = result.value();
        m_paymentsModel->setContributions(m_payments, m_info->schemes, m_info->country.timeZoneId);
    });
}

void ContributionsPage::updateExpected()
{
    m_expected.reset();
    if (!m_member || !m_info) {
        m_expectedLabel->clear();
        return;
    }
    const QString code = m_scheme->currentData().toString();
    for (const Scheme& s : m_info->schemes)
        if (s.code == code)
            m_expected = s.expectedAmount(*m_member, months());
    const bool hadExpected = m_amount->text().isEmpty() || m_amount->property("prefilled").toBool();
    if (m_expected) {
        m_expectedLabel->setText(
            tr("The scheme expects %1 for %n month(s).", nullptr, months()).arg(formats::money(*m_expected)));
        // The amount starts at what is expected; once typed over, it is the operator's.
        if (hadExpected) {
            m_amount->setText(m_expected->toPlainString());
            m_amount->setProperty("prefilled", true);
        }
    } else {
        m_expectedLabel->setText(tr("This scheme takes any amount."));
        if (m_amount->property("prefilled").toBool()) {
            m_amount->clear();
            m_amount->setProperty("prefilled", false);
        }
    }
    validate();
}

void ContributionsPage::updateMethodFields()
{
    const auto method =
        paymentMethodFromKey(m_method->currentData().toString()).value_or(PaymentMethod::Cash);
    const auto show = [this](const QString& field, bool visible) {
        m_rows[field].label->setVisible(visible);
        m_rows[field].field->setVisible(visible);
        if (!visible)
            m_rows[field].error->clearError();
    };
    show(kCode, method == PaymentMethod::MobileMoney);
    show(kBank, method == PaymentMethod::Bank);
    validate();
}

Contribution ContributionsPage::collect(QHash<QString, QString>* inputErrors) const
{
    Contribution c;
    if (!m_member || !m_info)
        return c;
    c.memberId = m_member->id;
    c.schemeCode = m_scheme->currentData().toString();
    const QDate first = m_firstMonth->date();
    c.periodStart = QDate(first.year(), first.month(), 1);
    const QDate lastMonth = c.periodStart.addMonths(months() - 1);
    c.periodEnd = QDate(lastMonth.year(), lastMonth.month(), lastMonth.daysInMonth());
    const auto amount = Money::parse(m_amount->text(), m_info->country.currency);
    c.amount = amount.value_or(Money{0, m_info->country.currency});
    if (!amount && inputErrors)
        inputErrors->insert(
            kAmount, m_info->country.currencyDecimals == 0
                         ? tr("Write the amount in %1 without decimals.").arg(m_info->country.currency)
                         : tr("Write the amount in %1, e.g. 500 or 500.50.").arg(m_info->country.currency));
    c.method = paymentMethodFromKey(m_method->currentData().toString()).value_or(PaymentMethod::Cash);
    c.transactionCode = m_code->text();
    c.bankReference = m_bankReference->text();
    c.differenceReason = m_reason->text();
    return c;
}

QStringList ContributionsPage::validate()
{
    if (!m_member || !m_info)
        return {};
    QHash<QString, QString> inputErrors;
    Contribution c = collect(&inputErrors);
    const Validator validator(m_info->country, m_info->reference, m_info->schemes, today());
    const ValidationReport report = validator.normaliseAndValidate(c, *m_member);
    QHash<QString, QString> messages = inputErrors;
    for (const Error& e : report.errors)
        if (!messages.contains(e.field))
            messages.insert(e.field, e.message);
    // The reason field matters only when the amount differs from what the scheme expects.
    const bool differs = m_expected && c.amount.minor != m_expected->minor;
    m_rows[kReason].label->setVisible(differs);
    m_rows[kReason].field->setVisible(differs);
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const bool shown =
            m_showAll || m_touched.contains(it.key()) || it.key() == kScheme || it.key() == kPeriod;
        it->error->setError(shown && it->field->isVisible() ? messages.value(it.key()) : QString());
    }
    return messages.keys();
}

void ContributionsPage::setBanner(const QString& text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background: #fde0dc; color: #7f0000; padding: 6px;")
                                  : QStringLiteral("background: #e0f2e9; color: #1b5e20; padding: 6px;"));
    m_banner->setVisible(!text.isEmpty());
}

void ContributionsPage::save()
{
    if (!m_member || m_saving)
        return;
    m_showAll = true;
    const QStringList errors = validate();
    if (!errors.isEmpty()) {
        setBanner(
            tr("Nothing was saved: %n field(s) need attention.", nullptr, static_cast<int>(errors.size())),
            true);
        if (const auto it = m_rows.constFind(errors.first()); it != m_rows.constEnd())
            it->field->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_client.recordContribution(
        collect(), this, [this](const SaveResult& result, const ContributionReceipt& receipt) {
            m_saving = false;
            m_save->setEnabled(true);
            if (!result.ok()) {
                // e.g. a mobile-money code already used: beside its field.
                QList<Error> fields = result.fieldErrors;
                if (fields.isEmpty() && !result.error.field.isEmpty())
                    fields.append(result.error);
                for (const Error& e : fields)
                    if (const auto it = m_rows.constFind(e.field); it != m_rows.constEnd()) {
                        it->error->setError(e.message);
                        it->field->setFocus(Qt::OtherFocusReason);
                    }
                setBanner(tr("Nothing was saved: %1").arg(result.error.message), true);
                return;
            }
            m_lastReceipt = receipt;
            m_receiptPdf->setEnabled(true);
            m_receiptPrint->setEnabled(true);
            setBanner(
                tr("Payment of %1 saved on this laptop. Receipt number %2.")
                    .arg(formats::money(receipt.contribution.amount), receipt.contribution.receiptNumber),
                false);
            m_amount->clear();
            m_amount->setProperty("prefilled", true);
            m_code->clear();
            m_reason->clear();
            m_touched.clear();
            m_showAll = false;
            updateExpected();
            loadPayments();
            m_receiptPdf->setFocus(Qt::OtherFocusReason);
            Q_EMIT contributionSaved(receipt.contribution.receiptNumber);
        });
}

QString ContributionsPage::errorFor(const QString& field) const
{
    const auto it = m_rows.constFind(field);
    return it == m_rows.constEnd() ? QString() : it->error->text();
}

QString ContributionsPage::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

Status ContributionsPage::writeReceipt(const QString& path, const ContributionReceipt& receipt) const
{
    return ReceiptDocument(receipt, m_client.info()).writePdf(path);
}

void ContributionsPage::saveReceiptPdf(const ContributionReceipt& receipt)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        folder + QStringLiteral("/receipt-%1.pdf").arg(receipt.contribution.receiptNumber);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save receipt"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = writeReceipt(path, receipt);
    if (!written.ok())
        QMessageBox::warning(this, tr("Receipt"), written.error().message);
}

void ContributionsPage::printReceipt(const ContributionReceipt& receipt)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!ReceiptDocument(receipt, m_client.info()).paintOn(printer))
        QMessageBox::warning(this, tr("Receipt"), tr("The printer could not be used."));
}

std::optional<ContributionReceipt> ContributionsPage::selectedReceipt() const
{
    const QModelIndex current = m_paymentsView->currentIndex();
    if (!current.isValid() || !m_member)
        return std::nullopt;
    return ContributionReceipt{m_paymentsModel->contributionAt(current.row()), *m_member};
}

void ContributionsPage::voidSelected()
{
    if (!may(m_client.currentOperator(), Capability::VoidPayments))
        return;
    const auto selected = selectedReceipt();
    if (!selected) {
        setBanner(tr("Select the payment to void in the list first."), true);
        return;
    }
    if (selected->contribution.isVoided()) {
        setBanner(tr("This payment was already voided."), true);
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Void payment %1").arg(selected->contribution.receiptNumber),
        tr("Why is this payment voided? The reason is kept with the payment and shown on its receipt."),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    m_client.voidContribution(
        selected->contribution.id, reason, this,
        [this](const SaveResult& result, const ContributionReceipt& receipt) {
            if (!result.ok()) {
                setBanner(tr("Not voided: %1").arg(result.error.message), true);
                return;
            }
            setBanner(tr("Payment %1 is voided.").arg(receipt.contribution.receiptNumber), false);
            loadPayments();
        });
}

void ContributionsPage::retranslate()
{
    m_heading->setText(tr("Payments"));
    m_findLabel->setText(tr("Find the m&ember (name, document or phone)"));
    m_search->setPlaceholderText(tr("Type, then Enter to choose (Ctrl+F)"));
    if (m_member) {
        const QString latin = m_member->name.displayLatin();
        m_memberLabel->setText(latin.isEmpty() ? m_member->name.displayLocal()
                                               : tr("%1 (%2)").arg(m_member->name.displayLocal(), latin));
    } else {
        m_memberLabel->setText(tr("Choose a member on the left."));
    }
    const auto label = [this](const QString& field, const QString& text) {
        m_rows[field].label->setText(text);
    };
    label(kScheme, tr("S&cheme"));
    label(kPeriod, tr("First mon&th"));
    label(kMonths, tr("Number of &months"));
    label(kAmount, m_info ? tr("&Amount (%1)").arg(m_info->country.currency) : tr("&Amount"));
    label(kMethod, tr("Paid &by"));
    label(kCode, tr("Mobile-money c&ode"));
    label(kBank, tr("Bank &reference"));
    label(kReason, tr("Reason for a &different amount"));
    m_code->setPlaceholderText(tr("e.g. QGH7XK2M9P"));
    for (int i = 0; i < m_method->count() && i < Labels::paymentMethods().size(); ++i)
        m_method->setItemText(i, Labels::paymentMethod(Labels::paymentMethods()[i]));
    m_save->setText(tr("&Save payment (Ctrl+S)"));
    m_receiptPdf->setText(tr("Save receipt as &PDF…"));
    m_receiptPrint->setText(tr("Pr&int receipt…"));
    m_paymentsLabel->setText(tr("Payments of this member"));
    m_selectedPdf->setText(tr("Receipt of the selected payment…"));
    m_void->setText(tr("&Void the selected payment…"));
    if (m_member && m_info) {
        for (int i = 0; i < m_scheme->count(); ++i)
            for (const Scheme& s : m_info->schemes)
                if (s.code == m_scheme->itemData(i).toString())
                    m_scheme->setItemText(i, Labels::schemeName(s));
        updateExpected();
    }
}

} // namespace app
} // namespace fe
