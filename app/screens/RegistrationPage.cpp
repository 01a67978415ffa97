#include "screens/RegistrationPage.h"

#include "i18n/ConsentTexts.h"
#include "i18n/Formats.h"
#include "i18n/Labels.h"
#include "models/HouseholdModel.h"
#include "screens/DuplicateDialog.h"
#include "widgets/AdminUnitPicker.h"
#include "widgets/EnterNavigator.h"
#include "widgets/ErrorLabel.h"
#include "widgets/HouseholdDelegate.h"
#include "widgets/PhotoField.h"
#include "worker/StoreClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

namespace fe {
namespace app {
namespace {

const QString kGiven = QStringLiteral("name.given");
const QString kFamily = QStringLiteral("name.family");
const QString kGivenLatin = QStringLiteral("name.givenLatin");
const QString kFamilyLatin = QStringLiteral("name.familyLatin");
const QString kSex = QStringLiteral("sex");
const QString kBirth = QStringLiteral("birth");
const QString kOccupation = QStringLiteral("occupation");
const QString kIncome = QStringLiteral("monthlyIncome");
const QString kHouseholdIncome = QStringLiteral("householdIncome");
const QString kPhoto = QStringLiteral("photo");
const QString kRegion = QStringLiteral("address.region");
const QString kDistrict = QStringLiteral("address.district");
const QString kWard = QStringLiteral("address.ward");
const QString kVillage = QStringLiteral("address.village");
const QString kPhone = QStringLiteral("phone");
const QString kDocType = QStringLiteral("document.type");
const QString kDocNumber = QStringLiteral("document.number");
const QString kIssuingProvince = QStringLiteral("document.issuingProvince");
const QString kIssuingDistrict = QStringLiteral("document.issuingDistrict");
const QString kConsentLanguage = QStringLiteral("consent.language");
const QString kConsentMethod = QStringLiteral("consent.method");
const QString kWitness = QStringLiteral("consent.witness");
const QString kConsentGiven = QStringLiteral("consent.givenAt");

QGridLayout* formGrid(QWidget* page)
{
    auto* grid = new QGridLayout(page);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(0, 160);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    return grid;
}

// Keeps a step's fields reachable on small screens.
QWidget* scrollable(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus);
    return area;
}

} // namespace

RegistrationPage::RegistrationPage(StoreClient& client, QWidget* parent) : Page(client, parent)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_stepBar = new QTabBar;
    m_stepBar->setFocusPolicy(Qt::NoFocus);
    m_stepBar->setExpanding(false);
    for (int i = 0; i < StepCount; ++i)
        m_stepBar->addTab(QString());
    layout->addWidget(m_stepBar);

    m_steps = new QStackedWidget;
    m_steps->addWidget(scrollable(buildPersonStep()));
    m_steps->addWidget(scrollable(buildAddressStep()));
    m_steps->addWidget(buildHouseholdStep());
    m_steps->addWidget(scrollable(buildSchemesStep()));
    m_steps->addWidget(scrollable(buildConsentStep()));
    layout->addWidget(m_steps, 1);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("saveBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton;
    m_back = new QPushButton;
    m_next = new QPushButton;
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveRegistration"));
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_stepBar, &QTabBar::currentChanged, this, [this](int step) { goToStep(step); });
    connect(m_back, &QPushButton::clicked, this, &RegistrationPage::goBack);
    connect(m_next, &QPushButton::clicked, this, &RegistrationPage::goNext);
    connect(m_save, &QPushButton::clicked, this, &RegistrationPage::save);
    connect(m_new, &QPushButton::clicked, this, &RegistrationPage::startNew);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &RegistrationPage::save);
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &RegistrationPage::startNew);

    // Enter walks through each step's fields, then on to the next step (or the save button).
    const QList<QList<QWidget*>> order{{m_given, m_family, m_givenLatin, m_familyLatin, m_sex, m_birth,
                                        m_occupation, m_income, m_householdIncome},
                                       {m_region, m_district, m_ward, m_village, m_phone, m_documentType,
                                        m_documentNumber, m_issuingProvince, m_issuingDistrict},
                                       {m_householdView}, // Alt+A adds a person; Enter on the table goes on
                                       {},
                                       {m_consentLanguage, m_consentMethod, m_witness, m_agreed, m_save}};
    for (int step = 0; step < StepCount; ++step) {
        auto* nav = new EnterNavigator(this);
        nav->setFields(order[step]);
        connect(nav, &EnterNavigator::lastFieldPassed, this, &RegistrationPage::goNext);
        m_navigators.append(nav);
    }
    for (AdminUnitPicker* picker : {m_region, m_district, m_ward, m_issuingProvince, m_issuingDistrict})
        connect(picker, &AdminUnitPicker::returnPressed, this,
                [this, picker] { m_navigators[AddressStep]->advanceFrom(picker); });
    retranslate();
    setEnabled(false);
}

RegistrationPage::~RegistrationPage() = default;

void RegistrationPage::addRow(QGridLayout* grid, int step, const QString& field, QWidget* widget)
{
    const int row = grid->rowCount();
    FieldRow r;
    r.label = new QLabel;
    r.label->setBuddy(widget);
    r.label->setWordWrap(true);
    r.field = widget;
    r.error = new ErrorLabel;
    r.error->setObjectName(QStringLiteral("error:") + field);
    r.step = step;
    grid->addWidget(r.label, row, 0, Qt::AlignTop);
    grid->addWidget(widget, row, 1);
    grid->addWidget(r.error, row + 1, 1);
    widget->setObjectName(field);
    m_rows.insert(field, r);
    m_fieldOrder.append(field);
}

