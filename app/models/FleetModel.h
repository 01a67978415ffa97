#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace fe {
namespace app {

// The central office's view of the supervisor's devices (GET /api/v1/fleet), one row per device.
class FleetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, District, LastContact, Backlog, OldestPending, Errors, ClockSkew, ColumnCount };
    enum Role { DeviceIdRole = Qt::UserRole + 1 };

    explicit FleetModel(QObject* parent = nullptr);

    void setDevices(const QJsonArray& devices);

    // After a language change: headers and cells are texts of the current language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 min", "2 h", "5 d": how long ago or how old, in the current language.
    static QString duration(qint64 seconds);

private:
    QString text(const QJsonObject& device, int column) const;

    QList<QJsonObject> m_devices;
};

} // namespace app
} // namespace fe
