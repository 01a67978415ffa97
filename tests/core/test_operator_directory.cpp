#include "TestStore.h"

#include "operators/OperatorDirectory.h"
#include "operators/RecoveryCode.h"
#include "security/KeyWrap.h"
#include "security/SealingPayloadCodec.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace fe;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAdminPassword = QStringLiteral("district-office-7");
const QString kClerk = QStringLiteral("somphone.v");
const QString kClerkPassword = QStringLiteral("ສົມພອນ-2026");
const QString kClerkName = QStringLiteral("Canaryclerk Vongsa");

std::unique_ptr<sql::Database> openDatabase(const QString& path)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
    db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000");
    schema::migrate(*db);
    return db;
}

// One store file with its operator directory and a first administrator, on a fixed clock.
struct Directory
{
    explicit Directory(const QString& adminPassword = kAdminPassword)
    {
        REQUIRE(dir.isValid());
        open();
        auto code = directory->createFirstAdministrator({kAdmin, QStringLiteral("District Admin"), {}},
                                                        adminPassword, dataKey);
        INFO((code.ok() ? QString() : code.error().code).toStdString());
        REQUIRE(code.ok());
        recoveryCode = code.value();
    }

    QString path() const { return dir.filePath(QStringLiteral("store.fieldenrol")); }

    void open()
    {
        db = openDatabase(path());
        directory = std::make_unique<OperatorDirectory>(*db, clock, KdfCost::FastForTestsOnly);
    }

    // Like quitting and starting the application again.
    void restart()
    {
        directory.reset();
        db.reset();
        open();
    }

    OperatorSession login(const QString& username, const QString& password)
    {
        LoginResult r = directory->login(username, password);
        INFO(r.error.code.toStdString());
        REQUIRE(r.ok());
        return std::move(*r.session);
    }

    Operator addClerk(const OperatorSession& admin, OperatorRole role = OperatorRole::Clerk)
    {
        auto added = directory->addOperator(admin, {kClerk, kClerkName, role}, kClerkPassword);
        INFO((added.ok() ? QString() : added.error().code).toStdString());
        REQUIRE(added.ok());
        return added.value();
    }

    void sqlExec(const QByteArray& statement) { db->exec(statement.constData()); }

    QTemporaryDir dir;
    FixedClock clock{test::testNow()};
    std::unique_ptr<sql::Database> db;
    std::unique_ptr<OperatorDirectory> directory;
    SecureBytes dataKey = KeyWrap::generateDataKey();
    QString recoveryCode;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("the first administrator logs in and gets the store's data key")
{
    Directory d;
    CHECK(d.directory->isInitialised());
    CHECK(RecoveryCode::normalise(d.recoveryCode).has_value());
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    CHECK(admin.dataKey.equals(d.dataKey));
    CHECK(admin.op.role == OperatorRole::Administrator);
    CHECK(admin.op.displayName == QStringLiteral("District Admin"));
    // User names are matched regardless of case.
    CHECK(d.directory->login(QStringLiteral("ADMIN"), kAdminPassword).ok());

    auto again = d.directory->createFirstAdministrator({QStringLiteral("other"), QStringLiteral("Other"), {}},
                                                       kAdminPassword, d.dataKey);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("operator.already_initialised"));
}

TEST_CASE("nobody logs in before the first administrator exists")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("empty.fieldenrol")));
    FixedClock clock(test::testNow());
    OperatorDirectory directory(*db, clock, KdfCost::FastForTestsOnly);
    CHECK_FALSE(directory.isInitialised());
    CHECK(directory.login(kAdmin, kAdminPassword).error.code == QStringLiteral("operator.not_initialised"));
    // A refused first administrator leaves nothing behind.
    auto refused = directory.createFirstAdministrator({kAdmin, QStringLiteral("Admin"), {}},
                                                      QStringLiteral("short"), KeyWrap::generateDataKey());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("operator.password_too_short"));
    CHECK_FALSE(directory.isInitialised());
    CHECK(db->scalar("SELECT count(*) FROM operators") == 0);
}

