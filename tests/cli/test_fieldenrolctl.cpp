#include "Fieldenrolctl.h"
#include "TestStore.h"

#include "common/Uuid.h"
#include "demodata/DemoDataGenerator.h"
#include "store/Store.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace fe;
using namespace fe::test;

namespace {

QJsonObject statusOf(const QString& store)
{
    const Run run =
        ctl({QStringLiteral("status"), QStringLiteral("--store"), store, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(data) == data.size());
}

// The data rows of a per-row import report (without its header line).
QStringList reportRows(const QString& out)
{
    QStringList rows = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows.first() == QStringLiteral("file\tline\toutcome\tid\tcodes\tmessages"));
    rows.removeFirst();
    return rows;
}

} // namespace

TEST_CASE("init, generate, import, search, show, export, status and check work together")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString store = dir.filePath(QStringLiteral("la.fieldenrol"));
    const QString storeOption = QStringLiteral("--store");

    Run run = initStore(store, QStringLiteral("LA"), QStringLiteral("Xaythany team 2"));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Xaythany team 2")));
    run = initStore(store, QStringLiteral("LA"), QStringLiteral("again"));
    CHECK(run.exitCode == 2);
    CHECK_FALSE(run.err.isEmpty());

    run = ctl({QStringLiteral("generate"), storeOption, store, QStringLiteral("--members"),
               QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("7")});
    REQUIRE(run.exitCode == 0);
    QJsonObject status = statusOf(store);
    CHECK(status.value(QLatin1String("country")).toString() == QStringLiteral("LA"));
    CHECK(status.value(QLatin1String("members")).toInt() == 30);
    const int generatedPayments = status.value(QLatin1String("contributions")).toInt();
    CHECK(status.value(QLatin1String("outboxPending")).toInt() == 30 + generatedPayments);
    CHECK_FALSE(status.value(QLatin1String("oldestPending")).toString().isEmpty());

    // A file of five new members and one bad row, then their payments.
    QList<DemoRecord> records;
    {
        auto opened = Store::open(store);
        REQUIRE(opened.ok());
        REQUIRE(
            opened.value()->unlock(testAdministrator().account.username, testAdministrator().password).ok());
        DemoDataGenerator generator(*opened.value(), 99, QDateTime::currentDateTimeUtc().date());
        records = generator.generate(5, 2);
        QByteArray members, contributions;
        QBuffer m(&members), c(&contributions);
        m.open(QIODevice::WriteOnly);
        c.open(QIODevice::WriteOnly);
        REQUIRE(DemoDataGenerator::writeCsv(records, &m, nullptr, &c).ok());
        QStringList lines = QString::fromUtf8(members).split(QStringLiteral("\r\n"));
        QString bad = lines.at(1);
        bad.replace(records.first().member.externalRef, QStringLiteral("BAD-1"));
        bad.replace(QStringLiteral(",LA-VOL,"), QStringLiteral(",LA-NOPE,"));
        lines.insert(2, bad);
        writeFile(dir.filePath(QStringLiteral("members.csv")), lines.join(QStringLiteral("\r\n")).toUtf8());
        writeFile(dir.filePath(QStringLiteral("payments.csv")), contributions);
    }
    const QStringList importMembers{QStringLiteral("import"), storeOption, store, QStringLiteral("--members"),
                                    dir.filePath(QStringLiteral("members.csv"))};
    run = ctl(importMembers);
    CHECK(run.exitCode == 3); // one row rejected
    QStringList rows = reportRows(run.out);
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(1).startsWith(QStringLiteral("members.csv\t3\trejected\t\tschemes[0]:unknown\t")));
    CHECK(rows.filter(QStringLiteral("\taccepted\t")).size() == 5);
    CHECK(run.err.contains(QStringLiteral("5 accepted, 1 rejected, 0 already imported")));
    for (const DemoRecord& r : records) { // no personal data on standard error
        CHECK_FALSE(run.err.contains(r.member.name.given));
        if (!r.member.document.number.isEmpty())
            CHECK_FALSE(run.err.contains(r.member.document.number));
    }
    run = ctl(importMembers);
    CHECK(run.exitCode == 3);
    CHECK(reportRows(run.out).filter(QStringLiteral("\talready_imported\t")).size() == 5);
    run = ctl({QStringLiteral("import"), storeOption, store, QStringLiteral("--contributions"),
               dir.filePath(QStringLiteral("payments.csv"))});
    CHECK(run.exitCode == 0);
    status = statusOf(store);
    CHECK(status.value(QLatin1String("members")).toInt() == 35);
    int filePayments = 0;
    for (const DemoRecord& r : records)
        filePayments += static_cast<int>(r.contributions.size());
    CHECK(status.value(QLatin1String("contributions")).toInt() == generatedPayments + filePayments);

    // Search by each key, show, receipts.
    const Member& someone = records.at(1).member;
    QString id;
    if (someone.document.type != DocumentType::None) {
        run = ctl({QStringLiteral("search"), storeOption, store, QStringLiteral("--document"),
                   someone.document.number});
        REQUIRE(run.exitCode == 0);
        id = run.out.section(QLatin1Char('\t'), 0, 0);
    }
    run = ctl({QStringLiteral("search"), storeOption, store, QStringLiteral("--name"),
               someone.name.given.left(3), QStringLiteral("--limit"), QStringLiteral("100")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(someone.name.displayLocal()));
    run = ctl(
        {QStringLiteral("search"), storeOption, store, QStringLiteral("--name"), someone.name.givenLatin});
    REQUIRE(run.exitCode == 0);
    if (id.isEmpty())
        for (const QString& line : run.out.split(QLatin1Char('\n')))
            if (line.contains(someone.name.displayLocal()))
                id = line.section(QLatin1Char('\t'), 0, 0);
    REQUIRE_FALSE(QUuid::fromString(id).isNull());
    if (!someone.phone.isEmpty()) {
        run = ctl({QStringLiteral("search"), storeOption, store, QStringLiteral("--phone"), someone.phone});
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(id));
    }
    run = ctl({QStringLiteral("search"), storeOption, store, QStringLiteral("--document"),
               QStringLiteral("99-0000000")});
    CHECK(run.exitCode == 5);
    run = ctl({QStringLiteral("search"), storeOption, store});
    CHECK(run.exitCode == 1);

    run = ctl({QStringLiteral("show"), storeOption, store, id});
    REQUIRE(run.exitCode == 0);
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(shown.value(QLatin1String("member")).toObject().value(QLatin1String("id")).toString() == id);
    const QJsonArray payments = shown.value(QLatin1String("contributions")).toArray();
    if (!payments.isEmpty()) {
        const QJsonObject payment = payments.first().toObject();
        CHECK(payment.value(QLatin1String("operator")).toString() == testAdministrator().account.username);
        run = ctl({QStringLiteral("search"), storeOption, store, QStringLiteral("--receipt"),
                   payment.value(QLatin1String("receipt")).toString()});
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(payment.value(QLatin1String("id")).toString()));
    }
    CHECK(ctl({QStringLiteral("show"), storeOption, store, uuidText(QUuid::createUuid())}).exitCode == 5);
    CHECK(ctl({QStringLiteral("show"), storeOption, store, QStringLiteral("not-an-id")}).exitCode == 1);

    // Export, and the export imported into a new store gives the same counts.
    const QString exportedMembers = dir.filePath(QStringLiteral("export-members.csv"));
    const QString exportedHouseholds = dir.filePath(QStringLiteral("export-households.csv"));
    const QString exportedPayments = dir.filePath(QStringLiteral("export-payments.jsonl"));
    run = ctl({QStringLiteral("export"), storeOption, store, QStringLiteral("--kind"),
               QStringLiteral("members"), QStringLiteral("--format"), QStringLiteral("csv"),
               QStringLiteral("--out"), exportedMembers});
    REQUIRE(run.exitCode == 0);
    CHECK(ctl({QStringLiteral("export"), storeOption, store, QStringLiteral("--kind"),
               QStringLiteral("households"), QStringLiteral("--out"), exportedHouseholds})
              .exitCode == 0);
    CHECK(ctl({QStringLiteral("export"), storeOption, store, QStringLiteral("--kind"),
               QStringLiteral("contributions"), QStringLiteral("--out"), exportedPayments})
              .exitCode == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.fieldenrol"));
    REQUIRE(initStore(copy, QStringLiteral("LA"), QStringLiteral("Copy")).exitCode == 0);
    run = ctl({QStringLiteral("import"), storeOption, copy, QStringLiteral("--members"), exportedMembers,
               QStringLiteral("--households"), exportedHouseholds, QStringLiteral("--contributions"),
               exportedPayments, QStringLiteral("--quiet")});
    CHECK(run.exitCode == 0);
    const QJsonObject copied = statusOf(copy);
    CHECK(copied.value(QLatin1String("members")) == status.value(QLatin1String("members")));
    CHECK(copied.value(QLatin1String("contributions")) == status.value(QLatin1String("contributions")));

    const QString dsar = dir.filePath(QStringLiteral("subject.json"));
    run = ctl({QStringLiteral("export"), storeOption, store, QStringLiteral("--subject"), id,
               QStringLiteral("--out"), dsar});
    REQUIRE(run.exitCode == 0);
    QFile dsarFile(dsar);
    REQUIRE(dsarFile.open(QIODevice::ReadOnly));
    const QJsonObject request = QJsonDocument::fromJson(dsarFile.readAll()).object();
    CHECK(request.value(QLatin1String("member")).toObject().value(QLatin1String("id")).toString() == id);
    CHECK_FALSE(request.value(QLatin1String("history")).toArray().isEmpty());

    run = ctl({QStringLiteral("check"), storeOption, store});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("ok"));
    CHECK(ctl({QStringLiteral("check"), storeOption, copy}).exitCode == 0);

    // An altered audit entry is found.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(store.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "DROP TRIGGER audit_no_update; UPDATE audit SET detail = 'x' WHERE seq = 3",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    run = ctl({QStringLiteral("check"), storeOption, store});
    CHECK(run.exitCode == 3);
    CHECK(run.out.contains(QStringLiteral("3")));
}

