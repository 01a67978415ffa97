#include "FaultVfs.h"
#include "StoreSnapshot.h"
#include "TestStore.h"

#include "demodata/DemoDataGenerator.h"
#include "io/Importer.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>

using namespace fe;

namespace {

const QByteArray kLaoHeader =
    "external_ref,given_name,family_name,given_name_latin,family_name_latin,sex,birth_date,document_type,"
    "document_number,document_issuing_province,phone,region_code,district_code,village,occupation,monthly_"
    "income,"
    "schemes,enrolled_on,consent_text_version,consent_language,consent_method,consent_given_at\n";

QByteArray laoRow(const QString& ref, const QString& given, const QString& sex, const QString& document,
                  const QString& phone, const QString& district = QStringLiteral("0101"))
{
    return QStringLiteral("%1,%2,ວົງສາ,Somphone,Vongsa,%3,1988-04-12,la_national_id,%4,01,%5,01,%6,ບ້ານສີເມືອງ,"
                          "street_vending,2500000,LA-VOL,2026-03-01,LA-2026-01,lo,thumbprint,2026-03-01\n")
        .arg(ref, given, sex, document, phone, district)
        .toUtf8();
}

const ImportRowResult& rowAt(const ImportReport& report, int line)
{
    for (const ImportRowResult& r : report.rows)
        if (r.line == line)
            return r;
    FAIL("no result for line " << line);
    return report.rows.first();
}

QStringList codesOf(const ImportRowResult& r)
{
    QStringList codes;
    for (const Error& e : r.errors)
        codes.append(e.field + QLatin1Char(':') + e.code);
    return codes;
}

std::string describe(const ImportReport& report)
{
    std::string out = report.fatal ? report.fatal->code.toStdString() + "\n" : std::string();
    for (const ImportRowResult& r : report.rows)
        out += std::to_string(r.line) + " " + toKey(r.outcome).toStdString() + " " +
               codesOf(r).join(QLatin1String(", ")).toStdString() + "\n";
    return out;
}

struct Fixture
{
    FixedClock clock{test::testNow()};
    test::TestStore store;
    explicit Fixture(Country country = Country::Lao) : store(country, &clock) {}

    ImportReport import(RecordKind kind, const QByteArray& data, DataFormat format = DataFormat::Csv,
                        ImportOptions options = {})
    {
        Importer importer(*store, std::move(options));
        return importer.importData(kind, format, data);
    }
};

// Generated records written in the import format, for larger files.
struct DemoFiles
{
    QByteArray members, households, contributions;
};

DemoFiles demoCsv(Store& store, int count, quint32 seed)
{
    DemoDataGenerator generator(store, seed, test::testNow().date());
    const QList<DemoRecord> records = generator.generate(count, 2);
    DemoFiles files;
    QBuffer m(&files.members), h(&files.households), c(&files.contributions);
    m.open(QIODevice::WriteOnly);
    h.open(QIODevice::WriteOnly);
    c.open(QIODevice::WriteOnly);
    REQUIRE(DemoDataGenerator::writeCsv(records, &m, &h, &c).ok());
    return files;
}

} // namespace

TEST_CASE("bad rows are rejected with their codes while the good rows around them are saved")
{
    Fixture f;
    const QByteArray csv =
        kLaoHeader +
        laoRow(QStringLiteral("R-1"), QStringLiteral("ສົມພອນ"), QStringLiteral("female"),
               QStringLiteral("01-1000001"), QStringLiteral("020 5555 1234")) +
        laoRow(QStringLiteral("R-2"), QStringLiteral("ຄຳພອນ"), QStringLiteral("robot"),
               QStringLiteral("01-1000002"), QStringLiteral("020 5555 1235")) +
        laoRow(QStringLiteral("R-3"), QStringLiteral("ແສງດາວ"), QStringLiteral("female"),
               QStringLiteral("01-1000003"), QStringLiteral("12345")) +
        laoRow(QStringLiteral("R-4"), QString(), QStringLiteral("male"), QStringLiteral("01-1000004"),
               QStringLiteral("020 5555 1236")) +
        laoRow(QStringLiteral("R-5"), QStringLiteral("ບຸນມີ"), QStringLiteral("male"),
               QStringLiteral("01-1000005"), QStringLiteral("020 5555 1237"), QStringLiteral("1701")) +
        laoRow(QStringLiteral("R-6"), QStringLiteral("ມະນີ"), QStringLiteral("F"),
               QStringLiteral("01-1000001"), QStringLiteral("020 5555 1238")) +
        laoRow(QStringLiteral("R-7"), QStringLiteral("ນາລີ"), QStringLiteral("f"),
               QStringLiteral("01-1000007"), QStringLiteral("+856 20 5555 1239"));
    const ImportReport report = f.import(RecordKind::Members, csv);
    INFO(describe(report));
    REQUIRE_FALSE(report.fatal);
    CHECK(report.rows.size() == 7);
    CHECK(report.accepted == 2);
    CHECK(report.rejected == 5);
    CHECK(rowAt(report, 2).outcome == ImportRowResult::Outcome::Accepted);
    CHECK(codesOf(rowAt(report, 3)) == QStringList{QStringLiteral("sex:import.invalid_value")});
    CHECK(codesOf(rowAt(report, 4)) == QStringList{QStringLiteral("phone:format")});
    CHECK(codesOf(rowAt(report, 5)) == QStringList{QStringLiteral("name.given:required")});
    CHECK(codesOf(rowAt(report, 6)) == QStringList{QStringLiteral("address.district:unknown")});
    CHECK(codesOf(rowAt(report, 7)) == QStringList{QStringLiteral("document.number:member.document_exists")});
    CHECK(rowAt(report, 8).outcome == ImportRowResult::Outcome::Accepted);
    for (const ImportRowResult& r : report.rows)
        for (const Error& e : r.errors)
            CHECK_FALSE(e.message.isEmpty());

    // The accepted rows are whole records with their history, audit and outbox entries.
    const auto saved = f.store->member(rowAt(report, 2).id);
    REQUIRE(saved);
    CHECK(saved->externalRef == QStringLiteral("R-1"));
    CHECK(saved->phone == QStringLiteral("+8562055551234"));
    CHECK(f.store->status().members == 2);
    CHECK(f.store->status().outboxPending == 2);
    CHECK(f.store->check().ok());
}

