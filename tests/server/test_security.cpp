#include "CatchQt.h"
#include "CentralProcess.h"
#include "DeviceClient.h"
#include "RecordFactory.h"
#include "common/Uuid.h"
#include "wire/Api.h"
#include "wire/Compression.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

using namespace fe;

namespace {

const QString kHome = QStringLiteral("0101");
const QString kOther = QStringLiteral("0102");

struct Fixture
{
    QTemporaryDir dir;
    test::CentralProcess central;
    std::unique_ptr<test::DeviceClient> client;

    explicit Fixture(QStringList extra = {})
        : central(dir.filePath(QStringLiteral("c.sqlite")), std::move(extra))
    {
        REQUIRE(central.start());
        client = std::make_unique<test::DeviceClient>(central.port());
    }

    test::EnrolledDevice device(const QString& district, const QString& country = QStringLiteral("LA"))
    {
        test::EnrolledDevice d;
        const test::HttpReply r = client->enrol(central.enrolmentCode(country, district), &d);
        REQUIRE(r.status == 201);
        return d;
    }

    QString stats()
    {
        REQUIRE(central.waitForMatching()); // duplicates are matched after a push (central/Matcher.h)
        const test::CliRun r = central.cli({QStringLiteral("stats"), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        return r.out;
    }
};

} // namespace

TEST_CASE("requests without valid credentials are refused with 401")
{
    Fixture f;
    test::EnrolledDevice device = f.device(kHome);
    test::RecordFactory factory(Country::Lao, kHome, 1);
    const QByteArray body =
        wire::encode(f.client->request(device, {test::RecordFactory::entry(1, factory.member())}));
    const std::multimap<std::string, std::string> signature{
        {wire::kSignatureHeader, wire::signatureHeader(body, device.signKeys.secretKey).toStdString()}};
    const QString wrongSecret =
        device.token.left(device.token.lastIndexOf(QLatin1Char('.')) + 1) + QStringLiteral("AAAA");
    const QString unknownDevice =
        QStringLiteral("d.") + uuidText(createUuidV7(1)) + QStringLiteral(".secret");
    for (const QString& token :
         {QString(), QStringLiteral("garbage"), QStringLiteral("d.x.y"), wrongSecret, unknownDevice}) {
        INFO(token.toStdString());
        test::HttpReply r = f.client->post(QString::fromLatin1(wire::kPathPush), body, token, signature);
        CHECK(r.status == 401);
        CHECK(r.errorCode() == QStringLiteral("auth.required"));
        CHECK(f.client->get(QString::fromLatin1(wire::kPathPull), token).status == 401);
        CHECK(f.client
                  ->post(QString::fromLatin1(wire::kPathManifest), R"({"v":1,"by":"seq","ranges":[]})", token)
                  .status == 401);
        CHECK(f.client->get(QString::fromLatin1(wire::kPathFleet), token).status == 401);
        CHECK(f.client->get(QString::fromLatin1(wire::kPathFlags), token).status == 401);
    }
    // A valid token without the device's signature over the exact body.
    CHECK(f.client->pushBody(device, body, "AAAA").errorCode() == QStringLiteral("auth.signature"));
    const QByteArray other = wire::encode(f.client->request(device, {}));
    CHECK(f.client->pushBody(device, body, wire::signatureHeader(other, device.signKeys.secretKey)).status ==
          401);
    CHECK(f.client->post(QString::fromLatin1(wire::kPathPush), body, device.token).status == 401);
    CHECK(f.client->pushBody(device, body).status == 200);

    SECTION("a revoked device is refused from the next request on")
    {
        const test::CliRun r = f.central.cli({QStringLiteral("revoke-device"), device.id});
        REQUIRE(r.exitCode == 0);
        CHECK(f.client->pushBody(device, wire::encode(f.client->request(device, {}))).status == 401);
        CHECK(f.client->get(QString::fromLatin1(wire::kPathPull), device.token).status == 401);
        CHECK(f.central.cli({QStringLiteral("revoke-device"), uuidText(createUuidV7(5))}).exitCode == 1);
    }
    CHECK(f.central.stopCleanly());
}

TEST_CASE("a device pushing or pulling for another district is refused with 403, and nothing is applied")
{
    Fixture f;
    test::EnrolledDevice home = f.device(kHome);
    test::EnrolledDevice away = f.device(kOther);
    test::RecordFactory homeRecords(Country::Lao, kHome, 11);
    test::RecordFactory awayRecords(Country::Lao, kOther, 12);
    const Member theirs = awayRecords.member();
    REQUIRE(f.client->push(away, {test::RecordFactory::entry(1, theirs)}).status == 200);
    const Member mine = homeRecords.member();
    REQUIRE(f.client->push(home, {test::RecordFactory::entry(1, mine)}).status == 200);
    const QString before = f.stats();

    Member movedIn = homeRecords.member(); // a member whose address is in the other district
    movedIn.address = theirs.address;
    Member takeover = homeRecords.corrected(theirs); // a correction of the other district's member
    takeover.address = mine.address;
    Contribution foreignPayment = homeRecords.contribution(theirs);
    Member claimedMine = homeRecords.member();
    const QList<std::pair<const char*, QList<wire::PushEntry>>> attempts{
        {"member in another district",
         {test::RecordFactory::entry(2, homeRecords.member()), test::RecordFactory::entry(3, movedIn)}},
        {"correction of another district's member", {test::RecordFactory::entry(4, takeover)}},
        {"payment of another district's member", {test::RecordFactory::entry(5, foreignPayment)}},
    };
    for (const auto& [what, entries] : attempts) {
        INFO(what);
        const test::HttpReply r = f.client->push(home, entries);
        CHECK(r.status == 403);
        CHECK(r.errorCode() == QStringLiteral("district.forbidden"));
        CHECK(wire::decodeErrorBody(r.body).value().seq == entries.last().seq);
    }
    // The district named in the batch itself.
    wire::PushRequest claimed = f.client->request(home, {test::RecordFactory::entry(6, claimedMine)});
    claimed.district = kOther;
    CHECK(f.client->pushBody(home, wire::encode(claimed)).status == 403);
    // Another device's id in the batch.
    wire::PushRequest impersonating = f.client->request(home, {test::RecordFactory::entry(7, claimedMine)});
    impersonating.deviceId = away.id;
    test::HttpReply r = f.client->pushBody(home, wire::encode(impersonating));
    CHECK(r.status == 403);
    CHECK(r.errorCode() == QStringLiteral("device.mismatch"));
    // Pulling another district's changes.
    CHECK(f.client->get(QStringLiteral("/api/v1/pull?district=") + kOther, home.token).status == 403);
    CHECK(f.client->get(QStringLiteral("/api/v1/pull?district=") + kHome, home.token).status == 200);
    CHECK(f.stats() == before);

    // Supervisors are scoped the same way; device and supervisor credentials are not interchangeable.
    const QString supervisor = f.central.supervisorToken(QStringLiteral("LA"), {kHome});
    CHECK(f.client->get(QStringLiteral("/api/v1/fleet?district=") + kOther, supervisor).status == 403);
    CHECK(f.client->get(QStringLiteral("/api/v1/flags?district=") + kOther, supervisor).status == 403);
    CHECK(f.client->get(QStringLiteral("/api/v1/fleet?district=") + kHome, supervisor).status == 200);
    const QJsonObject correction{{QLatin1String("version"), 1},
                                 {QLatin1String("reason"), QStringLiteral("test")},
                                 {QLatin1String("member"), theirs.toJson()}};
    CHECK(f.client
              ->post(QStringLiteral("/api/v1/members/%1/corrections").arg(uuidText(theirs.id)),
                     QJsonDocument(correction).toJson(QJsonDocument::Compact), supervisor)
              .status == 403);
    CHECK(f.client->get(QString::fromLatin1(wire::kPathFleet), home.token).status == 403);
    CHECK(f.client->get(QString::fromLatin1(wire::kPathPull), supervisor).status == 403);
    CHECK(f.stats() == before);
    CHECK(f.central.stopCleanly());
}

TEST_CASE("enrolment codes work once and expire")
{
    Fixture f;
    const QString code = f.central.enrolmentCode(QStringLiteral("LA"), kHome, 2);
    test::EnrolledDevice device;
    CHECK(f.client->enrol(code, &device).status == 201);
    test::HttpReply again = f.client->enrol(code, nullptr);
    CHECK(again.status == 403);
    CHECK(again.errorCode() == QStringLiteral("enrolment.used"));
    // Typed with spaces and in lower case it is the same code, and still used.
    CHECK(f.client->enrol(code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')), nullptr).errorCode() ==
          QStringLiteral("enrolment.used"));
    CHECK(f.client->enrol(QStringLiteral("AAAA-BBBB-CCCC"), nullptr).errorCode() ==
          QStringLiteral("enrolment.invalid"));

    const QString shortLived = f.central.enrolmentCode(QStringLiteral("LA"), kHome, 1);
    QThread::msleep(1500);
    test::HttpReply expired = f.client->enrol(shortLived, nullptr);
    CHECK(expired.status == 403);
    CHECK(expired.errorCode() == QStringLiteral("enrolment.expired"));
    // Codes only for real districts.
    CHECK(f.central
              .cli({QStringLiteral("enrolment-code"), QStringLiteral("--country"), QStringLiteral("LA"),
                    QStringLiteral("--district"), QStringLiteral("9999")})
              .exitCode == 1);
    CHECK(f.central.stopCleanly());
}

TEST_CASE("oversized bodies and batches are refused with 413")
{
    Fixture f({QStringLiteral("--max-body"), QStringLiteral("1048576"), QStringLiteral("--max-entries"),
               QStringLiteral("20")});
    test::EnrolledDevice device = f.device(kHome);
    // Declared larger than allowed.
    test::HttpReply r =
        f.client->post(QString::fromLatin1(wire::kPathEnrol), QByteArray(2 * 1024 * 1024, ' '));
    CHECK(r.status == 413);
    CHECK(r.errorCode() == QStringLiteral("request.too_large"));
    // Small on the wire, huge once inflated.
    const QByteArray bomb = wire::gzipCompress(QByteArray(100 * 1024 * 1024, ' '), 9);
    REQUIRE(bomb.size() < 1024 * 1024);
    test::DeviceClient fresh(f.central.port());
    r = fresh.post(QString::fromLatin1(wire::kPathPush), bomb, device.token,
                   {{"Content-Encoding", "gzip"}, {wire::kSignatureHeader, "AAAA"}});
    CHECK(r.status == 413);
    // Too many entries in one batch.
    test::RecordFactory factory(Country::Lao, kHome, 3);
    QList<wire::PushEntry> entries;
    for (int i = 1; i <= 21; ++i)
        entries.append(test::RecordFactory::entry(i, factory.member()));
    test::DeviceClient third(f.central.port());
    r = third.push(device, entries);
    CHECK(r.status == 413);
    CHECK(r.errorCode() == QStringLiteral("request.too_many"));
    entries.removeLast();
    CHECK(third.push(device, entries).status == 200);
    CHECK(f.central.stopCleanly());
}

TEST_CASE("a flood from one device gets 429 while another device is still served")
{
    Fixture f({QStringLiteral("--rate-burst"), QStringLiteral("5"), QStringLiteral("--rate-per-second"),
               QStringLiteral("1")});
    test::EnrolledDevice noisy = f.device(kHome);
    test::EnrolledDevice quiet = f.device(kHome);
    int limited = 0;
    QString retryAfter;
    for (int i = 0; i < 30; ++i) {
        const test::HttpReply r = f.client->get(QString::fromLatin1(wire::kPathPull), noisy.token);
        REQUIRE((r.status == 200 || r.status == 429));
        if (r.status == 429) {
            ++limited;
            retryAfter = r.header("Retry-After");
            CHECK(r.errorCode() == QStringLiteral("rate.limited"));
        }
    }
    CHECK(limited >= 20);
    CHECK(retryAfter.toInt() >= 1);
    test::DeviceClient other(f.central.port());
    CHECK(other.get(QString::fromLatin1(wire::kPathPull), quiet.token).status == 200);
    CHECK(other.push(quiet, {}).status == 200);
    CHECK(f.central.stopCleanly());
}
