#include "CentralForApp.h"

#include "DeviceClient.h"
#include "DeviceEnrolment.h"
#include "SyncEngine.h"
#include "models/FlagsModel.h"
#include "models/FleetModel.h"
#include "screens/SupervisorPage.h"
#include "shell/MainWindow.h"
#include "sync/SupervisorClient.h"
#include "sync/SyncClient.h"
#include "widgets/CentralOfficeBox.h"
#include "wire/Api.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>

using namespace fe;
using namespace fe::test;

namespace {

// Saves the supervisor credential through Settings and waits until the sync thread has it.
void saveToken(CentralForApp& f, const QString& token)
{
    app::CentralOfficeBox* box = f.window().settingsPage()->centralOffice();
    box->supervisorTokenEdit()->setText(token);
    box->saveSupervisorToken();
    REQUIRE(waitFor([&] { return f.sync().overview().supervisorToken == token; }));
    REQUIRE(
        waitFor([&] { return box->lastMessage() == QStringLiteral("The supervisor credential is saved."); }));
}

} // namespace

TEST_CASE("the fleet view lists the devices of the supervisor's district from the central office")
{
    CentralForApp f(2);
    f.enrol();
    f.syncNow(); // the central office hears from the device
    app::SupervisorPage* page = f.window().supervisorPage();
    REQUIRE(page); // everyone may supervise until operators have roles
    QAbstractItemModelTester tester(page->fleetModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Without a credential the page says what to do.
    page->refresh();
    REQUIRE(waitFor([&] { return !page->lastMessage().isEmpty(); }));
    CHECK(page->lastMessage().startsWith(QStringLiteral("Enter the supervisor credential in Settings")));

    saveToken(f, f.central->supervisorToken(QStringLiteral("LA"), {f.district()}));
    bool shown = false;
    QObject::connect(page, &app::SupervisorPage::fleetShown, [&] { shown = true; });
    f.window().showPage(page); // refreshes
    REQUIRE(waitFor([&] { return shown; }));
    app::FleetModel* fleet = page->fleetModel();
    REQUIRE(fleet->rowCount() == 1);
    const auto cell = [&](int column) {
        return fleet->index(0, column).data().toString();
    };
    CHECK(cell(app::FleetModel::Name) == QStringLiteral("Test laptop"));
    CHECK(fleet->index(0, 0).data(app::FleetModel::DeviceIdRole).toString() == f.sync().overview().deviceId);
    CHECK(cell(app::FleetModel::District) == f.district());
    CHECK(cell(app::FleetModel::LastContact).endsWith(QStringLiteral(" ago")));
    CHECK(!cell(app::FleetModel::Backlog).isEmpty());
    CHECK(cell(app::FleetModel::Errors).startsWith(QStringLiteral("rejected ")));
    CHECK(!cell(app::FleetModel::ClockSkew).isEmpty());
    CHECK(fleet->headerData(app::FleetModel::Backlog, Qt::Horizontal).toString() ==
          QStringLiteral("Not sent"));

    // A credential the central office does not know is refused with a clear message.
    saveToken(f, QStringLiteral("s.00000000-0000-0000-0000-000000000000.nope"));
    page->refresh();
    REQUIRE(waitFor([&] { return !page->lastMessage().isEmpty(); }));
    CHECK(page->lastMessage() ==
          QStringLiteral("The central office did not accept the supervisor credential."));
}

TEST_CASE("a duplicate flag is resolved from the flags view and its state changes on the server")
{
    CentralForApp f(1);
    f.enrol();
    REQUIRE(f.syncNow().progress.accepted == 1);

    // Another device of the district registers the same person (same document): the central office
    // keeps both and flags them for a supervisor.
    QTemporaryDir otherDir;
    auto created = Store::create(otherDir.filePath(QStringLiteral("other.fieldenrol")),
                                 {Country::Lao, QStringLiteral("Other tablet")});
    REQUIRE(created.ok());
    Store& other = *created.value();
    REQUIRE(
        other.registerMember(sampleMember(Country::Lao, 0, other.reference()), QStringLiteral("test")).ok());
    sync::SyncConfig config;
    config.serverUrl = f.url();
    sync::DeviceEnrolment enrolment(other, config);
    std::optional<Status> enrolled;
    QObject::connect(&enrolment, &sync::DeviceEnrolment::finished, [&](const Status& s) { enrolled = s; });
    enrolment.start(f.central->enrolmentCode(QStringLiteral("LA"), f.district()),
                    QStringLiteral("Other tablet"));
    REQUIRE(waitFor([&] { return enrolled.has_value(); }));
    REQUIRE(enrolled->ok());
    sync::SyncEngine engine(other, config);
    std::optional<sync::SyncSummary> pushed;
    QObject::connect(&engine, &sync::SyncEngine::finished, [&](const sync::SyncSummary& s) { pushed = s; });
    engine.syncNow();
    REQUIRE(waitFor([&] { return pushed.has_value(); }, 60000));
    REQUIRE(pushed->outcome == sync::SyncOutcome::Done);
    REQUIRE(pushed->progress.accepted == 1);
    // Duplicates are matched after the push answered (central/Matcher.h), on the service's own time.
    REQUIRE(f.central->waitForMatching());

    const QString token = f.central->supervisorToken(QStringLiteral("LA"), {f.district()});
    saveToken(f, token);
    app::SupervisorPage* page = f.window().supervisorPage();
    REQUIRE(page);
    QAbstractItemModelTester tester(page->flagsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    int shown = 0;
    QObject::connect(page, &app::SupervisorPage::flagsShown, [&] { ++shown; });
    f.window().showPage(page);
    REQUIRE(waitFor([&] { return shown == 1; }));
    app::FlagsModel* flags = page->flagsModel();
    // The same document, and (the same sample person) the same name and birth date.
    const int open = flags->rowCount();
    REQUIRE(open >= 1);
    int row = -1;
    for (int i = 0; i < open; ++i)
        if (flags->index(i, app::FlagsModel::Reason).data().toString() ==
            QStringLiteral("Same identity document"))
            row = i;
    REQUIRE(row >= 0);
    CHECK(flags->index(row, app::FlagsModel::District).data().toString() == f.district());
    const qint64 flagId = flags->flagId(row);

    page->resolve(row, false);                    // distinct people
    REQUIRE(waitFor([&] { return shown == 2; })); // reloaded after resolving
    CHECK(flags->rowCount() == open - 1);
    for (int i = 0; i < flags->rowCount(); ++i)
        CHECK(flags->flagId(i) != flagId);
    CHECK(page->lastMessage() == QStringLiteral("The flag is resolved."));

    DeviceClient client(f.central->port());
    const HttpReply resolved =
        client.get(QString::fromLatin1(wire::kPathFlags) + QStringLiteral("?state=resolved"), token);
    REQUIRE(resolved.status == 200);
    const QJsonArray list =
        QJsonDocument::fromJson(resolved.body).object().value(QLatin1String("flags")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.first().toObject().value(QLatin1String("id")).toInteger() == flagId);
    CHECK(list.first().toObject().value(QLatin1String("decision")).toString() == QStringLiteral("distinct"));

    // Resolving it again (e.g. from a stale list) is refused with a clear message.
    page->supervisor().resolveFlag(flagId, true);
    REQUIRE(
        waitFor([&] { return page->lastMessage() == QStringLiteral("This flag was resolved already."); }));
}
