#include "models/MemberListModel.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"

#include <algorithm>
#include <vector>

namespace fe {
namespace app {

MemberListModel::MemberListModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

int MemberListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int MemberListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MemberSummary& MemberListModel::summaryAt(int row) const
{
    return source()[m_visible[row]];
}

QString MemberListModel::districtName(const QString& code) const
{
    const AdminUnit* unit = m_info.reference.find(2, code);
    return unit ? Labels::adminUnit(*unit) : code;
}

QString MemberListModel::schemeNames(quint32 mask) const
{
    QStringList names;
    for (qsizetype i = 0; i < m_info.schemes.size() && i < 32; ++i)
        if (mask & (1u << i))
            names.append(Labels::schemeName(m_info.schemes[i]));
    return names.join(QStringLiteral(", "));
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberSummary& s = summaryAt(index.row());
    if (role == IdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.name;
    case LatinName:
        return s.nameLatin;
    case District:
        return districtName(s.districtCode);
    case Schemes:
        return schemeNames(s.schemeMask);
    case Registered:
        return formats::date(s.registeredOn);
    case Sync:
        return Labels::syncState(s.sync);
    }
    return {};
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("Name");
    case LatinName:
        return tr("Name in Latin letters");
    case District:
        return Labels::districtLevel(m_info.country.country);
    case Schemes:
        return tr("Schemes");
    case Registered:
        return tr("Registered");
    case Sync:
        return tr("Sync state");
    }
    return {};
}

void MemberListModel::setStoreInfo(const StoreInfo& info)
{
    beginResetModel();
    m_info = info;
    m_directory.clear();
    m_results.clear();
    m_visible.clear();
    m_showResults = false;
    endResetModel();
}

void MemberListModel::setCollation(const QLocale& locale)
{
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool MemberListModel::accepts(const MemberSummary& s) const
{
    if (!m_district.isEmpty() && s.districtCode != m_district)
        return false;
    if (m_scheme >= 0 && !(s.schemeMask & (1u << m_scheme)))
        return false;
    if (m_sync && s.sync != *m_sync)
        return false;
    return true;
}

void MemberListModel::sortVisible()
{
    const QList<MemberSummary>& rows = source();
    // The directory arrives in collation order, so "by name" is the order rows already have.
    // Keys are computed once per row, not once per comparison.
    const auto byKey = [&](auto key) {
        using Key = decltype(key(rows.first()));
        std::vector<std::pair<Key, int>> keyed;
        keyed.reserve(static_cast<size_t>(m_visible.size()));
        for (int i : m_visible)
            keyed.emplace_back(key(rows[i]), i);
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (size_t k = 0; k < keyed.size(); ++k)
            m_visible[static_cast<qsizetype>(k)] = keyed[k].second;
    };
    std::sort(m_visible.begin(), m_visible.end());
    switch (m_sortColumn) {
    case Name:
        if (m_showResults)
            std::stable_sort(m_visible.begin(), m_visible.end(), [&](int a, int b) {
                return m_collator.compare(rows[a].name, rows[b].name) < 0;
            });
        break;
    case LatinName:
        byKey([](const MemberSummary& s) { return s.nameLatin.toCaseFolded(); });
        break;
    case District:
        byKey([](const MemberSummary& s) { return s.districtCode; });
        break;
    case Schemes:
        byKey([](const MemberSummary& s) { return s.schemeMask; });
        break;
    case Registered:
        byKey([](const MemberSummary& s) { return s.registeredOn; });
        break;
    case Sync:
        byKey([](const MemberSummary& s) { return static_cast<int>(s.sync); });
        break;
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_visible.begin(), m_visible.end());
}

void MemberListModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    const QList<MemberSummary>& rows = source();
    for (int i = 0; i < rows.size(); ++i)
        if (accepts(rows[i]))
            m_visible.append(i);
    sortVisible();
    endResetModel();
}

void MemberListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex& i : before)
        sourceRows.append(m_visible[i.row()]);
    sortVisible();
    if (!before.isEmpty()) {
        QHash<int, int> rowOf;
        for (int r = 0; r < m_visible.size(); ++r)
            rowOf.insert(m_visible[r], r);
        QModelIndexList after;
        for (qsizetype k = 0; k < before.size(); ++k)
            after.append(index(rowOf.value(sourceRows[k]), before[k].column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MemberListModel::clearDirectory()
{
    m_directory.clear();
    if (!m_showResults)
        rebuild();
}

void MemberListModel::appendDirectory(const QList<MemberSummary>& rows)
{
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_directory.size());
    m_directory.append(rows);
    if (m_showResults)
        return;
    if (m_sortColumn != Name || m_sortOrder != Qt::AscendingOrder) {
        rebuild();
        return;
    }
    // Rows come in name order: the accepted ones go at the end.
    QList<int> added;
    for (int i = first; i < m_directory.size(); ++i)
        if (accepts(m_directory[i]))
            added.append(i);
    if (added.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_visible.size()),
                    static_cast<int>(m_visible.size() + added.size() - 1));
    m_visible.append(added);
    endInsertRows();
}

void MemberListModel::upsert(const MemberSummary& summary)
{
    const auto place = [&](QList<MemberSummary>& rows) {
        rows.removeIf([&](const MemberSummary& s) { return s.id == summary.id; });
        const auto at = std::lower_bound(rows.begin(), rows.end(), summary,
                                         [&](const MemberSummary& a, const MemberSummary& b) {
                                             return m_collator.compare(a.name, b.name) < 0;
                                         });
        rows.insert(at - rows.begin(), summary);
    };
    place(m_directory);
    for (MemberSummary& s : m_results)
        if (s.id == summary.id)
            s = summary;
    rebuild();
}

void MemberListModel::showSearchResults(const QList<MemberSummary>& rows)
{
    m_results = rows;
    m_showResults = true;
    rebuild();
}

void MemberListModel::showDirectory()
{
    m_results.clear();
    m_showResults = false;
    rebuild();
}

void MemberListModel::setDistrictFilter(const QString& districtCode)
{
    m_district = districtCode;
    rebuild();
}

void MemberListModel::setSchemeFilter(int schemeIndex)
{
    m_scheme = schemeIndex >= 0 && schemeIndex < 32 ? schemeIndex : -1;
    rebuild();
}

void MemberListModel::setSyncFilter(std::optional<SyncState> state)
{
    m_sync = state;
    rebuild();
}

} // namespace app
} // namespace fe
