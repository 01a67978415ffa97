#include "Scenarios.h"

#include "DeviceClient.h"
#include "RecordFactory.h"
#include "bundle/Bundle.h"
#include "common/Uuid.h"
#include "wire/Api.h"
#include "wire/Manifest.h"
#include "wire/MemberNumber.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace fe::test {
namespace {

const QString kDistrict = QStringLiteral("0101");

EnrolledDevice enrolled(CentralProcess& central, DeviceClient& client, const QString& country,
                        const QString& district)
{
    EnrolledDevice device;
    const HttpReply reply = client.enrol(central.enrolmentCode(country, district), &device);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 201);
    REQUIRE(device.district == district);
    REQUIRE(device.serverBoxKey.size() == 32);
    return device;
}

// Counts once duplicate matching (after each push, central/Matcher.h) has caught up.
QJsonObject stats(CentralProcess& central)
{
    REQUIRE(central.waitForMatching());
    const CliRun r = central.cli({QStringLiteral("stats"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QList<wire::Change> pullAll(DeviceClient& client, const EnrolledDevice& device, int limit,
                            int* pages = nullptr, qint64* finalCursor = nullptr)
{
    QList<wire::Change> all;
    qint64 cursor = 0;
    int count = 0;
    for (;;) {
        const HttpReply reply = client.get(QStringLiteral("%1?cursor=%2&limit=%3")
                                               .arg(QLatin1String(wire::kPathPull))
                                               .arg(cursor)
                                               .arg(limit),
                                           device.token);
        REQUIRE(reply.status == 200);
        const auto page = wire::decodeChangesPage(reply.body);
        REQUIRE(page.ok());
        REQUIRE(page.value().changes.size() <= limit);
        all += page.value().changes;
        cursor = page.value().cursor;
        ++count;
        if (!page.value().more)
            break;
        REQUIRE(count < 10000);
    }
    if (pages)
        *pages = count;
    if (finalCursor)
        *finalCursor = cursor;
    return all;
}

} // namespace

wire::PushResponse pushed(DeviceClient& client, EnrolledDevice& device, const QList<wire::PushEntry>& entries,
                          std::optional<qint64> cursor)
{
    const HttpReply reply = client.push(device, entries, cursor);
    INFO(reply.body.left(2000).toStdString());
    REQUIRE(reply.status == 200);
    auto decoded = wire::decodePushResponse(reply.body);
    REQUIRE(decoded.ok());
    REQUIRE(decoded.value().results.size() == entries.size());
    return decoded.value();
}

void pushAndPullScenario(CentralProcess& central)
{
    DeviceClient client(central.port());
    const HttpReply health = client.get(QString::fromLatin1(wire::kPathHealth));
    REQUIRE(health.status == 200);
    CHECK(QJsonDocument::fromJson(health.body).object().value(QLatin1String("status")).toString() ==
          QStringLiteral("ok"));

    EnrolledDevice device = enrolled(central, client, QStringLiteral("LA"), kDistrict);
    RecordFactory factory(Country::Lao, kDistrict, 101);

    // A first batch: five registrations and two payments.
    QList<Member> members;
    QList<wire::PushEntry> batch;
    qint64 seq = 0;
    for (int i = 0; i < 5; ++i) {
        members.append(factory.member());
        batch.append(RecordFactory::entry(++seq, members.last()));
    }
    const Contribution pay1 = factory.contribution(members[0]);
    const Contribution pay2 = factory.contribution(members[1]);
    batch.append(RecordFactory::entry(++seq, pay1));
    batch.append(RecordFactory::entry(++seq, pay2, false)); // the hash is optional on the wire
    const wire::PushResponse first = pushed(client, device, batch);
    QStringList numbers;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        INFO("entry " << i << ": " << first.results[i].code.toStdString() << " "
                      << first.results[i].message.toStdString());
        CHECK(first.results[i].kind == wire::ResultKind::Applied);
        CHECK(first.results[i].seq == batch[i].seq);
        if (i < 5) {
            CHECK(wire::isValidMemberNumber(Country::Lao, first.results[i].memberNumber));
            numbers.append(first.results[i].memberNumber);
        }
    }
    numbers.removeDuplicates();
    CHECK(numbers.size() == 5);
    CHECK(first.highWater == seq);

    // The same batch again (a retry after a lost response): nothing changes.
    const QJsonObject before = stats(central);
    const wire::PushResponse retry = pushed(client, device, batch);
    for (qsizetype i = 0; i < batch.size(); ++i)
        CHECK(retry.results[i].kind == wire::ResultKind::AlreadyApplied);
    CHECK(retry.results[0].memberNumber == first.results[0].memberNumber);
    CHECK(stats(central) == before);

    // Replaying a captured request (same body, same signature): results, but nothing recorded.
    const QByteArray captured = wire::encode(client.request(device, batch));
    REQUIRE(client.pushBody(device, captured).status == 200);
    const HttpReply replay = client.pushBody(device, captured);
    REQUIRE(replay.status == 200);
    CHECK(wire::decodePushResponse(replay.body).value().replay);
    CHECK(stats(central) == before);

    // One batch with a rejected record, a conflicting one, a payment waiting for its member, and a
    // correction arriving before the version it follows.
    Member invalid = factory.member();
    invalid.name.given.clear();
    Member conflicting = members[2];
    conflicting.phone = QStringLiteral("+8562099999999");
    const Member late = factory.member();
    const Contribution early = factory.contribution(late);
    const Member v2 = factory.corrected(members[3]);
    const Member v3 = factory.corrected(v2);
    const QList<wire::PushEntry> mixed{RecordFactory::entry(++seq, invalid),
                                       RecordFactory::entry(++seq, conflicting),
                                       RecordFactory::entry(++seq, early), RecordFactory::entry(++seq, v3),
                                       RecordFactory::entry(++seq, factory.member())};
    const wire::PushResponse second = pushed(client, device, mixed);
    CHECK(second.results[0].kind == wire::ResultKind::Rejected);
    CHECK(second.results[0].code == QStringLiteral("validation.required"));
    CHECK(second.results[0].field == QStringLiteral("name.given"));
    CHECK(second.results[1].kind == wire::ResultKind::Conflict);
    CHECK(second.results[1].code == QStringLiteral("record.conflict"));
    CHECK(second.results[2].kind == wire::ResultKind::Waiting);
    CHECK(second.results[2].code == QStringLiteral("waiting.member"));
    CHECK(second.results[3].kind == wire::ResultKind::Waiting);
    CHECK(second.results[4].kind == wire::ResultKind::Applied); // the rest of the batch still applies
    CHECK(second.highWater == seq);
    CHECK(stats(central).value(QLatin1String("waiting")).toInt() == 2);

    // The dependencies arrive: the held entries are applied with them.
    const wire::PushResponse third =
        pushed(client, device, {RecordFactory::entry(++seq, late), RecordFactory::entry(++seq, v2)});
    CHECK(third.results[0].kind == wire::ResultKind::Applied);
    CHECK(third.results[1].kind == wire::ResultKind::Applied);
    CHECK(stats(central).value(QLatin1String("waiting")).toInt() == 0);
    const wire::PushResponse resent = pushed(client, device, {mixed[2], mixed[3]});
    CHECK(resent.results[0].kind == wire::ResultKind::AlreadyApplied);
    CHECK(resent.results[1].kind == wire::ResultKind::AlreadyApplied);

    // Pull: reference data for everyone, member numbers of this district, paged.
    int pages = 0;
    const QList<wire::Change> changes = pullAll(client, device, 2, &pages);
    CHECK(pages > 2);
    int refdata = 0;
    QStringList pulledNumbers;
    qint64 previous = 0;
    for (const wire::Change& c : changes) {
        CHECK(c.seq > previous);
        previous = c.seq;
        refdata += c.kind == QLatin1String("refdata");
        if (c.kind == QLatin1String("member_number"))
            pulledNumbers.append(c.body.value(QLatin1String("number")).toString());
    }
    CHECK(refdata == 1);
    for (const QString& n : std::as_const(numbers))
        CHECK(pulledNumbers.contains(n));
    CHECK(pullAll(client, device, 1000).size() == changes.size());
    // Another device of the same district hears of the district's reference data, not of this
    // device's member numbers (it holds none of those members), and its cursor still passes them,
    // a few pages of rows read past at a time.
    EnrolledDevice neighbour = enrolled(central, client, QStringLiteral("LA"), kDistrict);
    int neighbourPages = 0;
    qint64 neighbourCursor = 0;
    const QList<wire::Change> heard = pullAll(client, neighbour, 1, &neighbourPages, &neighbourCursor);
    CHECK(neighbourCursor >= changes.last().seq);
    CHECK(neighbourPages > 1);
    CHECK(neighbourPages < changes.size());
    QList<qint64> expectedSeqs; // what the first device pulls, its own members' numbers left out
    for (const wire::Change& c : pullAll(client, device, 1000))
        if (c.kind != QLatin1String("member_number") && c.seq <= neighbourCursor)
            expectedSeqs.append(c.seq);
    QList<qint64> heardSeqs;
    for (const wire::Change& c : heard) {
        CHECK(c.kind != QLatin1String("member_number"));
        heardSeqs.append(c.seq);
    }
    CHECK(heardSeqs == expectedSeqs);
    CHECK_FALSE(expectedSeqs.isEmpty()); // the reference data at least

    // A push can carry the pull: one request for "send and hear back".
    const wire::PushResponse withPull = pushed(client, device, {}, changes.last().seq - 1);
    REQUIRE(withPull.pull);
    CHECK(withPull.pull->changes.size() == 1);
    CHECK(withPull.pull->cursor == changes.last().seq);

    // Reconciliation manifest by seq and by id: the central office's holdings hash as the device
    // computes them from what it sent.
    wire::ManifestHasher expected;
    for (qsizetype i = 0; i < batch.size(); ++i)
        expected.add({batch[i].seq, batch[i].entity, batch[i].id, batch[i].version,
                      batch[i].payloadHash.isEmpty() ? crypto::sha256(RecordFactory::plain(pay2))
                                                     : batch[i].payloadHash});
    wire::ManifestRequest byRange;
    byRange.seqRanges = {{1, batch.size()}, {1000, 2000}};
    HttpReply manifest =
        client.post(QString::fromLatin1(wire::kPathManifest), wire::encode(byRange), device.token);
    REQUIRE(manifest.status == 200);
    auto m = wire::decodeManifestResponse(manifest.body);
    REQUIRE(m.ok());
    REQUIRE(m.value().ranges.size() == 2);
    CHECK(m.value().ranges[0].count == batch.size());
    CHECK(m.value().ranges[0].hashHex == expected.hashHex());
    CHECK(m.value().ranges[1].count == 0);
    wire::ManifestRequest byId;
    byId.by = wire::ManifestRequest::By::Id;
    byId.idRanges = {{members[0].id, members[0].id}};
    manifest = client.post(QString::fromLatin1(wire::kPathManifest), wire::encode(byId), device.token);
    REQUIRE(manifest.status == 200);
    CHECK(wire::decodeManifestResponse(manifest.body).value().ranges[0].count == 1);

    // Kenya works the same way, with its own number format.
    EnrolledDevice kenyan = enrolled(central, client, QStringLiteral("KE"), QStringLiteral("274"));
    RecordFactory keFactory(Country::Kenya, QStringLiteral("274"), 202);
    const Member wanjiru = keFactory.member();
    const wire::PushResponse ke =
        pushed(client, kenyan,
               {RecordFactory::entry(1, wanjiru), RecordFactory::entry(2, keFactory.contribution(wanjiru))});
    INFO(ke.results[0].message.toStdString() << ke.results[1].message.toStdString());
    CHECK(ke.results[0].kind == wire::ResultKind::Applied);
    CHECK(ke.results[1].kind == wire::ResultKind::Applied);
    CHECK(wire::isValidMemberNumber(Country::Kenya, ke.results[0].memberNumber));
    // Each device only hears about its own district (and its country's reference data).
    for (const wire::Change& c : pullAll(client, kenyan, 500))
        if (c.kind == QLatin1String("member_number"))
            CHECK(c.body.value(QLatin1String("member")).toString() == uuidText(wanjiru.id));
    INFO(central.log().right(3000).toStdString());
    CHECK(central.stopCleanly());
    // The service logged every push, and nothing personal: no name, document number or phone.
    const QString log = central.log();
    CHECK(log.contains(QLatin1String("\"event\":\"push\"")));
    members += {invalid, conflicting, late, wanjiru};
    for (const Member& p : std::as_const(members))
        for (const QString& personal : {p.name.given, p.name.family, p.document.number, p.phone})
            if (personal.size() >= 4)
                CHECK_FALSE(log.contains(personal));
}

void supervisionScenario(CentralProcess& central)
{
    DeviceClient client(central.port());
    EnrolledDevice a = enrolled(central, client, QStringLiteral("LA"), kDistrict);
    EnrolledDevice b = enrolled(central, client, QStringLiteral("LA"), kDistrict);
    RecordFactory fa(Country::Lao, kDistrict, 301);
    RecordFactory fb(Country::Lao, kDistrict, 302);

    // Two devices register one person: the same document number.
    const Member first = fa.member();
    Member second = fb.member();
    second.document = first.document;
    const wire::PushResponse ra = pushed(client, a, {RecordFactory::entry(1, first)});
    REQUIRE(ra.results[0].kind == wire::ResultKind::Applied);
    CHECK(ra.results[0].code.isEmpty());
    const wire::PushResponse rb = pushed(client, b, {RecordFactory::entry(1, second)});
    REQUIRE(rb.results[0].kind == wire::ResultKind::Applied); // kept, never merged or dropped
    // The same person once more, by name and birth: a probable match.
    Member third = fb.member();
    third.name = first.name;
    third.sex = first.sex;
    third.birth = first.birth;
    const wire::PushResponse rc = pushed(client, b, {RecordFactory::entry(2, third)});
    CHECK(rc.results[0].kind == wire::ResultKind::Applied);
    // Mobile-money codes are unique across devices.
    Contribution paid = fa.contribution(first);
    paid.method = PaymentMethod::MobileMoney;
    paid.transactionCode = QStringLiteral("QGH7XK2M9P");
    Contribution again = fb.contribution(second);
    again.method = PaymentMethod::MobileMoney;
    again.transactionCode = paid.transactionCode;
    CHECK(pushed(client, a, {RecordFactory::entry(2, paid)}).results[0].kind == wire::ResultKind::Applied);
    const wire::PushResponse reused = pushed(client, b, {RecordFactory::entry(3, again)});
    CHECK(reused.results[0].kind == wire::ResultKind::Rejected);
    CHECK(reused.results[0].code == QStringLiteral("contribution.code_reused"));

    // Duplicates are matched after the push (central/Matcher.h), in the order members came.
    REQUIRE(central.waitForMatching());
    const QString token = central.supervisorToken(QStringLiteral("LA"), {kDistrict});
    HttpReply flags = client.get(QString::fromLatin1(wire::kPathFlags), token);
    REQUIRE(flags.status == 200);
    const QJsonArray open =
        QJsonDocument::fromJson(flags.body).object().value(QLatin1String("flags")).toArray();
    REQUIRE(open.size() == 2);
    QStringList reasons;
    for (const QJsonValue& f : open)
        reasons.append(f.toObject().value(QLatin1String("reason")).toString());
    reasons.sort();
    CHECK(reasons == QStringList{QStringLiteral("document"), QStringLiteral("probable")});
    // Device A hears about the flag through pull.
    bool flagPulled = false;
    for (const wire::Change& c : pullAll(client, a, 100))
        flagPulled = flagPulled || c.kind == QLatin1String("flag");
    CHECK(flagPulled);
    const qint64 flagId = open.first().toObject().value(QLatin1String("id")).toInteger();
    const HttpReply resolved = client.post(QStringLiteral("/api/v1/flags/%1/resolve").arg(flagId),
                                           R"({"decision":"distinct"})", token);
    CHECK(resolved.status == 200);
    CHECK(
        client
            .post(QStringLiteral("/api/v1/flags/%1/resolve").arg(flagId), R"({"decision":"distinct"})", token)
            .status == 409);
    flags = client.get(QString::fromLatin1(wire::kPathFlags), token);
    CHECK(QJsonDocument::fromJson(flags.body).object().value(QLatin1String("flags")).toArray().size() == 1);

    // The fleet view: each device's last report.
    const HttpReply fleet = client.get(QString::fromLatin1(wire::kPathFleet), token);
    REQUIRE(fleet.status == 200);
    const QJsonArray devices =
        QJsonDocument::fromJson(fleet.body).object().value(QLatin1String("devices")).toArray();
    REQUIRE(devices.size() == 2);
    for (const QJsonValue& v : devices) {
        const QJsonObject d = v.toObject();
        CHECK(d.value(QLatin1String("district")).toString() == kDistrict);
        CHECK(d.value(QLatin1String("lastContact")).isDouble());
        CHECK(std::abs(d.value(QLatin1String("clockSkewMs")).toDouble()) < 60000);
        CHECK(d.value(QLatin1String("appVersion")).toString() == QStringLiteral("0.1.0"));
        if (d.value(QLatin1String("id")).toString() == b.id) {
            CHECK(d.value(QLatin1String("rejected")).toInt() == 1);
            CHECK(d.value(QLatin1String("lastError")).toString() ==
                  QStringLiteral("contribution.code_reused"));
        }
    }

    // A correction made centrally reaches the device through pull; the device's own later version
    // of the same record is then a conflict, for a supervisor to resolve.
    Member fixed = first;
    fixed.externalRef = QStringLiteral("checked at the district office");
    const QJsonObject correction{
        {QLatin1String("version"), 1},
        {QLatin1String("reason"), QStringLiteral("Spelling checked with the family book")},
        {QLatin1String("member"), fixed.toJson()}};
    const HttpReply corrected =
        client.post(QStringLiteral("/api/v1/members/%1/corrections").arg(uuidText(first.id)),
                    QJsonDocument(correction).toJson(QJsonDocument::Compact), token);
    INFO(corrected.body.toStdString());
    REQUIRE(corrected.status == 200);
    CHECK(client
              .post(QStringLiteral("/api/v1/members/%1/corrections").arg(uuidText(first.id)),
                    QJsonDocument(correction).toJson(QJsonDocument::Compact), token)
              .status == 409);
    bool correctionPulled = false;
    for (const wire::Change& c : pullAll(client, a, 100))
        if (c.kind == QLatin1String("member"))
            correctionPulled = c.body.value(QLatin1String("version")).toInt() == 2;
    CHECK(correctionPulled);
    const wire::PushResponse late = pushed(client, a, {RecordFactory::entry(3, fa.corrected(first))});
    CHECK(late.results[0].kind == wire::ResultKind::Conflict);
    INFO(central.log().right(3000).toStdString());
    CHECK(central.stopCleanly());
}

void exportAndBundleScenario(CentralProcess& central)
{
    DeviceClient client(central.port());
    EnrolledDevice device = enrolled(central, client, QStringLiteral("LA"), kDistrict);
    RecordFactory factory(Country::Lao, kDistrict, 401);
    QList<wire::PushEntry> entries;
    QList<Member> members;
    for (int i = 1; i <= 4; ++i) {
        members.append(factory.member());
        entries.append(RecordFactory::entry(i, members.last()));
    }
    entries.append(RecordFactory::entry(5, factory.contribution(members[0])));

    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QByteArray& data) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return f.fileName();
    };
    const QByteArray body = wire::encode(client.request(device, entries));
    const QString bundleFile =
        write(QStringLiteral("pending.febundle"), bundle::writeBundle(body, device.signKeys.secretKey));
    const QString ackFile = dir.filePath(QStringLiteral("ack.feack"));
    CliRun r = central.cli({QStringLiteral("import-bundle"), bundleFile, QStringLiteral("--ack"), ackFile});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("5 applied")));
    QFile ack(ackFile);
    REQUIRE(ack.open(QIODevice::ReadOnly));
    const auto signedAck = bundle::readAck(ack.readAll());
    REQUIRE(signedAck.ok());
    CHECK(crypto::verify(signedAck.value().body, signedAck.value().signature, device.serverSignKey));
    const QJsonObject ackJson = QJsonDocument::fromJson(signedAck.value().body).object();
    CHECK(ackJson.value(QLatin1String("dev")).toString() == device.id);
    CHECK(ackJson.value(QLatin1String("r")).toArray().size() == 5);
    CHECK(ackJson.value(QLatin1String("hw")).toInt() == 5);

    // Twice: nothing changes.
    const QJsonObject before = stats(central);
    r = central.cli({QStringLiteral("import-bundle"), bundleFile, QStringLiteral("--ack"), ackFile});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("5 already applied")));
    CHECK(stats(central) == before);

    // Tampered, foreign and not-a-bundle files are refused with a clear message.
    QByteArray tampered = bundle::writeBundle(body, device.signKeys.secretKey);
    tampered[bundle::kMagicBytes + 3] = static_cast<char>(tampered[bundle::kMagicBytes + 3] ^ 0x20);
    r = central.cli({QStringLiteral("import-bundle"), write(QStringLiteral("t.febundle"), tampered),
                     QStringLiteral("--ack"), dir.filePath(QStringLiteral("t.ack"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("bundle.tampered")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("t.ack"))));
    wire::PushRequest foreignRequest = client.request(device, entries);
    foreignRequest.deviceId = uuidText(createUuidV7(1));
    r = central.cli(
        {QStringLiteral("import-bundle"),
         write(QStringLiteral("f.febundle"),
               bundle::writeBundle(wire::encode(foreignRequest), crypto::generateSigningKeyPair().secretKey)),
         QStringLiteral("--ack"), dir.filePath(QStringLiteral("f.ack"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("bundle.foreign")));
    r = central.cli({QStringLiteral("import-bundle"), write(QStringLiteral("x.febundle"), "hello"),
                     QStringLiteral("--ack"), dir.filePath(QStringLiteral("x.ack"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("bundle.not_a_bundle")));
    CHECK(stats(central) == before);

    // Exports for the agency's other systems.
    r = central.cli({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("members"),
                     QStringLiteral("--out"), dir.filePath(QStringLiteral("m.csv"))});
    REQUIRE(r.exitCode == 0);
    QFile csv(dir.filePath(QStringLiteral("m.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].startsWith("member_number,device_id,version,"));
    r = central.cli({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("contributions"),
                     QStringLiteral("--format"), QStringLiteral("jsonl")});
    REQUIRE(r.exitCode == 0);
    const QStringList jsonLines = r.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(jsonLines.size() == 1);
    const QJsonObject line = QJsonDocument::fromJson(jsonLines[0].toUtf8()).object();
    CHECK(line.value(QLatin1String("member")).toString() == uuidText(members[0].id));
    CHECK(wire::isValidMemberNumber(Country::Lao, line.value(QLatin1String("memberNumber")).toString()));
    INFO(central.log().right(3000).toStdString());
    CHECK(central.stopCleanly());
}

} // namespace fe::test
