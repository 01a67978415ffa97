#include "common/Uuid.h"
#include "crypto/Crypto.h"
#include "wire/Messages.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace fe;

namespace {

wire::PushRequest sampleRequest()
{
    wire::PushRequest r;
    r.deviceId = uuidText(createUuidV7(1'700'000'000'000LL));
    r.requestNumber = 7;
    r.district = QStringLiteral("0101");
    r.status = wire::DeviceStatus{12, 3600, QStringLiteral("0.1.0"), 123456789, 1'700'000'000'123LL};
    r.pullCursor = 40;
    r.pullLimit = 100;
    for (int i = 1; i <= 3; ++i) {
        wire::PushEntry e;
        e.seq = i;
        e.entity = i == 3 ? wire::Entity::Contribution : wire::Entity::Member;
        e.id = createUuidV7(1'700'000'000'000LL + i);
        e.version = i == 2 ? 2 : 1;
        e.op = i == 2 ? wire::Op::Update : wire::Op::Create;
        e.payloadHash = i == 1 ? crypto::sha256("x") : QByteArray();
        r.entries.append(e);
    }
    r.sealedBatch = crypto::randomBytes(300);
    return r;
}

QByteArray withField(const char* key, const QJsonValue& value)
{
    QJsonObject o = QJsonDocument::fromJson(wire::encode(sampleRequest())).object();
    if (value.isUndefined())
        o.remove(QLatin1String(key));
    else
        o.insert(QLatin1String(key), value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray withEntryField(const char* key, const QJsonValue& value)
{
    QJsonObject o = QJsonDocument::fromJson(wire::encode(sampleRequest())).object();
    QJsonArray entries = o.value(QLatin1String("e")).toArray();
    QJsonObject first = entries.at(0).toObject();
    if (value.isUndefined())
        first.remove(QLatin1String(key));
    else
        first.insert(QLatin1String(key), value);
    entries[0] = first;
    o.insert(QLatin1String("e"), entries);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("a push request survives encoding and decoding unchanged")
{
    const wire::PushRequest r = sampleRequest();
    const auto decoded = wire::decodePushRequest(wire::encode(r));
    REQUIRE(decoded.ok());
    const wire::PushRequest& d = decoded.value();
    CHECK(d.deviceId == r.deviceId);
    CHECK(d.requestNumber == 7);
    CHECK(d.district == r.district);
    REQUIRE(d.status);
    CHECK(d.status->queueDepth == 12);
    CHECK(d.status->clockMs == r.status->clockMs);
    CHECK(d.pullCursor == 40);
    CHECK(d.pullLimit == 100);
    REQUIRE(d.entries.size() == 3);
    for (qsizetype i = 0; i < 3; ++i) {
        CHECK(d.entries[i].seq == r.entries[i].seq);
        CHECK(d.entries[i].entity == r.entries[i].entity);
        CHECK(d.entries[i].id == r.entries[i].id);
        CHECK(d.entries[i].version == r.entries[i].version);
        CHECK(d.entries[i].op == r.entries[i].op);
        CHECK(d.entries[i].payloadHash == r.entries[i].payloadHash);
        // Payloads travel only inside the sealed batch.
        CHECK(d.entries[i].payload.isEmpty());
    }
    CHECK(d.sealedBatch == r.sealedBatch);
    CHECK(wire::idempotencyKey(wire::Entity::Member, r.entries[0].id, 1) ==
          QStringLiteral("member:") + uuidText(r.entries[0].id) + QStringLiteral(":1"));
}

TEST_CASE("malformed push requests are refused with a code and the field at fault")
{
    const auto refused = [](const QByteArray& json) {
        const auto r = wire::decodePushRequest(json);
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(refused("").code == QStringLiteral("request.malformed"));
    CHECK(refused("[1,2]").code == QStringLiteral("request.malformed"));
    CHECK(refused("{\"v\":3}").code == QStringLiteral("request.version"));
    // Protocol 1 sealed each payload on its own; its requests are refused as a whole.
    CHECK(refused(withField("v", 1)).code == QStringLiteral("request.version"));
    CHECK(refused("{\"v\":\"1\"}").field == QStringLiteral("v"));
    CHECK(refused(withEntryField("s", -1)).field == QStringLiteral("e[0].s"));
    CHECK(refused(withEntryField("s", 1.5)).field == QStringLiteral("e[0].s"));
    CHECK(refused(withEntryField("s", 1e300)).field == QStringLiteral("e[0].s"));
    CHECK(refused(withEntryField("t", QStringLiteral("x"))).field == QStringLiteral("e[0].t"));
    CHECK(refused(withEntryField("i", QStringLiteral("{not-a-uuid}"))).field == QStringLiteral("e[0].i"));
    CHECK(refused(withEntryField("i", QStringLiteral("01890A5D-AC96-774B-BCCE-B302099A8057"))).field ==
          QStringLiteral("e[0].i"));
    CHECK(refused(withField("b", QStringLiteral("%%%"))).field == QStringLiteral("b"));
    CHECK(refused(withField("b", QJsonValue::Undefined)).field == QStringLiteral("b"));
    CHECK(refused(withEntryField("h", QStringLiteral("AAAA"))).field == QStringLiteral("e[0].h"));
    // A create is version 1 and nothing else is; a member is never voided.
    CHECK(refused(withEntryField("n", 2)).field == QStringLiteral("e[0].o"));
    CHECK(refused(withEntryField("o", QStringLiteral("v"))).field == QStringLiteral("e[0].o"));

    // A request without entries carries no sealed batch.
    wire::PushRequest statusOnly = sampleRequest();
    statusOnly.entries.clear();
    const auto decodedStatusOnly = wire::decodePushRequest(wire::encode(statusOnly));
    REQUIRE(decodedStatusOnly.ok());
    CHECK(decodedStatusOnly.value().sealedBatch.isEmpty());
    CHECK_FALSE(wire::encode(statusOnly).contains("\"b\""));

    wire::PushRequest many = sampleRequest();
    wire::Limits limits;
    limits.maxEntries = 2;
    const auto tooMany = wire::decodePushRequest(wire::encode(many), limits);
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().code == QStringLiteral("request.too_many"));
}

TEST_CASE("responses, pages, manifests, enrolment and errors round-trip")
{
    wire::PushResponse response;
    response.results = {{1, wire::ResultKind::Applied, {}, {}, {}, QStringLiteral("01-0000001-8")},
                        {2,
                         wire::ResultKind::Rejected,
                         QStringLiteral("validation.required"),
                         QStringLiteral("m"),
                         QStringLiteral("name.given"),
                         {}},
                        {3, wire::ResultKind::Waiting, QStringLiteral("waiting.member"), {}, {}, {}}};
    response.highWater = 3;
    response.serverTimeMs = 99;
    response.pull = wire::ChangesPage{
        {{5, QStringLiteral("member_number"), QJsonObject{{QLatin1String("a"), 1}}}}, 5, true};
    const auto r = wire::decodePushResponse(wire::encode(response));
    REQUIRE(r.ok());
    REQUIRE(r.value().results.size() == 3);
    CHECK(r.value().results[0].memberNumber == QStringLiteral("01-0000001-8"));
    CHECK(r.value().results[1].kind == wire::ResultKind::Rejected);
    CHECK(r.value().results[1].field == QStringLiteral("name.given"));
    CHECK(r.value().results[2].code == QStringLiteral("waiting.member"));
    CHECK(r.value().highWater == 3);
    REQUIRE(r.value().pull);
    CHECK(r.value().pull->more);
    CHECK(r.value().pull->changes.first().kind == QStringLiteral("member_number"));

    wire::ManifestRequest m;
    m.by = wire::ManifestRequest::By::Id;
    m.idRanges = {{createUuidV7(1), createUuidV7(2)}};
    const auto md = wire::decodeManifestRequest(wire::encode(m));
    REQUIRE(md.ok());
    CHECK(md.value().idRanges == m.idRanges);
    wire::ManifestRequest reversed;
    reversed.seqRanges = {{10, 5}};
    CHECK_FALSE(wire::decodeManifestRequest(wire::encode(reversed)).ok());

    const wire::EnrolRequest enrol{QStringLiteral("AAAA-BBBB-CCCC"),
                                   crypto::generateSigningKeyPair().publicKey, QStringLiteral("Tablet"),
                                   QStringLiteral("0.1.0")};
    const auto ed = wire::decodeEnrolRequest(wire::encode(enrol));
    REQUIRE(ed.ok());
    CHECK(ed.value().signPublicKey == enrol.signPublicKey);
    wire::EnrolRequest badKey = enrol;
    badKey.signPublicKey = "short";
    CHECK_FALSE(wire::decodeEnrolRequest(wire::encode(badKey)).ok());

    const auto e = wire::decodeErrorBody(
        wire::encode(wire::ErrorBody{{QStringLiteral("x.y"), QStringLiteral("m"), {}}, 4}));
    REQUIRE(e.ok());
    CHECK(e.value().error.code == QStringLiteral("x.y"));
    CHECK(e.value().seq == 4);
}
