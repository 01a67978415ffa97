#include "models/HistoryModel.h"

#include "i18n/Formats.h"

namespace fe {
namespace app {

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const HistoryEntry& h = m_rows[index.row()];
    switch (index.column()) {
    case Version:
        return h.version;
    case When:
        return formats::dateTime(h.at, m_timeZone);
    case Operator:
        return h.operatorId;
    case Reason:
        // The first version's "reason" is the store's own marker, not words someone typed.
        return h.version == 1 ? tr("First registration") : h.reason;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Version:
        return tr("Version");
    case When:
        return tr("Saved");
    case Operator:
        return tr("By");
    case Reason:
        return tr("Reason");
    }
    return {};
}

void HistoryModel::setHistory(const QList<HistoryEntry>& entries, const QString& timeZoneId)
{
    beginResetModel();
    m_rows = entries;
    m_timeZone = timeZoneId;
    endResetModel();
}

} // namespace app
} // namespace fe
