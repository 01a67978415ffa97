#include "models/ContributionTableModel.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace fe {
namespace app {

ContributionTableModel::ContributionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int ContributionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContributionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contribution& c = m_rows[index.row()];
    if (role == Qt::ForegroundRole && c.isVoided())
        return QBrush(QColor(0x75, 0x75, 0x75));
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Receipt:
        return c.receiptNumber;
    case Period: {
        const QString start = formats::month(c.periodStart);
        const QString end = formats::month(c.periodEnd);
        return start == end ? start : tr("%1 to %2").arg(start, end);
    }
    case SchemeColumn:
        for (const Scheme& s : m_schemes)
            if (s.code == c.schemeCode)
                return Labels::schemeName(s);
        return c.schemeCode;
    case Amount:
        return formats::money(c.amount);
    case Method:
        return c.method == PaymentMethod::MobileMoney
                   ? tr("%1 (%2)").arg(Labels::paymentMethod(c.method), c.transactionCode)
                   : Labels::paymentMethod(c.method);
    case Recorded:
        return formats::dateTime(c.recordedAt, m_timeZone);
    case State:
        return c.isVoided() ? tr("Voided: %1").arg(c.voidReason) : tr("Valid");
    }
    return {};
}

QVariant ContributionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Receipt:
        return tr("Receipt");
    case Period:
        return tr("Period");
    case SchemeColumn:
        return tr("Scheme");
    case Amount:
        return tr("Amount");
    case Method:
        return tr("Paid by");
    case Recorded:
        return tr("Recorded");
    case State:
        return tr("State");
    }
    return {};
}

void ContributionTableModel::setContributions(const QList<Contribution>& contributions,
                                              const QList<Scheme>& schemes, const QString& timeZoneId)
{
    beginResetModel();
    m_rows = contributions;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Contribution& a, const Contribution& b) {
        return a.recordedAt > b.recordedAt;
    });
    m_schemes = schemes;
    m_timeZone = timeZoneId;
    endResetModel();
}

} // namespace app
} // namespace fe