void RegistrationPage::sortByForm(QStringList& fields) const
{
    const auto rank = [this](const QString& field) {
        const qsizetype at = m_fieldOrder.indexOf(field);
        if (at >= 0)
            return m_rows[field].step * 1000 + static_cast<int>(at);
        if (field.startsWith(QLatin1String("household")))
            return HouseholdStep * 1000;
        if (field.startsWith(QLatin1String("schemes")))
            return SchemesStep * 1000;
        return StepCount * 1000;
    };
    std::stable_sort(fields.begin(), fields.end(),
                     [&](const QString& a, const QString& b) { return rank(a) < rank(b); });
}

void RegistrationPage::watch(QLineEdit* edit, const QString& field)
{
    connect(edit, &QLineEdit::textEdited, this, [this, field] { touch(field); });
}

void RegistrationPage::watch(QComboBox* combo, const QString& field)
{
    connect(combo, &QComboBox::activated, this, [this, field] { touch(field); });
}

void RegistrationPage::touch(const QString& field)
{
    if (m_filling)
        return;
    m_touched.insert(field);
    validate();
}

QWidget* RegistrationPage::buildPersonStep()
{
    auto* page = new QWidget;
    auto* grid = formGrid(page);
    m_given = new QLineEdit;
    m_family = new QLineEdit;
    m_givenLatin = new QLineEdit;
    m_familyLatin = new QLineEdit;
    m_sex = new QComboBox;
    m_birth = new QLineEdit;
    m_occupation = new QComboBox;
    m_income = new QLineEdit;
    m_householdIncome = new QLineEdit;
    addRow(grid, PersonStep, kGiven, m_given);
    addRow(grid, PersonStep, kFamily, m_family);
    addRow(grid, PersonStep, kGivenLatin, m_givenLatin);
    addRow(grid, PersonStep, kFamilyLatin, m_familyLatin);
    addRow(grid, PersonStep, kSex, m_sex);
    addRow(grid, PersonStep, kBirth, m_birth);
    m_birthHint = new QLabel;
    m_birthHint->setWordWrap(true);
    m_birthNote = new NoteLabel;
    const int hintRow = grid->rowCount();
    grid->addWidget(m_birthHint, hintRow, 1);
    grid->addWidget(m_birthNote, hintRow + 1, 1);
    addRow(grid, PersonStep, kOccupation, m_occupation);
    addRow(grid, PersonStep, kIncome, m_income);
    addRow(grid, PersonStep, kHouseholdIncome, m_householdIncome);
    // Not on Enter's path (a clerk without a photo goes straight on); Tab or the label's
    // shortcut reaches it, Space opens the file chooser.
    m_photo = new PhotoField;
    addRow(grid, PersonStep, kPhoto, m_photo);
    connect(m_photo, &PhotoField::changed, this, [this] {
        m_photoProblem.clear();
        touch(kPhoto);
    });
    connect(m_photo, &PhotoField::rejected, this, [this](const QString& problem) {
        m_photoProblem = problem;
        touch(kPhoto);
    });
    grid->setRowStretch(grid->rowCount(), 1);
    for (auto [edit, field] :
         {std::pair{m_given, kGiven}, std::pair{m_family, kFamily}, std::pair{m_givenLatin, kGivenLatin},
          std::pair{m_familyLatin, kFamilyLatin}, std::pair{m_birth, kBirth}, std::pair{m_income, kIncome},
          std::pair{m_householdIncome, kHouseholdIncome}})
        watch(edit, field);
    watch(m_sex, kSex);
    watch(m_occupation, kOccupation);
    // The expected contribution follows the income as it is typed.
    connect(m_income, &QLineEdit::textChanged, this, &RegistrationPage::rebuildSchemes);
    connect(m_householdIncome, &QLineEdit::textChanged, this, &RegistrationPage::rebuildSchemes);
    return page;
}

QWidget* RegistrationPage::buildAddressStep()
{
    auto* page = new QWidget;
    auto* grid = formGrid(page);
    m_region = new AdminUnitPicker;
    m_district = new AdminUnitPicker;
    m_ward = new AdminUnitPicker;
    m_village = new QLineEdit;
    m_phone = new QLineEdit;
    m_documentType = new QComboBox;
    m_documentNumber = new QLineEdit;
    m_issuingProvince = new AdminUnitPicker;
    m_issuingDistrict = new AdminUnitPicker;
    addRow(grid, AddressStep, kRegion, m_region);
    addRow(grid, AddressStep, kDistrict, m_district);
    addRow(grid, AddressStep, kWard, m_ward);
    addRow(grid, AddressStep, kVillage, m_village);
    addRow(grid, AddressStep, kPhone, m_phone);
    addRow(grid, AddressStep, kDocType, m_documentType);
    addRow(grid, AddressStep, kDocNumber, m_documentNumber);
    addRow(grid, AddressStep, kIssuingProvince, m_issuingProvince);
    addRow(grid, AddressStep, kIssuingDistrict, m_issuingDistrict);
    grid->setRowStretch(grid->rowCount(), 1);
    watch(m_village, kVillage);
    watch(m_phone, kPhone);
    watch(m_documentNumber, kDocNumber);
    watch(m_documentType, kDocType);
    // Cascading pickers: a region lists its districts, a district its wards.
    connect(m_region, &AdminUnitPicker::codeChanged, this, [this](const QString& code) {
        if (m_info) {
            if (code.isEmpty())
                m_district->clearUnits();
            else
                m_district->setUnits(m_info->reference, 2, code);
        }
        if (!m_region->currentText().isEmpty())
            touch(kRegion);
    });
    connect(m_district, &AdminUnitPicker::codeChanged, this, [this](const QString& code) {
        if (m_info && m_info->country.country == Country::Kenya) {
            if (code.isEmpty())
                m_ward->clearUnits();
            else
                m_ward->setUnits(m_info->reference, 3, code);
        }
        if (!m_district->currentText().isEmpty())
            touch(kDistrict);
    });
    connect(m_ward, &AdminUnitPicker::codeChanged, this, [this] {
        if (!m_ward->currentText().isEmpty())
            touch(kWard);
    });
    connect(m_issuingProvince, &AdminUnitPicker::codeChanged, this, [this](const QString& code) {
        if (m_info) {
            if (code.isEmpty())
                m_issuingDistrict->clearUnits();
            else
                m_issuingDistrict->setUnits(m_info->reference, 2, code);
        }
        if (!m_issuingProvince->currentText().isEmpty())
            touch(kIssuingProvince);
    });
    connect(m_issuingDistrict, &AdminUnitPicker::codeChanged, this, [this] { touch(kIssuingDistrict); });
    for (AdminUnitPicker* picker : {m_region, m_district, m_ward, m_issuingProvince, m_issuingDistrict})
        connect(picker->lineEdit(), &QLineEdit::textEdited, this, [this] { validate(); });
    connect(m_documentType, &QComboBox::currentIndexChanged, this, [this] { updateCountryFields(); });
    return page;
}

