#include "AppFixture.h"
#include "SampleData.h"

#include "models/ContributionTableModel.h"
#include "models/HistoryModel.h"
#include "models/HouseholdModel.h"
#include "models/MemberListModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLoggingCategory>

using namespace fe;
using namespace fe::app;

namespace {

// QAbstractItemModelTester reports through qWarning (category qt.modeltest); any such warning
// fails the test.
int g_modelWarnings = 0;
QtMessageHandler g_previous = nullptr;

void countModelWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest") && type >= QtWarningMsg)
        ++g_modelWarnings;
    g_previous(type, context, message);
}

struct WarningCounter
{
    WarningCounter()
    {
        g_modelWarnings = 0;
        g_previous = qInstallMessageHandler(countModelWarnings);
    }
    ~WarningCounter() { qInstallMessageHandler(g_previous); }
};

StoreInfo laoInfo()
{
    StoreInfo info;
    info.country = CountryProfile::lao();
    info.reference = ReferenceData::builtIn(Country::Lao);
    for (const Scheme& s : Scheme::builtIn())
        if (s.country == Country::Lao)
            info.schemes.append(s);
    return info;
}

MemberSummary summary(const QString& name, const QString& district, quint32 schemes, SyncState sync, int day)
{
    MemberSummary s;
    s.id = QUuid::createUuid();
    s.name = name;
    s.nameLatin = name.isEmpty() ? QString() : QStringLiteral("Latin ") + name;
    s.districtCode = district;
    s.schemeMask = schemes;
    s.sync = sync;
    s.registeredOn = QDate(2026, 3, day);
    return s;
}

QStringList namesShown(const MemberListModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, MemberListModel::Name).data().toString());
    return out;
}

} // namespace

TEST_CASE("the members list model stays consistent through loading, filters, sorting and searches")
{
    WarningCounter warnings;
    MemberListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setStoreInfo(laoInfo());
    model.setCollation(QLocale(QLocale::Lao, QLocale::Laos));
    // Chunks arrive already in collation order.
    model.appendDirectory(
        {summary(QStringLiteral("ກອງແກ້ວ"), QStringLiteral("0101"), 1, SyncState::SavedLocally, 3),
         summary(QStringLiteral("ຄຳພອນ"), QStringLiteral("0102"), 0, SyncState::Sent, 1)});
    model.appendDirectory(
        {summary(QStringLiteral("ບຸນມີ"), QStringLiteral("0101"), 1, SyncState::Accepted, 2)});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == MemberListModel::ColumnCount);
    CHECK(
        model.index(0, MemberListModel::District).data().toString().contains(QStringLiteral("Chanthabouly")));
    CHECK(model.index(0, MemberListModel::Schemes).data().toString() ==
          QStringLiteral("LSSO voluntary scheme"));

    // A new member goes to its place in Lao order: ເ is written first but sorts by its consonant.
    model.upsert(summary(QStringLiteral("ເຂັມ"), QStringLiteral("0102"), 1, SyncState::SavedLocally, 4));
    CHECK(namesShown(model) == QStringList{QStringLiteral("ກອງແກ້ວ"), QStringLiteral("ເຂັມ"),
                                           QStringLiteral("ຄຳພອນ"), QStringLiteral("ບຸນມີ")});

    model.setDistrictFilter(QStringLiteral("0101"));
    CHECK(namesShown(model) == QStringList{QStringLiteral("ກອງແກ້ວ"), QStringLiteral("ບຸນມີ")});
    model.setSyncFilter(SyncState::Accepted);
    CHECK(namesShown(model) == QStringList{QStringLiteral("ບຸນມີ")});
    model.setSyncFilter(std::nullopt);
    model.setDistrictFilter({});
    model.setSchemeFilter(0);
    CHECK(model.rowCount() == 3);
    model.setSchemeFilter(-1);

    model.sort(MemberListModel::Registered, Qt::AscendingOrder);
    CHECK(namesShown(model).first() == QStringLiteral("ຄຳພອນ"));
    model.sort(MemberListModel::Name, Qt::DescendingOrder);
    CHECK(namesShown(model).first() == QStringLiteral("ບຸນມີ"));
    model.sort(MemberListModel::Name, Qt::AscendingOrder);

    model.showSearchResults({summary(QStringLiteral("ບຸນມີ"), QStringLiteral("0101"), 1, SyncState::Sent, 2)});
    CHECK(model.showingSearchResults());
    CHECK(model.rowCount() == 1);
    model.showDirectory();
    CHECK(model.rowCount() == 4);
    model.clearDirectory();
    CHECK(model.rowCount() == 0);
    CHECK(g_modelWarnings == 0);
}

