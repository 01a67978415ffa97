#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"

#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fe::cli {

int runShow(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("show"),
                    Text::tr("Prints one member (with its payments) or one payment as JSON."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addPositional(QStringLiteral("id"), Text::tr("The id of a member or a payment."),
                      QStringLiteral("ID"));
    if (const auto done = cmd.parse(arguments))
        return *done;
    if (cmd.positional().size() != 1)
        return cmd.usageError(
            Text::tr("Give one id, e.g. fieldenrolctl show --store PATH 0195f3c4-8d2e-7a61-..."));
    const QUuid id = QUuid::fromString(cmd.positional().first().trimmed());
    if (id.isNull())
        return cmd.usageError(
            Text::tr("This is not a record id (expected the form 0195f3c4-8d2e-7a61-9b3f-2c4d5e6f7a80)."));

    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;
    QJsonObject shown;
    if (const auto m = store->member(id)) {
        QJsonArray payments;
        for (const Contribution& c : store->contributionsOf(id))
            payments.append(c.toJson());
        shown =
            QJsonObject{{QLatin1String("member"), m->toJson()}, {QLatin1String("contributions"), payments}};
    } else if (const auto c = store->contribution(id)) {
        shown = QJsonObject{{QLatin1String("contribution"), c->toJson()}};
    } else {
        err() << Text::tr("There is no member or payment with this id.") << '\n' << Qt::flush;
        return NotFound;
    }
    out() << QJsonDocument(shown).toJson(QJsonDocument::Indented) << Qt::flush;
    return Ok;
}

} // namespace fe::cli
