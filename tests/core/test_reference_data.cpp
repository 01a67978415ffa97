// The administrative units shipped with the application (resources/refdata).
#include "io/CsvReader.h"
#include "refdata/ReferenceData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace fe;

namespace {

const ReferenceData& lao()
{
    static const ReferenceData data = ReferenceData::builtIn(Country::Lao);
    return data;
}

const ReferenceData& kenya()
{
    static const ReferenceData data = ReferenceData::builtIn(Country::Kenya);
    return data;
}

// Codes of a level that do not match `pattern` or occur twice.
QStringList badCodes(const ReferenceData& data, int level, const char* pattern)
{
    const QRegularExpression re(QString::fromLatin1(pattern));
    QStringList bad;
    QSet<QString> seen;
    for (const AdminUnit& u : data.level(level)) {
        if (!re.match(u.code).hasMatch() || seen.contains(u.code))
            bad.append(u.code);
        seen.insert(u.code);
    }
    return bad;
}

// Units whose parent is not a unit of the level above.
QStringList orphans(const ReferenceData& data, int level)
{
    QStringList out;
    for (const AdminUnit& u : data.level(level))
        if (!data.find(level - 1, u.parentCode))
            out.append(u.code + QLatin1Char('>') + u.parentCode);
    return out;
}

// The "count of children" column of a parent file, by parent code.
QHash<QString, int> declaredChildCounts(const char* file, const char* codeColumn, const char* countColumn)
{
    QFile f(QStringLiteral(":/refdata/") + QString::fromLatin1(file));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CsvReader csv(f.readAll());
    REQUIRE(csv.readHeader());
    QHash<QString, int> out;
    QStringList row;
    while (csv.next(row))
        out.insert(csv.field(row, QString::fromLatin1(codeColumn)),
                   csv.field(row, QString::fromLatin1(countColumn)).toInt());
    return out;
}

std::string namesOf(const AdminUnit* u)
{
    return u ? (u->nameLatin + QLatin1Char('/') + u->nameLocal).toStdString() : "missing";
}

} // namespace

TEST_CASE("Lao reference data: 18 provinces, 148 districts")
{
    CHECK(lao().country() == Country::Lao);
    CHECK(lao().count(1) == 18);
    CHECK(lao().count(2) == 148);
    CHECK(lao().count(3) == 0);
    CHECK(lao().units().size() == 166);
}

TEST_CASE("Kenyan reference data: 47 counties, 290 constituencies, 1448 wards")
{
    CHECK(kenya().country() == Country::Kenya);
    CHECK(kenya().count(1) == 47);
    CHECK(kenya().count(2) == 290);
    CHECK(kenya().count(3) == 1448);
    // Two wards are missing in the source (see SOURCES.md).
    CHECK_FALSE(kenya().find(3, QStringLiteral("0737")));
    CHECK_FALSE(kenya().find(3, QStringLiteral("1344")));
}

TEST_CASE("codes are unique zero-padded strings")
{
    CHECK(badCodes(lao(), 1, "^(0[1-9]|1[0-8])$").isEmpty());
    CHECK(badCodes(lao(), 2, "^[0-9]{4}$").isEmpty());
    CHECK(badCodes(kenya(), 1, "^0[0-4][0-9]$").isEmpty());
    CHECK(badCodes(kenya(), 2, "^[0-9]{3}$").isEmpty());
    CHECK(badCodes(kenya(), 3, "^[0-9]{4}$").isEmpty());
    for (int county = 1; county <= 47; ++county)
        CHECK(kenya().find(1, QStringLiteral("%1").arg(county, 3, 10, QLatin1Char('0'))));
    CHECK(kenya().find(1, QStringLiteral("001")));
    CHECK_FALSE(kenya().find(1, QStringLiteral("1")));
    CHECK_FALSE(kenya().find(1, QStringLiteral("048")));
    CHECK_FALSE(lao().find(1, QStringLiteral("1")));
    CHECK_FALSE(lao().find(1, QStringLiteral("19")));
}