TEST_CASE("a wrong password and an unknown user name get the same answer")
{
    Directory d;
    const LoginResult wrong = d.directory->login(kAdmin, QStringLiteral("district-office-8"));
    const LoginResult unknown =
        d.directory->login(QStringLiteral("nobody"), QStringLiteral("district-office-8"));
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error.code == QStringLiteral("operator.wrong_credentials"));
    CHECK(unknown.error.code == wrong.error.code);
    CHECK(unknown.error.message == wrong.error.message);
    CHECK(unknown.retryAfterMs == wrong.retryAfterMs);
    CHECK(wrong.retryAfterMs > 0);

    // Retrying at once is refused the same way for both, and so is the lock after repeated failures.
    const LoginResult wrongAgain = d.directory->login(kAdmin, kAdminPassword);
    const LoginResult unknownAgain = d.directory->login(QStringLiteral("nobody"), kAdminPassword);
    CHECK(wrongAgain.error.code == QStringLiteral("operator.too_soon"));
    CHECK(unknownAgain.error.code == wrongAgain.error.code);
    CHECK(unknownAgain.retryAfterMs == wrongAgain.retryAfterMs);

    const LoginThrottle throttle;
    for (int i = 1; i < throttle.lockAfterFailures; ++i) {
        d.clock.advanceMs(throttle.maxDelayMs);
        const LoginResult a = d.directory->login(kAdmin, QStringLiteral("district-office-8"));
        const LoginResult b =
            d.directory->login(QStringLiteral("nobody"), QStringLiteral("district-office-8"));
        CHECK(a.error.code == b.error.code);
        CHECK(a.error.message == b.error.message);
    }
    d.clock.advanceMs(throttle.maxDelayMs);
    CHECK(d.directory->login(kAdmin, kAdminPassword).error.code == QStringLiteral("operator.locked"));
    CHECK(d.directory->login(QStringLiteral("nobody"), kAdminPassword).error.code ==
          QStringLiteral("operator.locked"));
}

TEST_CASE("failed logins wait longer each time, then lock the account, across restarts")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    const Operator clerk = d.addClerk(admin);
    const LoginThrottle throttle;

    qint64 previousWait = 0;
    for (int failure = 1; failure < throttle.lockAfterFailures; ++failure) {
        const LoginResult r = d.directory->login(kClerk, QStringLiteral("wrong password"));
        INFO("failure " << failure);
        REQUIRE(r.error.code == QStringLiteral("operator.wrong_credentials"));
        CHECK(r.retryAfterMs >= previousWait);
        CHECK(r.retryAfterMs == throttle.delayAfter(failure));
        if (previousWait < throttle.maxDelayMs)
            CHECK(r.retryAfterMs > previousWait);
        previousWait = r.retryAfterMs;

        // Too soon, even with the right password, and even after restarting the application.
        d.restart();
        d.clock.advanceMs(r.retryAfterMs - 1);
        const LoginResult early = d.directory->login(kClerk, kClerkPassword);
        CHECK(early.error.code == QStringLiteral("operator.too_soon"));
        CHECK(early.retryAfterMs == 1);
        d.clock.advanceMs(1);
    }
    const LoginResult last = d.directory->login(kClerk, QStringLiteral("wrong password"));
    CHECK(last.error.code == QStringLiteral("operator.locked"));
    d.restart();
    d.clock.advanceMs(24 * 3600 * 1000);
    CHECK(d.directory->login(kClerk, kClerkPassword).error.code == QStringLiteral("operator.locked"));

    const OperatorSession admin2 = d.login(kAdmin, kAdminPassword);
    const auto listed = d.directory->listOperators(admin2);
    REQUIRE(listed.ok());
    const auto it = std::find_if(listed.value().begin(), listed.value().end(),
                                 [&](const Operator& o) { return o.id == clerk.id; });
    REQUIRE(it != listed.value().end());
    CHECK(it->locked);
    CHECK(it->failedAttempts == throttle.lockAfterFailures);
}

TEST_CASE("a successful login clears earlier failures")
{
    Directory d;
    const LoginResult wrong = d.directory->login(kAdmin, QStringLiteral("not the password"));
    REQUIRE(wrong.error.code == QStringLiteral("operator.wrong_credentials"));
    d.clock.advanceMs(wrong.retryAfterMs);
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    CHECK(admin.op.failedAttempts == 0);
    // The next failure starts the delays from the beginning again.
    CHECK(d.directory->login(kAdmin, QStringLiteral("not the password")).retryAfterMs ==
          LoginThrottle{}.delayAfter(1));
}

