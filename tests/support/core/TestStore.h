#pragma once

#include "common/Clock.h"
#include "domain/Member.h"
#include "store/Store.h"

#include <QTemporaryDir>

#include <memory>
#include <string>

namespace fe::test {

// The administrator test stores are created with, and the cheap password derivation they use.
FirstAdministrator testAdministrator();
StoreOptions testStoreOptions(const Clock* clock = nullptr);

// A store in a fresh temporary directory, removed with the object. Encrypted and unlocked for
// testAdministrator() unless asked for an unencrypted one (tests of setting up encryption, and
// tests that read payloads straight from the file).
class TestStore
{
public:
    enum class Encryption { On, Off };
    explicit TestStore(Country country = Country::Lao, const Clock* clock = nullptr,
                       Encryption encryption = Encryption::On);
    Store& operator*() { return *store; }
    Store* operator->() { return store.get(); }
    QString path() const { return dir.filePath(QStringLiteral("store.fieldenrol")); }
    // Closes and opens the file again, logged in as the administrator when encrypted.
    void reopen();
    bool encrypted() const { return encryption == Encryption::On; }

    QTemporaryDir dir;
    const Clock* clock;
    Encryption encryption;
    std::unique_ptr<Store> store;
};

// A fixed moment used by tests: 2026-03-15 09:30 UTC.
QDateTime testNow();

// A minimal valid member for the country: tests change the field under test.
Member validLaoMember();
Member validKenyanMember();
Member validMember(Country country);

// A valid contribution of the member's first scheme for March 2026.
Contribution validContribution(const Member& member, Country country);

// "field:code" of every error, comma-separated, for compact assertions on validation results.
std::string describeErrors(const QList<Error>& errors);

} // namespace fe::test
