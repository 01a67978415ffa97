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
class StoreClient;

// The first start on a laptop: language, country, a name for this device and where the store
// lives; finishing creates the store. (The first administrator, the central office address and
// the enrolment code join this assistant with operators and sync.)
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { CountryPage, DevicePage, StorePage };

    FirstRunWizard(StoreClient& client, LanguageManager& language, AppSettings& settings,
                   QWidget* parent = nullptr);

    Country country() const;
    QString deviceName() const;
    QString storePath() const;
    // Set when the store was created; the wizard closes itself then.
    const std::optional<StoreInfo>& created() const { return m_created; }

    // Fields, for the keyboard tests.
    QRadioButton* kenyaButton() const { return m_kenya; }
    QLineEdit* deviceNameEdit() const { return m_deviceName; }
    QLineEdit* folderEdit() const { return m_folder; }
    QString errorText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    friend class StoreLocationPage;
    void retranslate();
    bool createStore();
    void updateFileName();

    StoreClient& m_client;
    LanguageManager& m_language;
    AppSettings& m_settings;
    std::optional<StoreInfo> m_created;
    bool m_creating = false;

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
};

} // namespace app
} // namespace fe
