#include "CatchQt.h"
#include "CentralProcess.h"
#include "DeviceClient.h"
#include "PostgresCluster.h"
#include "RecordFactory.h"
#include "common/Uuid.h"
#include "wire/Api.h"
#include "wire/MemberNumber.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <atomic>
#include <mutex>
#include <thread>
#include <variant>

using namespace fe;

namespace {

using Record = std::variant<Member, Contribution>;

// One device's history in outbox order: registrations, payments, corrections and voids.
QList<Record> history(test::RecordFactory& factory, QRandomGenerator& random, int length,
                      const Member* sharedDocument)
{
    QList<Record> out;
    QList<Member> members;
    QList<Contribution> payments;
    while (out.size() < length) {
        const int roll = static_cast<int>(random.bounded(100));
        if (members.isEmpty() || roll < 40) {
            Member m = factory.member();
            if (sharedDocument && members.size() == 2)
                m.document = sharedDocument->document; // the same person registered on two devices
            members.append(m);
            out.append(m);
        } else if (roll < 70) {
            payments.append(factory.contribution(members[static_cast<int>(random.bounded(members.size()))]));
            out.append(payments.last());
        } else if (roll < 88) {
            Member& m = members[static_cast<int>(random.bounded(members.size()))];
            m = factory.corrected(m);
            out.append(m);
        } else if (!payments.isEmpty()) {
            Contribution& c = payments[static_cast<int>(random.bounded(payments.size()))];
            if (!c.isVoided()) {
                c = factory.voided(c);
                out.append(c);
            }
        }
    }
    return out;
}

wire::PushEntry entryOf(const Record& r, qint64 seq)
{
    return std::visit([&](const auto& record) { return test::RecordFactory::entry(seq, record); }, r);
}

struct Job
{
    int instance = 0;
    int device = 0;
    QByteArray body;
    QByteArray signature;
};

QHash<QString, QJsonObject> exported(const test::CentralProcess& central, const char* what,
                                     QStringList* numbers)
{
    const test::CliRun r =
        central.cli({QStringLiteral("export"), QStringLiteral("--what"), QString::fromLatin1(what),
                     QStringLiteral("--format"), QStringLiteral("jsonl")});
    REQUIRE(r.exitCode == 0);
    QHash<QString, QJsonObject> out;
    for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (numbers && o.contains(QLatin1String("memberNumber")) && qstrcmp(what, "members") == 0)
            numbers->append(o.value(QLatin1String("memberNumber")).toString());
        o.remove(QLatin1String("memberNumber"));
        o.remove(QLatin1String("deviceId"));
        out.insert(o.value(QLatin1String("id")).toString(), o);
    }
    return out;
}

