#include "models/HouseholdModel.h"

#include "i18n/Labels.h"
#include "validation/Validator.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

namespace fe {
namespace app {

HouseholdModel::HouseholdModel(bool editable, QObject* parent)
    : QAbstractTableModel(parent), m_editable(editable)
{}

int HouseholdModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HouseholdModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    const auto error = m_errors.constFind({index.row(), index.column()});
    if (role == Qt::ToolTipRole && error != m_errors.constEnd())
        return *error;
    if (role == Qt::BackgroundRole && error != m_errors.constEnd())
        return QBrush(QColor(0xfd, 0xe0, 0xdc));
    if (role == KeyRole) {
        if (index.column() == RelationshipColumn)
            return toKey(r.relationship);
        if (index.column() == SexColumn)
            return toKey(r.sex);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case GivenName:
        return r.given;
    case FamilyName:
        return r.family;
    case RelationshipColumn:
        return Labels::relationship(r.relationship);
    case SexColumn:
        return Labels::sex(r.sex);
    case Birth:
        return r.birth;
    }
    return {};
}

QVariant HouseholdModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case GivenName:
        return tr("Given name");
    case FamilyName:
        return tr("Family name");
    case RelationshipColumn:
        return tr("Relationship");
    case SexColumn:
        return tr("Sex");
    case Birth:
        return tr("Born (year or date)");
    }
    return {};
}

Qt::ItemFlags HouseholdModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool HouseholdModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& r = m_rows[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case GivenName:
        r.given = text;
        break;
    case FamilyName:
        r.family = text;
        break;
    case RelationshipColumn: {
        const auto v = relationshipFromKey(text);
        if (!v)
            return false;
        r.relationship = *v;
        break;
    }
    case SexColumn: {
        const auto v = sexFromKey(text);
        if (!v)
            return false;
        r.sex = *v;
        break;
    }
    case Birth:
        r.birth = text;
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

bool HouseholdModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(row, Row{});
    endInsertRows();
    return true;
}

bool HouseholdModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

void HouseholdModel::setMembers(const QList<HouseholdMember>& members)
{
    beginResetModel();
    m_rows.clear();
    m_errors.clear();
    for (const HouseholdMember& h : members) {
        Row r;
        r.given = h.name.given;
        r.family = h.name.family;
        r.relationship = h.relationship;
        r.sex = h.sex;
        // In a form Validator::parseBirthDate reads back.
        if (h.birth.date.isValid())
            r.birth = h.birth.estimated ? QString::number(h.birth.date.year())
                                        : h.birth.date.toString(QStringLiteral("dd/MM/yyyy"));
        m_rows.append(r);
    }
    endResetModel();
}

QList<HouseholdMember> HouseholdModel::members(const CountryProfile& country) const
{
    QList<HouseholdMember> out;
    for (const Row& r : m_rows) {
        HouseholdMember h;
        h.name.given = r.given;
        h.name.family = r.family;
        h.relationship = r.relationship;
        h.sex = r.sex;
        if (const auto b = Validator::parseBirthDate(r.birth, country))
            h.birth = *b;
        out.append(h);
    }
    return out;
}

void HouseholdModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_errors.clear();
    endResetModel();
}

void HouseholdModel::setErrors(const QHash<QPair<int, int>, QString>& errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole});
}

QPair<int, int> HouseholdModel::cellOf(const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^household\\[(\\d+)\\]\\.(.+)$"));
    const auto match = pattern.match(field);
    if (!match.hasMatch())
        return {-1, -1};
    const int row = match.captured(1).toInt();
    const QString rest = match.captured(2);
    if (rest == QLatin1String("name.family") || rest == QLatin1String("name.familyLatin"))
        return {row, FamilyName};
    if (rest.startsWith(QLatin1String("name.")))
        return {row, GivenName};
    if (rest == QLatin1String("birth"))
        return {row, Birth};
    return {row, -1};
}

} // namespace app
} // namespace fe
