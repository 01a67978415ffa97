// Corrections made at the central office, pulled as `member` changes: applied as the member's next
// version when the device has not changed the member meanwhile, otherwise kept as a flag.
#include "TestStore.h"
#include "common/Uuid.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace fe;
using fe::test::TestStore;

namespace {

// The pulled change exactly as the central office builds it (server/central/Supervision.cpp).
PulledChange correctionOf(Member m, int version, const QString& reason, qint64 seq = 1)
{
    m.version = version;
    const QJsonObject json = m.toJson();
    const QByteArray plain = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return {seq,
            QStringLiteral("member"),
            {{QLatin1String("member"), json},
             {QLatin1String("version"), version},
             {QLatin1String("reason"), reason},
             {QLatin1String("hash"),
              QString::fromLatin1(QCryptographicHash::hash(plain, QCryptographicHash::Sha256).toHex())}}};
}

// Marks every outbox entry as accepted by the central office.
void sendAll(Store& store)
{
    QList<OutboxResult> results;
    for (const OutboxItem& item : store.dueOutbox(1000, 0))
        results.append({item.entry.seq, OutboxResult::Outcome::Accepted, {}, {}, {}});
    REQUIRE(store.applyOutboxResults(results, 0, {}).ok());
}

Member registered(Store& store)
{
    const SaveResult saved = store.registerMember(test::validLaoMember(), QStringLiteral("op-1"));
    REQUIRE(saved.ok());
    return *store.member(saved.saved->id);
}

} // namespace

TEST_CASE("A central correction of a member the device has sent becomes its next version")
{
    TestStore s;
    Member m = registered(*s);
    sendAll(*s);
    const QString givenBefore = m.name.given;
    const qint64 outboxBefore = s->lastOutboxSeq();

    Member corrected = m;
    corrected.name.given = QStringLiteral("ບຸນມີ");
    corrected.document.number = QStringLiteral("01-7654321");
    REQUIRE(s->applyPulledChanges({correctionOf(corrected, 2, QStringLiteral("Name as on the ID card"))},
                                  QStringLiteral("cursor"), QStringLiteral("1"))
                .ok());

    const auto now = s->member(m.id);
    REQUIRE(now);
    CHECK(now->version == 2);
    CHECK(now->name.given == QStringLiteral("ບຸນມີ"));
    // Its history: both versions, the second from the central office with its reason.
    const QList<HistoryEntry> history = s->history(QStringLiteral("member"), m.id);
    REQUIRE(history.size() == 2);
    CHECK(history[1].reason == QStringLiteral("Name as on the ID card"));
    CHECK(history[1].operatorId == QStringLiteral("central"));
    // The earlier version is still readable, and the look-ups follow the new document.
    const auto first = s->payloadOfVersion(QStringLiteral("member"), m.id, 1);
    REQUIRE(first);
    CHECK(first->contains(givenBefore.toUtf8()));
    CHECK(s->findByDocument(QStringLiteral("01-7654321")) == QList<QUuid>{m.id});
    CHECK(s->findByDocument(m.document.number).isEmpty());
    // Nothing to send back, and the store's invariants hold.
    CHECK(s->lastOutboxSeq() == outboxBefore);
    CHECK(s->dueOutbox(10, 0).isEmpty());
    CHECK(s->openFlags().isEmpty());
    const CheckReport report = s->check();
    CHECK(report.ok());
}

TEST_CASE("A central correction that cannot be applied as is waits for a supervisor as a flag")
{
    TestStore s;
    Member m = registered(*s);
    const QString reason = QStringLiteral("Birth year from the family book");

    SECTION("the device changed the member and has not sent the change yet")
    {
        sendAll(*s);
        Member local = m;
        local.name.nickname = QStringLiteral("Noy");
        REQUIRE(s->correctMember(local, QStringLiteral("Nickname asked"), QStringLiteral("op-1")).ok());
        REQUIRE(
            s->applyPulledChanges({correctionOf(m, 2, reason)}, QStringLiteral("cursor"), QStringLiteral("1"))
                .ok());
        CHECK(s->member(m.id)->name.nickname == QStringLiteral("Noy"));
    }
    SECTION("the first version has not been sent")
    {
        REQUIRE(
            s->applyPulledChanges({correctionOf(m, 2, reason)}, QStringLiteral("cursor"), QStringLiteral("1"))
                .ok());
    }
    SECTION("the content does not match its hash")
    {
        sendAll(*s);
        PulledChange change = correctionOf(m, 2, reason);
        change.body.insert(QLatin1String("hash"), QString(64, QLatin1Char('0')));
        REQUIRE(s->applyPulledChanges({change}, QStringLiteral("cursor"), QStringLiteral("1")).ok());
    }
    SECTION("a version that skips one")
    {
        sendAll(*s);
        REQUIRE(
            s->applyPulledChanges({correctionOf(m, 3, reason)}, QStringLiteral("cursor"), QStringLiteral("1"))
                .ok());
    }
    const auto now = s->member(m.id);
    REQUIRE(now);
    CHECK(now->name.given == m.name.given);
    const QList<Flag> flags = s->openFlags();
    REQUIRE(flags.size() == 1);
    CHECK(flags.first().kind == QStringLiteral("central_correction"));
    CHECK(flags.first().entityId == m.id);
    CHECK(s->check().ok());
}
