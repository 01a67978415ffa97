// I/O faults: a full disk, a failing fsync, a read-only medium, files that are not stores and a
// store of a newer schema. Whatever fails, the store reports a stable error code with a translated
// message and the file keeps exactly what it had.
#include "FaultVfs.h"
#include "StoreSnapshot.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTranslator>

#include <functional>

#include <sys/stat.h>
#include <unistd.h>

// Readable QStrings in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace fe;

namespace {

const QString kClerk = QStringLiteral("clerk1");

// Marks every string translated in the "Store" context, so a test can tell that a message went
// through tr() without depending on shipped translation files.
class MarkingTranslator final : public QTranslator
{
public:
    MarkingTranslator() { QCoreApplication::installTranslator(this); }
    ~MarkingTranslator() override { QCoreApplication::removeTranslator(this); }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "Store") != 0)
            return {};
        return QStringLiteral("[xx] ") + QString::fromUtf8(source);
    }
};

bool translated(const Error& e)
{
    return e.message.startsWith(QStringLiteral("[xx] ")) && e.message.size() > 10;
}

// What one attempt to save reported, whatever kind of save it was.
struct Outcome
{
    bool ok = false;
    Error error;
};

Outcome outcomeOf(const SaveResult& r)
{
    return {r.ok(), r.error};
}
Outcome outcomeOf(const Status& s)
{
    return {s.ok(), s.error()};
}

// A store in a temporary directory that goes through the fault-injecting VFS.
struct FaultyStore
{
    explicit FaultyStore(Country c) : country(c)
    {
        REQUIRE(dir.isValid());
        auto created = Store::create(path(), {country, QStringLiteral("Fault device")}, options());
        REQUIRE(created.ok());
        store = std::move(created).value();
    }
    QString path() const { return dir.filePath(QStringLiteral("store.fieldenrol")); }
    StoreOptions options() const { return {&clock, test::faultVfsName()}; }

    // A valid member of the country with a document number no other test member has.
    Member member(int n) const
    {
        Member m = test::validMember(country);
        m.document.number = country == Country::Kenya ? QString::number(30000000 + n)
                                                      : QStringLiteral("01-%1").arg(7000000 + n);
        return m;
    }

    Member registered(int n)
    {
        const SaveResult r = store->registerMember(member(n), kClerk);
        REQUIRE(r.ok());
        return *store->member(r.saved->id);
    }

    Country country;
    QTemporaryDir dir;
    FixedClock clock{test::testNow()};
    std::unique_ptr<Store> store;
};

enum class Fault { DiskFullAfterWrites, DiskFullAfterBytes };

// Repeats `save` with the disk filling up ever later, after 0, 1, 2 ... writes (or a growing,
// page-unaligned number of bytes, which tears a page), until it succeeds. Every failed attempt
// must say store.disk_full in a translated message and leave the file's content untouched; the
// final attempt, the first with room enough, must save.
void requireAllOrNothing(FaultyStore& s, Fault fault, const std::function<Outcome()>& save)
{
    const MarkingTranslator translator;
    int failures = 0;
    const test::StoreSnapshot before = test::snapshotOf(s.path()); // and after every failed attempt
    for (int attempt = 0;; ++attempt) {
        REQUIRE(attempt < 400);
        test::FaultPlan plan;
        plan.target = s.path();
        if (fault == Fault::DiskFullAfterWrites)
            plan.diskFullAfterWrites = attempt;
        else
            plan.diskFullAfterBytes = qint64(attempt) * 1531;
        test::armFaults(plan);
        const Outcome outcome = save();
        const int injected = test::injectedFaults();
        test::disarmFaults();
        INFO("attempt " << attempt);
        if (outcome.ok) {
            CHECK(test::snapshotOf(s.path()) != before);
            break;
        }
        ++failures;
        INFO(outcome.error.code.toStdString() << ": " << outcome.error.message.toStdString());
        CHECK(injected > 0);
        CHECK(outcome.error.code == QStringLiteral("store.disk_full"));
        CHECK(translated(outcome.error));
        REQUIRE(test::snapshotOf(s.path()) == before);
    }
    CHECK(failures > 0); // the save wrote something, so some attempt ran out of room
    CHECK(s.store->check().problems == QStringList{});
}

} // namespace