TEST_CASE("importing the same file twice creates nothing twice")
{
    Fixture f;
    const QByteArray withRefs =
        kLaoHeader +
        laoRow(QStringLiteral("R-1"), QStringLiteral("ສົມພອນ"), QStringLiteral("female"),
               QStringLiteral("01-1000001"), QStringLiteral("020 5555 1234")) +
        laoRow(QStringLiteral("R-2"), QStringLiteral("ຄຳພອນ"), QStringLiteral("robot"),
               QStringLiteral("01-1000002"), QStringLiteral("020 5555 1235"));
    // Without external references, rows are recognised by their content, whatever the spacing.
    const QByteArray withoutRefs = kLaoHeader +
                                   laoRow(QString(), QStringLiteral("ນາລີ"), QStringLiteral("female"),
                                          QStringLiteral("01-1000007"), QStringLiteral("020 5555 1239")) +
                                   laoRow(QString(), QStringLiteral("ບົວພັນ"), QStringLiteral("female"),
                                          QStringLiteral("01-1000008"), QString());
    const ImportReport first = f.import(RecordKind::Members, withRefs);
    const ImportReport second = f.import(RecordKind::Members, withRefs);
    INFO(describe(second));
    CHECK(first.accepted == 1);
    CHECK(second.accepted == 0);
    CHECK(second.alreadyImported == 1);
    CHECK(second.rejected == 1); // still wrong, still reported
    CHECK(rowAt(second, 2).id == rowAt(first, 2).id);

    const ImportReport third = f.import(RecordKind::Members, withoutRefs);
    QByteArray respaced = withoutRefs;
    respaced.replace("020 5555 1239", "020  5555   1239");
    const ImportReport fourth = f.import(RecordKind::Members, respaced);
    INFO(describe(fourth));
    CHECK(third.accepted == 2);
    CHECK(fourth.alreadyImported == 2);
    CHECK(fourth.accepted == 0);

    const StoreStatus status = f.store->status();
    CHECK(status.members == 3);
    CHECK(status.outboxPending == 3);
    CHECK(f.store->check().ok());
}

TEST_CASE("a row that is not saved leaves no import key behind: corrected, it is imported next time")
{
    // A row's import keys are claimed before it is saved and given back when it is not: refused
    // (here: a document another member holds) or found to be there already under its second key.
    Fixture f;
    const QString firstId = QStringLiteral("0195f3c4-8d2e-7a61-9b3f-2c4d5e6f7a80");
    const QString secondId = QStringLiteral("0195f3c4-8d2f-7b02-8c11-5a0e9d3b7c21");
    const auto file = [](const QString& id, const QString& ref, const QString& document) {
        return "id," + kLaoHeader + id.toUtf8() + ',' +
               laoRow(ref, QStringLiteral("ສົມພອນ"), QStringLiteral("female"), document,
                      QStringLiteral("020 5555 1234"));
    };
    const ImportReport first =
        f.import(RecordKind::Members, file(firstId, QStringLiteral("R-1"), QStringLiteral("01-1000001")));
    INFO(describe(first));
    REQUIRE(first.accepted == 1);

    // Another reference, the same document: refused.
    const ImportReport clash =
        f.import(RecordKind::Members, file(secondId, QStringLiteral("R-2"), QStringLiteral("01-1000001")));
    INFO(describe(clash));
    CHECK(clash.rejected == 1);
    CHECK(codesOf(rowAt(clash, 2)) == QStringList{QStringLiteral("document.number:member.document_exists")});
    // Another reference, the first row's id: the same row, already imported.
    const ImportReport sameId =
        f.import(RecordKind::Members, file(firstId, QStringLiteral("R-3"), QStringLiteral("01-1000003")));
    INFO(describe(sameId));
    CHECK(sameId.alreadyImported == 1);
    CHECK(rowAt(sameId, 2).id == rowAt(first, 2).id);

    // Neither left a key: corrected, both rows are new members.
    const ImportReport corrected =
        f.import(RecordKind::Members, file(secondId, QStringLiteral("R-2"), QStringLiteral("01-1000002")));
    INFO(describe(corrected));
    CHECK(corrected.accepted == 1);
    const QString thirdId = QStringLiteral("0195f3c4-8d30-7c03-9d22-6b1f0a4c8d32");
    const ImportReport third =
        f.import(RecordKind::Members, file(thirdId, QStringLiteral("R-3"), QStringLiteral("01-1000003")));
    INFO(describe(third));
    CHECK(third.accepted == 1);
    CHECK(f.store->status().members == 3);
    // And each is known by both its keys from now on.
    CHECK(f.import(RecordKind::Members, file(secondId, QStringLiteral("R-9"), QStringLiteral("01-1000009")))
              .alreadyImported == 1);
    CHECK(f.import(RecordKind::Members, file(thirdId, QStringLiteral("R-3"), QStringLiteral("01-1000003")))
              .alreadyImported == 1);
    CHECK(f.store->status().members == 3);
    CHECK(f.store->check().ok());
}

