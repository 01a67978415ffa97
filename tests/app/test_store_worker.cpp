#include "AppFixture.h"
#include "SampleData.h"

#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QThread>

using namespace fe;
using namespace fe::test;

namespace {

QString sampleStore(QTemporaryDir& dir, Country country, int members)
{
    const QString path = dir.filePath(QStringLiteral("sample.fieldenrol"));
    const Status created = createSampleStore(path, country, members, QDateTime::currentDateTimeUtc(),
                                             QStringLiteral("Worker test"));
    INFO((created.ok() ? std::string() : created.error().message.toStdString()));
    REQUIRE(created.ok());
    return path;
}

} // namespace

TEST_CASE("the store lives on its own thread and answers in order")
{
    QTemporaryDir dir;
    const QString path = sampleStore(dir, Country::Kenya, 12);
    app::StoreClient client;
    QThread* storeThread = nullptr;
    std::optional<Result<app::StoreInfo>> opened;
    QObject context;
    client.open(path, &context, [&](const Result<app::StoreInfo>& r) {
        opened = r;
        storeThread = QThread::currentThread();
    });
    REQUIRE(waitFor([&] { return opened.has_value(); }));
    REQUIRE(opened->ok());
    CHECK(storeThread == QThread::currentThread()); // callbacks come back on the GUI thread
    CHECK(opened->value().country.country == Country::Kenya);
    CHECK(opened->value().schemes.size() == 2);
    // Encrypted: nothing is read before the administrator logs in.
    CHECK(opened->value().encrypted);
    CHECK(!opened->value().loggedIn);
    std::optional<app::LoginOutcome> login;
    client.unlock(adminUsername(), adminPassword(), &context, [&](const app::LoginOutcome& o) { login = o; });
    REQUIRE(waitFor([&] { return login.has_value(); }));
    REQUIRE(login->ok());
    CHECK(client.operatorId() == login->loggedIn->id.toString(QUuid::WithoutBraces));

    SECTION("the directory streams in collation order and can be cancelled")
    {
        QList<app::MemberSummary> rows;
        QObject::connect(&client, &app::StoreClient::directoryChunk,
                         [&](quint64, const QList<app::MemberSummary>& chunk) { rows += chunk; });
        std::optional<bool> cancelled;
        client.loadDirectory(QLocale(QLocale::English, QLocale::Kenya), app::makeCancelFlag(), &context, {},
                             [&](bool c) { cancelled = c; });
        REQUIRE(waitFor([&] { return cancelled.has_value(); }));
        CHECK(!*cancelled);
        REQUIRE(rows.size() == 12);
        for (qsizetype i = 1; i < rows.size(); ++i)
            CHECK(rows[i - 1].name.compare(rows[i].name, Qt::CaseInsensitive) <= 0);

        const app::CancelFlag flag = app::makeCancelFlag();
        flag->store(true);
        rows.clear();
        cancelled.reset();
        client.loadDirectory(QLocale(), flag, &context, {}, [&](bool c) { cancelled = c; });
        REQUIRE(waitFor([&] { return cancelled.has_value(); }));
        CHECK(*cancelled);
        CHECK(rows.isEmpty());
    }
    SECTION("a newer search makes an older one that has not started answer nothing")
    {
        int answers = 0;
        QString lastAnswered;
        for (const QString& text :
             {QStringLiteral("W"), QStringLiteral("Wa"), QStringLiteral("Wan"), QStringLiteral("Wanj")})
            client.search(text, &context, [&, text](const Result<QList<app::MemberSummary>>& r) {
                REQUIRE(r.ok());
                ++answers;
                lastAnswered = text;
            });
        client.waitForIdle();
        REQUIRE(waitFor([&] { return lastAnswered == QStringLiteral("Wanj"); }));
        CHECK(answers < 4);
    }
    SECTION("a callback whose screen is gone is dropped")
    {
        bool called = false;
        {
            QObject shortLived;
            client.search(QStringLiteral("Wanjiru"), &shortLived,
                          [&](const Result<QList<app::MemberSummary>>&) { called = true; });
        }
        client.waitForIdle();
        QCoreApplication::processEvents();
        CHECK(!called);
    }
    SECTION("a store that cannot be opened answers with the store's error")
    {
        std::optional<Result<app::StoreInfo>> failed;
        client.open(dir.filePath(QStringLiteral("missing.fieldenrol")), &context,
                    [&](const Result<app::StoreInfo>& r) { failed = r; });
        REQUIRE(waitFor([&] { return failed.has_value(); }));
        REQUIRE(!failed->ok());
        CHECK(failed->error().code == QStringLiteral("store.missing"));
        std::optional<SaveResult> saved;
        client.registerMember(Member{}, &context, [&](const SaveResult& r) { saved = r; });
        REQUIRE(waitFor([&] { return saved.has_value(); }));
        CHECK(saved->error.code == QStringLiteral("app.no_store"));
    }
}
