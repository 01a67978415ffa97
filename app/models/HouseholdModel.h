#pragma once

#include "domain/Country.h"
#include "domain/Member.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fe {
namespace app {

// The household members being typed in the registration form (editable), or shown in a
// member's detail (read-only). Birth dates stay as typed until the form is saved, so a half-typed
// year is never lost or reformatted under the operator's fingers.
class HouseholdModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GivenName, FamilyName, RelationshipColumn, SexColumn, Birth, ColumnCount };
    // Relationship and sex cells hold the enum key under this role for the editors.
    static constexpr int KeyRole = Qt::UserRole + 1;

    struct Row
    {
        QString given;
        QString family;
        Relationship relationship = Relationship::Child;
        Sex sex = Sex::Female;
        QString birth; // as typed: "2015", "14/03/2015", ...
    };

    explicit HouseholdModel(bool editable, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    void setMembers(const QList<HouseholdMember>& members);
    // The rows as household members of a store in `country`.
    QList<HouseholdMember> members(const CountryProfile& country) const;
    void clear();
    // Validation messages per cell, keyed by row and column.
    void setErrors(const QHash<QPair<int, int>, QString>& errors);
    // Maps a validator field ("household[2].name.given") to its cell; column -1 when unknown.
    static QPair<int, int> cellOf(const QString& field);

private:
    bool m_editable;
    QList<Row> m_rows;
    QHash<QPair<int, int>, QString> m_errors;
};

} // namespace app
} // namespace fe