TEST_CASE("a clock set back after a failure does not stretch the wait")
{
    Directory d;
    const LoginResult wrong = d.directory->login(kAdmin, QStringLiteral("not the password"));
    REQUIRE(wrong.error.code == QStringLiteral("operator.wrong_credentials"));
    d.clock.advanceMs(-365LL * 24 * 3600 * 1000);
    const LoginResult early = d.directory->login(kAdmin, kAdminPassword);
    CHECK(early.error.code == QStringLiteral("operator.too_soon"));
    CHECK(early.retryAfterMs <= LoginThrottle{}.maxDelayMs);
    d.clock.advanceMs(early.retryAfterMs);
    CHECK(d.directory->login(kAdmin, kAdminPassword).ok());
}

TEST_CASE("an administrator unlocks a locked operator; others cannot")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    const Operator clerk = d.addClerk(admin);
    const Operator other = [&] {
        auto added = d.directory->addOperator(
            admin, {QStringLiteral("keo"), QStringLiteral("Keo"), OperatorRole::Supervisor},
            QStringLiteral("supervisor-pass"));
        REQUIRE(added.ok());
        return added.value();
    }();
    REQUIRE(d.directory->lockOperator(admin, clerk.id).ok());
    CHECK(d.directory->login(kClerk, kClerkPassword).error.code == QStringLiteral("operator.locked"));

    const OperatorSession supervisor = d.login(QStringLiteral("keo"), QStringLiteral("supervisor-pass"));
    CHECK(supervisor.op.id == other.id);
    CHECK(d.directory->unlockOperator(supervisor, clerk.id).error().code ==
          QStringLiteral("operator.not_permitted"));
    CHECK(d.directory->login(kClerk, kClerkPassword).error.code == QStringLiteral("operator.locked"));

    REQUIRE(d.directory->unlockOperator(admin, clerk.id).ok());
    const OperatorSession session = d.login(kClerk, kClerkPassword);
    CHECK(session.dataKey.equals(d.dataKey));
}

TEST_CASE("an administrator's password reset keeps the data readable")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    const Operator clerk = d.addClerk(admin);
    const QByteArray record("member:0195f3c2-7a10-7000-8000-00000000abcd");
    const QByteArray sealed = SealingPayloadCodec(d.login(kClerk, kClerkPassword).dataKey)
                                  .seal(QByteArray(R"({"given":"Canaryname"})"), record);

    const QString newPassword = QStringLiteral("new clerk password");
    REQUIRE(d.directory->resetPassword(admin, clerk.id, newPassword).ok());
    const LoginResult old = d.directory->login(kClerk, kClerkPassword);
    CHECK(old.error.code == QStringLiteral("operator.wrong_credentials"));
    d.clock.advanceMs(old.retryAfterMs);
    const OperatorSession after = d.login(kClerk, newPassword);
    CHECK(SealingPayloadCodec(after.dataKey).open(sealed, record) == QByteArray(R"({"given":"Canaryname"})"));
}

TEST_CASE("a reset password also unlocks the account")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    const Operator clerk = d.addClerk(admin);
    REQUIRE(d.directory->lockOperator(admin, clerk.id).ok());
    REQUIRE(d.directory->resetPassword(admin, clerk.id, QStringLiteral("fresh start 1")).ok());
    CHECK(d.directory->login(kClerk, QStringLiteral("fresh start 1")).ok());
}

TEST_CASE("an operator changes their own password after giving the old one")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    d.addClerk(admin);
    const OperatorSession clerk = d.login(kClerk, kClerkPassword);

    const Status wrongOld = d.directory->changeOwnPassword(clerk, QStringLiteral("not my password"),
                                                           QStringLiteral("another password"));
    CHECK(wrongOld.error().code == QStringLiteral("operator.wrong_credentials"));
    d.clock.advanceMs(LoginThrottle{}.maxDelayMs);
    CHECK(d.directory->changeOwnPassword(clerk, kClerkPassword, kClerk).error().code ==
          QStringLiteral("operator.password_is_username"));
    REQUIRE(d.directory->changeOwnPassword(clerk, kClerkPassword, QStringLiteral("another password")).ok());
    CHECK(d.login(kClerk, QStringLiteral("another password")).dataKey.equals(d.dataKey));
}

