// fieldenrolctl and encryption at rest: init with an administrator, logging in, operators,
// recovery, sealing an old unencrypted store. Passwords reach the tool only through the environment.
#include "Fieldenrolctl.h"
#include "TestStore.h"

#include "operators/RecoveryCode.h"
#include "store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace fe;
using namespace fe::test;

namespace {

const QString kCanary = QStringLiteral("Canarywanjiku");

QJsonObject statusOf(const QString& store)
{
    const Run run =
        ctl({QStringLiteral("status"), QStringLiteral("--store"), store, QStringLiteral("--json")},
            QProcessEnvironment::systemEnvironment());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// Whether the store's file (or what SQLite keeps next to it) holds these bytes in plain text.
bool fileHolds(const QString& store, const QByteArray& needle)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile file(store + suffix);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

void registerCanary(Store& store)
{
    Member member = validKenyanMember();
    member.name.given = kCanary;
    const SaveResult saved = store.registerMember(member, QStringLiteral("test"));
    INFO(describeErrors(saved.fieldErrors));
    REQUIRE(saved.ok());
}

QStringList generateArgs(const QString& store)
{
    return {QStringLiteral("generate"),  QStringLiteral("--store"), store,
            QStringLiteral("--members"), QStringLiteral("5"),       QStringLiteral("--contributions"),
            QStringLiteral("1")};
}

QProcessEnvironment withNewPassword(QProcessEnvironment environment, const QString& newPassword)
{
    environment.insert(QStringLiteral("FIELDENROL_NEW_PASSWORD"), newPassword);
    return environment;
}

QProcessEnvironment withoutPassword()
{
    QProcessEnvironment environment = loginEnvironment();
    environment.remove(QStringLiteral("FIELDENROL_PASSWORD"));
    return environment;
}

} // namespace

TEST_CASE("init creates an encrypted store with its administrator and prints the recovery code once")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("ke.fieldenrol"));
    const QStringList base{
        QStringLiteral("init"),       QStringLiteral("--store"), store,
        QStringLiteral("--country"),  QStringLiteral("KE"),      QStringLiteral("--device-name"),
        QStringLiteral("Kisumu desk")};

    Run run = ctl(base);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--admin")));
    CHECK_FALSE(QFile::exists(store));

    run = initStore(store, QStringLiteral("KE"));
    REQUIRE(run.exitCode == 0);
    const QString code = recoveryCodeIn(run.out);
    CHECK(code.size() >= RecoveryCode::kSymbols);
    CHECK(run.out.count(code) == 1);
    CHECK(run.out.contains(QStringLiteral("not stored anywhere")));
    CHECK_FALSE(run.err.contains(code));
    CHECK(statusOf(store).value(QLatin1String("encrypted")).toBool());

    REQUIRE(ctl(generateArgs(store)).exitCode == 0);
    {
        auto opened = Store::open(store);
        REQUIRE(opened.ok());
        CHECK(opened.value()->isEncrypted());
        CHECK_FALSE(opened.value()->isUnlocked());
        REQUIRE(
            opened.value()->unlock(testAdministrator().account.username, testAdministrator().password).ok());
        registerCanary(*opened.value());
    }
    run =
        ctl({QStringLiteral("search"), QStringLiteral("--store"), store, QStringLiteral("--name"), kCanary});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(kCanary));
    CHECK(statusOf(store).value(QLatin1String("members")).toInt() == 6);
    CHECK_FALSE(fileHolds(store, kCanary.toUtf8()));
}

TEST_CASE("passwords are never taken from the command line")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("la.fieldenrol"));
    const QString password = testAdministrator().password;
    Run run =
        ctl({QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--country"),
             QStringLiteral("LA"), QStringLiteral("--device-name"), QStringLiteral("x"),
             QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password"), password},
            withoutPassword());
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFile::exists(store));

    // Without the variable and without a terminal there is no password at all: refused, nothing made.
    run = ctl({QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--country"),
               QStringLiteral("LA"), QStringLiteral("--device-name"), QStringLiteral("x"),
               QStringLiteral("--admin"), QStringLiteral("admin"), password},
              withoutPassword());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("FIELDENROL_PASSWORD")));
    CHECK_FALSE(QFile::exists(store));

    REQUIRE(initStore(store).exitCode == 0);
    CHECK(ctl(generateArgs(store) + QStringList{QStringLiteral("--password"), password}, withoutPassword())
              .exitCode == 1);
    run = ctl(generateArgs(store) + QStringList{password}, withoutPassword());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("FIELDENROL_PASSWORD")));
    CHECK(statusOf(store).value(QLatin1String("members")).toInt() == 0);
}