TEST_CASE("household members and contributions are linked to their members")
{
    Fixture f;
    const QByteArray members =
        kLaoHeader +
        laoRow(QStringLiteral("R-1"), QStringLiteral("ສົມພອນ"), QStringLiteral("female"),
               QStringLiteral("01-1000001"), QStringLiteral("020 5555 1234")) +
        laoRow(QStringLiteral("R-2"), QStringLiteral("ຄຳພອນ"), QStringLiteral("male"),
               QStringLiteral("01-1000002"), QStringLiteral("020 5555 1235"));
    REQUIRE(f.import(RecordKind::Members, members).accepted == 2);

    const QByteArray households =
        "member_external_ref,member_document_number,given_name,relationship,sex,birth_date\n"
        "R-1,,ບຸນມີ,spouse,male,1985\n"
        "R-1,,ນ້ອຍ,son,male,2015-06-01\n"
        ",01-1000002,ມາລີ,daughter,F,2012\n"
        "R-1,,ແກ້ວ,cousin,female,2000\n"
        "R-9,,ດາວ,child,female,2010\n";
    const ImportReport h = f.import(RecordKind::Households, households);
    INFO(describe(h));
    CHECK(h.accepted == 3);
    CHECK(codesOf(rowAt(h, 5)) == QStringList{QStringLiteral("relationship:import.invalid_value")});
    CHECK(codesOf(rowAt(h, 6)) == QStringList{QStringLiteral("member_external_ref:import.member_not_found")});
    const QUuid first = rowAt(h, 2).id;
    const QUuid second = rowAt(h, 4).id;
    CHECK(rowAt(h, 3).id == first);
    const auto one = f.store->member(first);
    const auto two = f.store->member(second);
    REQUIRE(one);
    REQUIRE(two);
    CHECK(one->household.size() == 2);
    CHECK(one->household.at(1).relationship == Relationship::Child);
    CHECK(two->household.size() == 1);
    CHECK(two->household.at(0).birth.estimated);
    // Consecutive rows of one member are one correction, with its reason.
    const auto history = f.store->history(QStringLiteral("member"), first);
    REQUIRE(history.size() == 2);
    CHECK_FALSE(history.at(1).reason.isEmpty());
    CHECK(f.import(RecordKind::Households, households).alreadyImported == 3);
    CHECK(f.store->member(first)->household.size() == 2);

    const QByteArray contributions =
        "external_ref,member_external_ref,member_document_number,scheme,period_start,"
        "period_end,amount,method,transaction_code,difference_reason\n"
        "P-1,R-1,,LA-VOL,2026-01,2026-03,675000,cash,,\n"
        "P-2,,01-1000002,LA-VOL,2026-02-01,,225000,mobile_money,UM1234567890,\n"
        "P-3,R-2,,LA-VOL,2026-03,,100000,cash,,\n"
        "P-4,R-2,,LA-VOL,2026-03,,100000,cash,,Paid half this month\n"
        "P-5,R-2,,LA-VOL,2026-03,,225000,mobile_money,UM1234567890,\n";
    const ImportReport c = f.import(RecordKind::Contributions, contributions);
    INFO(describe(c));
    CHECK(c.accepted == 3);
    CHECK(codesOf(rowAt(c, 4)) == QStringList{QStringLiteral("differenceReason:required")});
    CHECK(codesOf(rowAt(c, 6)) == QStringList{QStringLiteral("transactionCode:contribution.code_reused")});
    CHECK(f.store->contributionsOf(first).size() == 1);
    CHECK(f.store->contributionsOf(second).size() == 2);
    const auto quarter = f.store->contribution(rowAt(c, 2).id);
    REQUIRE(quarter);
    CHECK(quarter->periodEnd == QDate(2026, 3, 31));
    CHECK_FALSE(quarter->receiptNumber.isEmpty());
    CHECK(f.import(RecordKind::Contributions, contributions).alreadyImported == 3);
    CHECK(f.store->status().contributions == 3);
    CHECK(f.store->check().ok());
}

