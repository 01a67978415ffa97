#include "models/FlagsModel.h"

#include <QDateTime>
#include <QLocale>

namespace fe {
namespace app {

FlagsModel::FlagsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FlagsModel::setFlags(const QJsonArray& flags)
{
    beginResetModel();
    m_flags.clear();
    for (const QJsonValue& f : flags)
        if (f.isObject())
            m_flags.append(f.toObject());
    endResetModel();
}

qint64 FlagsModel::flagId(int row) const
{
    return row >= 0 && row < m_flags.size() ? m_flags[row].value(QLatin1String("id")).toInteger() : 0;
}

void FlagsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FlagsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_flags.size());
}

int FlagsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlagsModel::reasonText(const QString& reason)
{
    if (reason == QLatin1String("document"))
        return tr("Same identity document");
    if (reason == QLatin1String("probable"))
        return tr("Same name and birth date");
    return reason;
}

QVariant FlagsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_flags.size() || index.column() >= ColumnCount)
        return {};
    const QJsonObject& f = m_flags[index.row()];
    if (role == FlagIdRole)
        return f.value(QLatin1String("id")).toInteger();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Reason:
        return reasonText(f.value(QLatin1String("reason")).toString());
    case District:
        return f.value(QLatin1String("district")).toString();
    case Member:
        return f.value(QLatin1String("member")).toString();
    case Other:
        return f.value(QLatin1String("other")).toString();
    case Raised:
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(f.value(QLatin1String("createdAt")).toInteger()),
            QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant FlagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reason:
        return tr("Why");
    case District:
        return tr("District");
    case Member:
        return tr("Record");
    case Other:
        return tr("Earlier record");
    case Raised:
        return tr("Raised");
    default:
        return {};
    }
}

} // namespace app
} // namespace fe