TEST_CASE("a wrong password or an unknown user is refused with its own exit code and changes nothing")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("la.fieldenrol"));
    REQUIRE(initStore(store).exitCode == 0);
    const QJsonObject before = statusOf(store);

    Run run = ctl(generateArgs(store),
                  loginEnvironment(testAdministrator().account.username, QStringLiteral("not the password")));
    CHECK(run.exitCode == 8);
    CHECK(run.err.contains(QStringLiteral("not correct")));
    run = ctl(generateArgs(store), loginEnvironment(QStringLiteral("nobody"), testAdministrator().password));
    CHECK(run.exitCode == 8);
    const QJsonObject after = statusOf(store);
    CHECK(after.value(QLatin1String("members")) == before.value(QLatin1String("members")));
    CHECK(after.value(QLatin1String("auditEntries")) == before.value(QLatin1String("auditEntries")));
    CHECK(after.value(QLatin1String("outboxPending")).toInt() == 0);

    // Without a user name it does not even try.
    QProcessEnvironment noUser = loginEnvironment();
    noUser.remove(QStringLiteral("FIELDENROL_USER"));
    run = ctl(generateArgs(store), noUser);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--user")));

    // The right password, once the wait after the failure is over, works.
    CHECK(ctlOnceAllowed(generateArgs(store)).exitCode == 0);
    CHECK(statusOf(store).value(QLatin1String("members")).toInt() == 5);
}

TEST_CASE("operators: add, list, lock and unlock, a clerk cannot manage them, throttled and locked logins")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("la.fieldenrol"));
    REQUIRE(initStore(store).exitCode == 0);
    const QStringList at{QStringLiteral("--store"), store};
    const QString clerkPassword = QStringLiteral("noy's password 1");
    const QProcessEnvironment asClerk = loginEnvironment(QStringLiteral("noy"), clerkPassword);

    Run run =
        ctl(QStringList{QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--username"),
                        QStringLiteral("noy"), QStringLiteral("--name"), QStringLiteral("Noy Phommasane"),
                        QStringLiteral("--role"), QStringLiteral("clerk")} +
                at,
            withNewPassword(loginEnvironment(), clerkPassword));
    REQUIRE(run.exitCode == 0);
    CHECK(ctl(QStringList{QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--username"),
                          QStringLiteral("noy2"), QStringLiteral("--role"), QStringLiteral("boss")} +
                  at,
              withNewPassword(loginEnvironment(), clerkPassword))
              .exitCode == 1);

    const auto listed = [&] {
        const Run list = ctl(
            QStringList{QStringLiteral("operator"), QStringLiteral("list"), QStringLiteral("--json")} + at);
        REQUIRE(list.exitCode == 0);
        CHECK_FALSE(list.out.contains(testAdministrator().password));
        return QJsonDocument::fromJson(list.out.toUtf8()).array();
    };
    QJsonArray operators = listed();
    REQUIRE(operators.size() == 2);
    const QJsonObject noy = operators.at(1).toObject();
    CHECK(noy.value(QLatin1String("username")).toString() == QStringLiteral("noy"));
    CHECK(noy.value(QLatin1String("displayName")).toString() == QStringLiteral("Noy Phommasane"));
    CHECK(noy.value(QLatin1String("role")).toString() == QStringLiteral("clerk"));
    CHECK(noy.value(QLatin1String("state")).toString() == QStringLiteral("active"));
    run = ctl(QStringList{QStringLiteral("operator"), QStringLiteral("list")} + at);
    CHECK(run.out.contains(QStringLiteral("noy\tNoy Phommasane\tclerk\tactive\t0")));

    // The clerk works with data, but cannot manage operators.
    CHECK(ctl(generateArgs(store), asClerk).exitCode == 0);
    run =
        ctl(QStringList{QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--username"),
                        QStringLiteral("friend"), QStringLiteral("--role"), QStringLiteral("administrator")} +
                at,
            withNewPassword(asClerk, clerkPassword));
    CHECK(run.exitCode == 12);
    CHECK(run.err.contains(QStringLiteral("administrator")));
    CHECK(ctl(QStringList{QStringLiteral("operator"), QStringLiteral("lock"), QStringLiteral("--username"),
                          QStringLiteral("admin")} +
                  at,
              asClerk)
              .exitCode == 12);
    CHECK(ctl(QStringList{QStringLiteral("operator"), QStringLiteral("list")} + at, asClerk).exitCode == 12);
    CHECK(listed().size() == 2);

    // Failed logins slow down: after three, the next attempt, even with the right password, must
    // wait 4 s (far longer than starting the tool takes).
    const QProcessEnvironment wrong =
        loginEnvironment(QStringLiteral("noy"), QStringLiteral("wrong password"));
    for (int failure = 0; failure < 3; ++failure)
        CHECK(ctlOnceAllowed(generateArgs(store), wrong).exitCode == 8);
    run = ctl(generateArgs(store), asClerk);
    CHECK(run.exitCode == 10);
    CHECK(run.err.contains(QStringLiteral("Wait")));

    // Locked by an administrator: its own exit code until unlocked.
    REQUIRE(ctl(QStringList{QStringLiteral("operator"), QStringLiteral("lock"), QStringLiteral("--username"),
                            QStringLiteral("noy")} +
                at)
                .exitCode == 0);
    CHECK(listed().at(1).toObject().value(QLatin1String("state")).toString() == QStringLiteral("locked"));
    const int membersBefore = statusOf(store).value(QLatin1String("members")).toInt();
    CHECK(ctlOnceAllowed(generateArgs(store), asClerk).exitCode == 9);
    CHECK(statusOf(store).value(QLatin1String("members")).toInt() == membersBefore);
    REQUIRE(ctl(QStringList{QStringLiteral("operator"), QStringLiteral("unlock"),
                            QStringLiteral("--username"), QStringLiteral("noy")} +
                at)
                .exitCode == 0);
    CHECK(ctlOnceAllowed(generateArgs(store), asClerk).exitCode == 0);
    CHECK(ctl(QStringList{QStringLiteral("operator"), QStringLiteral("lock"), QStringLiteral("--username"),
                          QStringLiteral("nobody")} +
              at)
              .exitCode == 5);

    // An administrator sets the clerk's password; the clerk changes their own.
    const QString reset = QStringLiteral("reset by admin 2");
    REQUIRE(ctl(QStringList{QStringLiteral("operator"), QStringLiteral("passwd"),
                            QStringLiteral("--username"), QStringLiteral("noy")} +
                    at,
                withNewPassword(loginEnvironment(), reset))
                .exitCode == 0);
    CHECK(ctl(generateArgs(store), asClerk).exitCode == 8);
    const QProcessEnvironment afterReset = loginEnvironment(QStringLiteral("noy"), reset);
    const QString own = QStringLiteral("noy chose this 3");
    REQUIRE(ctlOnceAllowed(QStringList{QStringLiteral("operator"), QStringLiteral("passwd")} + at,
                           withNewPassword(afterReset, own))
                .exitCode == 0);
    CHECK(ctl(generateArgs(store), loginEnvironment(QStringLiteral("noy"), own)).exitCode == 0);
}