TEST_CASE("a row that fails after it began writing is undone alone, and the rows around it are saved")
{
    // Batches are written without a savepoint per row. A voided payment is recorded, then voided;
    // a void reason longer than the store takes fails after the payment was written, so the batch
    // is rolled back and done again row by row.
    Fixture f;
    const QByteArray members =
        kLaoHeader + laoRow(QStringLiteral("R-1"), QStringLiteral("ສົມພອນ"), QStringLiteral("female"),
                            QStringLiteral("01-1000001"), QStringLiteral("020 5555 1234"));
    REQUIRE(f.import(RecordKind::Members, members).accepted == 1);
    const QString longReason(Validator::kMaxTextLength + 1, QLatin1Char('x'));
    const QByteArray contributions =
        "external_ref,member_external_ref,scheme,period_start,amount,method,voided_at,void_reason\n"
        "P-1,R-1,LA-VOL,2026-01,225000,cash,,\n"
        "P-2,R-1,LA-VOL,2026-02,225000,cash,2026-03-02T10:00:00Z,Entered twice\n"
        "P-3,R-1,LA-VOL,2026-03,225000,cash,2026-03-02T10:00:00Z," +
        longReason.toUtf8() +
        "\n"
        "P-4,R-1,LA-VOL,2026-04,225000,cash,,\n";
    const qint64 auditBefore = f.store->status().auditEntries;
    const ImportReport c = f.import(RecordKind::Contributions, contributions);
    INFO(describe(c));
    CHECK(c.accepted == 3);
    CHECK(c.rejected == 1);
    CHECK(c.rows.size() == 4);
    CHECK(codesOf(rowAt(c, 4)) == QStringList{QStringLiteral("reason:void.reason")});
    CHECK(rowAt(c, 5).outcome == ImportRowResult::Outcome::Accepted);
    // Nothing of the failed row is left: three payments, one of them voided, and their bookkeeping.
    CHECK(f.store->status().contributions == 2);
    CHECK(f.store->status().voidedContributions == 1);
    CHECK(f.store->status().outboxPending == 1 + 4); // the member, three payments and one void
    CHECK(f.store->status().auditEntries == auditBefore + 4);
    CHECK(f.store->check().ok());
    // The rows saved know their import keys; the rejected one can come again.
    const ImportReport again = f.import(RecordKind::Contributions, contributions);
    CHECK(again.alreadyImported == 3);
    CHECK(again.rejected == 1);
    CHECK(f.store->status().contributions == 2);
    CHECK(f.store->status().voidedContributions == 1);
}

TEST_CASE(
    "a registration that fails after it began writing is undone alone, and the rows around it are saved")
{
    // Registrations are checked before they write (validation, documents), so only the disk or the
    // database itself can fail one half-way. A trigger stands in for that: it refuses the outbox
    // entry of the one registration in district 0102, after its member row, look-ups, history and
    // audit entry were written. The batch (no savepoint per row) is rolled back and done again
    // row by row, where that row fails alone.
    Fixture f;
    QByteArray members = kLaoHeader;
    for (int i = 1; i <= 12; ++i)
        members += laoRow(QStringLiteral("R-%1").arg(i), QStringLiteral("ສົມພອນ"), QStringLiteral("female"),
                          QStringLiteral("01-10000%1").arg(i, 2, 10, QLatin1Char('0')),
                          QStringLiteral("020 5555 12%1").arg(i, 2, 10, QLatin1Char('0')),
                          i == 8 ? QStringLiteral("0102") : QStringLiteral("0101"));
    test::execSql(
        f.store.path(),
        QStringLiteral("CREATE TRIGGER test_half_way BEFORE INSERT ON outbox WHEN (SELECT district_code "
                       "FROM members WHERE id = NEW.entity_id) = '0102' BEGIN SELECT RAISE(ABORT, "
                       "'injected'); END"));
    const StoreStatus before = f.store->status();

    const ImportReport report = f.import(RecordKind::Members, members);
    INFO(describe(report));
    CHECK_FALSE(report.fatal);
    CHECK(report.accepted == 11);
    CHECK(report.rejected == 1);
    REQUIRE(report.rows.size() == 12);
    CHECK(rowAt(report, 9).outcome == ImportRowResult::Outcome::Rejected); // line 1 is the header
    CHECK_FALSE(rowAt(report, 9).errors.isEmpty());
    CHECK(rowAt(report, 10).outcome == ImportRowResult::Outcome::Accepted);
    // Nothing of the failed row is left, everything of the others is there once.
    const StoreStatus after = f.store->status();
    CHECK(after.members == before.members + 11);
    CHECK(after.outboxPending == before.outboxPending + 11);
    CHECK(after.auditEntries == before.auditEntries + 11);
    CHECK(f.store->findByDocument(QStringLiteral("01-1000008")).isEmpty());
    CHECK(f.store->findByDocument(QStringLiteral("01-1000009")).size() == 1);

    // Once the disk (here: the trigger) lets it, importing the file again adds only that row.
    test::execSql(f.store.path(), QStringLiteral("DROP TRIGGER test_half_way"));
    const ImportReport again = f.import(RecordKind::Members, members);
    INFO(describe(again));
    CHECK(again.alreadyImported == 11);
    CHECK(again.accepted == 1);
    CHECK(f.store->status().members == before.members + 12);
    CHECK(f.store->check().ok());
}

