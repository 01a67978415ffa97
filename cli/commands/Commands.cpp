#include "commands/Commands.h"

#include <QCoreApplication>

#include <array>

namespace fe::cli {
namespace {

const std::array<Command, 8> kCommands{{
    {"init", QT_TRANSLATE_NOOP("fieldenrolctl", "Create a new store for a country and device."), runInit},
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
}};

} // namespace

std::span<const Command> commands()
{
    return kCommands;
}

} // namespace fe::cli