QJsonObject stats(const test::CentralProcess& central)
{
    REQUIRE(central.waitForMatching()); // flags are raised after the pushes (central/Matcher.h)
    const test::CliRun r = central.cli({QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    o.remove(QLatin1String("changes")); // flags may be raised from either side of a pair
    return o;
}

} // namespace

TEST_CASE("batches delivered 1-3 times, shuffled, split and merged, to two instances sharing one PostgreSQL "
          "concurrently leave the database as one clean delivery")
{
    test::PostgresCluster& cluster = test::PostgresCluster::shared();
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.ok());
    const QString shared = cluster.createDatabase();
    const QString reference = cluster.createDatabase();
    const QStringList unlimited{QStringLiteral("--rate-burst"), QStringLiteral("1000000"),
                                QStringLiteral("--pool"), QStringLiteral("4")};
    test::CentralProcess first(shared, unlimited);
    test::CentralProcess second(shared, unlimited);
    test::CentralProcess clean(reference, unlimited);
    REQUIRE(first.start());
    REQUIRE(second.start());
    REQUIRE(clean.start());

    // Fixed so a failure can be replayed; FIELDENROL_PROPERTY_SEED explores other runs.
    const quint32 seed = qEnvironmentVariableIsSet("FIELDENROL_PROPERTY_SEED")
                             ? static_cast<quint32>(qEnvironmentVariableIntValue("FIELDENROL_PROPERTY_SEED"))
                             : 20260315u;
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    const QStringList districts{QStringLiteral("0101"), QStringLiteral("0101"), QStringLiteral("0102")};
    QList<QList<Record>> histories;
    QList<test::EnrolledDevice> onShared, onClean;
    test::DeviceClient sharedClient(first.port());
    test::DeviceClient cleanClient(clean.port());
    std::optional<Member> firstMember;
    for (qsizetype d = 0; d < districts.size(); ++d) {
        test::RecordFactory factory(Country::Lao, districts[d], seed + static_cast<quint32>(d));
        histories.append(history(factory, random, 70, d == 1 && firstMember ? &*firstMember : nullptr));
        if (d == 0)
            firstMember = std::get<Member>(histories[0].first());
        test::EnrolledDevice a, b;
        REQUIRE(sharedClient.enrol(first.enrolmentCode(QStringLiteral("LA"), districts[d]), &a).status ==
                201);
        REQUIRE(cleanClient.enrol(clean.enrolmentCode(QStringLiteral("LA"), districts[d]), &b).status == 201);
        onShared.append(a);
        onClean.append(b);
    }

    // The reference: every entry once, in order.
    for (qsizetype d = 0; d < histories.size(); ++d) {
        QList<wire::PushEntry> entries;
        for (qsizetype i = 0; i < histories[d].size(); ++i)
            entries.append(entryOf(histories[d][i], i + 1));
        const test::HttpReply r = cleanClient.push(onClean[d], entries);
        REQUIRE(r.status == 200);
        const auto response = wire::decodePushResponse(r.body);
        REQUIRE(response.ok());
        for (const wire::EntryResult& e : response.value().results)
            REQUIRE(e.kind == wire::ResultKind::Applied);
    }

    // The storm: each entry 1-3 times, shuffled, cut into batches of 1-30, each batch to either
    // instance, four senders at once.
    QList<Job> jobs;
    for (qsizetype d = 0; d < histories.size(); ++d) {
        QList<wire::PushEntry> deliveries;
        for (qsizetype i = 0; i < histories[d].size(); ++i) {
            const wire::PushEntry e = entryOf(histories[d][i], i + 1);
            for (quint32 k = random.bounded(1u, 4u); k > 0; --k)
                deliveries.append(e);
        }
        std::shuffle(deliveries.begin(), deliveries.end(), random);
        while (!deliveries.isEmpty()) {
            const qsizetype n = std::min<qsizetype>(deliveries.size(), random.bounded(1, 31));
            const QByteArray body = wire::encode(sharedClient.request(onShared[d], deliveries.first(n)));
            jobs.append({static_cast<int>(random.bounded(2)), static_cast<int>(d), body,
                         wire::signatureHeader(body, onShared[d].signKeys.secretKey)});
            deliveries.remove(0, n);
        }
    }
    std::shuffle(jobs.begin(), jobs.end(), random);
    std::atomic<qsizetype> next{0};
    std::mutex failuresMutex;
    QStringList failures;
    std::vector<std::thread> senders;
    for (int t = 0; t < 4; ++t)
        senders.emplace_back([&] {
            test::DeviceClient clients[2] = {test::DeviceClient(first.port()),
                                             test::DeviceClient(second.port())};
            for (qsizetype j = next++; j < jobs.size(); j = next++) {
                const Job& job = jobs[j];
                test::HttpReply r;
                for (int attempt = 0; attempt < 5 && r.status != 200; ++attempt)
                    r = clients[job.instance].pushBody(onShared[job.device], job.body, job.signature);
                const auto decoded = wire::decodePushResponse(r.body);
                std::lock_guard lock(failuresMutex);
                if (r.status != 200 || !decoded.ok()) {
                    failures.append(
                        QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300))));
                    continue;
                }
                for (const wire::EntryResult& e : decoded.value().results)
                    if (e.kind == wire::ResultKind::Rejected || e.kind == wire::ResultKind::Conflict)
                        failures.append(QStringLiteral("%1 %2").arg(wire::resultName(e.kind), e.code));
            }
        });
    for (std::thread& t : senders)
        t.join();
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    CHECK(jobs.size() > 20);

    // Same counts (nothing left waiting), same record versions per device, same content.
    const QJsonObject s = stats(first);
    CHECK(s == stats(clean));
    CHECK(s.value(QLatin1String("waiting")).toInt() == 0);
    CHECK(s.value(QLatin1String("flagsOpen")).toInt() == 1);
    for (qsizetype d = 0; d < histories.size(); ++d) {
        wire::ManifestRequest request;
        const qint64 n = histories[d].size();
        request.seqRanges = {{1, n / 3}, {n / 3 + 1, 2 * n / 3}, {2 * n / 3 + 1, n}};
        const test::HttpReply a = sharedClient.post(QString::fromLatin1(wire::kPathManifest),
                                                    wire::encode(request), onShared[d].token);
        const test::HttpReply b = cleanClient.post(QString::fromLatin1(wire::kPathManifest),
                                                   wire::encode(request), onClean[d].token);
        REQUIRE(a.status == 200);
        REQUIRE(b.status == 200);
        const auto ma = wire::decodeManifestResponse(a.body).value();
        const auto mb = wire::decodeManifestResponse(b.body).value();
        REQUIRE(ma.ranges.size() == 3);
        qint64 total = 0;
        for (int i = 0; i < 3; ++i) {
            CHECK(ma.ranges[i].count == mb.ranges[i].count);
            CHECK(ma.ranges[i].hashHex == mb.ranges[i].hashHex);
            total += ma.ranges[i].count;
        }
        CHECK(total == n);
    }
    QStringList numbers;
    CHECK(exported(first, "members", &numbers) == exported(clean, "members", nullptr));
    CHECK(exported(first, "contributions", nullptr) == exported(clean, "contributions", nullptr));
    const qsizetype assigned = numbers.size();
    numbers.removeDuplicates();
    CHECK(numbers.size() == assigned);
    CHECK(assigned == s.value(QLatin1String("members")).toInt());
    for (const QString& number : std::as_const(numbers))
        CHECK(wire::isValidMemberNumber(Country::Lao, number));
    CHECK(first.stopCleanly());
    CHECK(second.stopCleanly());
    CHECK(clean.stopCleanly());
}
