#pragma once

#include "domain/Contribution.h"
#include "domain/Scheme.h"

#include <QAbstractTableModel>

namespace fe {
namespace app {

// A member's payments, newest first, voided ones marked with their reason.
class ContributionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Receipt, Period, SchemeColumn, Amount, Method, Recorded, State, ColumnCount };

    explicit ContributionTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setContributions(const QList<Contribution>& contributions, const QList<Scheme>& schemes,
                          const QString& timeZoneId);
    const Contribution& contributionAt(int row) const { return m_rows[row]; }

private:
    QList<Contribution> m_rows;
    QList<Scheme> m_schemes;
    QString m_timeZone;
};

} // namespace app
} // namespace fe