TEST_CASE("history names the logged-in operator, and --operator no longer exists")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("ke.fieldenrol"));
    REQUIRE(initStore(store, QStringLiteral("KE"), QStringLiteral("Kibera desk")).exitCode == 0);
    const QString mariaPassword = QStringLiteral("maria's own password");
    QProcessEnvironment adding = loginEnvironment();
    adding.insert(QStringLiteral("FIELDENROL_NEW_PASSWORD"), mariaPassword);
    REQUIRE(ctl({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--store"), store,
                 QStringLiteral("--username"), QStringLiteral("maria"), QStringLiteral("--role"),
                 QStringLiteral("enumerator")},
                adding)
                .exitCode == 0);
    const QStringList generate{
        QStringLiteral("generate"),  QStringLiteral("--store"), store,
        QStringLiteral("--members"), QStringLiteral("1"),       QStringLiteral("--contributions"),
        QStringLiteral("0")};
    REQUIRE(ctl(generate).exitCode == 0);
    REQUIRE(ctl(generate + QStringList{QStringLiteral("--seed"), QStringLiteral("2")},
                loginEnvironment(QStringLiteral("maria"), mariaPassword))
                .exitCode == 0);
    // The --user option wins over FIELDENROL_USER (the password is maria's).
    QProcessEnvironment asAdminButPassword = loginEnvironment();
    asAdminButPassword.insert(QStringLiteral("FIELDENROL_PASSWORD"), mariaPassword);
    REQUIRE(ctl(generate + QStringList{QStringLiteral("--seed"), QStringLiteral("3"),
                                       QStringLiteral("--user"), QStringLiteral("maria")},
                asAdminButPassword)
                .exitCode == 0);
    CHECK(ctl(generate + QStringList{QStringLiteral("--seed"), QStringLiteral("4"),
                                     QStringLiteral("--operator"), QStringLiteral("someone")})
              .exitCode == 1);

    auto opened = Store::open(store);
    REQUIRE(opened.ok());
    REQUIRE(opened.value()->unlock(testAdministrator().account.username, testAdministrator().password).ok());
    QStringList operators;
    for (const OutboxEntry& e : opened.value()->pendingOutbox(10))
        operators.append(opened.value()->history(e.entity, e.entityId).first().operatorId);
    const auto accounts = opened.value()->listOperators();
    REQUIRE(accounts.ok());
    QHash<QString, QString> idOf;
    for (const Operator& account : accounts.value())
        idOf.insert(account.username, uuidText(account.id));
    CHECK(operators == QStringList{idOf.value(testAdministrator().account.username),
                                   idOf.value(QStringLiteral("maria")), idOf.value(QStringLiteral("maria"))});
}