TEST_CASE("the recovery code sets a new administrator password once, and is replaced")
{
    Directory d;
    const QString newPassword = QStringLiteral("recovered-admin-1");
    // Written by hand: lower case, spaces instead of dashes, O for 0.
    QString handCopied = d.recoveryCode.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    handCopied.replace(QLatin1Char('0'), QLatin1Char('o'));
    auto recovered = d.directory->recover(handCopied, kAdmin, newPassword);
    INFO((recovered.ok() ? QString() : recovered.error().code).toStdString());
    REQUIRE(recovered.ok());
    const QString nextCode = recovered.value();
    CHECK(nextCode != d.recoveryCode);
    CHECK(d.login(kAdmin, newPassword).dataKey.equals(d.dataKey));
    const LoginResult oldPassword = d.directory->login(kAdmin, kAdminPassword);
    CHECK(oldPassword.error.code == QStringLiteral("operator.wrong_credentials"));

    // The code that was used no longer works; the new one does.
    auto reused = d.directory->recover(d.recoveryCode, kAdmin, QStringLiteral("yet-another-pass"));
    REQUIRE_FALSE(reused.ok());
    CHECK(reused.error().code == QStringLiteral("operator.recovery_code_invalid"));
    d.clock.advanceMs(LoginThrottle{}.maxDelayMs);
    auto second = d.directory->recover(nextCode, kAdmin, QStringLiteral("yet-another-pass"));
    REQUIRE(second.ok());
    CHECK(d.directory->login(kAdmin, QStringLiteral("yet-another-pass")).ok());
}

TEST_CASE("recovery also unlocks and re-enables the administrator, but only an administrator")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    d.addClerk(admin);
    d.sqlExec("UPDATE operators SET locked = 1 WHERE username_key = 'admin'");
    CHECK(d.directory->login(kAdmin, kAdminPassword).error.code == QStringLiteral("operator.locked"));

    auto notAdmin = d.directory->recover(d.recoveryCode, kClerk, QStringLiteral("clerk wants admin"));
    REQUIRE_FALSE(notAdmin.ok());
    CHECK(notAdmin.error().code == QStringLiteral("operator.not_administrator"));
    d.clock.advanceMs(LoginThrottle{}.maxDelayMs);
    auto recovered = d.directory->recover(d.recoveryCode, kAdmin, QStringLiteral("recovered-admin-1"));
    REQUIRE(recovered.ok());
    CHECK(d.directory->login(kAdmin, QStringLiteral("recovered-admin-1")).ok());
}

TEST_CASE("wrong recovery codes are refused and slowed down")
{
    Directory d;
    const QString malformed = QStringLiteral("not-a-code");
    CHECK(d.directory->recover(malformed, kAdmin, QStringLiteral("new password 1")).error().code ==
          QStringLiteral("operator.recovery_code_invalid"));
    const QString otherCode = RecoveryCode::generate();
    CHECK(d.directory->recover(otherCode, kAdmin, QStringLiteral("new password 1")).error().code ==
          QStringLiteral("operator.recovery_code_invalid"));
    // Even the right code waits for the delay after a wrong one.
    CHECK(d.directory->recover(d.recoveryCode, kAdmin, QStringLiteral("new password 1")).error().code ==
          QStringLiteral("operator.too_soon"));
    d.clock.advanceMs(LoginThrottle{}.delayAfter(1));
    CHECK(d.directory->recover(d.recoveryCode, kAdmin, QStringLiteral("new password 1")).ok());
}

TEST_CASE("an administrator can renew the recovery code; the old one stops working")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    auto renewed = d.directory->renewRecoveryCode(admin);
    REQUIRE(renewed.ok());
    CHECK(d.directory->recover(d.recoveryCode, kAdmin, QStringLiteral("new password 1")).error().code ==
          QStringLiteral("operator.recovery_code_invalid"));
    d.clock.advanceMs(LoginThrottle{}.maxDelayMs);
    CHECK(d.directory->recover(renewed.value(), kAdmin, QStringLiteral("new password 1")).ok());
}

