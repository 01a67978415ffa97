#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace fe::test {

// The environment for a child process that logs in to a store (fieldenrolctl): this process's
// environment with FIELDENROL_USER and FIELDENROL_PASSWORD of the account, and none of the other
// secrets fieldenrolctl reads, so a test sets exactly the ones it means.
QProcessEnvironment loginEnvironment(const QString& username, const QString& password);
// Logged in as testAdministrator(), the account every TestStore is created with.
QProcessEnvironment loginEnvironment();

} // namespace fe::test