TEST_CASE("the household model edits, validates and converts rows")
{
    WarningCounter warnings;
    HouseholdModel model(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.insertRows(0, 2));
    CHECK(model.setData(model.index(0, HouseholdModel::GivenName), QStringLiteral("ນ້ອຍ"), Qt::EditRole));
    CHECK(model.setData(model.index(0, HouseholdModel::RelationshipColumn), QStringLiteral("spouse"),
                        Qt::EditRole));
    CHECK(!model.setData(model.index(0, HouseholdModel::SexColumn), QStringLiteral("unknown"), Qt::EditRole));
    CHECK(model.setData(model.index(0, HouseholdModel::Birth), QStringLiteral("2530"), Qt::EditRole));
    CHECK(model.index(0, HouseholdModel::RelationshipColumn).data().toString() == QStringLiteral("Spouse"));
    const QList<HouseholdMember> members = model.members(CountryProfile::lao());
    REQUIRE(members.size() == 2);
    CHECK(members[0].relationship == Relationship::Spouse);
    CHECK(members[0].birth.date == QDate(1987, 7, 1)); // Buddhist-era year converted
    CHECK(!members[1].birth.date.isValid());

    CHECK(HouseholdModel::cellOf(QStringLiteral("household[1].name.given")) ==
          qMakePair(1, int(HouseholdModel::GivenName)));
    CHECK(HouseholdModel::cellOf(QStringLiteral("household[0].birth")) ==
          qMakePair(0, int(HouseholdModel::Birth)));
    CHECK(HouseholdModel::cellOf(QStringLiteral("phone")).first == -1);
    model.setErrors({{{1, HouseholdModel::GivenName}, QStringLiteral("This field is required.")}});
    CHECK(model.index(1, HouseholdModel::GivenName).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("This field is required."));
    REQUIRE(model.removeRows(0, 1));
    CHECK(model.rowCount() == 1);
    CHECK(!model.removeRows(0, 5));
    HouseholdModel readOnly(false);
    readOnly.setMembers(members);
    CHECK(!(readOnly.flags(readOnly.index(0, 0)) & Qt::ItemIsEditable));
    CHECK(readOnly.index(0, HouseholdModel::Birth).data().toString() == QStringLiteral("1987"));
    CHECK(g_modelWarnings == 0);
}

TEST_CASE("the payments and history models show a member's records")
{
    WarningCounter warnings;
    ContributionTableModel payments;
    QAbstractItemModelTester paymentsTester(&payments,
                                            QAbstractItemModelTester::FailureReportingMode::Warning);
    Contribution cash;
    cash.receiptNumber = QStringLiteral("ABCD1234-000001");
    cash.amount = Money{225'000, QStringLiteral("LAK")};
    cash.periodStart = QDate(2026, 3, 1);
    cash.periodEnd = QDate(2026, 3, 31);
    cash.schemeCode = QStringLiteral("LA-VOL");
    cash.recordedAt = QDateTime(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC);
    Contribution voided = cash;
    voided.receiptNumber = QStringLiteral("ABCD1234-000002");
    voided.method = PaymentMethod::MobileMoney;
    voided.transactionCode = QStringLiteral("QGH7XK2M9P");
    voided.recordedAt = cash.recordedAt.addDays(1);
    voided.voidedAt = voided.recordedAt.addSecs(60);
    voided.voidReason = QStringLiteral("typed twice");
    payments.setContributions({cash, voided}, Scheme::builtIn(), QStringLiteral("Asia/Vientiane"));
    REQUIRE(payments.rowCount() == 2);
    CHECK(payments.index(0, ContributionTableModel::Receipt).data().toString() ==
          voided.receiptNumber); // newest first
    CHECK(payments.index(0, ContributionTableModel::State)
              .data()
              .toString()
              .contains(QStringLiteral("typed twice")));
    CHECK(payments.index(0, ContributionTableModel::Method)
              .data()
              .toString()
              .contains(QStringLiteral("QGH7XK2M9P")));
    CHECK(payments.index(1, ContributionTableModel::SchemeColumn).data().toString() ==
          QStringLiteral("LSSO voluntary scheme"));

    HistoryModel history;
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::Warning);
    history.setHistory(
        {{1, QStringLiteral("registered"), QStringLiteral("clerk1"), cash.recordedAt, {}},
         {2, QStringLiteral("Wrong village spelling"), QStringLiteral("clerk2"), voided.recordedAt, {}}},
        QStringLiteral("Asia/Vientiane"));
    REQUIRE(history.rowCount() == 2);
    CHECK(history.index(1, HistoryModel::Reason).data().toString() ==
          QStringLiteral("Wrong village spelling"));
    CHECK(history.index(1, HistoryModel::Operator).data().toString() == QStringLiteral("clerk2"));
    CHECK(g_modelWarnings == 0);
}
