#pragma once

#include <QString>

#include <memory>

namespace fe {
class Store;
}

namespace fe::cli {

class CommandLine;

// The store at --store, logged in as --user with the password from FIELDENROL_PASSWORD or the
// terminal. Every command that reads or writes personal data starts here. nullptr: the reason is
// printed (cannot open, not encrypted, wrong password, locked, too soon) and `exitCode` says
// which; nothing was read or written.
std::unique_ptr<Store> openLoggedIn(const CommandLine& cmd, int& exitCode);

// The steps of openLoggedIn, for commands that need the password itself (one's own new password).
// An encrypted store, still locked; nullptr when it cannot be opened or is not encrypted.
std::unique_ptr<Store> openEncrypted(const QString& path, int& exitCode);
// Ok, or the exit code after printing why the login was refused.
int logIn(Store& store, const QString& userName, const QString& password);

// Who did it, for history and audit entries: the logged-in operator's id (as the app records it).
QString auditName(const Store& store);

// Prints a new recovery code once, with what to do with it.
void printRecoveryCode(const QString& code);

} // namespace fe::cli