TEST_CASE("a full disk while saving changes nothing, and the save succeeds once there is room")
{
    const Fault fault = GENERATE(Fault::DiskFullAfterWrites, Fault::DiskFullAfterBytes);
    const Country country = GENERATE(Country::Kenya, Country::Lao);
    // One store goes through every kind of save in turn (a store per save would spend the test's
    // time on fsyncs while creating stores).
    FaultyStore s(country);
    const Member first = s.registered(1);
    const auto paid = s.store->recordContribution(test::validContribution(first, country), kClerk);
    REQUIRE(paid.ok());

    {
        INFO("registering a member");
        requireAllOrNothing(s, fault,
                            [&] { return outcomeOf(s.store->registerMember(s.member(2), kClerk)); });
        CHECK(s.store->status().members == 2);
    }
    {
        INFO("correcting a member");
        Member corrected = first;
        corrected.phone =
            country == Country::Kenya ? QStringLiteral("0722 000 111") : QStringLiteral("020 7777 8888");
        requireAllOrNothing(s, fault, [&] {
            return outcomeOf(s.store->correctMember(corrected, QStringLiteral("New phone"), kClerk));
        });
        CHECK(s.store->member(first.id)->version == 2);
        CHECK(s.store->history(QStringLiteral("member"), first.id).size() == 2);
    }
    {
        INFO("recording a contribution");
        Contribution c = test::validContribution(first, country);
        c.method = PaymentMethod::MobileMoney;
        c.transactionCode = QStringLiteral("QGH7XK2M9P");
        requireAllOrNothing(s, fault, [&] { return outcomeOf(s.store->recordContribution(c, kClerk)); });
        CHECK(s.store->contributionsOf(first.id).size() == 2);
    }
    {
        INFO("voiding a contribution");
        requireAllOrNothing(s, fault, [&] {
            return outcomeOf(
                s.store->voidContribution(paid.saved->id, QStringLiteral("Entered twice"), kClerk));
        });
        CHECK(s.store->contribution(paid.saved->id)->isVoided());
    }
    {
        INFO("a batch of registrations and payments");
        requireAllOrNothing(s, fault, [&] {
            return outcomeOf(s.store->inBatch([&] {
                for (int n = 10; n < 14; ++n) {
                    const SaveResult r = s.store->registerMember(s.member(n), kClerk);
                    if (r.ok())
                        (void)s.store->recordContribution(
                            test::validContribution(*s.store->member(r.saved->id), country), kClerk);
                }
            }));
        });
        CHECK(s.store->status().members == 6);
        CHECK(s.store->status().contributions == 5); // one of the six payments was voided
    }

    // The file as another program (or the next start) sees it: whole and consistent.
    const test::StoreSnapshot last = test::snapshotOf(s.path());
    s.store.reset();
    auto reopened = Store::open(s.path(), {&s.clock, {}});
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->check().problems == QStringList{});
    reopened.value().reset();
    CHECK(test::snapshotOf(s.path()) == last);
}

TEST_CASE("a full disk while creating a store leaves no file behind")
{
    // A half-made store would neither open (not a store) nor let a new one be created (it exists).
    const MarkingTranslator translator;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.fieldenrol"));
    const FixedClock clock(test::testNow());
    int failures = 0;
    // The disk fills up ever later, in growing steps: creating writes the database, its journal
    // and, once in place, the WAL.
    for (int writes = 0;; writes += 1 + writes / 3) {
        REQUIRE(writes < 100'000);
        INFO("after " << writes << " writes");
        test::FaultPlan plan;
        plan.diskFullAfterWrites = writes; // every file: the store is built under another name
        test::armFaults(plan);
        auto created =
            Store::create(path, {Country::Lao, QStringLiteral("Full disk")}, {&clock, test::faultVfsName()});
        const int injected = test::injectedFaults();
        test::disarmFaults();
        if (created.ok()) {
            CHECK(created.value()->check().problems == QStringList{});
            break;
        }
        ++failures;
        CHECK(injected > 0);
        CHECK(created.error().code == QStringLiteral("store.disk_full"));
        INFO(created.error().message.toStdString());
        CHECK(translated(created.error()));
        REQUIRE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{});
    }
    CHECK(failures > 0);
}

TEST_CASE("a failing fsync at commit is reported and nothing is saved")
{
    const MarkingTranslator translator;
    FaultyStore s(Country::Kenya);
    const Member first = s.registered(1);
    const test::StoreSnapshot before = test::snapshotOf(s.path());

    test::FaultPlan plan;
    plan.target = s.path();
    plan.syncFails = true;
    test::armFaults(plan);
    const SaveResult failed = s.store->registerMember(s.member(2), kClerk);
    const int injected = test::injectedFaults();
    test::disarmFaults();

    REQUIRE_FALSE(failed.ok());
    CHECK(injected > 0);
    CHECK(failed.error.code == QStringLiteral("store.io_error"));
    CHECK(translated(failed.error));
    CHECK(test::snapshotOf(s.path()) == before);

    // Once the disk behaves again the same registration goes through, and the file is whole.
    const SaveResult retried = s.store->registerMember(s.member(2), kClerk);
    REQUIRE(retried.ok());
    s.store.reset();
    auto reopened = Store::open(s.path(), {&s.clock, {}});
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->status().members == 2);
    CHECK(reopened.value()->member(retried.saved->id));
    CHECK(reopened.value()->check().problems == QStringList{});
}