QWidget* RegistrationPage::buildHouseholdStep()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_householdHint = new QLabel;
    m_householdHint->setWordWrap(true);
    layout->addWidget(m_householdHint);
    m_household = new HouseholdModel(true, this);
    m_householdView = new QTableView;
    m_householdView->setObjectName(QStringLiteral("household"));
    m_householdView->setModel(m_household);
    m_householdView->setItemDelegate(new HouseholdDelegate(m_householdView));
    m_householdView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_householdView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_householdView->setTabKeyNavigation(true);
    m_householdView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_householdView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(m_householdView, 1);
    m_householdErrors = new ErrorLabel;
    m_householdErrors->setObjectName(QStringLiteral("error:household"));
    layout->addWidget(m_householdErrors);
    auto* buttons = new QHBoxLayout;
    m_addPerson = new QPushButton;
    m_addPerson->setObjectName(QStringLiteral("addHouseholdMember"));
    m_removePerson = new QPushButton;
    buttons->addWidget(m_addPerson);
    buttons->addWidget(m_removePerson);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_addPerson, &QPushButton::clicked, this, [this] {
        const int row = m_household->rowCount();
        m_household->insertRows(row, 1);
        const QModelIndex first = m_household->index(row, HouseholdModel::GivenName);
        m_householdView->setFocus();
        m_householdView->setCurrentIndex(first); // opens the cell's editor (edit trigger CurrentChanged)
        touch(QStringLiteral("household"));
    });
    connect(m_removePerson, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_householdView->currentIndex();
        if (current.isValid())
            m_household->removeRows(current.row(), 1);
        validate();
    });
    auto* removeShortcut = new QShortcut(QKeySequence::Delete, m_householdView);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, m_removePerson, &QPushButton::click);
    connect(m_household, &HouseholdModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                if (roles.isEmpty() || roles.contains(Qt::EditRole) || roles.contains(Qt::DisplayRole))
                    touch(QStringLiteral("household"));
            });
    return page;
}

QWidget* RegistrationPage::buildSchemesStep()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_schemesHint = new QLabel;
    m_schemesHint->setWordWrap(true);
    layout->addWidget(m_schemesHint);
    m_schemeBox = new QWidget;
    new QVBoxLayout(m_schemeBox);
    layout->addWidget(m_schemeBox);
    layout->addStretch(1);
    return page;
}

QWidget* RegistrationPage::buildConsentStep()
{
    auto* page = new QWidget;
    auto* grid = formGrid(page);
    m_consentLanguage = new QComboBox;
    for (const QString& code : consent::languages())
        m_consentLanguage->addItem(QString(), code);
    addRow(grid, ConsentStep, kConsentLanguage, m_consentLanguage);
    m_consentText = new QTextBrowser;
    m_consentText->setObjectName(QStringLiteral("consentText"));
    m_consentText->setFocusPolicy(Qt::NoFocus);
    m_consentText->setMinimumHeight(150);
    const int textRow = grid->rowCount();
    grid->addWidget(m_consentText, textRow, 0, 1, 2);
    grid->setRowStretch(textRow, 1); // the text read to the member gets the room
    m_consentMethod = new QComboBox;
    for (ConsentMethod m : Labels::consentMethods())
        m_consentMethod->addItem(QString(), toKey(m));
    addRow(grid, ConsentStep, kConsentMethod, m_consentMethod);
    m_witness = new QLineEdit;
    addRow(grid, ConsentStep, kWitness, m_witness);
    m_agreed = new QCheckBox;
    addRow(grid, ConsentStep, kConsentGiven, m_agreed);
    m_generalErrors = new ErrorLabel;
    m_generalErrors->setObjectName(QStringLiteral("error:general"));
    grid->addWidget(m_generalErrors, grid->rowCount(), 0, 1, 2);
    watch(m_witness, kWitness);
    connect(m_consentLanguage, &QComboBox::currentIndexChanged, this, &RegistrationPage::updateConsentText);
    connect(m_consentMethod, &QComboBox::currentIndexChanged, this, [this] {
        updateWitness();
        touch(kConsentMethod);
    });
    connect(m_agreed, &QCheckBox::toggled, this, [this] { touch(kConsentGiven); });
    return page;
}

QString RegistrationPage::title() const
{
    return tr("Register a worker");
}

