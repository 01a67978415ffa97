#pragma once

#include <QStringList>

#include <span>

namespace fe::cli {

// A sub-command: `fieldenrolctl <name> [options]`. `run` gets the arguments after the name and
// returns the exit code.
struct Command
{
    const char* name;
    const char* summary; // translated when shown (context "fieldenrolctl")
    int (*run)(const QStringList& arguments);
};

std::span<const Command> commands();

int runInit(const QStringList& arguments);
// Operators and encryption at rest: sealing an old store, accounts, a forgotten password.
int runEncrypt(const QStringList& arguments);
int runOperator(const QStringList& arguments);
int runRecover(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runSearch(const QStringList& arguments);
int runShow(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runStatus(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runGenerate(const QStringList& arguments);
// Sync (sync/): enrolment, sync, USB bundles, quarantine.
int runEnrolDevice(const QStringList& arguments);
int runSync(const QStringList& arguments);
int runExportBundle(const QStringList& arguments);
int runImportAck(const QStringList& arguments);
int runQuarantine(const QStringList& arguments);

} // namespace fe::cli