TEST_CASE("invalid UTF-8, empty and unreadable files get clear errors and change nothing")
{
    Fixture f;
    SECTION("a row with invalid UTF-8 is rejected, the others are saved")
    {
        QByteArray csv = kLaoHeader +
                         laoRow(QStringLiteral("R-1"), QStringLiteral("ສົມພອນ"), QStringLiteral("female"),
                                QStringLiteral("01-1000001"), QStringLiteral("020 5555 1234")) +
                         laoRow(QStringLiteral("R-2"), QStringLiteral("XX"), QStringLiteral("female"),
                                QStringLiteral("01-1000002"), QStringLiteral("020 5555 1235"));
        csv.replace("XX", "\xC3\x28\xFF");
        const ImportReport report = f.import(RecordKind::Members, csv);
        INFO(describe(report));
        CHECK(report.accepted == 1);
        CHECK(codesOf(rowAt(report, 3)) == QStringList{QStringLiteral(":import.encoding")});
    }
    SECTION("JSON Lines: a line with invalid UTF-8 or broken JSON is rejected")
    {
        QByteArray jsonl = "{\"given_name\": \"\xFF\xFE\"}\n{\"given_name\": \n[1, 2]\n";
        const ImportReport report = f.import(RecordKind::Members, jsonl, DataFormat::JsonLines);
        INFO(describe(report));
        CHECK(report.rejected == 3);
        CHECK(rowAt(report, 1).errors.first().code == QStringLiteral("import.encoding"));
        CHECK(rowAt(report, 2).errors.first().code == QStringLiteral("import.bad_json"));
        CHECK(rowAt(report, 3).errors.first().code == QStringLiteral("import.bad_json"));
    }
    SECTION("an empty file, a UTF-16 file and a file without the required columns are refused as a whole")
    {
        for (const QByteArray& data : {QByteArray(), QByteArray("\xEF\xBB\xBF \n\n"), QByteArray("\n")}) {
            const ImportReport report = f.import(RecordKind::Members, data);
            REQUIRE(report.fatal);
            CHECK(report.fatal->code == QStringLiteral("import.empty"));
        }
        const ImportReport utf16 = f.import(RecordKind::Members, QByteArray("\xFF\xFEg\0i\0v\0", 8));
        REQUIRE(utf16.fatal);
        CHECK(utf16.fatal->code == QStringLiteral("import.encoding"));
        const ImportReport columns =
            f.import(RecordKind::Members, "given_name,phone,colour\nສົມພອນ,020 5555 1234,red\n");
        REQUIRE(columns.fatal);
        CHECK(columns.fatal->code == QStringLiteral("import.missing_columns"));
        CHECK(columns.fatal->message.contains(QStringLiteral("birth_date")));
        const ImportReport owners =
            f.import(RecordKind::Contributions, "scheme,period_start,amount,method\n");
        REQUIRE(owners.fatal);
        CHECK(owners.fatal->code == QStringLiteral("import.missing_columns"));
        Importer importer(*f.store);
        const ImportReport missing =
            importer.importFile(RecordKind::Members, f.store.dir.filePath(QStringLiteral("none.csv")));
        REQUIRE(missing.fatal);
        CHECK(missing.fatal->code == QStringLiteral("import.cannot_read"));
        const ImportReport format = importer.importFile(RecordKind::Members, QStringLiteral("members.xlsx"));
        REQUIRE(format.fatal);
        CHECK(format.fatal->code == QStringLiteral("import.unknown_format"));
    }
    SECTION("a header with no rows imports nothing; empty spreadsheet rows are skipped; unknown columns are "
            "named")
    {
        const ImportReport header = f.import(RecordKind::Members, kLaoHeader);
        CHECK_FALSE(header.fatal);
        CHECK(header.rows.isEmpty());
        QByteArray csv = kLaoHeader;
        csv.replace("\n", ",colour\n");
        csv += laoRow(QStringLiteral("R-1"), QStringLiteral("ສົມພອນ"), QStringLiteral("female"),
                      QStringLiteral("01-1000001"), QStringLiteral("020 5555 1234"))
                   .replace("\n", ",blue\n");
        csv += ",,,,,,,,,,,,,,,,,,,,,,\n\n";
        const ImportReport report = f.import(RecordKind::Members, csv);
        INFO(describe(report));
        CHECK(report.rows.size() == 1);
        CHECK(report.accepted == 1);
        REQUIRE(report.warnings.size() == 1);
        CHECK(report.warnings.first().contains(QStringLiteral("colour")));
    }
    CHECK(f.store->check().ok());
}

