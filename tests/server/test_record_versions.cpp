// Every version the central office accepted keeps its payload, though a record's current version
// is stored once (in its row; record_versions.payload is NULL until a later version supersedes it).
#include "CatchQt.h"
#include "CentralProcess.h"
#include "DeviceClient.h"
#include "PostgresCluster.h"
#include "RecordFactory.h"
#include "Scenarios.h"
#include "common/Uuid.h"
#include "db/Database.h"
#include "wire/Messages.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace fe;

namespace {

const QString kDistrict = QStringLiteral("0101");

// Version -> stored payload (empty: NULL) of one record, and the payload in its row.
struct Stored
{
    QMap<int, std::optional<QByteArray>> versions;
    QByteArray current;
};

Stored stored(const QString& database, const QString& memberId)
{
    Stored out;
    db::Database db(*db::Location::parse(database), 1);
    db.read([&](db::Connection& c) {
        const db::Rows v = c.query("SELECT version, payload FROM record_versions WHERE entity = 'member' AND "
                                   "entity_id = ? ORDER BY version",
                                   {memberId});
        for (int r = 0; r < v.size(); ++r)
            out.versions.insert(static_cast<int>(v.int64(r, 0)),
                                v.isNull(r, 1) ? std::nullopt : std::optional<QByteArray>(v.bytes(r, 1)));
        out.current = c.query("SELECT payload FROM members WHERE id = ?", {memberId}).bytes(0, 0);
    });
    return out;
}

void versionsKeepTheirPayloads(test::CentralProcess& central)
{
    test::DeviceClient client(central.port());
    test::EnrolledDevice device;
    const test::HttpReply enrolment =
        client.enrol(central.enrolmentCode(QStringLiteral("LA"), kDistrict), &device);
    INFO(enrolment.body.toStdString());
    REQUIRE(enrolment.status == 201);
    test::RecordFactory factory(Country::Lao, kDistrict, 911);

    // Version 3 arrives before version 2: it waits, then both are applied in one transaction.
    const Member a1 = factory.member();
    const Member a2 = factory.corrected(a1);
    const Member a3 = factory.corrected(a2);
    REQUIRE(test::pushed(client, device, {test::RecordFactory::entry(1, a1)}).results[0].kind ==
            wire::ResultKind::Applied);
    REQUIRE(test::pushed(client, device, {test::RecordFactory::entry(2, a3)}).results[0].kind ==
            wire::ResultKind::Waiting);
    REQUIRE(test::pushed(client, device, {test::RecordFactory::entry(3, a2)}).results[0].kind ==
            wire::ResultKind::Applied);
    // Created and corrected twice in one batch.
    const Member b1 = factory.member();
    const Member b2 = factory.corrected(b1);
    const Member b3 = factory.corrected(b2);
    const wire::PushResponse together =
        test::pushed(client, device,
                     {test::RecordFactory::entry(4, b1), test::RecordFactory::entry(5, b2),
                      test::RecordFactory::entry(6, b3)});
    for (const wire::EntryResult& r : together.results)
        CHECK(r.kind == wire::ResultKind::Applied);

    for (const auto& [id, v1, v2, v3] : {std::tuple{a1.id, a1, a2, a3}, std::tuple{b1.id, b1, b2, b3}}) {
        const Stored s = stored(central.database(), uuidText(id));
        REQUIRE(s.versions.keys() == QList<int>{1, 2, 3});
        CHECK(s.versions.value(1) == test::RecordFactory::plain(v1));
        CHECK(s.versions.value(2) == test::RecordFactory::plain(v2));
        CHECK_FALSE(s.versions.value(3).has_value()); // the current version: in the member's row
        CHECK(s.current == test::RecordFactory::plain(v3));
    }

    // A correction made centrally supersedes the device's version 3 of the first member.
    const QString token = central.supervisorToken(QStringLiteral("LA"), {kDistrict});
    Member fixed = a3;
    fixed.externalRef = QStringLiteral("checked at the district office");
    const QJsonObject correction{{QLatin1String("version"), 3},
                                 {QLatin1String("reason"), QStringLiteral("Checked with the family book")},
                                 {QLatin1String("member"), fixed.toJson()}};
    const test::HttpReply corrected =
        client.post(QStringLiteral("/api/v1/members/%1/corrections").arg(uuidText(a1.id)),
                    QJsonDocument(correction).toJson(QJsonDocument::Compact), token);
    INFO(corrected.body.toStdString());
    REQUIRE(corrected.status == 200);
    const Stored s = stored(central.database(), uuidText(a1.id));
    REQUIRE(s.versions.keys() == QList<int>{1, 2, 3, 4});
    CHECK(s.versions.value(3) == test::RecordFactory::plain(a3));
    CHECK_FALSE(s.versions.value(4).has_value());
    CHECK(s.current.contains("checked at the district office"));
    CHECK(central.stopCleanly());
}

} // namespace

TEST_CASE("SQLite: every accepted version keeps its payload, the current one in its record's row")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    test::CentralProcess central(dir.filePath(QStringLiteral("central.sqlite")));
    REQUIRE(central.start());
    versionsKeepTheirPayloads(central);
}

TEST_CASE("PostgreSQL: every accepted version keeps its payload, the current one in its record's row")
{
    test::PostgresCluster& cluster = test::PostgresCluster::shared();
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.ok());
    test::CentralProcess central(cluster.createDatabase());
    REQUIRE(central.start());
    versionsKeepTheirPayloads(central);
}