TEST_CASE("a key wrap copied into another store file does not open")
{
    // Same user name and password in both stores; each has its own data key and salts.
    Directory a;
    Directory b;
    REQUIRE_FALSE(a.dataKey.equals(b.dataKey));
    const QString target =
        QDir::toNativeSeparators(b.path()).replace(QLatin1Char('\''), QStringLiteral("''"));
    a.sqlExec("ATTACH DATABASE '" + target.toUtf8() + "' AS other");
    a.sqlExec("UPDATE other.operators SET (key_wrap, kdf_salt, kdf_opslimit, kdf_memlimit) = "
              "(SELECT key_wrap, kdf_salt, kdf_opslimit, kdf_memlimit FROM main.operators WHERE username_key "
              "= 'admin') "
              "WHERE username_key = 'admin'");
    a.sqlExec("DETACH DATABASE other");
    b.restart();
    const LoginResult r = b.directory->login(kAdmin, kAdminPassword);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.code == QStringLiteral("operator.wrong_credentials"));

    // The whole operator row copied over (same id) does not open either: the wrap is bound to its store.
    Directory c;
    const QString targetC =
        QDir::toNativeSeparators(c.path()).replace(QLatin1Char('\''), QStringLiteral("''"));
    a.sqlExec("ATTACH DATABASE '" + targetC.toUtf8() + "' AS other");
    a.sqlExec("DELETE FROM other.operators");
    a.sqlExec("INSERT INTO other.operators SELECT * FROM main.operators");
    a.sqlExec("DETACH DATABASE other");
    c.restart();
    CHECK(c.directory->login(kAdmin, kAdminPassword).error.code ==
          QStringLiteral("operator.wrong_credentials"));
    // The original store still opens with it.
    CHECK(a.directory->login(kAdmin, kAdminPassword).ok());
}

TEST_CASE("a wrap moved onto another account of the same store does not open")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    d.addClerk(admin);
    // The clerk copies their own wrap onto the administrator's row to log in as administrator.
    d.sqlExec("UPDATE operators SET (key_wrap, kdf_salt, kdf_opslimit, kdf_memlimit) = "
              "(SELECT key_wrap, kdf_salt, kdf_opslimit, kdf_memlimit FROM operators WHERE username_key = "
              "'somphone.v') "
              "WHERE username_key = 'admin'");
    CHECK(d.directory->login(kAdmin, kClerkPassword).error.code ==
          QStringLiteral("operator.wrong_credentials"));
}

TEST_CASE("a role or disabled flag changed in the file is detected at login")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    const Operator clerk = d.addClerk(admin);

    d.sqlExec("UPDATE operators SET role = 'administrator' WHERE username_key = 'somphone.v'");
    CHECK(d.directory->login(kClerk, kClerkPassword).error.code ==
          QStringLiteral("operator.record_tampered"));
    d.sqlExec("UPDATE operators SET role = 'clerk' WHERE username_key = 'somphone.v'");
    d.clock.advanceMs(LoginThrottle{}.maxDelayMs);
    REQUIRE(d.directory->login(kClerk, kClerkPassword).ok());

    REQUIRE(d.directory->setDisabled(admin, clerk.id, true).ok());
    d.sqlExec("UPDATE operators SET disabled = 0 WHERE username_key = 'somphone.v'");
    CHECK(d.directory->login(kClerk, kClerkPassword).error.code ==
          QStringLiteral("operator.record_tampered"));
}

TEST_CASE("a disabled operator cannot log in, and a wrong password does not reveal it")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    const Operator clerk = d.addClerk(admin);
    REQUIRE(d.directory->setDisabled(admin, clerk.id, true).ok());
    CHECK(d.directory->login(kClerk, kClerkPassword).error.code == QStringLiteral("operator.disabled"));
    const LoginResult wrong = d.directory->login(kClerk, QStringLiteral("wrong password"));
    CHECK(wrong.error.code == QStringLiteral("operator.wrong_credentials"));
    d.clock.advanceMs(wrong.retryAfterMs);

    REQUIRE(d.directory->setDisabled(admin, clerk.id, false).ok());
    CHECK(d.login(kClerk, kClerkPassword).op.role == OperatorRole::Clerk);
}