TEST_CASE("spreadsheet habits are understood: lost leading zeros, day/month/year, Buddhist-era years")
{
    Fixture f;
    const QByteArray csv =
        kLaoHeader + QStringLiteral("R-1,ສົມພອນ,,Somphone,,F,12/04/2531,family_book,0101-123456,1,"
                                    "2055551234,1,101,ບ້ານສີເມືອງ,farmer,\"1,500,000\",LA-VOL,"
                                    "01/03/2026,LA-2026-01,lo,thumb,2026-03-01 08:30\n")
                         .toUtf8();
    const ImportReport report = f.import(RecordKind::Members, csv);
    INFO(describe(report));
    REQUIRE(report.accepted == 1);
    CHECK_FALSE(report.rows.first().notes.isEmpty()); // the Buddhist-era year was converted
    const auto m = f.store->member(report.rows.first().id);
    REQUIRE(m);
    CHECK(m->birth.date == QDate(1988, 4, 12));
    CHECK(m->address.regionCode == QStringLiteral("01"));
    CHECK(m->address.districtCode == QStringLiteral("0101"));
    CHECK(m->document.type == DocumentType::LaFamilyBook);
    CHECK(m->occupation == Occupation::Farming);
    CHECK(m->monthlyIncome == Money{1'500'000, QStringLiteral("LAK")});
    CHECK(m->consent.method == ConsentMethod::Thumbprint);
    // 08:30 in Vientiane (UTC+7)
    CHECK(m->consent.givenAt == QDateTime(QDate(2026, 3, 1), QTime(1, 30), Qt::UTC));
}

TEST_CASE("dates, scheme lists and times with and without an offset are read as written")
{
    Fixture f;
    // Row n: its own document and phone; the enrolment date, scheme list and consent time under test.
    const auto row = [](int n, const QString& schemes, const QString& enrolled, const QString& consentAt) {
        return QStringLiteral("R-%1,ສົມພອນ,,Somphone,,F,1988-04-12,la_national_id,01-200000%1,01,"
                              "020 5555 200%1,01,0101,ບ້ານສີເມືອງ,farmer,,\"%2\",%3,LA-2026-01,lo,thumb,%4\n")
            .arg(n)
            .arg(schemes, enrolled, consentAt)
            .toUtf8();
    };
    const QByteArray csv =
        kLaoHeader +
        row(1, QStringLiteral("LA-VOL"), QStringLiteral("2026-03-01"),
            QStringLiteral("2026-03-01T09:30:00+03:00")) +
        row(2, QStringLiteral("LA-VOL;"), QStringLiteral("2569-03-01"),
            QStringLiteral("2026-03-01T09:30:00Z")) +
        row(3, QStringLiteral(" la-vol "), QStringLiteral("2026-3-1"),
            QStringLiteral("2026-03-01T09:30:00+0700")) +
        row(4, QStringLiteral("LA-VOL"), QStringLiteral("01/03/2026"), QStringLiteral("2026-03-01 09:30")) +
        row(5, QStringLiteral("LA-VOL"), QStringLiteral("2026-02-30"), QStringLiteral("2026-03-01")) +
        row(6, QStringLiteral("LA-VOL"), QStringLiteral("2026-03-01"),
            QStringLiteral("2026-03-01T09:30:00+07"));
    const ImportReport report = f.import(RecordKind::Members, csv);
    INFO(describe(report));
    REQUIRE(report.rows.size() == 6);
    CHECK(report.accepted == 5);
    CHECK(codesOf(rowAt(report, 6)) == QStringList{QStringLiteral("enrolled_on:import.invalid_value")});
    const auto saved = [&](int line) {
        const auto m = f.store->member(rowAt(report, line).id);
        REQUIRE(m);
        REQUIRE(m->schemes.size() == 1);
        CHECK(m->schemes.first().schemeCode == QStringLiteral("LA-VOL"));
        CHECK(m->schemes.first().enrolledOn == QDate(2026, 3, 1));
        return m->consent.givenAt;
    };
    const auto utc = [](int hour, int minute) {
        return QDateTime(QDate(2026, 3, 1), QTime(hour, minute), Qt::UTC);
    };
    CHECK(saved(2) == utc(6, 30));
    CHECK(saved(3) == utc(9, 30));
    CHECK_FALSE(rowAt(report, 3).notes.isEmpty()); // 2569 of the Buddhist era
    CHECK(saved(4) == utc(2, 30));
    CHECK(saved(5) == utc(2, 30)); // no offset: the time in Vientiane
    CHECK(saved(7) == utc(2, 30));
}

