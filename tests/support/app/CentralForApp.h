#pragma once

// For the app tests that talk to a real central office (test_sync_*, test_supervisor_*, which link
// FieldEnrol::test_support_server): the fieldenrol-central process on loopback, the application
// on a store with sample members, and enrolment through the Settings page as a clerk does it.

#include "AppFixture.h"
#include "CentralProcess.h"
#include "SampleData.h"

#include "screens/SettingsPage.h"
#include "screens/SyncPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "sync/SyncClient.h"
#include "widgets/CentralOfficeBox.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <memory>
#include <optional>

namespace fe::test {

class CentralForApp
{
public:
    // `members`: sample members registered in the store before the app opens it — indices 0, 1, …
    // (of several districts), or with `oneDistrict` only those of member 0's district. The device is
    // enrolled for the district of member 0.
    explicit CentralForApp(int members = 1, bool oneDistrict = false)
    {
        REQUIRE(centralDir.isValid());
        central = std::make_unique<CentralProcess>(centralDir.filePath(QStringLiteral("central.sqlite")));
        REQUIRE(central->start());
        app = std::make_unique<AppFixture>(Country::Lao, [this, members, oneDistrict](Store& store) {
            district_ = sampleMember(Country::Lao, 0, store.reference()).address.districtCode;
            for (int i = 0; saved_.size() < members; ++i) {
                REQUIRE(i < 10000);
                Member m = sampleMember(Country::Lao, i, store.reference());
                if (oneDistrict && m.address.districtCode != district_)
                    continue;
                const SaveResult saved = store.registerMember(m, QStringLiteral("test"));
                REQUIRE(saved.ok());
                saved_.append(*store.member(saved.saved->id));
            }
        });
        // Tests decide when to sync: an automatic run would race with "Sync now".
        app->app().settings().setAutoSync(app::AutoSync::Never);
        sync().setAutoSync(app::AutoSync::Never);
    }

    ~CentralForApp()
    {
        app.reset();
        // The service ends as it should: exit code 0 and, under sanitizers, no report of its own.
        CHECK(central->stopCleanly());
    }
    CentralForApp(const CentralForApp&) = delete;
    CentralForApp& operator=(const CentralForApp&) = delete;

    app::MainWindow& window() { return app->window(); }
    app::SyncClient& sync() { return app->app().sync(); }
    const QList<Member>& members() const { return saved_; }
    QString district() const { return district_; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(central->port())); }

    // Enrols through Settings, as a clerk would; returns the message shown.
    QString enrolThroughSettings(const QString& code, const QString& address = {})
    {
        app::CentralOfficeBox* box = window().settingsPage()->centralOffice();
        box->addressEdit()->setText(address.isEmpty() ? url().toString() : address);
        box->codeEdit()->setText(code);
        const QString before = box->lastMessage();
        box->enrol();
        REQUIRE(waitFor(
            [&] { return box->lastMessage() != before && !box->lastMessage().endsWith(QChar(0x2026)); },
            60000));
        return box->lastMessage();
    }
    void enrol()
    {
        enrolThroughSettings(central->enrolmentCode(QStringLiteral("LA"), district()));
        REQUIRE(waitFor([&] { return sync().overview().enrolled; }, 30000));
    }
    // One "sync now" from the sync page, waited for.
    sync::SyncSummary syncNow()
    {
        app::SyncPage* page = window().syncPage();
        window().showPage(page);
        std::optional<sync::SyncSummary> finished;
        const QMetaObject::Connection c =
            QObject::connect(&sync(), &app::SyncClient::runFinished,
                             [&finished](const sync::SyncSummary& s) { finished = s; });
        REQUIRE(page->syncButton()->isEnabled());
        page->syncButton()->click();
        const bool done = waitFor([&] { return finished.has_value(); }, 120000);
        QObject::disconnect(c);
        REQUIRE(done);
        // The storage worker re-reads the sync states; the status bar follows.
        app->app().client().waitForIdle();
        sync().waitForIdle();
        return *finished;
    }

    // Rows of a query against the central office's SQLite database, columns joined by '|'.
    QStringList centralRows(const QString& sql) const
    {
        QStringList rows;
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2(central->database().toUtf8().constData(), &db, SQLITE_OPEN_READONLY,
                                nullptr) == SQLITE_OK);
        sqlite3_busy_timeout(db, 10000);
        sqlite3_stmt* st = nullptr;
        const QByteArray text = sql.toUtf8();
        const int prepared = sqlite3_prepare_v2(db, text.constData(), -1, &st, nullptr);
        INFO(sqlite3_errmsg(db));
        REQUIRE(prepared == SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(st); ++i)
                columns.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i))));
            rows.append(columns.join(QLatin1Char('|')));
        }
        sqlite3_finalize(st);
        sqlite3_close(db);
        return rows;
    }

    QTemporaryDir centralDir;
    std::unique_ptr<CentralProcess> central;
    std::unique_ptr<AppFixture> app;

private:
    QList<Member> saved_;
    QString district_;
};

} // namespace fe::test