TEST_CASE("a session whose operator was disabled can no longer manage operators")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    auto second = d.directory->addOperator(
        admin, {QStringLiteral("admin2"), QStringLiteral("Second"), OperatorRole::Administrator},
        QStringLiteral("second-admin-pw"));
    REQUIRE(second.ok());
    const OperatorSession admin2 = d.login(QStringLiteral("admin2"), QStringLiteral("second-admin-pw"));
    REQUIRE(d.directory->setDisabled(admin2, admin.op.id, true).ok());
    auto added = d.directory->addOperator(admin, {QStringLiteral("x1"), QStringLiteral("X"), {}},
                                          QStringLiteral("password-x1"));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == QStringLiteral("operator.disabled"));
}

TEST_CASE("administrators cannot lock or disable their own account")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    CHECK(d.directory->lockOperator(admin, admin.op.id).error().code ==
          QStringLiteral("operator.not_on_self"));
    CHECK(d.directory->setDisabled(admin, admin.op.id, true).error().code ==
          QStringLiteral("operator.not_on_self"));
    CHECK(d.directory->login(kAdmin, kAdminPassword).ok());
}

TEST_CASE("only administrators manage operators; supervisors may list them")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    d.addClerk(admin);
    auto supervisorAdded = d.directory->addOperator(
        admin, {QStringLiteral("Bouasone"), QStringLiteral("ບົວສອນ"), OperatorRole::Supervisor},
        QStringLiteral("supervisor-pass"));
    REQUIRE(supervisorAdded.ok());
    const OperatorSession clerk = d.login(kClerk, kClerkPassword);
    const OperatorSession supervisor = d.login(QStringLiteral("bouasone"), QStringLiteral("supervisor-pass"));

    auto byClerk = d.directory->addOperator(clerk, {QStringLiteral("newbie"), QStringLiteral("New"), {}},
                                            QStringLiteral("newbie-password"));
    CHECK(byClerk.error().code == QStringLiteral("operator.not_permitted"));
    CHECK(d.directory->listOperators(clerk).error().code == QStringLiteral("operator.not_permitted"));
    CHECK(d.directory->resetPassword(supervisor, clerk.op.id, QStringLiteral("taken over")).error().code ==
          QStringLiteral("operator.not_permitted"));

    const auto listed = d.directory->listOperators(supervisor);
    REQUIRE(listed.ok());
    QStringList names;
    for (const Operator& o : listed.value())
        names.append(o.username + QLatin1Char('=') + o.displayName);
    CHECK(names == QStringList{QStringLiteral("admin=District Admin"), QStringLiteral("Bouasone=ບົວສອນ"),
                               kClerk + QLatin1Char('=') + kClerkName});
}

TEST_CASE("a session from another store is refused")
{
    Directory a;
    Directory b;
    const OperatorSession adminOfA = a.login(kAdmin, kAdminPassword);
    auto added = b.directory->addOperator(adminOfA, {QStringLiteral("intruder"), QStringLiteral("I"), {}},
                                          QStringLiteral("intruder-pass"));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == QStringLiteral("operator.session_invalid"));
}

TEST_CASE("password rules: at least 8 characters, not the user name")
{
    CHECK(OperatorDirectory::checkPassword(QStringLiteral("1234567"), kClerk)->code ==
          QStringLiteral("operator.password_too_short"));
    CHECK_FALSE(OperatorDirectory::checkPassword(QStringLiteral("12345678"), kClerk));
    // Lao letters count as characters, with their vowel and tone marks.
    CHECK_FALSE(OperatorDirectory::checkPassword(QStringLiteral("ສົມພອນວົງ"), kClerk));
    CHECK(OperatorDirectory::checkPassword(QStringLiteral("SOMPHONE.V"), kClerk)->code ==
          QStringLiteral("operator.password_is_username"));
    CHECK(OperatorDirectory::checkPassword(QString(300, QLatin1Char('x')), kClerk)->code ==
          QStringLiteral("operator.password_too_long"));
    CHECK(OperatorDirectory::checkUsername(QStringLiteral("a b"))->code ==
          QStringLiteral("operator.username_invalid"));
    CHECK(OperatorDirectory::checkUsername(QStringLiteral("x"))->code ==
          QStringLiteral("operator.username_invalid"));
    CHECK_FALSE(OperatorDirectory::checkUsername(QStringLiteral("ສົມພອນ")));
}

