// Encryption at rest as the store applies it: locked until an operator logs in, payloads and
// look-ups sealed, tampering detected, nothing personal readable from the files it writes.
#include "TestStore.h"
#include "common/Uuid.h"
#include "store/Backup.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace fe;
using namespace fe::test;

namespace {

const QString kOperator = QStringLiteral("clerk-1");

// Values that appear nowhere else, to look for in the files the store wrote.
struct Canaries
{
    QString givenLatin = QStringLiteral("Zyqlowinkavet");
    QString givenLao = QStringLiteral("ສົມຈິດຂຽວງາມ");
    QString document = QStringLiteral("77-9182736");
    QString phone = QStringLiteral("2059187346");
    QString reason = QStringLiteral("Spelling of Qorvandihel corrected");
};

Member canaryMember(const Canaries& c)
{
    Member m = validLaoMember();
    m.name.given = c.givenLao;
    m.name.givenLatin = c.givenLatin;
    m.document.number = c.document;
    m.phone = QStringLiteral("+856 ") + c.phone;
    return m;
}

// Every way a value could be written to a file: UTF-8, UTF-16 in both byte orders, and for
// digits also the normalised document form without punctuation.
QList<QByteArray> encodings(const QString& value)
{
    QList<QByteArray> out{value.toUtf8()};
    QByteArray le, be;
    for (const QChar ch : value) {
        const char16_t u = ch.unicode();
        le.append(char(u & 0xFF)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xFF));
    }
    out << le << be;
    return out;
}

// Names of the files under `dir` holding any of the canaries, in any encoding.
QStringList filesContaining(const QString& dir, const QStringList& values)
{
    QStringList hits;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(info.filePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QString& v : values)
            for (const QByteArray& needle : encodings(v))
                if (bytes.contains(needle))
                    hits << info.fileName() + QLatin1Char(':') + v;
    }
    return hits;
}

QStringList canaryValues(const Canaries& c)
{
    return {c.givenLatin, c.givenLao, c.document, c.phone, c.reason, QStringLiteral("Qorvandihel")};
}

// Saves a registration, a correction with a reason, and a mobile-money payment.
QUuid saveCanaryRecords(Store& store, const Canaries& c)
{
    const SaveResult saved = store.registerMember(canaryMember(c), kOperator);
    REQUIRE(saved.ok());
    Member corrected = *store.member(saved.saved->id);
    corrected.name.nickname = QStringLiteral("Noy");
    REQUIRE(store.correctMember(corrected, c.reason, kOperator).ok());
    REQUIRE(store.recordContribution(validContribution(corrected, Country::Lao), kOperator).ok());
    return saved.saved->id;
}

void execRaw(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("a new store is encrypted, unlocked for its administrator, with a recovery code")
{
    TestStore store;
    CHECK(store->isEncrypted());
    CHECK(store->isUnlocked());
    REQUIRE(store->currentOperator().has_value());
    CHECK(store->currentOperator()->role == OperatorRole::Administrator);
    const QString code = store->takeRecoveryCode();
    CHECK(code.size() >= 20);
    CHECK(store->takeRecoveryCode().isEmpty()); // shown once
}

TEST_CASE("a locked store refuses to read or write personal data, and writes nothing")
{
    TestStore store;
    const SaveResult saved = store->registerMember(validLaoMember(), kOperator);
    REQUIRE(saved.ok());
    store->lock();
    CHECK_FALSE(store->isUnlocked());
    CHECK_FALSE(store->member(saved.saved->id).has_value());
    CHECK(store->findByDocument(validLaoMember().document.number).isEmpty());
    CHECK(store->searchNames(QStringLiteral("Somphone")).hits.isEmpty());
    const qint64 before = store->lastOutboxSeq();
    Member other = validLaoMember();
    other.document.number = QStringLiteral("01-7654321");
    const SaveResult refused = store->registerMember(other, kOperator);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error.code == QStringLiteral("store.locked"));
    CHECK(store->lastOutboxSeq() == before);
    CHECK(store->dueOutbox(10, 0).isEmpty());

    REQUIRE(store->unlock(testAdministrator().account.username, testAdministrator().password).ok());
    CHECK(store->member(saved.saved->id).has_value());
}

