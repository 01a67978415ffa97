#pragma once

#include "store/Store.h"

#include <QAbstractTableModel>

namespace fe {
namespace app {

// The saved versions of a record: when, by whom and why (the reason of each correction).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Version, When, Operator, Reason, ColumnCount };

    explicit HistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setHistory(const QList<HistoryEntry>& entries, const QString& timeZoneId);

private:
    QList<HistoryEntry> m_rows;
    QString m_timeZone;
};

} // namespace app
} // namespace fe
