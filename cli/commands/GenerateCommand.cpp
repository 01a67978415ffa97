#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"

#include "demodata/DemoDataGenerator.h"
#include "store/Store.h"

namespace fe::cli {
namespace {

constexpr int kBatch = 500;   // saves per transaction
constexpr int kAttempts = 20; // tries for a record that clashes with one already in the store

} // namespace

int runGenerate(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("generate"),
        Text::tr("Adds realistic demo members (with households, schemes and consent) and their payments "
                 "through the store's normal save path, so history, audit and outbox entries are real. "
                 "The same seed gives the same people."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addOption({QStringLiteral("members"), Text::tr("How many members (1 to 1000000)."), Text::tr("N")});
    cmd.addOption({QStringLiteral("seed"), Text::tr("Seed of the random generator (default 1)."),
                   Text::tr("S"), QStringLiteral("1")});
    cmd.addOption({QStringLiteral("contributions"),
                   Text::tr("Up to this many payments per member (default 3)."), Text::tr("N"),
                   QStringLiteral("3")});
    cmd.addOption({QStringLiteral("district"),
                   Text::tr("Put every member in this district (LA: 4 digits; KE: constituency, 3 digits), "
                            "e.g. the one the device is enrolled for."),
                   Text::tr("CODE")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    bool ok = false;
    const int count = cmd.value(QStringLiteral("members")).toInt(&ok);
    if (!ok || count < 1 || count > 1'000'000)
        return cmd.usageError(Text::tr("Give the number of members with --members N (1 to 1000000)."));
    const quint32 seed = cmd.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return cmd.usageError(Text::tr("--seed must be a whole number from 0 to 4294967295."));
    const int maxPayments = cmd.value(QStringLiteral("contributions")).toInt(&ok);
    if (!ok || maxPayments < 0 || maxPayments > 24)
        return cmd.usageError(Text::tr("--contributions must be a number from 0 to 24."));

    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;
    DemoDataGenerator generator(*store, seed, QDateTime::currentDateTimeUtc().date());
    if (const QString district = cmd.value(QStringLiteral("district")).trimmed();
        !district.isEmpty() && !generator.restrictToDistrict(district))
        return cmd.usageError(
            Text::tr("--district %1 is not a district of this store's country.").arg(district));
    QRandomGenerator paymentCount(seed ^ 0x5eedu);
    const QString op = auditName(*store);
    int members = 0;
    int payments = 0;
    std::optional<Error> failure;
    while (members < count && !failure) {
        const Status batch = store->inBatch([&] {
            for (int i = 0; i < kBatch && members < count && !failure; ++i) {
                // A store that already holds records of this seed clashes on documents and codes: draw again.
                SaveResult saved;
                for (int attempt = 0; attempt < kAttempts && !saved.ok(); ++attempt)
                    saved = store->registerMember(generator.generateMember(), op);
                if (!saved.ok()) {
                    failure = saved.error;
                    return;
                }
                ++members;
                const std::optional<Member> member = store->member(saved.saved->id);
                const int wanted =
                    static_cast<int>(paymentCount.bounded(static_cast<quint32>(maxPayments + 1)));
                for (int p = 0; p < wanted && member && !member->schemes.isEmpty(); ++p) {
                    SaveResult paid;
                    for (int attempt = 0; attempt < kAttempts && !paid.ok(); ++attempt)
                        paid = store->recordContribution(generator.generateContribution(*member), op);
                    if (!paid.ok()) {
                        failure = paid.error;
                        return;
                    }
                    ++payments;
                }
            }
        });
        if (!batch.ok())
            failure = batch.error();
    }
    if (failure) {
        printError(*failure);
        return exitCodeFor(*failure);
    }
    err() << Text::tr("Generated %1 members and %2 payments (seed %3).").arg(members).arg(payments).arg(seed)
          << '\n'
          << Qt::flush;
    return Ok;
}

} // namespace fe::cli
