#include "models/FleetModel.h"

#include <QtMath>

namespace fe {
namespace app {

FleetModel::FleetModel(QObject* parent) : QAbstractTableModel(parent) {}

void FleetModel::setDevices(const QJsonArray& devices)
{
    beginResetModel();
    m_devices.clear();
    for (const QJsonValue& d : devices)
        if (d.isObject())
            m_devices.append(d.toObject());
    endResetModel();
}

void FleetModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FleetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

int FleetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetModel::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 d").arg(seconds / 86400);
}

QString FleetModel::text(const QJsonObject& d, int column) const
{
    switch (column) {
    case Name:
        return d.value(QLatin1String("revoked")).toBool()
                   ? tr("%1 (revoked)").arg(d.value(QLatin1String("name")).toString())
                   : d.value(QLatin1String("name")).toString();
    case District:
        return d.value(QLatin1String("district")).toString();
    case LastContact: {
        const QJsonValue since = d.value(QLatin1String("sinceLastContactSeconds"));
        return since.isNull() || since.isUndefined() ? tr("never")
                                                     : tr("%1 ago").arg(duration(since.toInteger()));
    }
    case Backlog: {
        const QJsonValue depth = d.value(QLatin1String("queueDepth"));
        return depth.isNull() || depth.isUndefined() ? tr("unknown") : QString::number(depth.toInteger());
    }
    case OldestPending: {
        const QJsonValue oldest = d.value(QLatin1String("oldestPendingSeconds"));
        return oldest.isNull() || oldest.isUndefined() ? QStringLiteral("—") : duration(oldest.toInteger());
    }
    case Errors: {
        const qint64 rejected = d.value(QLatin1String("rejected")).toInteger();
        const qint64 conflicts = d.value(QLatin1String("conflicts")).toInteger();
        QString t = tr("rejected %1, conflicts %2").arg(rejected).arg(conflicts);
        const QString last = d.value(QLatin1String("lastError")).toString();
        if (!last.isEmpty())
            t += QStringLiteral(" (%1)").arg(last);
        return t;
    }
    case ClockSkew: {
        const QJsonValue skew = d.value(QLatin1String("clockSkewMs"));
        if (skew.isNull() || skew.isUndefined())
            return tr("unknown");
        const qint64 s = skew.toInteger() / 1000;
        return s == 0 ? tr("in time") : (s > 0 ? tr("%1 ahead") : tr("%1 behind")).arg(duration(qAbs(s)));
    }
    default:
        return {};
    }
}

QVariant FleetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size() || index.column() >= ColumnCount)
        return {};
    const QJsonObject& d = m_devices[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(d, index.column());
    case Qt::ToolTipRole:
        return index.column() == Name ? d.value(QLatin1String("id")).toString() : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Backlog ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case DeviceIdRole:
        return d.value(QLatin1String("id")).toString();
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Device");
    case District:
        return tr("District");
    case LastContact:
        return tr("Last contact");
    case Backlog:
        return tr("Not sent");
    case OldestPending:
        return tr("Oldest unsent");
    case Errors:
        return tr("Errors");
    case ClockSkew:
        return tr("Clock");
    default:
        return {};
    }
}

} // namespace app
} // namespace fe
