#include "CatchQt.h"
#include "CentralProcess.h"
#include "DeviceClient.h"
#include "RecordFactory.h"
#include "crypto/Crypto.h"
#include "wire/Api.h"
#include "wire/Compression.h"
#include "wire/SealedPayload.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <latch>
#include <thread>
#include <vector>

using namespace fe;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    test::CentralProcess central{dir.filePath(QStringLiteral("c.sqlite")),
                                 {QStringLiteral("--rate-burst"), QStringLiteral("100000")}};
    Fixture() { REQUIRE(central.start()); }
};

} // namespace

TEST_CASE("malformed requests of every kind get a 4xx with a machine-readable error, never a 5xx")
{
    Fixture f;
    test::DeviceClient client(f.central.port());
    test::EnrolledDevice device;
    REQUIRE(
        client.enrol(f.central.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101")), &device).status ==
        201);

    QRandomGenerator random(20260315);
    QList<QByteArray> bodies{"",
                             "{",
                             "null",
                             "[]",
                             "{\"v\":1}",
                             "{\"v\":1,\"dev\":5}",
                             "{\"v\":99}",
                             QByteArray(1000, '\0'),
                             "{\"v\":1,\"e\":[{}]}",
                             "{\"v\":1,\"e\":{\"a\":1}}"};
    for (int i = 0; i < 40; ++i) {
        QByteArray noise(static_cast<int>(random.bounded(1, 3000)), '\0');
        for (char& c : noise)
            c = static_cast<char>(random.bounded(256));
        bodies.append(noise);
    }
    // Valid requests with one field broken.
    const QByteArray valid = wire::encode(client.request(device, {}));
    for (int i = 0; i < 40; ++i) {
        QByteArray broken = valid;
        broken[static_cast<int>(random.bounded(static_cast<quint32>(broken.size())))] =
            static_cast<char>(random.bounded(32, 127));
        bodies.append(broken);
    }
    for (const QByteArray& body : std::as_const(bodies)) {
        for (const char* path : {wire::kPathPush, wire::kPathEnrol, wire::kPathManifest}) {
            const test::HttpReply r =
                client.post(QString::fromLatin1(path), body, device.token,
                            {{wire::kSignatureHeader,
                              wire::signatureHeader(body, device.signKeys.secretKey).toStdString()}});
            INFO(path << " " << body.left(80).toHex().toStdString());
            CHECK(r.status >= 200);
            CHECK(r.status < 500);
            if (r.status >= 400)
                CHECK_FALSE(r.errorCode().isEmpty());
        }
    }
    // Bodies that claim gzip but are not.
    const test::HttpReply notGzip =
        client.post(QString::fromLatin1(wire::kPathEnrol), "plain text", {}, {{"Content-Encoding", "gzip"}});
    CHECK(notGzip.status == 400);
    // Bad query parameters.
    CHECK(client.get(QStringLiteral("/api/v1/pull?cursor=-5"), device.token).status == 400);
    CHECK(client.get(QStringLiteral("/api/v1/pull?cursor=abc"), device.token).status == 400);
    CHECK(client.get(QStringLiteral("/api/v1/pull?limit=100000"), device.token).status == 400);
    CHECK(client.get(QStringLiteral("/api/v1/nowhere")).status == 404);
    CHECK(client.post(QStringLiteral("/api/v1/flags/12/resolve"), "{}", device.token).status == 403);
    CHECK(client.get(QString::fromLatin1(wire::kPathHealth)).status == 200);
    CHECK(f.central.stopCleanly());
}

TEST_CASE("bad records are rejected one by one while the rest of the batch applies")
{
    Fixture f;
    test::DeviceClient client(f.central.port());
    test::EnrolledDevice device;
    REQUIRE(
        client.enrol(f.central.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101")), &device).status ==
        201);
    test::RecordFactory factory(Country::Lao, QStringLiteral("0101"), 77);

    QList<wire::PushEntry> entries;
    entries.append(test::RecordFactory::entry(1, factory.member()));
    wire::PushEntry oversized = test::RecordFactory::entry(2, factory.member());
    oversized.payload = QByteArray(wire::kMaxPlainPayloadBytes + 1, ' ');
    oversized.payloadHash.clear();
    entries.append(oversized);
    wire::PushEntry notJson = test::RecordFactory::entry(3, factory.member());
    notJson.payload = "not json at all";
    notJson.payloadHash.clear();
    entries.append(notJson);
    wire::PushEntry wrongId = test::RecordFactory::entry(4, factory.member());
    wrongId.id = factory.member().id;
    entries.append(wrongId);
    wire::PushEntry wrongHash = test::RecordFactory::entry(5, factory.member());
    wrongHash.payloadHash = crypto::sha256("something else");
    entries.append(wrongHash);
    Member futureBirth = factory.member();
    futureBirth.birth.date = QDate::currentDate().addYears(1);
    entries.append(test::RecordFactory::entry(6, futureBirth));
    const Member owner = factory.member();
    entries.append(test::RecordFactory::entry(7, owner));
    Contribution wrongCurrency = factory.contribution(owner);
    wrongCurrency.amount.currency = QStringLiteral("KES");
    entries.append(test::RecordFactory::entry(8, wrongCurrency));

    const test::HttpReply reply = client.push(device, entries);
    REQUIRE(reply.status == 200);
    const auto response = wire::decodePushResponse(reply.body);
    REQUIRE(response.ok());
    const auto& r = response.value().results;
    REQUIRE(r.size() == entries.size());
    CHECK(r[0].kind == wire::ResultKind::Applied);
    CHECK(r[1].code == QStringLiteral("payload.too_large"));
    CHECK(r[2].code == QStringLiteral("payload.malformed"));
    CHECK(r[3].code == QStringLiteral("payload.mismatch"));
    CHECK(r[4].code == QStringLiteral("payload.hash_mismatch"));
    CHECK(r[5].code == QStringLiteral("validation.in_future"));
    CHECK(r[5].field == QStringLiteral("birth"));
    CHECK(r[6].kind == wire::ResultKind::Applied);
    CHECK(r[7].code == QStringLiteral("validation.currency"));
    for (int i : {1, 2, 3, 4, 5, 7})
        CHECK(r[i].kind == wire::ResultKind::Rejected);
    CHECK(response.value().highWater == 8);
    CHECK(f.central.stopCleanly());
}

TEST_CASE("a batch sealed for another office, altered or with missing records applies nothing")
{
    Fixture f;
    test::DeviceClient client(f.central.port());
    test::EnrolledDevice device;
    REQUIRE(
        client.enrol(f.central.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101")), &device).status ==
        201);
    test::RecordFactory factory(Country::Lao, QStringLiteral("0101"), 78);
    const QList<wire::PushEntry> entries{test::RecordFactory::entry(1, factory.member()),
                                         test::RecordFactory::entry(2, factory.member())};
    // Each request is signed by the device: only the sealed box is wrong.
    const auto resultCodes = [&](const QByteArray& sealedBatch) {
        wire::PushRequest request = client.request(device, entries);
        request.sealedBatch = sealedBatch;
        const test::HttpReply reply = client.pushBody(device, wire::encode(request));
        REQUIRE(reply.status == 200);
        const auto response = wire::decodePushResponse(reply.body);
        REQUIRE(response.ok());
        QStringList codes;
        for (const wire::EntryResult& e : response.value().results) {
            CHECK(e.kind == wire::ResultKind::Rejected);
            codes.append(e.code);
        }
        return codes;
    };
    const QList<QByteArray> payloads{entries[0].payload, entries[1].payload};
    const QStringList sealed{QStringLiteral("payload.sealed"), QStringLiteral("payload.sealed")};
    const QStringList format{QStringLiteral("payload.format"), QStringLiteral("payload.format")};
    CHECK(resultCodes(wire::sealBatch(payloads, crypto::generateBoxKeyPair().publicKey)) == sealed);
    CHECK(resultCodes(crypto::randomBytes(300)) == sealed);
    QByteArray flipped = wire::sealBatch(payloads, device.serverBoxKey);
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x01);
    CHECK(resultCodes(flipped) == sealed);
    CHECK(resultCodes(wire::sealBatch({payloads[0]}, device.serverBoxKey)) == format);
    CHECK(resultCodes(wire::sealBatch(payloads + payloads, device.serverBoxKey)) == format);
    CHECK(resultCodes(crypto::seal(QByteArray(1, '\x07') + wire::frameBatch(payloads),
                                   device.serverBoxKey)) == format);

    // Nothing was applied: the same records sealed properly are new to the central office.
    const test::HttpReply good = client.push(device, entries);
    REQUIRE(good.status == 200);
    const auto response = wire::decodePushResponse(good.body);
    REQUIRE(response.ok());
    for (const wire::EntryResult& e : response.value().results)
        CHECK(e.kind == wire::ResultKind::Applied);
    CHECK(f.central.stopCleanly());
}

TEST_CASE("a request of the previous protocol version is refused with request.version")
{
    Fixture f;
    test::DeviceClient client(f.central.port());
    test::EnrolledDevice device;
    REQUIRE(
        client.enrol(f.central.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101")), &device).status ==
        201);
    test::RecordFactory factory(Country::Lao, QStringLiteral("0101"), 79);
    QByteArray body = wire::encode(client.request(device, {test::RecordFactory::entry(1, factory.member())}));
    REQUIRE(body.count("\"v\":2") == 1); // only the message's own version: entries carry "n"
    body.replace("\"v\":2", "\"v\":1");
    const test::HttpReply reply = client.pushBody(device, body);
    CHECK(reply.status == 400);
    CHECK(reply.errorCode() == QStringLiteral("request.version"));
    CHECK(f.central.stopCleanly());
}

TEST_CASE("a fleet connecting at once is answered: every connection opened together gets its answer")
{
    // Devices reconnect together after a restart of the service or when a district's link comes
    // back: each opens its connection and sends at once, as the sync engine does. A short queue of
    // completed handshakes in the kernel (cpp-httplib's own is 5) loses some of them.
    Fixture f;
    constexpr int kDevices = 200;
    std::vector<int> statuses(kDevices, -1);
    std::vector<QString> errors(kDevices);
    std::latch start(1);
    std::vector<std::thread> devices;
    for (int i = 0; i < kDevices; ++i)
        devices.emplace_back([&, i] {
            test::DeviceClient client(f.central.port());
            start.wait();
            const test::HttpReply reply = client.get(QString::fromLatin1(wire::kPathHealth));
            statuses[static_cast<size_t>(i)] = reply.status;
            errors[static_cast<size_t>(i)] = reply.transportError;
        });
    start.count_down();
    for (std::thread& t : devices)
        t.join();
    const auto answered = std::count(statuses.begin(), statuses.end(), 200);
    const auto failed =
        std::find_if(errors.begin(), errors.end(), [](const QString& e) { return !e.isEmpty(); });
    INFO("a connection failed with: " << (failed == errors.end() ? QString() : *failed).toStdString());
    CHECK(answered == kDevices);
    CHECK(f.central.stopCleanly());
}