TEST_CASE("a spreadsheet's date cell with a time of day is one date, in every date column")
{
    Fixture f;
    const auto row = [](int n, const QString& birth, const QString& enrolled) {
        return QStringLiteral("R-%1,ສົມພອນ,,Somphone,,F,%2,la_national_id,01-300000%1,01,"
                              "020 5555 300%1,01,0101,ບ້ານສີເມືອງ,farmer,,LA-VOL,\"%3\",LA-2026-01,lo,thumb,"
                              "2026-03-01 00:00:00\n")
            .arg(n)
            .arg(birth, enrolled)
            .toUtf8();
    };
    const QByteArray csv =
        kLaoHeader + row(1, QStringLiteral("1988-04-12 00:00:00"), QStringLiteral("2026-03-01 00:00:00")) +
        row(2, QStringLiteral("12/04/1988 00:00"), QStringLiteral("01/03/2026 00:00:00;")) +
        // Two dates for one scheme: refused as before, not read as four values.
        row(3, QStringLiteral("1988-04-12"), QStringLiteral("2026-03-01 00:00:00; 2026-03-02 00:00:00"));
    const ImportReport report = f.import(RecordKind::Members, csv);
    INFO(describe(report));
    REQUIRE(report.rows.size() == 3);
    CHECK(report.accepted == 2);
    for (int line : {2, 3}) {
        INFO("line " << line);
        const auto m = f.store->member(rowAt(report, line).id);
        REQUIRE(m);
        CHECK(m->birth.date == QDate(1988, 4, 12));
        REQUIRE(m->schemes.size() == 1);
        CHECK(m->schemes.first().enrolledOn == QDate(2026, 3, 1));
    }
    REQUIRE(codesOf(rowAt(report, 4)) == QStringList{QStringLiteral("enrolled_on:import.invalid_value")});
    CHECK(rowAt(report, 4).errors.first().message.contains(QStringLiteral("one date per scheme")));
}

TEST_CASE("imported members are found by name and document at once, and a second import finds them")
{
    Fixture f;
    REQUIRE(f.store->isEncrypted()); // keeps a search index; its keys are made with each prepared row
    const QByteArray csv = kLaoHeader +
                           laoRow(QStringLiteral("R-1"), QStringLiteral("ສົມພອນ"), QStringLiteral("female"),
                                  QStringLiteral("01-3000001"), QStringLiteral("020 5555 3001")) +
                           laoRow(QStringLiteral("R-2"), QStringLiteral("ບຸນມີ"), QStringLiteral("male"),
                                  QStringLiteral("01-3000002"), QStringLiteral("020 5555 3002"));
    const ImportReport first = f.import(RecordKind::Members, csv);
    INFO(describe(first));
    REQUIRE(first.accepted == 2);
    const auto hits = f.store->searchNames(QStringLiteral("ບຸນມີ")).hits;
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().id == rowAt(first, 3).id);
    CHECK(f.store->findByDocument(QStringLiteral("01-3000001")) == QList<QUuid>{rowAt(first, 2).id});

    const ImportReport again = f.import(RecordKind::Members, csv);
    CHECK(again.accepted == 0);
    CHECK(again.alreadyImported == 2);
    CHECK(rowAt(again, 3).id == rowAt(first, 3).id);
}

TEST_CASE("a Buddhist-era year is converted once, never twice")
{
    Fixture f;
    // 3019 BE would be 2476 CE; converting that again (to 1933) would save a made-up date of birth.
    const QByteArray csv =
        kLaoHeader + QStringLiteral("R-9,ສົມພອນ,,Somphone,,F,12/04/3019,family_book,0101-123457,1,"
                                    "2055551235,1,101,ບ້ານສີເມືອງ,farmer,,LA-VOL,"
                                    "01/03/2026,LA-2026-01,lo,thumb,2026-03-01 08:30\n")
                         .toUtf8();
    const ImportReport report = f.import(RecordKind::Members, csv);
    INFO(describe(report));
    REQUIRE(report.rows.size() == 1);
    CHECK(report.accepted == 0);
    REQUIRE(report.rows.first().outcome == ImportRowResult::Outcome::Rejected);
    QStringList codes;
    for (const Error& e : report.rows.first().errors)
        codes.append(e.code);
    CHECK(codes.contains(QStringLiteral("in_future")));
    CHECK(f.store->status().members == 0);
}

TEST_CASE("JSON Lines are read in the Member::toJson shape and as flat objects with the CSV columns")
{
    Fixture f(Country::Kenya);
    Member exported = test::validKenyanMember();
    exported.id = QUuid::createUuid();
    exported.externalRef = QStringLiteral("KE-77");
    const QByteArray jsonl =
        QJsonDocument(exported.toJson()).toJson(QJsonDocument::Compact) + "\n\n" +
        QStringLiteral(
            "{\"external_ref\":\"KE-78\",\"given_name\":\"Achieng\",\"family_name\":\"Otieno\",\"sex\":\"f\","
            "\"birth_date\":1990,\"document_type\":\"national_id\",\"document_number\":\"12345678\","
            "\"region_code\":42,\"district_code\":\"238\",\"ward_code\":\"1186\",\"occupation\":"
            "\"street_vending\",\"monthly_income\":12000.5,\"household_income\":20000,"
            "\"schemes\":\"KE-SHA-NS\",\"consent_text_version\":\"KE-2026-01\",\"consent_language\":\"sw\","
            "\"consent_method\":\"signature\",\"consent_given_at\":\"2026-03-02T10:00:00+03:00\"}\n")
            .toUtf8();
    const ImportReport report = f.import(RecordKind::Members, jsonl, DataFormat::JsonLines);
    INFO(describe(report));
    REQUIRE(report.accepted == 2);
    CHECK(rowAt(report, 1).id != exported.id); // the store assigns its own ids
    const auto flat = f.store->member(rowAt(report, 3).id);
    REQUIRE(flat);
    CHECK(flat->address.regionCode == QStringLiteral("042"));
    CHECK(flat->monthlyIncome == Money{1'200'050, QStringLiteral("KES")});
    CHECK(flat->document.type == DocumentType::KeNationalId);
    CHECK(flat->consent.givenAt == QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC));
    CHECK(f.import(RecordKind::Members, jsonl, DataFormat::JsonLines).alreadyImported == 2);
}

