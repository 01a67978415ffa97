#pragma once

#include "domain/Country.h"

#include <QHash>
#include <QList>
#include <QString>

namespace fe {

// One administrative unit. Levels: 1 = LA province / KE county, 2 = LA district /
// KE constituency, 3 = KE ward (Lao villages are free text: no authoritative list exists).
struct AdminUnit
{
    int level = 0;
    QString code;
    QString parentCode;
    QString nameLocal; // Lao script for LA; the official name for KE
    QString nameLatin;
};

// The admin units of one country, in memory, for validation and pickers.
class ReferenceData
{
public:
    ReferenceData() = default;
    ReferenceData(Country country, QList<AdminUnit> units);

    // The units shipped with the application (resources/refdata, see SOURCES.md there).
    static ReferenceData builtIn(Country country);

    Country country() const { return m_country; }
    const QList<AdminUnit>& units() const { return m_units; }
    const AdminUnit* find(int level, const QString& code) const;
    QList<AdminUnit> children(int level, const QString& parentCode) const;
    QList<AdminUnit> level(int level) const;
    int count(int level) const;

private:
    Country m_country = Country::Lao;
    QList<AdminUnit> m_units;
    QHash<QString, qsizetype> m_index; // "level:code" -> position in m_units
};

} // namespace fe