void RegistrationPage::setStore(const StoreInfo& info)
{
    m_info = info;
    m_filling = true;
    m_region->setUnits(info.reference, 1, {});
    m_issuingProvince->setUnits(info.reference, 1, {});
    m_documentType->clear();
    for (DocumentType t : Labels::documentTypes(info.country.country))
        m_documentType->addItem(Labels::documentType(t), toKey(t));
    m_filling = false;
    rebuildSchemes();
    resetForm();
    setEnabled(true);
}

void RegistrationPage::activated()
{
    if (m_steps->currentIndex() < m_navigators.size())
        m_navigators[m_steps->currentIndex()]->focusFirst();
}

QDate RegistrationPage::today() const
{
    const QTimeZone zone(m_info ? m_info->country.timeZoneId.toLatin1() : QByteArray("UTC"));
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

Validator RegistrationPage::validator() const
{
    return Validator(m_info->country, m_info->reference, m_info->schemes, today());
}

void RegistrationPage::updateCountryFields()
{
    const bool lao = !m_info || m_info->country.country == Country::Lao;
    const auto type =
        documentTypeFromKey(m_documentType->currentData().toString()).value_or(DocumentType::None);
    const bool laoDocument = type == DocumentType::LaNationalIdCard || type == DocumentType::LaFamilyBook;
    const auto show = [this](const QString& field, bool visible) {
        const FieldRow& r = m_rows[field];
        r.label->setVisible(visible);
        r.field->setVisible(visible);
        if (!visible)
            r.error->clearError();
    };
    show(kWard, !lao);
    show(kHouseholdIncome, !lao);
    show(kDocNumber, type != DocumentType::None);
    show(kIssuingProvince, laoDocument);
    show(kIssuingDistrict, laoDocument);
    retranslate();
}

void RegistrationPage::updateConsentText()
{
    m_consentText->setHtml(consent::text(m_consentLanguage->currentData().toString()));
}

void RegistrationPage::updateWitness()
{
    const bool verbal = m_consentMethod->currentData().toString() == toKey(ConsentMethod::VerbalWithWitness);
    m_witness->setEnabled(verbal);
    if (!verbal)
        m_witness->clear();
}

void RegistrationPage::rebuildSchemes()
{
    if (!m_info)
        return;
    // Keep ticks across rebuilds (the expected amounts change with the income).
    QSet<QString> ticked;
    for (qsizetype i = 0; i < m_schemeRows.size() && i < m_info->schemes.size(); ++i)
        if (m_schemeRows[i].check->isChecked())
            ticked.insert(m_info->schemes[i].code);
    if (m_schemeRows.size() != m_info->schemes.size()) {
        for (const SchemeRow& r : m_schemeRows) {
            delete r.check;
            delete r.expected;
            delete r.error;
        }
        m_schemeRows.clear();
        auto* layout = static_cast<QVBoxLayout*>(m_schemeBox->layout());
        QList<QWidget*> order;
        for (const Scheme& s : m_info->schemes) {
            SchemeRow r;
            r.check = new QCheckBox;
            r.check->setObjectName(QStringLiteral("scheme:") + s.code);
            r.expected = new QLabel;
            r.expected->setIndent(24);
            r.expected->setWordWrap(true);
            r.error = new ErrorLabel;
            r.error->setIndent(24);
            layout->addWidget(r.check);
            layout->addWidget(r.expected);
            layout->addWidget(r.error);
            connect(r.check, &QCheckBox::toggled, this, [this] { touch(QStringLiteral("schemes")); });
            order.append(r.check);
            m_schemeRows.append(r);
        }
        m_navigators[SchemesStep]->setFields(order);
    }
    const Member member = collect();
    for (qsizetype i = 0; i < m_schemeRows.size(); ++i) {
        const Scheme& s = m_info->schemes[i];
        SchemeRow& r = m_schemeRows[i];
        {
            const QSignalBlocker block(r.check);
            r.check->setChecked(ticked.contains(s.code) || r.check->isChecked());
        }
        r.check->setText(Labels::schemeName(s));
        QString rule;
        switch (s.rule) {
        case Scheme::RuleKind::AnyAmount:
            rule = tr("Any amount, paid whenever the member can.");
            break;
        case Scheme::RuleKind::PercentOfMemberIncome:
            rule =
                tr("%1 % of the member's monthly income.").arg(QLocale().toString(s.rateBasisPoints / 100.0));
            break;
        case Scheme::RuleKind::PercentOfHouseholdIncome:
            rule = tr("%1 % of the household's monthly income, at least %2.")
                       .arg(QLocale().toString(s.rateBasisPoints / 100.0),
                            formats::money(Money{s.minimumMonthlyMinor, m_info->country.currency}));
            break;
        }
        QString expected;
        if (s.rule != Scheme::RuleKind::AnyAmount) {
            const auto amount = s.expectedAmount(member, 1);
            expected = amount ? tr("Expected contribution: %1 a month.").arg(formats::money(*amount))
                              : tr("Enter the income on the first step to see the expected contribution.");
        }
        r.expected->setText(expected.isEmpty() ? rule : rule + QLatin1Char(' ') + expected);
    }
}

Member RegistrationPage::collect(QHash<QString, QString>* inputErrors) const
{
    Member m = m_editing.value_or(Member{});
    if (!m_info)
        return m;
    const CountryProfile& country = m_info->country;
    const auto inputError = [&](const QString& field, const QString& message) {
        if (inputErrors)
            inputErrors->insert(field, message);
    };
    m.name.given = m_given->text();
    m.name.family = m_family->text();
    m.name.givenLatin = m_givenLatin->text();
    m.name.familyLatin = m_familyLatin->text();
    m.sex = sexFromKey(m_sex->currentData().toString()).value_or(Sex::Female);
    m.birth = {};
    if (!m_birth->text().trimmed().isEmpty()) {
        if (const auto b = Validator::parseBirthDate(m_birth->text(), country))
            m.birth = *b;
        else
            inputError(kBirth, tr("Write the date as a year (1985) or a day (14/03/1985)."));
    }
    m.occupation = occupationFromKey(m_occupation->currentData().toString()).value_or(Occupation::Other);
    const auto money = [&](QLineEdit* edit, const QString& field) -> std::optional<Money> {
        if (edit->text().trimmed().isEmpty() || edit->isHidden())
            return std::nullopt;
        const auto parsed = Money::parse(edit->text(), country.currency);
        if (!parsed)
            inputError(field,
                       country.currencyDecimals == 0
                           ? tr("Write an amount in %1 without decimals, e.g. 2500000.").arg(country.currency)
                           : tr("Write an amount in %1, e.g. 18000 or 18000.50.").arg(country.currency));
        return parsed;
    };
    m.monthlyIncome = money(m_income, kIncome);
    m.householdIncome = money(m_householdIncome, kHouseholdIncome);
    m.photo = m_photo->jpeg();
    m.address.regionCode = m_region->currentCode();
    m.address.districtCode = m_district->currentCode();
    m.address.wardCode = country.country == Country::Kenya ? m_ward->currentCode() : QString();
    m.address.village = m_village->text();
    // A picker with text that names no unit gets its own message; the validator would only say
    // "required".
    for (auto [picker, field] :
         {std::pair{m_region, kRegion}, std::pair{m_district, kDistrict}, std::pair{m_ward, kWard},
          std::pair{m_issuingProvince, kIssuingProvince}, std::pair{m_issuingDistrict, kIssuingDistrict}})
        if (!picker->isHidden() && picker->currentCode().isEmpty() &&
            !picker->currentText().trimmed().isEmpty())
            inputError(field, tr("No such place here: pick one from the list."));
    m.phone = m_phone->text();
    m.document = {};
    m.document.type =
        documentTypeFromKey(m_documentType->currentData().toString()).value_or(DocumentType::None);
    if (m.document.type != DocumentType::None) {
        m.document.number = m_documentNumber->text();
        if (m.document.type == DocumentType::LaNationalIdCard ||
            m.document.type == DocumentType::LaFamilyBook) {
            m.document.issuingProvince = m_issuingProvince->currentCode();
            m.document.issuingDistrict = m_issuingDistrict->currentCode();
        }
    }
    m.household = m_household->members(country);
    // Enrolments keep their date across corrections; new ones start today.
    const QList<SchemeEnrolment> before = m.schemes;
    m.schemes.clear();
    for (qsizetype i = 0; i < m_schemeRows.size() && i < m_info->schemes.size(); ++i) {
        if (!m_schemeRows[i].check->isChecked())
            continue;
        SchemeEnrolment e{m_info->schemes[i].code, today()};
        for (const SchemeEnrolment& old : before)
            if (old.schemeCode == e.schemeCode)
                e.enrolledOn = old.enrolledOn;
        m.schemes.append(e);
    }
    if (!m_editing) {
        m.consent = {};
        m.consent.textVersion = consent::textVersion();
        m.consent.language = m_consentLanguage->currentData().toString();
        m.consent.method = consentMethodFromKey(m_consentMethod->currentData().toString())
                               .value_or(ConsentMethod::Signature);
        m.consent.witnessName = m_witness->text();
        if (m_agreed->isChecked())
            m.consent.givenAt = QDateTime::currentDateTimeUtc();
        else
            inputError(kConsentGiven, tr("Read the text to the member, then tick this box once they agree."));
    }
    return m;
}

QStringList RegistrationPage::validate()
{
    if (!m_info)
        return {};
    QHash<QString, QString> inputErrors;
    Member m = collect(&inputErrors);
    const ValidationReport report = validator().normaliseAndValidate(m);
    QString note;
    if (m_info->country.country == Country::Lao)
        (void)Validator::parseBirthDate(m_birth->text(), m_info->country, &note);
    m_birthNote->setNote(note);
    showErrors(report.errors, inputErrors);
    QStringList fields = inputErrors.keys();
    for (const Error& e : report.errors)
        if (!fields.contains(e.field))
            fields.append(e.field);
    sortByForm(fields);
    return fields;
}

void RegistrationPage::showErrors(const QList<Error>& errors, const QHash<QString, QString>& inputErrors)
{
    const auto shown = [this](const QString& field) {
        if (m_showAll || m_touched.contains(field))
            return true;
        if (field.startsWith(QLatin1String("household")))
            return m_touched.contains(QStringLiteral("household"));
        if (field.startsWith(QLatin1String("schemes")))
            return m_touched.contains(QStringLiteral("schemes"));
        return false;
    };
    QHash<QString, QString> messages = inputErrors;
    for (const Error& e : errors)
        if (!messages.contains(e.field))
            messages.insert(e.field, e.message);

    for (auto it = m_rows.begin(); it != m_rows.end(); ++it)
        it->error->setError(shown(it.key()) ? messages.value(it.key()) : QString());
    // A file that could not be used changes nothing on the record: said, but it blocks no save.
    if (!m_photoProblem.isEmpty() && !messages.contains(kPhoto))
        m_rows[kPhoto].error->setError(m_photoProblem);

    // Household cells and the per-row summary.
    QHash<QPair<int, int>, QString> cells;
    QStringList householdLines;
    QStringList general;
    // Scheme errors name the n-th enrolment: map it back to the n-th ticked box.
    QList<int> tickedRows;
    for (qsizetype i = 0; i < m_schemeRows.size(); ++i)
        if (m_schemeRows[i].check->isChecked())
            tickedRows.append(static_cast<int>(i));
    QHash<int, QString> schemeMessages;
    static const QRegularExpression schemeField(QStringLiteral("^schemes\\[(\\d+)\\]$"));
    for (auto it = messages.constBegin(); it != messages.constEnd(); ++it) {
        const QString& field = it.key();
        if (m_rows.contains(field))
            continue;
        if (!shown(field))
            continue;
        if (field == QLatin1String("household")) {
            householdLines.append(it.value());
        } else if (field.startsWith(QLatin1String("household["))) {
            const auto cell = HouseholdModel::cellOf(field);
            if (cell.second >= 0)
                cells.insert(cell, it.value());
            householdLines.append(tr("Person %1: %2").arg(cell.first + 1).arg(it.value()));
        } else if (const auto match = schemeField.match(field); match.hasMatch()) {
            const int n = match.captured(1).toInt();
            if (n < tickedRows.size())
                schemeMessages.insert(tickedRows[n], it.value());
        } else {
            general.append(it.value());
        }
    }
    householdLines.sort();
    m_household->setErrors(cells);
    m_householdErrors->setError(householdLines.join(QLatin1Char('\n')));
    for (qsizetype i = 0; i < m_schemeRows.size(); ++i)
        m_schemeRows[i].error->setError(schemeMessages.value(static_cast<int>(i)));
    m_generalErrors->setError(general.join(QLatin1Char('\n')));
}

QString RegistrationPage::errorFor(const QString& field) const
{
    const auto it = m_rows.constFind(field);
    if (it != m_rows.constEnd())
        return it->error->text();
    if (field.startsWith(QLatin1String("household")))
        return m_householdErrors->text();
    return {};
}

QString RegistrationPage::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void RegistrationPage::focusField(const QString& field)
{
    int step = ConsentStep;
    QWidget* widget = nullptr;
    if (const auto it = m_rows.constFind(field); it != m_rows.constEnd()) {
        step = it->step;
        widget = it->field;
    } else if (field.startsWith(QLatin1String("household"))) {
        step = HouseholdStep;
        widget = m_householdView;
    } else if (field.startsWith(QLatin1String("schemes"))) {
        step = SchemesStep;
        widget = m_schemeRows.isEmpty() ? nullptr : m_schemeRows.first().check;
    }
    goToStep(step);
    if (widget && widget->isEnabled())
        widget->setFocus(Qt::OtherFocusReason);
}

int RegistrationPage::currentStep() const
{
    return m_steps->currentIndex();
}

void RegistrationPage::goToStep(int step)
{
    if (step < 0 || step >= StepCount)
        return;
    m_steps->setCurrentIndex(step);
    {
        const QSignalBlocker block(m_stepBar);
        m_stepBar->setCurrentIndex(step);
    }
    updateButtons();
    if (!m_navigators[step]->focusFirst())
        m_next->setFocus();
}

void RegistrationPage::goNext()
{
    const int step = currentStep();
    if (step == ConsentStep) {
        m_save->setFocus();
        return;
    }
    // Leaving a step shows what is wrong on it; a step with errors is not left.
    QStringList stepErrors;
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it)
        if (it->step == step)
            m_touched.insert(it.key());
    if (step == HouseholdStep)
        m_touched.insert(QStringLiteral("household"));
    if (step == SchemesStep)
        m_touched.insert(QStringLiteral("schemes"));
    for (const QString& field : validate()) {
        const auto it = m_rows.constFind(field);
        const int fieldStep = it != m_rows.constEnd()                        ? it->step
                              : field.startsWith(QLatin1String("household")) ? int(HouseholdStep)
                              : field.startsWith(QLatin1String("schemes"))   ? int(SchemesStep)
                                                                             : -1;
        if (fieldStep == step)
            stepErrors.append(field);
    }
    if (!stepErrors.isEmpty()) {
        focusField(stepErrors.first());
        return;
    }
    goToStep(step + 1);
}

