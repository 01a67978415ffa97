#include "TestStore.h"

#include "demodata/DemoDataGenerator.h"
#include "io/Exporter.h"
#include "io/Importer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace fe;

namespace {

struct Counts
{
    qint64 members = 0;
    qint64 householdMembers = 0;
    qint64 contributions = 0;
    qint64 voided = 0;
    QMap<QString, QString> byExternalRef; // external_ref -> name, document, phone, household size

    bool operator==(const Counts&) const = default;
};

Counts countsOf(Store& store)
{
    Counts c;
    const StoreStatus status = store.status();
    c.members = status.members;
    c.contributions = status.contributions;
    c.voided = status.voidedContributions;
    REQUIRE(store
                .forEachMember([&](const Member& m) {
                    c.householdMembers += m.household.size();
                    c.byExternalRef.insert(m.externalRef, m.name.displayLocal() + QLatin1Char('|') +
                                                              m.document.number + QLatin1Char('|') + m.phone +
                                                              QLatin1Char('|') +
                                                              QString::number(m.household.size()));
                    return true;
                })
                .ok());
    return c;
}

// A store with generated members, households and payments, one correction and one voided payment.
void fill(Store& store, int members)
{
    DemoDataGenerator generator(store, 31, test::testNow().date());
    QList<QUuid> ids;
    REQUIRE(
        store
            .inBatch([&] {
                for (int i = 0; i < members; ++i) {
                    const SaveResult saved =
                        store.registerMember(generator.generateMember(), QStringLiteral("a"));
                    REQUIRE(saved.ok());
                    ids.append(saved.saved->id);
                    const Member m = *store.member(saved.saved->id);
                    for (int p = 0; p < i % 3; ++p)
                        REQUIRE(
                            store.recordContribution(generator.generateContribution(m), QStringLiteral("a"))
                                .ok());
                }
            })
            .ok());
    Member corrected = *store.member(ids.first());
    corrected.phone = store.country().country == Country::Lao ? QStringLiteral("020 7777 8888")
                                                              : QStringLiteral("0799 888 777");
    REQUIRE(store.correctMember(corrected, QStringLiteral("Phone number changed"), QStringLiteral("a")).ok());
    const QList<Contribution> paid = store.contributionsOf(ids.at(2));
    REQUIRE_FALSE(paid.isEmpty());
    REQUIRE(
        store.voidContribution(paid.first().id, QStringLiteral("Entered twice"), QStringLiteral("a")).ok());
}

QString exportTo(Store& store, const QString& dir, RecordKind kind, DataFormat format)
{
    const QString path =
        dir + QLatin1Char('/') + toKey(kind) + QLatin1String(format == DataFormat::Csv ? ".csv" : ".jsonl");
    const Result<qint64> written = Exporter(store).exportToFile(kind, format, path);
    INFO((written.ok() ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    return path;
}

void importInto(Store& store, RecordKind kind, const QString& path)
{
    const ImportReport report = Importer(store).importFile(kind, path);
    INFO(toKey(kind).toStdString() << " rejected " << report.rejected);
    for (const ImportRowResult& r : report.rows)
        for (const Error& e : r.errors)
            INFO("line " << r.line << " " << e.field.toStdString() << ":" << e.code.toStdString());
    REQUIRE_FALSE(report.fatal);
    CHECK(report.rejected == 0);
}

} // namespace

TEST_CASE("an export imported into a fresh store gives the same records, as CSV and as JSON Lines")
{
    FixedClock clock(test::testNow());
    for (const Country country : {Country::Lao, Country::Kenya}) {
        for (const DataFormat format : {DataFormat::Csv, DataFormat::JsonLines}) {
            INFO(CountryProfile::of(country).code.toStdString()
                 << (format == DataFormat::Csv ? " csv" : " jsonl"));
            test::TestStore source(country, &clock);
            fill(*source, 40);
            test::TestStore target(country, &clock);
            const QString dir = source.dir.path();
            importInto(*target, RecordKind::Members, exportTo(*source, dir, RecordKind::Members, format));
            if (format == DataFormat::Csv) // JSON Lines members carry their household
                importInto(*target, RecordKind::Households,
                           exportTo(*source, dir, RecordKind::Households, format));
            importInto(*target, RecordKind::Contributions,
                       exportTo(*source, dir, RecordKind::Contributions, format));
            const Counts before = countsOf(*source);
            const Counts after = countsOf(*target);
            CHECK(after.members == before.members);
            CHECK(after.householdMembers == before.householdMembers);
            CHECK(after.contributions == before.contributions);
            CHECK(after.voided == before.voided);
            CHECK(after.voided == 1);
            CHECK(after.byExternalRef == before.byExternalRef);
            CHECK(target->check().ok());

            // Importing the export again changes nothing.
            const ImportReport again = Importer(*target).importFile(
                RecordKind::Members, exportTo(*source, dir, RecordKind::Members, format));
            CHECK(again.alreadyImported == before.members);
            CHECK(countsOf(*target) == after);
        }
    }
}

TEST_CASE("a data-subject access request holds the person's whole record with the reasons for changes")
{
    FixedClock clock(test::testNow());
    test::TestStore store(Country::Lao, &clock);
    const SaveResult saved = store->registerMember(test::validLaoMember(), QStringLiteral("clerk1"));
    REQUIRE(saved.ok());
    Member m = *store->member(saved.saved->id);
    m.household.append({{QStringLiteral("ບຸນມີ"), {}, {}, {}, {}},
                        Relationship::Spouse,
                        Sex::Male,
                        {QDate(1985, 7, 1), true},
                        {}});
    m.phone = QStringLiteral("020 7777 8888");
    REQUIRE(store->correctMember(m, QStringLiteral("Phone number changed"), QStringLiteral("clerk2")).ok());
    const SaveResult paid =
        store->recordContribution(test::validContribution(m, Country::Lao), QStringLiteral("clerk1"));
    REQUIRE(paid.ok());
    REQUIRE(store->voidContribution(paid.saved->id, QStringLiteral("Wrong month"), QStringLiteral("clerk2"))
                .ok());
    // Another member's data never appears.
    Member other = test::validLaoMember();
    other.document.number = QStringLiteral("01-7654321");
    other.name.given = QStringLiteral("ແສງດາວ");
    REQUIRE(store->registerMember(other, QStringLiteral("clerk1")).ok());

    const Result<QJsonObject> request = Exporter(*store).subjectAccessRequest(m.id);
    REQUIRE(request.ok());
    const QJsonObject o = request.value();
    CHECK(o.value(QLatin1String("member")).toObject().value(QLatin1String("phone")).toString() ==
          QStringLiteral("+8562077778888"));
    CHECK(o.value(QLatin1String("household")).toArray().size() == 1);
    const QJsonArray schemes = o.value(QLatin1String("schemes")).toArray();
    REQUIRE(schemes.size() == 1);
    CHECK(schemes.first().toObject().value(QLatin1String("name")).toString() ==
          QStringLiteral("LSSO voluntary scheme"));
    CHECK(o.value(QLatin1String("consent")).toObject().value(QLatin1String("method")).toString() ==
          QStringLiteral("thumbprint"));
    const QJsonArray contributions = o.value(QLatin1String("contributions")).toArray();
    REQUIRE(contributions.size() == 1);
    CHECK(contributions.first().toObject().value(QLatin1String("voidReason")).toString() ==
          QStringLiteral("Wrong month"));

    QStringList reasons;
    int withRecord = 0;
    for (const QJsonValue& v : o.value(QLatin1String("history")).toArray()) {
        reasons.append(v.toObject().value(QLatin1String("reason")).toString());
        withRecord += v.toObject().value(QLatin1String("record")).toObject().isEmpty() ? 0 : 1;
    }
    CHECK(reasons == QStringList{QStringLiteral("registered"), QStringLiteral("Phone number changed"),
                                 QStringLiteral("recorded"), QStringLiteral("Wrong month")});
    CHECK(withRecord == 4);
    const QByteArray text = QJsonDocument(o).toJson();
    CHECK_FALSE(text.contains(QStringLiteral("ແສງດາວ").toUtf8()));
    CHECK_FALSE(text.contains("01-7654321"));

    const QString path = store.dir.filePath(QStringLiteral("dsar.json"));
    REQUIRE(Exporter(*store).writeSubjectAccessRequest(m.id, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(written.value(QLatin1String("member")) == o.value(QLatin1String("member")));
    CHECK(written.value(QLatin1String("history")) == o.value(QLatin1String("history")));

    const Result<QJsonObject> missing = Exporter(*store).subjectAccessRequest(QUuid::createUuid());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("export.no_such_member"));
}

TEST_CASE("an export that cannot be written reports it and leaves no file behind")
{
    FixedClock clock(test::testNow());
    test::TestStore store(Country::Kenya, &clock);
    REQUIRE(store->registerMember(test::validKenyanMember(), QStringLiteral("clerk1")).ok());
    const QString path = store.dir.filePath(QStringLiteral("no/such/folder/members.csv"));
    const Result<qint64> written = Exporter(*store).exportToFile(RecordKind::Members, DataFormat::Csv, path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == QStringLiteral("export.cannot_write"));
    CHECK_FALSE(QFile::exists(path));
    const Status dsar = Exporter(*store).writeSubjectAccessRequest(
        store->member(store->findByDocument(QStringLiteral("23456789")).first())->id, path);
    CHECK_FALSE(dsar.ok());
}
