// The store's direct JSON writer must produce exactly the bytes QJsonDocument writes for the same
// record: payload hashes are compared across devices and the central office.
#include "TestStore.h"
#include "common/CompactJson.h"
#include "common/Uuid.h"
#include "demodata/DemoDataGenerator.h"
#include "domain/Scheme.h"
#include "refdata/ReferenceData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace fe;

namespace {

QByteArray viaQt(const Member& m)
{
    return QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact);
}

QByteArray stringViaQt(const QString& s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray stringViaWriter(const QString& s)
{
    QByteArray out;
    CompactJsonWriter::appendString(out, s);
    return out;
}

QList<Member> generated(Country country, int count, quint32 seed)
{
    QList<Scheme> schemes;
    for (const Scheme& s : Scheme::builtIn())
        if (s.country == country)
            schemes.append(s);
    DemoDataGenerator generator(CountryProfile::of(country), ReferenceData::builtIn(country), schemes, seed,
                                QDate(2026, 11, 23));
    QList<Member> out;
    for (int i = 0; i < count; ++i) {
        Member m = generator.generateMember();
        m.id = QUuid::createUuid();
        m.version = 1 + i % 4;
        m.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + qint64(i) * 987'654'321, Qt::UTC);
        m.updatedAt = i % 3 ? m.createdAt.addMSecs(i) : QDateTime();
        out.append(m);
    }
    return out;
}

} // namespace

TEST_CASE("generated members of both countries are written byte for byte as QJsonDocument writes them")
{
    for (Country country : {Country::Lao, Country::Kenya}) {
        for (const Member& m : generated(country, 400, 20261123)) {
            INFO(uuidText(m.id).toStdString());
            REQUIRE(m.toCompactJson() == viaQt(m));
        }
    }
}

TEST_CASE("optional parts absent or present give the same bytes as QJsonDocument")
{
    Member m = test::validLaoMember();
    m.id = QUuid::createUuid();
    SECTION("bare") {}
    SECTION("incomes, member number, external reference, withdrawn consent")
    {
        m.monthlyIncome = Money{1'500'000, QStringLiteral("LAK")};
        m.householdIncome = Money{-5, QStringLiteral("LAK")};
        m.memberNumber = QStringLiteral("LA-0000123-4");
        m.externalRef = QStringLiteral("row \"17\"");
        m.consent.withdrawnAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        m.consent.withdrawalReason = QStringLiteral("moved\tabroad\n");
        m.birth.estimated = true;
    }
    SECTION("household with and without documents, no schemes")
    {
        HouseholdMember h;
        h.name.given = QStringLiteral("ນ້ອຍ");
        h.birth.date = QDate(2015, 5, 6);
        m.household = {h, h};
        m.household[1].document = {DocumentType::LaFamilyBook, QStringLiteral("12/34"), {}, {}};
        m.schemes.clear();
    }
    SECTION("times in another zone are written in UTC")
    {
        m.createdAt = QDateTime(QDate(2026, 3, 4), QTime(23, 30), QTimeZone(7 * 3600));
    }
    SECTION("years outside four digits fall back to Qt's own text")
    {
        m.birth.date = QDate(999, 1, 1);
        m.createdAt = QDateTime(QDate(12026, 1, 1), QTime(0, 0), Qt::UTC);
    }
    REQUIRE(m.toCompactJson() == viaQt(m));
}

TEST_CASE("strings are escaped exactly as Qt escapes them")
{
    const QString samples[] = {
        QString(),
        QStringLiteral("plain"),
        QStringLiteral("quote \" backslash \\ slash / del \x7f"),
        QStringLiteral("\b\f\n\r\t"),
        QString(QChar(0x01)) + QChar(0x1f) + QChar(0x00),
        QStringLiteral("ສົມພອນ ແກ້ວມະນີ ຫຼວງ ນໍ້າ"),
        QStringLiteral("Wanjikũ Njoroge-Mũthoni"),
        QString::fromUcs4(U"emoji \U0001F600 and \U00010348"),
        QString(QChar(0xd800)) + QStringLiteral("lone high"),
        QStringLiteral("lone low") + QChar(0xdc00),
        QString(QChar(0xdbff)) + QChar(0xdbff) + QChar(0xdfff),
        QString(QChar(0xfffd)) + QChar(0xffff) + QChar(0x0800) + QChar(0x07ff) + QChar(0x0080),
    };
    for (const QString& s : samples) {
        INFO(s.toUtf8().toHex().toStdString());
        REQUIRE(stringViaWriter(s) == stringViaQt(s));
    }
    // Random UTF-16, surrogates and control characters included.
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        for (int n = random.bounded(12); n > 0; --n) {
            const int pick = random.bounded(4);
            s.append(QChar(static_cast<char16_t>(pick == 0   ? random.bounded(0x80)
                                                 : pick == 1 ? 0xd800 + random.bounded(0x800)
                                                 : pick == 2 ? 0x0e80 + random.bounded(0x80)
                                                             : random.bounded(0x10000))));
        }
        INFO(s.toUtf8().toHex().toStdString());
        REQUIRE(stringViaWriter(s) == stringViaQt(s));
    }
}

TEST_CASE("dates and times match Qt's ISO texts")
{
    QRandomGenerator random(11);
    for (int i = 0; i < 2000; ++i) {
        const qint64 ms = static_cast<qint64>(random.bounded(4'000'000'000u)) * 1000 - 1'000'000'000'000 +
                          random.bounded(1000);
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        REQUIRE(isoUtcTimeText(t) == t.toString(Qt::ISODateWithMs));
        REQUIRE(isoDateText(t.date()) == t.date().toString(Qt::ISODate));
    }
    REQUIRE(isoDateText(QDate()).isEmpty());
    REQUIRE(isoUtcTimeText(QDateTime()).isEmpty());
    const QDateTime local(QDate(2026, 11, 23), QTime(6, 0), QTimeZone(3 * 3600));
    REQUIRE(isoUtcTimeText(local) == QStringLiteral("2026-11-23T03:00:00.000Z"));
}
