#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"

#include "common/Uuid.h"
#include "store/Store.h"

namespace fe::cli {
namespace {

// One tab-separated line per member: id, local name, Latin name, document, phone, district.
void printMember(const Member& m)
{
    out() << uuidText(m.id) << '\t' << m.name.displayLocal() << '\t' << m.name.displayLatin() << '\t'
          << (m.document.type == DocumentType::None
                  ? QString()
                  : toKey(m.document.type) + QLatin1Char(':') + m.document.number)
          << '\t' << m.phone << '\t' << m.address.districtCode << '\n';
}

} // namespace

int runSearch(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("search"),
        Text::tr("Finds members by document number, phone or the start of a name (either script), or a "
                 "payment by its receipt number. Prints one tab-separated line per match; exits with 5 "
                 "when nothing matches."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addOption({QStringLiteral("document"), Text::tr("A document number."), Text::tr("NUMBER")});
    cmd.addOption(
        {QStringLiteral("phone"), Text::tr("A mobile number, in any usual form."), Text::tr("PHONE")});
    cmd.addOption(
        {QStringLiteral("name"), Text::tr("The start of a name, in Lao or Latin script."), Text::tr("TEXT")});
    cmd.addOption({QStringLiteral("receipt"), Text::tr("A receipt number."), Text::tr("RECEIPT")});
    cmd.addOption({QStringLiteral("limit"), Text::tr("At most this many name matches (default 50)."),
                   Text::tr("N"), QStringLiteral("50")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    int given = 0;
    for (const char* option : {"document", "phone", "name", "receipt"})
        given += cmd.value(QString::fromLatin1(option)).isEmpty() ? 0 : 1;
    if (given != 1)
        return cmd.usageError(Text::tr("Give exactly one of --document, --phone, --name or --receipt."));
    bool limitOk = false;
    const int limit = cmd.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return cmd.usageError(Text::tr("--limit must be a positive number."));

    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;

    if (!cmd.value(QStringLiteral("receipt")).isEmpty()) {
        const auto id = store->findByReceipt(cmd.value(QStringLiteral("receipt")));
        const auto c = id ? store->contribution(*id) : std::nullopt;
        if (!c) {
            err() << Text::tr("No payment has this receipt number.") << '\n' << Qt::flush;
            return NotFound;
        }
        // id, receipt, member, scheme, period, amount, state
        out() << uuidText(c->id) << '\t' << c->receiptNumber << '\t' << uuidText(c->memberId) << '\t'
              << c->schemeCode << '\t' << c->periodStart.toString(Qt::ISODate) << '/'
              << c->periodEnd.toString(Qt::ISODate) << '\t' << c->amount.toPlainString() << ' '
              << c->amount.currency << '\t'
              << (c->isVoided() ? QStringLiteral("voided") : QStringLiteral("valid")) << '\n'
              << Qt::flush;
        return Ok;
    }

    QList<Member> found;
    if (!cmd.value(QStringLiteral("name")).isEmpty()) {
        found = store->searchByNamePrefix(cmd.value(QStringLiteral("name")), limit);
    } else {
        const QList<QUuid> ids = !cmd.value(QStringLiteral("document")).isEmpty()
                                     ? store->findByDocument(cmd.value(QStringLiteral("document")))
                                     : store->findByPhone(cmd.value(QStringLiteral("phone")));
        for (const QUuid& id : ids)
            if (const auto m = store->member(id))
                found.append(*m);
    }
    if (found.isEmpty()) {
        err() << Text::tr("No member matches.") << '\n' << Qt::flush;
        return NotFound;
    }
    for (const Member& m : found)
        printMember(m);
    out() << Qt::flush;
    return Ok;
}

} // namespace fe::cli