TEST_CASE("a wrong password opens nothing and the next attempt has to wait")
{
    TestStore store;
    const QUuid id = store->registerMember(validLaoMember(), kOperator).saved->id;
    store.store.reset();
    auto opened = Store::open(store.path(), testStoreOptions());
    REQUIRE(opened.ok());
    auto& reopened = *opened.value();
    CHECK(reopened.isEncrypted());
    CHECK_FALSE(reopened.isUnlocked());
    const Status wrong = reopened.unlock(QStringLiteral("admin"), QStringLiteral("not the password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(reopened.retryAfterMs() > 0);
    CHECK_FALSE(reopened.member(id).has_value());
}

TEST_CASE("an operator added by the administrator logs in; a locked one cannot")
{
    FixedClock clock(testNow());
    TestStore store(Country::Lao, &clock);
    auto clerk =
        store->addOperator({QStringLiteral("noy"), QStringLiteral("Noy Phommachanh"), OperatorRole::Clerk},
                           QStringLiteral("clerk password 1"));
    REQUIRE(clerk.ok());
    const QUuid id = store->registerMember(validLaoMember(), kOperator).saved->id;
    store->lock();
    REQUIRE(store->unlock(QStringLiteral("noy"), QStringLiteral("clerk password 1")).ok());
    CHECK(store->currentOperator()->role == OperatorRole::Clerk);
    CHECK(store->member(id).has_value());
    // A clerk manages no operators.
    const auto refused = store->addOperator(
        {QStringLiteral("tom"), QStringLiteral("Tom"), OperatorRole::Clerk}, QStringLiteral("pw pw pw pw"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("operator.not_allowed"));

    store->lock();
    REQUIRE(store->unlock(testAdministrator().account.username, testAdministrator().password).ok());
    REQUIRE(store->setOperatorLocked(clerk.value().id, true).ok());
    store->lock();
    const Status locked = store->unlock(QStringLiteral("noy"), QStringLiteral("clerk password 1"));
    REQUIRE_FALSE(locked.ok());
    CHECK_FALSE(store->isUnlocked());
}

TEST_CASE("the recovery code lets an administrator in with a new password, data intact")
{
    FixedClock clock(testNow());
    TestStore store(Country::Lao, &clock);
    const QString code = store->takeRecoveryCode();
    const QUuid id = store->registerMember(validLaoMember(), kOperator).saved->id;
    store->lock();
    auto recovered = store->recover(code, QStringLiteral("admin"), QStringLiteral("a brand new password"));
    REQUIRE(recovered.ok());
    CHECK(recovered.value() != code);
    CHECK_FALSE(store->unlock(QStringLiteral("admin"), testAdministrator().password).ok());
    clock.advanceMs(store->retryAfterMs()); // a failed login makes the next one wait
    REQUIRE(store->unlock(QStringLiteral("admin"), QStringLiteral("a brand new password")).ok());
    REQUIRE(store->member(id).has_value());
    CHECK(store->member(id)->name.givenLatin == validLaoMember().name.givenLatin);
    // The old code was used up.
    store->lock();
    CHECK_FALSE(store->recover(code, QStringLiteral("admin"), QStringLiteral("yet another password")).ok());
}

TEST_CASE("a changed ciphertext or a payload moved to another record is detected")
{
    TestStore store;
    Member second = validLaoMember();
    second.document.number = QStringLiteral("01-1111111");
    second.phone = QStringLiteral("020 5555 9999");
    const QUuid a = store->registerMember(validLaoMember(), kOperator).saved->id;
    const QUuid b = store->registerMember(second, kOperator).saved->id;
    REQUIRE(store->check().ok());
    const QString path = store.path();
    store.store.reset();

    SECTION("one byte of a payload flipped")
    {
        const QString sql =
            QStringLiteral("UPDATE members SET payload = substr(payload, 1, 40) || "
                           "CASE WHEN substr(payload, 41, 1) = X'00' THEN X'01' ELSE X'00' END "
                           "|| substr(payload, 42) WHERE id = '%1'")
                .arg(uuidText(a));
        execRaw(path, sql.toUtf8().constData());
        store.reopen();
        CHECK_FALSE(store->member(a).has_value());
        CHECK(store->member(b).has_value());
        const CheckReport report = store->check();
        CHECK_FALSE(report.ok());
    }
    SECTION("a payload copied onto another record")
    {
        const QString sql =
            QStringLiteral("UPDATE members SET payload = (SELECT payload FROM members WHERE id = '%1') "
                           "WHERE id = '%2'")
                .arg(uuidText(a), uuidText(b));
        execRaw(path, sql.toUtf8().constData());
        store.reopen();
        CHECK(store->member(a).has_value());
        CHECK_FALSE(store->member(b).has_value());
        CHECK_FALSE(store->check().ok());
    }
}

TEST_CASE("nothing personal can be read from the files an encrypted store writes")
{
    const Canaries c;
    TestStore store;
    const QUuid id = saveCanaryRecords(*store, c);
    REQUIRE(store->applyMemberNumber(id, QStringLiteral("LA-0000123-7")).ok());
    const QString backupDir = store.dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(backupDir));
    REQUIRE(Backup::create(store.path(), backupDir).ok());
    // While open: the store file, its write-ahead log and shared memory.
    CHECK(filesContaining(store.dir.path(), canaryValues(c)).isEmpty());
    CHECK(filesContaining(backupDir, canaryValues(c)).isEmpty());
    // After locking (the search snapshot is written) and closing.
    store->lock();
    store.store.reset();
    CHECK(filesContaining(store.dir.path(), canaryValues(c)).isEmpty());
    // The canaries are really there, readable after logging in.
    store.reopen();
    REQUIRE(store->member(id).has_value());
    CHECK(store->member(id)->name.givenLatin == c.givenLatin);
    CHECK(store->history(QStringLiteral("member"), id).last().reason == c.reason);
    CHECK(store->findByDocument(c.document) == QList<QUuid>{id});
}

TEST_CASE("an unencrypted store shows the canaries in its file (the scan above can fail)")
{
    const Canaries c;
    TestStore store(Country::Lao, nullptr, TestStore::Encryption::Off);
    saveCanaryRecords(*store, c);
    store.store.reset();
    CHECK_FALSE(filesContaining(store.dir.path(), canaryValues(c)).isEmpty());
}

TEST_CASE("a copy of the store file on another machine is unreadable without a password")
{
    TestStore store;
    const Canaries c;
    const QUuid id = saveCanaryRecords(*store, c);
    store->lock();
    store.store.reset();
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(QStringLiteral("stolen.fieldenrol"));
    REQUIRE(QFile::copy(store.path(), copy));
    auto opened = Store::open(copy, testStoreOptions());
    REQUIRE(opened.ok());
    Store& thief = *opened.value();
    CHECK_FALSE(thief.isUnlocked());
    CHECK_FALSE(thief.member(id).has_value());
    CHECK(thief.findByDocument(c.document).isEmpty());
    CHECK_FALSE(thief.unlock(QStringLiteral("admin"), QStringLiteral("password")).ok());
    CHECK(thief.forEachMember([](const Member&) { return true; }).error().code ==
          QStringLiteral("store.locked"));
}

TEST_CASE("setting up encryption seals an existing store in place, and its history")
{
    const Canaries c;
    TestStore store(Country::Lao, nullptr, TestStore::Encryption::Off);
    const QUuid id = saveCanaryRecords(*store, c);
    REQUIRE(store->applyMemberNumber(id, QStringLiteral("LA-0000123-7")).ok());
    CHECK_FALSE(store->isEncrypted());
    const auto code =
        store->setUpEncryption({QStringLiteral("admin"), QStringLiteral("Admin"), OperatorRole::Clerk},
                               QStringLiteral("a good password"));
    REQUIRE(code.ok());
    CHECK_FALSE(code.value().isEmpty());
    CHECK(store->isEncrypted());
    CHECK(store->currentOperator()->role == OperatorRole::Administrator); // always an administrator
    CHECK(store->check().ok());
    CHECK(filesContaining(store.dir.path(), canaryValues(c)).isEmpty());

    store.store.reset();
    auto opened = Store::open(store.path(), testStoreOptions());
    REQUIRE(opened.ok());
    Store& reopened = *opened.value();
    CHECK_FALSE(reopened.isUnlocked());
    REQUIRE(reopened.unlock(QStringLiteral("admin"), QStringLiteral("a good password")).ok());
    REQUIRE(reopened.member(id).has_value());
    CHECK(reopened.member(id)->memberNumber == QStringLiteral("LA-0000123-7"));
    CHECK(reopened.history(QStringLiteral("member"), id).last().reason == c.reason);
    CHECK(reopened.findByDocument(c.document) == QList<QUuid>{id});
    CHECK(reopened.check().ok());
    CHECK(reopened
              .setUpEncryption({QStringLiteral("other"), {}, OperatorRole::Administrator},
                               QStringLiteral("a good password"))
              .error()
              .code == QStringLiteral("store.already_encrypted"));
}

TEST_CASE("the search index follows saves and member numbers, and survives locking")
{
    TestStore store;
    const QUuid id = store->registerMember(validLaoMember(), kOperator).saved->id;
    auto found = store->searchNames(QStringLiteral("Somphone"));
    REQUIRE(found.hits.size() == 1);
    CHECK(found.hits.first().id == id);
    CHECK(store->searchNames(QStringLiteral("ສົມພອນ")).hits.size() == 1);

    REQUIRE(store->applyMemberNumber(id, QStringLiteral("LA-0000123-7")).ok());
    CHECK(store->findByMemberNumber(QStringLiteral("LA-0000123-7")) == std::optional<QUuid>(id));

    // Lock writes a sealed snapshot; changes after it are picked up at the next unlock.
    store->lock();
    REQUIRE(store->unlock(testAdministrator().account.username, testAdministrator().password).ok());
    Member second = validLaoMember();
    second.name.givenLatin = QStringLiteral("Khamla");
    second.name.given = QStringLiteral("ຄຳຫຼ້າ");
    second.document.number = QStringLiteral("01-2222222");
    const QUuid secondId = store->registerMember(second, kOperator).saved->id;
    store.reopen(); // closed without lock(): the destructor locks and writes the snapshot
    CHECK(store->searchNames(QStringLiteral("Khamla")).hits.size() == 1);
    CHECK(store->findByMemberNumber(QStringLiteral("LA-0000123-7")) == std::optional<QUuid>(id));

    // A member number that arrives through another connection (the sync thread).
    {
        auto session = store->shareSession();
        REQUIRE(session.has_value());
        auto other = Store::open(store.path(), testStoreOptions());
        REQUIRE(other.ok());
        REQUIRE(other.value()->unlock(std::move(*session)).ok());
        REQUIRE(other.value()->applyMemberNumber(secondId, QStringLiteral("LA-0000124-5")).ok());
    }
    CHECK_FALSE(store->findByMemberNumber(QStringLiteral("LA-0000124-5")).has_value());
    store->refreshSearchIndex();
    CHECK(store->findByMemberNumber(QStringLiteral("LA-0000124-5")) == std::optional<QUuid>(secondId));
    store.reopen();
    CHECK(store->findByMemberNumber(QStringLiteral("LA-0000124-5")) == std::optional<QUuid>(secondId));
}

TEST_CASE("the order of names in the operator's language is kept with the index")
{
    TestStore store;
    REQUIRE(store->registerMember(validLaoMember(), kOperator).saved);
    store->lock(); // a snapshot in the order of the default language
    REQUIRE(store->unlock(testAdministrator().account.username, testAdministrator().password).ok());
    REQUIRE(store->searchIndex());
    // The index starts in the country's language; the operator works in English.
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    REQUIRE(store->searchIndex()->collationLocale() != english);

    // Nothing saved since: only the language changed, and the next login must not sort again.
    store->setSearchLocale(english);
    CHECK(store->searchIndex()->collationLocale() == english);
    store.reopen();
    REQUIRE(store->searchIndex());
    CHECK(store->searchIndex()->collationLocale() == english);
    CHECK(store->searchNames(QStringLiteral("ສົມພອນ")).hits.size() == 1);
}

TEST_CASE("duplicate candidates come from the index of the unlocked store")
{
    TestStore store;
    const QUuid id = store->registerMember(validLaoMember(), kOperator).saved->id;
    Member again = validLaoMember();
    again.document.number = QStringLiteral("01-9999999");
    const auto candidates = store->duplicateCandidates(again);
    REQUIRE_FALSE(candidates.isEmpty());
    CHECK(candidates.first().id == id);
    store->lock();
    CHECK(store->duplicateCandidates(again).isEmpty());
}

TEST_CASE("a session handed to a second connection must belong to this store")
{
    TestStore first;
    TestStore second;
    auto session = first->shareSession();
    REQUIRE(session.has_value());
    second->lock();
    CHECK_FALSE(second->unlock(std::move(*session)).ok());
    CHECK_FALSE(second->isUnlocked());
}