void RegistrationPage::goBack()
{
    goToStep(currentStep() - 1);
}

void RegistrationPage::updateButtons()
{
    const int step = currentStep();
    m_back->setEnabled(step > 0);
    m_next->setEnabled(step < ConsentStep);
    m_save->setEnabled(!m_saving);
}

void RegistrationPage::setBanner(const QString& text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background: #fde0dc; color: #7f0000; padding: 6px;")
                                  : QStringLiteral("background: #e0f2e9; color: #1b5e20; padding: 6px;"));
    m_banner->setVisible(!text.isEmpty());
}

void RegistrationPage::save()
{
    if (!m_info || m_saving)
        return;
    m_showAll = true;
    const QStringList errors = validate();
    if (!errors.isEmpty()) {
        setBanner(
            tr("Nothing was saved: %n field(s) need attention.", nullptr, static_cast<int>(errors.size())),
            true);
        focusField(errors.first());
        return;
    }
    QString reason;
    if (m_editing) {
        bool ok = false;
        reason = QInputDialog::getText(
            this, tr("Reason for the correction"),
            tr("Why is this registration corrected? The reason is kept with the record."), QLineEdit::Normal,
            QString(), &ok);
        if (!ok)
            return;
    }
    m_saving = true;
    updateButtons();
    if (m_editing)
        m_client.correctMember(collect(), reason, this, [this](const SaveResult& r) { onSaved(r); });
    else
        checkDuplicatesThenSave(collect());
}

