#include "CatchQt.h"
#include "CentralProcess.h"
#include "DeviceClient.h"
#include "RecordFactory.h"
#include "wire/Api.h"
#include "wire/Messages.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fe;

// Answers are compressed by the service itself, as the client allows: brotli at a moderate quality,
// else gzip, else not at all; never left to the HTTP library (brotli at quality 11 cost more CPU than
// the push it answered).
TEST_CASE("answers are compressed with what the client accepts")
{
    QTemporaryDir dir;
    test::CentralProcess central(dir.filePath(QStringLiteral("c.sqlite")));
    REQUIRE(central.start());
    test::DeviceClient client(central.port());
    test::EnrolledDevice device;
    REQUIRE(
        client.enrol(central.enrolmentCode(QStringLiteral("LA"), QStringLiteral("0101")), &device).status ==
        201);
    test::RecordFactory factory(Country::Lao, QStringLiteral("0101"), 5);
    QList<wire::PushEntry> entries;
    for (int i = 1; i <= 20; ++i)
        entries.append(test::RecordFactory::entry(i, factory.member()));

    // Every answer carries 20 results and the page of their member numbers: well above the size
    // below which nothing is compressed.
    const auto push = [&](const char* acceptEncoding) {
        const QByteArray body = wire::encode(client.request(device, entries, 0));
        const test::HttpReply r = client.post(
            QString::fromLatin1(wire::kPathPush), body, device.token,
            {{"Accept-Encoding", acceptEncoding},
             {wire::kSignatureHeader, wire::signatureHeader(body, device.signKeys.secretKey).toStdString()}},
            true);
        REQUIRE(r.status == 200);
        // The client library inflated the body: it is the answer, whatever the encoding was.
        const auto decoded = wire::decodePushResponse(r.body);
        REQUIRE(decoded.ok());
        CHECK(decoded.value().results.size() == entries.size());
        REQUIRE(decoded.value().pull);
        CHECK(decoded.value().pull->changes.size() >= entries.size());
        return r.header("Content-Encoding");
    };
    CHECK(push("gzip, deflate, br") == QStringLiteral("br"));
    CHECK(push("gzip") == QStringLiteral("gzip"));
    CHECK(push("br;q=0, gzip") == QStringLiteral("gzip"));
    CHECK(push("identity").isEmpty());
    CHECK(central.stopCleanly());
}