TEST_CASE("recover sets a forgotten administrator password with the recovery code, which works once")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("la.fieldenrol"));
    const Run init = initStore(store);
    REQUIRE(init.exitCode == 0);
    const QString code = recoveryCodeIn(init.out);
    REQUIRE_FALSE(code.isEmpty());
    const QStringList recover{QStringLiteral("recover"), QStringLiteral("--store"), store,
                              QStringLiteral("--admin"), testAdministrator().account.username};
    const QString newPassword = QStringLiteral("a brand new password");
    QProcessEnvironment environment = withNewPassword(withoutPassword(), newPassword);

    environment.insert(QStringLiteral("FIELDENROL_RECOVERY_CODE"),
                       QStringLiteral("0000-0000-0000-0000-0000-0000"));
    CHECK(ctl(recover, environment).exitCode == 8);

    environment.insert(QStringLiteral("FIELDENROL_RECOVERY_CODE"), code);
    const Run recovered = ctlOnceAllowed(recover, environment);
    REQUIRE(recovered.exitCode == 0);
    const QString nextCode = recoveryCodeIn(recovered.out);
    CHECK_FALSE(nextCode.isEmpty());
    CHECK(nextCode != code);

    CHECK(ctl(generateArgs(store)).exitCode == 8); // the old password no longer opens the store
    CHECK(ctlOnceAllowed(generateArgs(store),
                         loginEnvironment(testAdministrator().account.username, newPassword))
              .exitCode == 0);
    CHECK(ctlOnceAllowed(recover, environment).exitCode == 8); // the used code no longer works
}

TEST_CASE("an unencrypted store is refused until encrypt seals it")
{
    TestStore old(Country::Kenya, nullptr, TestStore::Encryption::Off);
    registerCanary(*old);
    old.store.reset();
    const QString store = old.path();
    REQUIRE(fileHolds(store, kCanary.toUtf8()));

    Run run = ctl(generateArgs(store));
    CHECK(run.exitCode == 11);
    CHECK(run.err.contains(QStringLiteral("fieldenrolctl encrypt")));
    CHECK(ctl({QStringLiteral("search"), QStringLiteral("--store"), store, QStringLiteral("--name"), kCanary})
              .exitCode == 11);
    QJsonObject status = statusOf(store);
    CHECK_FALSE(status.value(QLatin1String("encrypted")).toBool());
    CHECK(status.value(QLatin1String("members")).toInt() == 1);

    const QStringList encrypt{QStringLiteral("encrypt"), QStringLiteral("--store"), store,
                              QStringLiteral("--admin"), QStringLiteral("boss")};
    const QString password = QStringLiteral("boss password 99");
    const QProcessEnvironment asBoss = loginEnvironment(QStringLiteral("boss"), password);
    CHECK(ctl({QStringLiteral("encrypt"), QStringLiteral("--store"), store}, asBoss).exitCode == 1);
    run = ctl(encrypt, asBoss);
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(recoveryCodeIn(run.out).isEmpty());
    CHECK(statusOf(store).value(QLatin1String("encrypted")).toBool());
    CHECK_FALSE(fileHolds(store, kCanary.toUtf8()));
    CHECK(ctl(encrypt, asBoss).exitCode == 3);

    run = ctl({QStringLiteral("search"), QStringLiteral("--store"), store, QStringLiteral("--name"), kCanary},
              asBoss);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(kCanary));
}
