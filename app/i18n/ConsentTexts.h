#pragma once

#include <QString>

namespace fe {
namespace app {

// The consent text read to a member, in English, Lao or Swahili (resources/app/consent). All
// languages say the same thing, so one version number covers them.
namespace consent {

QString textVersion();
QStringList languages();
QString text(const QString& language);

} // namespace consent
} // namespace app
} // namespace fe