TEST_CASE("user names are unique regardless of case, and a refused account leaves nothing behind")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    d.addClerk(admin);
    auto duplicate = d.directory->addOperator(admin, {kClerk.toUpper(), QStringLiteral("Other"), {}},
                                              QStringLiteral("other password"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == QStringLiteral("operator.username_taken"));

    auto badName = d.directory->addOperator(admin, {QStringLiteral("kham"), QStringLiteral("  "), {}},
                                            QStringLiteral("kham password"));
    CHECK(badName.error().code == QStringLiteral("operator.display_name_invalid"));
    auto badPassword = d.directory->addOperator(admin, {QStringLiteral("kham"), QStringLiteral("Kham"), {}},
                                                QStringLiteral("kham"));
    CHECK(badPassword.error().code == QStringLiteral("operator.password_too_short"));
    CHECK(d.db->scalar("SELECT count(*) FROM operators") == 2);
}

TEST_CASE("no password, data key or display name is written to the store file in the clear")
{
    Directory d;
    const OperatorSession admin = d.login(kAdmin, kAdminPassword);
    d.addClerk(admin);
    d.clock.advanceMs(1000);
    CHECK(d.directory->login(kClerk, QStringLiteral("Canarywrongpass")).error.code ==
          QStringLiteral("operator.wrong_credentials"));

    QByteArray everything;
    for (const QString& name : QDir(d.dir.path()).entryList(QDir::Files))
        everything += readAll(d.dir.filePath(name));
    REQUIRE(everything.size() > 0);
    const QByteArray key(reinterpret_cast<const char*>(d.dataKey.data()),
                         static_cast<qsizetype>(d.dataKey.size()));
    for (const QString& canary :
         {kClerkPassword, kAdminPassword, kClerkName, QStringLiteral("Canarywrongpass"),
          QStringLiteral("District Admin"), d.recoveryCode}) {
        INFO(canary.toStdString());
        CHECK_FALSE(everything.contains(canary.toUtf8()));
        const QByteArray utf16(reinterpret_cast<const char*>(canary.utf16()), canary.size() * 2);
        CHECK_FALSE(everything.contains(utf16));
    }
    CHECK_FALSE(everything.contains(key));
    CHECK_FALSE(everything.contains(key.toHex()));
}

TEST_CASE("a new store's file has the operator tables, and a version 2 store migrates in place")
{
    test::TestStore store;
    {
        auto db = sql::Database::open(store.path(), sql::Database::Mode::ReadWrite);
        CHECK(schema::version(*db) == schema::kCurrentVersion);
        CHECK(db->scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('operators', 'keyring')") == 2);
    }

    QTemporaryDir dir;
    auto db = sql::Database::open(dir.filePath(QStringLiteral("v2.fieldenrol")),
                                  sql::Database::Mode::ReadWriteCreate);
    schema::migrate(*db, 2);
    db->exec("INSERT INTO meta(key, value) VALUES('device_id', 'kept')");
    schema::migrate(*db);
    CHECK(schema::version(*db) == schema::kCurrentVersion);
    CHECK(db->scalar("SELECT count(*) FROM meta WHERE key = 'device_id' AND value = 'kept'") == 1);
    FixedClock clock(test::testNow());
    OperatorDirectory directory(*db, clock, KdfCost::FastForTestsOnly);
    const SecureBytes key = KeyWrap::generateDataKey();
    REQUIRE(
        directory.createFirstAdministrator({kAdmin, QStringLiteral("Admin"), {}}, kAdminPassword, key).ok());
    LoginResult login = directory.login(kAdmin, kAdminPassword);
    REQUIRE(login.ok());
    CHECK(login.session->dataKey.equals(key));
}
