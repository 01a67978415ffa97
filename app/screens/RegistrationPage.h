#pragma once

#include "screens/DuplicateDialog.h"
#include "screens/Page.h"
#include "validation/Validator.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTextBrowser;

namespace fe {
namespace app {

class AdminUnitPicker;
class EnterNavigator;
class ErrorLabel;
class PhotoField;
class HouseholdModel;
class NoteLabel;

// Registering a worker (or correcting a registration), in five steps that can be done with the
// keyboard alone: Enter moves to the next field and from the last field to the next step,
// Alt+N / Alt+B go forward and back, Ctrl+S saves, Ctrl+N starts afresh. Every field is checked
// by core's Validator as it is typed, and its message is shown beside it in the operator's
// language.
class RegistrationPage : public Page
{
    Q_OBJECT
public:
    enum Step { PersonStep, AddressStep, HouseholdStep, SchemesStep, ConsentStep, StepCount };

    explicit RegistrationPage(StoreClient& client, QWidget* parent = nullptr);
    ~RegistrationPage() override;

    QString title() const override;
    void setStore(const StoreInfo& info) override;
    void activated() override;

    // Opens the form on an existing member; saving then records a correction (with a reason).
    void editMember(const Member& member);
    void startNew();
    int currentStep() const;
    void goToStep(int step);
    // The message shown for a field ("phone", "address.district", ...), empty when none.
    QString errorFor(const QString& field) const;
    // The banner under the form: what happened on the last save.
    QString bannerText() const;
    bool isSaving() const { return m_saving; }
    // The duplicate dialog while it is open (a new registration that may already exist).
    DuplicateDialog* duplicateDialog() const { return m_duplicateDialog; }

    // The member as the form describes it now (before normalisation).
    Member collect(QHash<QString, QString>* inputErrors = nullptr) const;

Q_SIGNALS:
    void memberSaved(const QUuid& id);
    // The operator chose to open an existing record instead of saving a duplicate.
    void openMemberRequested(const QUuid& id);

public Q_SLOTS:
    void save();

protected:
    void retranslate() override;

private:
    struct FieldRow
    {
        QLabel* label = nullptr;
        QWidget* field = nullptr;
        ErrorLabel* error = nullptr;
        int step = 0;
    };

    QWidget* buildPersonStep();
    QWidget* buildAddressStep();
    QWidget* buildHouseholdStep();
    QWidget* buildSchemesStep();
    QWidget* buildConsentStep();
    void addRow(QGridLayout* grid, int step, const QString& field, QWidget* widget);
    void watch(QLineEdit* edit, const QString& field);
    void watch(QComboBox* combo, const QString& field);
    void touch(const QString& field);
    void rebuildSchemes();
    void updateCountryFields();
    void updateConsentText();
    void updateWitness();
    // Runs the validator on the form; shows messages for touched fields (all when showAll).
    // Returns the fields with errors.
    QStringList validate();
    void showErrors(const QList<Error>& errors, const QHash<QString, QString>& inputErrors);
    void focusField(const QString& field);
    // Sorts fields by where the form shows them (step, then position).
    void sortByForm(QStringList& fields) const;
    // A new registration: the duplicate check (on the worker), then the dialog if needed, then
    // the save.
    void checkDuplicatesThenSave(const Member& member);
    void askAboutDuplicates(const Member& member, const DuplicateCheck& check);
    void saveNew(const Member& member, const QList<DuplicateDecision>& decisions);
    void onSaved(const SaveResult& result);
    void goNext();
    void goBack();
    void updateButtons();
    void setBanner(const QString& text, bool error);
    void resetForm();
    QDate today() const;
    Validator validator() const;

    std::optional<StoreInfo> m_info;
    std::optional<Member> m_editing; // set while correcting
    QHash<QString, FieldRow> m_rows;
    QStringList m_fieldOrder; // fields in the order the form shows them
    QList<EnterNavigator*> m_navigators;
    QSet<QString> m_touched;
    bool m_showAll = false;
    bool m_saving = false;
    bool m_filling = false;
    QPointer<DuplicateDialog> m_duplicateDialog;

    QLabel* m_heading = nullptr;
    QTabBar* m_stepBar = nullptr;
    QStackedWidget* m_steps = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_new = nullptr;
    QLabel* m_banner = nullptr;

    // Person
    QLineEdit* m_given = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_givenLatin = nullptr;
    QLineEdit* m_familyLatin = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_birth = nullptr;
    NoteLabel* m_birthNote = nullptr;
    QLabel* m_birthHint = nullptr;
    QComboBox* m_occupation = nullptr;
    QLineEdit* m_income = nullptr;
    QLineEdit* m_householdIncome = nullptr;
    PhotoField* m_photo = nullptr;
    QString m_photoProblem; // the last chosen file that could not be used
    // Address, contact and document
    AdminUnitPicker* m_region = nullptr;
    AdminUnitPicker* m_district = nullptr;
    AdminUnitPicker* m_ward = nullptr;
    QLineEdit* m_village = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_documentType = nullptr;
    QLineEdit* m_documentNumber = nullptr;
    AdminUnitPicker* m_issuingProvince = nullptr;
    AdminUnitPicker* m_issuingDistrict = nullptr;
    // Household
    HouseholdModel* m_household = nullptr;
    QTableView* m_householdView = nullptr;
    QPushButton* m_addPerson = nullptr;
    QPushButton* m_removePerson = nullptr;
    QLabel* m_householdHint = nullptr;
    ErrorLabel* m_householdErrors = nullptr;
    // Schemes
    QWidget* m_schemeBox = nullptr;
    QLabel* m_schemesHint = nullptr;
    struct SchemeRow
    {
        QCheckBox* check = nullptr;
        QLabel* expected = nullptr;
        ErrorLabel* error = nullptr;
    };
    QList<SchemeRow> m_schemeRows;
    // Consent
    QComboBox* m_consentLanguage = nullptr;
    QTextBrowser* m_consentText = nullptr;
    QComboBox* m_consentMethod = nullptr;
    QLineEdit* m_witness = nullptr;
    QCheckBox* m_agreed = nullptr;
    ErrorLabel* m_generalErrors = nullptr;
};

} // namespace app
} // namespace fe
