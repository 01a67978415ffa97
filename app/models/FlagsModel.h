#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace fe {
namespace app {

// Open duplicate flags of the supervisor's districts (GET /api/v1/flags?state=open): two records
// the central office thinks may be one person, kept both until a supervisor decides.
class FlagsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reason, District, Member, Other, Raised, ColumnCount };
    enum Role { FlagIdRole = Qt::UserRole + 1 };

    explicit FlagsModel(QObject* parent = nullptr);

    void setFlags(const QJsonArray& flags);
    qint64 flagId(int row) const;

    // After a language change: headers and cells are texts of the current language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString reasonText(const QString& reason);

private:
    QList<QJsonObject> m_flags;
};

} // namespace app
} // namespace fe