TEST_CASE("county codes follow the Constitution, not ISO 3166-2")
{
    // 047 is Nairobi (ISO KE-30) and 001 Mombasa (ISO KE-28): the codes are not the ISO numbers.
    CHECK(namesOf(kenya().find(1, QStringLiteral("047"))) == "Nairobi/Nairobi");
    CHECK(namesOf(kenya().find(1, QStringLiteral("001"))) == "Mombasa/Mombasa");
    CHECK_FALSE(kenya().find(1, QStringLiteral("KE-30")));
    CHECK(namesOf(kenya().find(1, QStringLiteral("030"))) != "Nairobi/Nairobi");
}

TEST_CASE("every child's parent exists")
{
    CHECK(orphans(lao(), 2).isEmpty());
    CHECK(orphans(kenya(), 2).isEmpty());
    CHECK(orphans(kenya(), 3).isEmpty());
    SECTION("Lao district codes start with their province code")
    {
        for (const AdminUnit& d : lao().level(2)) {
            INFO(d.code.toStdString());
            CHECK(d.code.left(2) == d.parentCode);
        }
    }
    SECTION("top-level units have no parent")
    {
        for (const AdminUnit& u : lao().level(1) + kenya().level(1))
            CHECK(u.parentCode.isEmpty());
    }
}

TEST_CASE("children per parent match the counts declared in the parent files")
{
    const auto laoCounts = declaredChildCounts("lao_provinces.csv", "province_code", "district_count");
    REQUIRE(laoCounts.size() == 18);
    for (auto it = laoCounts.cbegin(); it != laoCounts.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(lao().children(2, it.key()).size() == it.value());
    }
    const auto kenyaCounts = declaredChildCounts("kenya_counties.csv", "county_code", "constituency_count");
    REQUIRE(kenyaCounts.size() == 47);
    for (auto it = kenyaCounts.cbegin(); it != kenyaCounts.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(kenya().children(2, it.key()).size() == it.value());
    }
    CHECK(lao().children(2, QStringLiteral("01")).size() == 9);
    CHECK(kenya().children(2, QStringLiteral("047")).size() == 17);
    CHECK(kenya().children(3, QStringLiteral("274")).size() == 5);
}

TEST_CASE("names are present, trimmed, and Lao names are in Lao script")
{
    for (const AdminUnit& u : lao().units() + kenya().units()) {
        INFO(u.code.toStdString());
        CHECK_FALSE(u.nameLocal.isEmpty());
        CHECK_FALSE(u.nameLatin.isEmpty());
        CHECK(u.nameLocal == u.nameLocal.trimmed());
        CHECK(u.nameLatin == u.nameLatin.trimmed());
        CHECK_FALSE(u.nameLocal.contains(QChar::ReplacementCharacter));
    }
    for (const AdminUnit& u : lao().units()) {
        INFO(u.code.toStdString());
        CHECK(u.nameLocal.at(0).script() == QChar::Script_Lao);
        CHECK(u.nameLatin.at(0).script() == QChar::Script_Latin);
    }
    CHECK(namesOf(lao().find(1, QStringLiteral("01"))) == "Vientiane Capital/ນະຄອນຫຼວງວຽງຈັນ");
    CHECK(namesOf(lao().find(2, QStringLiteral("0101"))) == "Chanthabouly/ຈັນທະບູລີ");
}

TEST_CASE("a hand-built set finds units by level and code")
{
    const ReferenceData data(
        Country::Kenya,
        {{1, QStringLiteral("001"), {}, QStringLiteral("A"), QStringLiteral("A")},
         {2, QStringLiteral("001"), QStringLiteral("001"), QStringLiteral("B"), QStringLiteral("B")}});
    CHECK(namesOf(data.find(1, QStringLiteral("001"))) == "A/A");
    CHECK(namesOf(data.find(2, QStringLiteral("001"))) == "B/B");
    CHECK_FALSE(data.find(3, QStringLiteral("001")));
    CHECK(data.children(2, QStringLiteral("001")).size() == 1);
    const ReferenceData empty;
    CHECK_FALSE(empty.find(1, QStringLiteral("01")));
    CHECK(empty.count(1) == 0);
}