TEST_CASE("help, usage errors and missing files give clear messages and documented exit codes")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.fieldenrol"));
    Run run = ctl({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    for (const char* command : {"init", "import", "search", "show", "export", "status", "check", "generate",
                                "operator", "encrypt", "recover"}) {
        CHECK(run.out.contains(QLatin1String("  ") + QLatin1String(command)));
        const Run help = ctl({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("--store")));
        CHECK(help.out.startsWith(QStringLiteral("Usage: fieldenrolctl ") + QLatin1String(command)));
    }
    CHECK(ctl({}).exitCode == 1);
    CHECK(ctl({QStringLiteral("frobnicate")}).exitCode == 1);
    run = ctl({QStringLiteral("status")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--store")));
    CHECK(ctl({QStringLiteral("status"), QStringLiteral("--store"), store, QStringLiteral("--bogus")})
              .exitCode == 1);
    run = ctl({QStringLiteral("status"), QStringLiteral("--store"), store});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("fieldenrolctl init")));
    CHECK(ctl({QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--country"),
               QStringLiteral("TH"), QStringLiteral("--device-name"), QStringLiteral("x")})
              .exitCode == 1);
    REQUIRE(initStore(store, QStringLiteral("KE"), QStringLiteral("x")).exitCode == 0);
    CHECK(ctl({QStringLiteral("import"), QStringLiteral("--store"), store}).exitCode == 1);
    run = ctl({QStringLiteral("import"), QStringLiteral("--store"), store, QStringLiteral("--members"),
               dir.filePath(QStringLiteral("missing.csv"))});
    CHECK(run.exitCode == 4);
    writeFile(dir.filePath(QStringLiteral("empty.csv")), {});
    run = ctl({QStringLiteral("import"), QStringLiteral("--store"), store, QStringLiteral("--members"),
               dir.filePath(QStringLiteral("empty.csv"))});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("empty")));
    CHECK(ctl({QStringLiteral("export"), QStringLiteral("--store"), store, QStringLiteral("--kind"),
               QStringLiteral("members"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("no/such/dir/m.csv"))})
              .exitCode == 4);
    CHECK(ctl({QStringLiteral("export"), QStringLiteral("--store"), store, QStringLiteral("--kind"),
               QStringLiteral("members"), QStringLiteral("--out"), dir.filePath(QStringLiteral("m.txt"))})
              .exitCode == 1);
    CHECK(ctl({QStringLiteral("export"), QStringLiteral("--store"), store, QStringLiteral("--subject"),
               uuidText(QUuid::createUuid())})
              .exitCode == 5);
    CHECK(ctl({QStringLiteral("generate"), QStringLiteral("--store"), store, QStringLiteral("--members"),
               QStringLiteral("0")})
              .exitCode == 1);
    writeFile(dir.filePath(QStringLiteral("junk.fieldenrol")), "this is not a database, just some text\n");
    CHECK(ctl({QStringLiteral("check"), QStringLiteral("--store"),
               dir.filePath(QStringLiteral("junk.fieldenrol"))})
              .exitCode == 2);
}
