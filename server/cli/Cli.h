#pragma once

#include <QStringList>

namespace fe::central {

// fieldenrol-central serve | migrate | enrolment-code | revoke-device | supervisor-add | export |
// stats | import-bundle. Returns the process exit code: 0 done, 1 refused or failed (a clear
// message on stderr), 2 wrong usage.
int runCli(const QStringList& arguments);

} // namespace fe::central