void RegistrationPage::checkDuplicatesThenSave(const Member& member)
{
    m_client.checkDuplicates(member, this, [this, member](const Result<DuplicateCheck>& check) {
        if (!check.ok()) {
            m_saving = false;
            updateButtons();
            setBanner(tr("Nothing was saved: %1").arg(check.error().message), true);
            return;
        }
        if (check.value().isEmpty())
            saveNew(member, {});
        else
            askAboutDuplicates(member, check.value());
    });
}

void RegistrationPage::askAboutDuplicates(const Member& member, const DuplicateCheck& check)
{
    if (!m_info) { // the store was closed meanwhile
        m_saving = false;
        updateButtons();
        return;
    }
    auto* dialog = new DuplicateDialog(member, check, *m_info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_duplicateDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, member] {
        switch (dialog->choice()) {
        case DuplicateDialog::Choice::SaveAnyway:
            saveNew(member, dialog->differentPersonDecisions(m_client.operatorId()));
            return;
        case DuplicateDialog::Choice::OpenExisting:
            m_saving = false;
            updateButtons();
            // The form keeps what was typed, in case the operator comes back to it.
            setBanner(tr("Nothing was saved: the existing record is opened instead."), false);
            m_client.recordDuplicateDecisions(
                dialog->selectedCandidate(), {dialog->samePersonDecision(m_client.operatorId())}, this,
                [this](const Status& kept) {
                    if (!kept.ok())
                        setBanner(tr("The decision about possible duplicates could not be recorded: %1")
                                      .arg(kept.error().message),
                                  true);
                });
            Q_EMIT openMemberRequested(dialog->selectedCandidate());
            return;
        case DuplicateDialog::Choice::Cancel:
            m_saving = false;
            updateButtons();
            setBanner(tr("Nothing was saved: this person may already be registered."), true);
            return;
        }
    });
    dialog->open();
}

