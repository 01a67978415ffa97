#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace fe {
class Store;
}

namespace fe::cli {

// The sync part of `fieldenrolctl status`: enrolment, central office, last successful sync, queue
// position, back-off and open flags.
QJsonObject syncStatusJson(Store& store);
void printSyncStatus(Store& store, const std::function<void(const QString&, const QString&)>& line);

} // namespace fe::cli
