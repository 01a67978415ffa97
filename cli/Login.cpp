#include "Login.h"

#include "common/Uuid.h"

#include "Cli.h"
#include "Secrets.h"

#include "store/Store.h"

namespace fe::cli {

std::unique_ptr<Store> openEncrypted(const QString& path, int& exitCode)
{
    auto store = openStore(path);
    if (!store) {
        exitCode = StoreUnavailable;
        return nullptr;
    }
    if (!store->isEncrypted()) {
        err() << Text::tr("This store is not encrypted, so it is not used until an administrator seals it "
                          "with \"fieldenrolctl encrypt --store %1 --admin USERNAME\".")
                     .arg(path)
              << '\n'
              << Qt::flush;
        exitCode = NotEncrypted;
        return nullptr;
    }
    return store;
}

int logIn(Store& store, const QString& userName, const QString& password)
{
    const Status unlocked = store.unlock(userName, password);
    if (unlocked.ok())
        return Ok;
    printError(unlocked.error());
    const int code = exitCodeFor(unlocked.error());
    // Anything else (an altered account record, a key that does not match) is a refused login too.
    return code == AccountBlocked || code == TryLater || code == StoreUnavailable || code == IoError
               ? code
               : LoginRefused;
}

std::unique_ptr<Store> openLoggedIn(const CommandLine& cmd, int& exitCode)
{
    auto store = openEncrypted(cmd.storePath(), exitCode);
    if (!store)
        return nullptr;
    const auto password =
        readSecret("FIELDENROL_PASSWORD", Text::tr("Password for %1: ").arg(cmd.userName()));
    if (!password) {
        exitCode = Usage;
        return nullptr;
    }
    exitCode = logIn(*store, cmd.userName(), *password);
    if (exitCode != Ok)
        return nullptr;
    return store;
}

QString auditName(const Store& store)
{
    const auto current = store.currentOperator();
    // The operator's id, as the app records it: user names can be reused after an account is removed.
    return current ? uuidText(current->id) : QString();
}

void printRecoveryCode(const QString& code)
{
    out() << Text::tr("Recovery code: %1").arg(code) << '\n'
          << Text::tr("Write this recovery code down now and keep it somewhere safe, away from the device. "
                      "It is the only way back into the store if every administrator password is "
                      "forgotten. It is not stored anywhere and will not be shown again.")
          << '\n'
          << Qt::flush;
}

} // namespace fe::cli