void RegistrationPage::saveNew(const Member& member, const QList<DuplicateDecision>& decisions)
{
    m_client.registerMember(member, decisions, this, [this](const SaveResult& r) { onSaved(r); });
}

void RegistrationPage::onSaved(const SaveResult& result)
{
    m_saving = false;
    updateButtons();
    if (!result.ok()) {
        // Field problems found by the store (e.g. a document already registered) go beside
        // the field; anything else into the banner.
        QList<Error> fields = result.fieldErrors;
        if (fields.isEmpty() && !result.error.field.isEmpty())
            fields.append(result.error);
        showErrors(fields, {});
        setBanner(tr("Nothing was saved: %1").arg(result.error.message), true);
        QStringList names;
        for (const Error& e : fields)
            names.append(e.field);
        sortByForm(names);
        if (!names.isEmpty())
            focusField(names.first());
        return;
    }
    const QString name = collect().name.displayLocal();
    const QString birthNote = m_birthNote->text();
    const QUuid id = result.saved->id;
    QString text = m_editing ? tr("Correction of %1 saved on this laptop.").arg(name)
                             : tr("%1 is registered and saved on this laptop. It will be sent to the central "
                                  "office at the next sync.")
                                   .arg(name);
    QStringList notes = result.saved->notes;
    if (!birthNote.isEmpty() && !notes.contains(birthNote))
        notes.prepend(birthNote);
    for (const QString& note : notes)
        text += QLatin1Char(' ') + note;
    resetForm();
    setBanner(text, false);
    Q_EMIT memberSaved(id);
}

void RegistrationPage::editMember(const Member& member)
{
    if (!m_info)
        return;
    resetForm();
    m_editing = member;
    m_filling = true;
    m_given->setText(member.name.given);
    m_family->setText(member.name.family);
    m_givenLatin->setText(member.name.givenLatin);
    m_familyLatin->setText(member.name.familyLatin);
    m_sex->setCurrentIndex(m_sex->findData(toKey(member.sex)));
    m_birth->setText(member.birth.estimated ? QString::number(member.birth.date.year())
                                            : member.birth.date.toString(QStringLiteral("dd/MM/yyyy")));
    m_occupation->setCurrentIndex(m_occupation->findData(toKey(member.occupation)));
    m_income->setText(member.monthlyIncome ? member.monthlyIncome->toPlainString() : QString());
    m_householdIncome->setText(member.householdIncome ? member.householdIncome->toPlainString() : QString());
    m_photo->setJpeg(member.photo);
    m_region->setCurrentCode(member.address.regionCode);
    m_district->setCurrentCode(member.address.districtCode);
    m_ward->setCurrentCode(member.address.wardCode);
    m_village->setText(member.address.village);
    m_phone->setText(member.phone);
    m_documentType->setCurrentIndex(m_documentType->findData(toKey(member.document.type)));
    m_documentNumber->setText(member.document.number);
    m_issuingProvince->setCurrentCode(member.document.issuingProvince);
    m_issuingDistrict->setCurrentCode(member.document.issuingDistrict);
    m_household->setMembers(member.household);
    for (qsizetype i = 0; i < m_schemeRows.size(); ++i) {
        bool enrolled = false;
        for (const SchemeEnrolment& e : member.schemes)
            enrolled = enrolled || e.schemeCode == m_info->schemes[i].code;
        m_schemeRows[i].check->setChecked(enrolled);
    }
    m_filling = false;
    retranslate();
    rebuildSchemes();
    validate();
    goToStep(PersonStep);
}

void RegistrationPage::startNew()
{
    resetForm();
    setBanner({}, false);
    goToStep(PersonStep);
}

