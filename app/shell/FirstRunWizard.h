#pragma once

#include "worker/StoreTypes.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace fe {
namespace app {

class AppSettings;
class ErrorLabel;
class LanguageManager;
class OperatorForm;
class RecoveryCodeView;
class StoreClient;
class SyncClient;

// The first start on a laptop: language, country, a name for this device, the first
// administrator's account and where the store lives (going on creates the store, encrypted under
// the administrator's password), the recovery code (shown once, to be confirmed as written down),
// then the central office's address and the enrolment code (finishing enrols the device; "Enrol
// later" skips it, Settings does it later).
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { CountryPage, DevicePage, AdministratorPage, StorePage, RecoveryPage, CentralPage };

    // Without `sync` the central office page only offers to enrol later.
    FirstRunWizard(StoreClient& client, LanguageManager& language, AppSettings& settings,
                   SyncClient* sync = nullptr, QWidget* parent = nullptr);

    Country country() const;
    QString deviceName() const;
    QString storePath() const;
    // Set when the store was created; the wizard closes itself then.
    const std::optional<StoreInfo>& created() const { return m_created; }

    // Fields, for the keyboard tests.
    QRadioButton* kenyaButton() const { return m_kenya; }
    QLineEdit* deviceNameEdit() const { return m_deviceName; }
    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* centralAddressEdit() const { return m_address; }
    QLineEdit* enrolmentCodeEdit() const { return m_code; }
    OperatorForm* administratorForm() const { return m_adminForm; }
    RecoveryCodeView* recoveryView() const { return m_recovery; }
    bool enrolled() const { return m_enrolled; }
    QString errorText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    friend class StoreLocationPage;
    friend class AdministratorAccountPage;
    friend class RecoveryCodePage;
    friend class CentralOfficePage;
    void retranslate();
    bool createStore();
    bool enrol();
    void updateFileName();

    StoreClient& m_client;
    LanguageManager& m_language;
    AppSettings& m_settings;
    std::optional<StoreInfo> m_created;
    bool m_creating = false;
    SyncClient* m_sync = nullptr;
    bool m_enrolling = false;
    bool m_enrolled = false;
    bool m_enrolLater = false;

    QLabel* m_welcome = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_languageBox = nullptr;
    QLabel* m_countryLabel = nullptr;
    QRadioButton* m_lao = nullptr;
    QRadioButton* m_kenya = nullptr;
    QLabel* m_deviceLabel = nullptr;
    QLabel* m_deviceHint = nullptr;
    QLineEdit* m_deviceName = nullptr;
    ErrorLabel* m_deviceError = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_fileName = nullptr;
    ErrorLabel* m_storeError = nullptr;
    QLabel* m_adminHint = nullptr;
    OperatorForm* m_adminForm = nullptr;
    RecoveryCodeView* m_recovery = nullptr;
    QLabel* m_centralHint = nullptr;
    QLabel* m_addressLabel = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    ErrorLabel* m_centralError = nullptr;
};

} // namespace app
} // namespace fe