TEST_CASE("a store on a read-only medium is refused when opened and left as it was")
{
    const MarkingTranslator translator;
    FaultyStore s(Country::Lao);
    (void)s.registered(1);
    s.store.reset();
    const QByteArray digest = test::fileDigest(s.path());

    test::FaultPlan plan;
    plan.target = s.path();
    plan.readOnly = true;
    test::armFaults(plan);
    auto opened = Store::open(s.path(), s.options());
    const int injected = test::injectedFaults();
    test::disarmFaults();

    REQUIRE_FALSE(opened.ok());
    CHECK(injected > 0);
    CHECK(opened.error().code == QStringLiteral("store.read_only"));
    CHECK(translated(opened.error()));
    CHECK(test::fileDigest(s.path()) == digest);

    // A file the user may not write. Root may write any file, so this half needs an ordinary user;
    // the shim above covers root (CI containers).
    if (geteuid() != 0) {
        REQUIRE(::chmod(QFile::encodeName(s.path()).constData(), 0444) == 0);
        auto refused = Store::open(s.path(), {&s.clock, {}});
        REQUIRE(::chmod(QFile::encodeName(s.path()).constData(), 0644) == 0);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("store.read_only"));
        CHECK(test::fileDigest(s.path()) == digest);
    }

    // Nothing was damaged: writable again, it opens and saves.
    auto reopened = Store::open(s.path(), s.options());
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->check().ok());
    CHECK(reopened.value()->registerMember(s.member(2), kClerk).ok());
}

TEST_CASE("a file that is not a store is refused and left byte for byte as it was")
{
    const MarkingTranslator translator;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chosen.fieldenrol"));
    QByteArray content;
    QStringList acceptable{QStringLiteral("store.not_a_store")};

    SECTION("random bytes")
    {
        QRandomGenerator random(20260315);
        for (int i = 0; i < 8192; ++i)
            content.append(static_cast<char>(random.bounded(256)));
    }
    SECTION("a text file")
    {
        content = "given,family,document\nWanjiru,Kamau,23456789\n";
    }
    SECTION("a store cut short")
    {
        {
            test::TestStore store(Country::Kenya);
            REQUIRE(store->registerMember(test::validKenyanMember(), kClerk).ok());
            store.store.reset();
            QFile f(store.path());
            REQUIRE(f.open(QIODevice::ReadOnly));
            content = f.readAll();
        }
        // Not even the header; the first page only (header and schema); half of it.
        const qsizetype keep = GENERATE(qsizetype(60), qsizetype(4096), qsizetype(-1));
        content = content.left(keep > 0 ? keep : content.size() / 2);
        acceptable.append(QStringLiteral("store.corrupt"));
    }
    SECTION("a zero-length file")
    {
        // Decision: an empty file is not a store. SQLite would treat it as an empty database, but
        // FieldEnrol never leaves one behind (a store is complete or absent, see Store::create), so
        // it is someone else's file, e.g. a copy that failed: refuse it, and do not write to it.
        content.clear();
    }

    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(content) == content.size());
    }
    const QByteArray digest = test::fileDigest(path);
    auto opened = Store::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().code.toStdString());
    CHECK(acceptable.contains(opened.error().code));
    CHECK(translated(opened.error()));
    CHECK(test::fileDigest(path) == digest);
    CHECK(QFileInfo(path).size() == content.size());
    for (const char* sibling : {"-wal", "-shm", "-journal"})
        CHECK_FALSE(QFileInfo::exists(path + QLatin1String(sibling)));
}

TEST_CASE("a store written by a newer FieldEnrol is refused and left unchanged")
{
    const MarkingTranslator translator;
    test::TestStore store(Country::Lao);
    REQUIRE(store->registerMember(test::validLaoMember(), kClerk).ok());
    store.store.reset();
    test::execSql(store.path(), QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray digest = test::fileDigest(store.path());

    auto opened = Store::open(store.path(), {&SystemClock::instance(), {}});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("store.newer_schema"));
    CHECK(translated(opened.error()));
    CHECK(test::fileDigest(store.path()) == digest);
    CHECK(test::scalarSql(store.path(), QStringLiteral("PRAGMA user_version")) == 99);
}