TEST_CASE("a cancelled import keeps whole rows only and a second run finishes it")
{
    Fixture f(Country::Kenya);
    const DemoFiles files = demoCsv(*f.store, 120, 8);
    ImportOptions options;
    options.batchSize = 25;
    options.progressInterval = 10;
    QList<qint64> seen;
    options.progress = [&](const ImportProgress& p) {
        seen.append(p.rows);
        CHECK(p.estimatedRows >= p.rows);
        return p.rows < 50;
    };
    const ImportReport partial = f.import(RecordKind::Members, files.members, DataFormat::Csv, options);
    INFO(describe(partial));
    CHECK(partial.cancelled);
    CHECK(partial.rows.size() == 50);
    CHECK(partial.accepted == 50);
    CHECK(seen.contains(10));
    CHECK(f.store->status().members == 50);
    CHECK(f.store->status().outboxPending == 50);
    CHECK(f.store->check().ok());

    const ImportReport rest = f.import(RecordKind::Members, files.members);
    INFO(describe(rest));
    CHECK_FALSE(rest.cancelled);
    CHECK(rest.alreadyImported == 50);
    CHECK(rest.accepted == 70);
    CHECK(f.store->status().members == 120);

    // Households and contributions of the generated file, in several batches.
    ImportOptions small;
    small.batchSize = 7;
    const ImportReport households =
        f.import(RecordKind::Households, files.households, DataFormat::Csv, small);
    INFO(describe(households));
    CHECK(households.rejected == 0);
    CHECK(households.accepted > 100);
    const ImportReport contributions =
        f.import(RecordKind::Contributions, files.contributions, DataFormat::Csv, small);
    INFO(describe(contributions));
    CHECK(contributions.rejected == 0);
    CHECK(contributions.accepted > 60);
    CHECK(f.store->check().ok());
}

TEST_CASE("the example files of docs/IMPORT_FORMAT.md import cleanly, in order")
{
    Fixture f;
    const QString examples = QStringLiteral(FIELDENROL_TEST_DATA_DIR "/../../resources/examples/");
    Importer importer(*f.store);
    const ImportReport members =
        importer.importFile(RecordKind::Members, examples + QStringLiteral("members.csv"));
    INFO(describe(members));
    CHECK(members.accepted == 3);
    CHECK(members.rows.at(1).notes.size() == 1); // a Buddhist-era year of birth
    const ImportReport households =
        importer.importFile(RecordKind::Households, examples + QStringLiteral("households.csv"));
    INFO(describe(households));
    CHECK(households.accepted == 4);
    const ImportReport contributions =
        importer.importFile(RecordKind::Contributions, examples + QStringLiteral("contributions.csv"));
    INFO(describe(contributions));
    CHECK(contributions.accepted == 3);
    CHECK(f.store->member(members.rows.first().id)->household.size() == 3);
    CHECK(f.store->check().ok());
}

TEST_CASE("when the disk fills up during an import, whole batches are kept and the import stops")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    FixedClock clock(test::testNow());
    const QString path = dir.filePath(QStringLiteral("full.fieldenrol"));
    StoreOptions options;
    options.clock = &clock;
    options.vfsName = test::faultVfsName();
    auto created = Store::create(path, {Country::Lao, QStringLiteral("Full disk")}, options);
    REQUIRE(created.ok());
    Store& store = *created.value();
    const DemoFiles files = demoCsv(store, 300, 4);

    ImportOptions importOptions;
    importOptions.batchSize = 100;
    importOptions.progressInterval = 10;
    importOptions.progress = [&](const ImportProgress& p) {
        if (p.rows == 150) { // in the middle of the second batch: its commit cannot be written
            test::FaultPlan plan;
            plan.target = path;
            plan.diskFullAfterWrites = 0;
            test::armFaults(plan);
        }
        return true;
    };
    const ImportReport report =
        Importer(store, importOptions).importData(RecordKind::Members, DataFormat::Csv, files.members);
    test::disarmFaults();
    INFO(describe(report));
    REQUIRE(report.fatal);
    CHECK(report.fatal->code == QStringLiteral("store.disk_full"));
    CHECK(report.accepted == 100);
    CHECK(report.rows.size() == 200); // the rows after the failing batch were not read
    CHECK(rowAt(report, 150).errors.first().code == QStringLiteral("store.disk_full"));
    CHECK(store.status().members == 100);
    CHECK(store.check().ok());

    const ImportReport rest = Importer(store).importData(RecordKind::Members, DataFormat::Csv, files.members);
    INFO(describe(rest));
    CHECK(rest.alreadyImported == 100);
    CHECK(rest.accepted == 200);
    CHECK(store.status().members == 300);
    CHECK(store.check().ok());
}
