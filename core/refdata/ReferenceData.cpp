#include "refdata/ReferenceData.h"

#include "io/CsvReader.h"

#include <QFile>

namespace fe {
namespace {

QString key(int level, const QString& code)
{
    return QString::number(level) + QLatin1Char(':') + code;
}

QByteArray readResource(const QString& name)
{
    QFile f(QStringLiteral(":/refdata/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("reference data resource %s missing from the build", qPrintable(name));
    return f.readAll();
}

void load(QList<AdminUnit>& out, int level, const QString& file, const char* codeCol, const char* parentCol,
          const char* localCol, const char* latinCol)
{
    CsvReader csv(readResource(file));
    csv.readHeader();
    QStringList row;
    while (csv.next(row)) {
        AdminUnit u;
        u.level = level;
        u.code = csv.field(row, QString::fromLatin1(codeCol));
        u.parentCode = parentCol ? csv.field(row, QString::fromLatin1(parentCol)) : QString();
        u.nameLocal = csv.field(row, QString::fromLatin1(localCol));
        u.nameLatin = csv.field(row, QString::fromLatin1(latinCol));
        out.append(u);
    }
}

} // namespace

ReferenceData::ReferenceData(Country country, QList<AdminUnit> units)
    : m_country(country), m_units(std::move(units))
{
    for (qsizetype i = 0; i < m_units.size(); ++i)
        m_index.insert(key(m_units[i].level, m_units[i].code), i);
}

ReferenceData ReferenceData::builtIn(Country country)
{
    QList<AdminUnit> units;
    if (country == Country::Lao) {
        load(units, 1, QStringLiteral("lao_provinces.csv"), "province_code", nullptr, "name_lo",
             "name_en_common");
        load(units, 2, QStringLiteral("lao_districts.csv"), "district_code", "province_code", "name_lo",
             "name_en_common");
    } else {
        load(units, 1, QStringLiteral("kenya_counties.csv"), "county_code", nullptr, "name", "name");
        load(units, 2, QStringLiteral("kenya_constituencies.csv"), "constituency_code", "county_code", "name",
             "name");
        load(units, 3, QStringLiteral("kenya_wards.csv"), "ward_code", "constituency_code", "name", "name");
    }
    return ReferenceData(country, std::move(units));
}

const AdminUnit* ReferenceData::find(int level, const QString& code) const
{
    const auto it = m_index.constFind(key(level, code));
    return it == m_index.constEnd() ? nullptr : &m_units[*it];
}

QList<AdminUnit> ReferenceData::children(int lvl, const QString& parentCode) const
{
    QList<AdminUnit> out;
    for (const AdminUnit& u : m_units)
        if (u.level == lvl && u.parentCode == parentCode)
            out.append(u);
    return out;
}

QList<AdminUnit> ReferenceData::level(int lvl) const
{
    QList<AdminUnit> out;
    for (const AdminUnit& u : m_units)
        if (u.level == lvl)
            out.append(u);
    return out;
}

int ReferenceData::count(int lvl) const
{
    int n = 0;
    for (const AdminUnit& u : m_units)
        n += u.level == lvl ? 1 : 0;
    return n;
}

} // namespace fe