void RegistrationPage::resetForm()
{
    m_filling = true;
    m_editing.reset();
    m_touched.clear();
    m_showAll = false;
    for (QLineEdit* e : {m_given, m_family, m_givenLatin, m_familyLatin, m_birth, m_income, m_householdIncome,
                         m_village, m_phone, m_documentNumber, m_witness})
        e->clear();
    for (AdminUnitPicker* p : {m_region, m_issuingProvince})
        p->setCurrentCode({});
    m_district->clearUnits();
    m_ward->clearUnits();
    m_issuingDistrict->clearUnits();
    m_household->clear();
    m_photo->clear();
    m_photoProblem.clear();
    for (const SchemeRow& r : m_schemeRows) {
        const QSignalBlocker block(r.check);
        r.check->setChecked(false);
    }
    m_sex->setCurrentIndex(0);
    m_occupation->setCurrentIndex(0);
    m_documentType->setCurrentIndex(0);
    m_consentMethod->setCurrentIndex(0);
    if (m_info)
        m_consentLanguage->setCurrentIndex(m_consentLanguage->findData(m_info->country.localLanguage));
    {
        const QSignalBlocker block(m_agreed);
        m_agreed->setChecked(false);
    }
    m_birthNote->setNote({});
    m_filling = false;
    updateWitness();
    updateConsentText();
    updateCountryFields();
    rebuildSchemes();
    showErrors({}, {});
    m_steps->setCurrentIndex(PersonStep);
    m_stepBar->setCurrentIndex(PersonStep);
    updateButtons();
}

void RegistrationPage::retranslate()
{
    const Country country = m_info ? m_info->country.country : Country::Lao;
    const QString currency = m_info ? m_info->country.currency : QStringLiteral("LAK");
    const bool lao = country == Country::Lao;
    m_heading->setText(m_editing ? tr("Correct a registration") : tr("Register a worker"));
    const QStringList steps{tr("1. Person"), tr("2. Address and documents"), tr("3. Household"),
                            tr("4. Schemes"), tr("5. Consent")};
    for (int i = 0; i < StepCount; ++i)
        m_stepBar->setTabText(i, steps[i]);
    const auto label = [this](const QString& field, const QString& text) {
        m_rows[field].label->setText(text);
    };
    label(kGiven, lao ? tr("&Given name (Lao script)") : tr("&Given name"));
    label(kFamily, tr("F&amily name (if any)"));
    label(kGivenLatin, tr("Given name in Lat&in letters"));
    label(kFamilyLatin, tr("Family name in Latin letters"));
    label(kSex, tr("Se&x"));
    label(kBirth, tr("&Date of birth"));
    label(kOccupation, tr("&Work"));
    label(kIncome, tr("&Monthly income (%1)").arg(currency));
    label(kHouseholdIncome, tr("H&ousehold monthly income (%1)").arg(currency));
    label(kPhoto, tr("Pho&to (optional)"));
    m_photo->retranslate();
    label(kRegion, QStringLiteral("&") + Labels::regionLevel(country));
    label(kDistrict, Labels::districtLevel(country));
    label(kWard, Labels::wardLevel(country));
    label(kVillage, lao ? tr("&Village") : tr("&Village or estate (optional)"));
    label(kPhone, tr("Mobil&e phone (optional)"));
    label(kDocType, tr("Identity &document"));
    label(kDocNumber, tr("Document n&umber"));
    label(kIssuingProvince, tr("Province of issue"));
    label(kIssuingDistrict, tr("District of issue (optional)"));
    label(kConsentLanguage, tr("Language &read to the member"));
    label(kConsentMethod, tr("How the member a&greed"));
    label(kWitness, tr("&Witness (for spoken consent)"));
    label(kConsentGiven, QString());
    m_agreed->setText(tr("The member heard the text and &agrees"));
    m_birthHint->setText(
        lao ? tr("A year (1985) is enough when the day is not known. Buddhist-era years (2528) "
                 "are converted.")
            : tr("A year (1985) is enough when the day is not known."));
    m_phone->setPlaceholderText(lao ? tr("e.g. 020 5555 1234") : tr("e.g. 0712 345 678"));
    m_income->setPlaceholderText(lao ? tr("e.g. 2500000") : tr("e.g. 18000"));
    m_householdHint->setText(
        tr("Add the people who live and eat with the member. Alt+A adds a person; Tab moves "
           "between cells; Delete removes the selected person."));
    m_schemesHint->setText(
        tr("Tick the schemes the member joins. The expected contribution follows the scheme's "
           "rule."));
    m_addPerson->setText(tr("&Add person"));
    m_removePerson->setText(tr("&Remove person"));
    m_back->setText(tr("< &Back"));
    m_next->setText(tr("&Next >"));
    m_save->setText(m_editing ? tr("&Save correction (Ctrl+S)") : tr("&Save registration (Ctrl+S)"));
    m_new->setText(tr("New registration (Ctrl+N)"));

    const auto relabel = [](QComboBox* combo, const auto& values, auto name) {
        for (int i = 0; i < combo->count() && i < values.size(); ++i)
            combo->setItemText(i, name(values[i]));
    };
    if (m_sex->count() == 0)
        for (Sex s : Labels::sexes())
            m_sex->addItem(QString(), toKey(s));
    if (m_occupation->count() == 0)
        for (Occupation o : Labels::occupations())
            m_occupation->addItem(QString(), toKey(o));
    relabel(m_sex, Labels::sexes(), &Labels::sex);
    relabel(m_occupation, Labels::occupations(), &Labels::occupation);
    relabel(m_documentType, Labels::documentTypes(country), &Labels::documentType);
    relabel(m_consentMethod, Labels::consentMethods(), &Labels::consentMethod);
    relabel(m_consentLanguage, consent::languages(), &Labels::language);
    for (AdminUnitPicker* p : {m_region, m_district, m_ward, m_issuingProvince, m_issuingDistrict})
        p->relabel();
    if (m_info) {
        rebuildSchemes();
        // Messages come from the validator in the language current when it ran: run it again.
        validate();
    }
}

} // namespace app
} // namespace fe
