#include "commands/Commands.h"

#include <QCoreApplication>

#include <array>

namespace fe::cli {
namespace {

const std::array<Command, 16> kCommands{{
    {"init",
     QT_TRANSLATE_NOOP(
         "fieldenrolctl",
         "Create a new encrypted store for a country and device, with its first administrator."),
     runInit},
    {"encrypt",
     QT_TRANSLATE_NOOP("fieldenrolctl",
                       "Encrypt a store made before encryption at rest, with an administrator."),
     runEncrypt},
    {"operator",
     QT_TRANSLATE_NOOP("fieldenrolctl", "Add, list, lock or unlock operators, set their passwords."),
     runOperator},
    {"recover",
     QT_TRANSLATE_NOOP("fieldenrolctl", "Set a forgotten administrator password with the recovery code."),
     runRecover},
    {"import",
     QT_TRANSLATE_NOOP("fieldenrolctl",
                       "Import members, households or contributions from CSV or JSON Lines."),
     runImport},
    {"search",
     QT_TRANSLATE_NOOP("fieldenrolctl", "Find members by document, phone or name, or a payment by receipt."),
     runSearch},
    {"show", QT_TRANSLATE_NOOP("fieldenrolctl", "Show one member or payment as JSON."), runShow},
    {"export",
     QT_TRANSLATE_NOOP("fieldenrolctl", "Export records, or one person's data for an access request."),
     runExport},
    {"status", QT_TRANSLATE_NOOP("fieldenrolctl", "Show counts, the outbox and the device."), runStatus},
    {"check", QT_TRANSLATE_NOOP("fieldenrolctl", "Check the store's integrity, invariants and audit chain."),
     runCheck},
    {"generate", QT_TRANSLATE_NOOP("fieldenrolctl", "Add realistic demo members and payments."), runGenerate},
    {"enrol-device", QT_TRANSLATE_NOOP("fieldenrolctl", "Enrol this device with the central office."),
     runEnrolDevice},
    {"sync",
     QT_TRANSLATE_NOOP("fieldenrolctl", "Send the outbox to the central office and receive its changes."),
     runSync},
    {"export-bundle", QT_TRANSLATE_NOOP("fieldenrolctl", "Write pending records to a file for a USB stick."),
     runExportBundle},
    {"import-ack",
     QT_TRANSLATE_NOOP("fieldenrolctl", "Import the central office's acknowledgement of a bundle."),
     runImportAck},
    {"quarantine", QT_TRANSLATE_NOOP("fieldenrolctl", "List or retry records the central office refused."),
     runQuarantine},
}};

} // namespace

std::span<const Command> commands()
{
    return kCommands;
}

} // namespace fe::cli
