#include "sync/SyncMessages.h"

namespace fe {
namespace app {

QString SyncMessages::text(const Error& e)
{
    const QString& c = e.code;
    if (c.startsWith(QLatin1String("app.")))
        return e.message; // the app's own, translated already
    if (c == QLatin1String("enrolment.invalid"))
        return tr("This enrolment code is not valid. Check it with your supervisor.");
    if (c == QLatin1String("enrolment.used"))
        return tr("This enrolment code was used already. Ask your supervisor for a new one.");
    if (c == QLatin1String("enrolment.expired"))
        return tr("This enrolment code has expired. Ask your supervisor for a new one.");
    if (c == QLatin1String("enrol.country_mismatch"))
        return tr("The enrolment code is for another country than this device's store.");
    if (c == QLatin1String("network.failed") || c == QLatin1String("network.timeout") ||
        c == QLatin1String("service.unavailable"))
        return tr("The central office cannot be reached. Check the address and the network, and try "
                  "again later.");
    if (c.startsWith(QLatin1String("tls.")))
        return tr("The central office's certificate is not trusted: check the certificate authority "
                  "file in Settings.");
    if (c == QLatin1String("sync.server_url"))
        return tr("The central office's address is not valid.");
    if (c == QLatin1String("sync.not_enrolled"))
        return tr("This device is not enrolled with the central office yet: enrol it in Settings.");
    if (c == QLatin1String("auth.required") || c == QLatin1String("auth.signature"))
        return tr("The central office did not accept this device's credential. Enrol the device again.");
    if (c == QLatin1String("auth.not_a_supervisor") || c == QLatin1String("auth.not_a_device"))
        return tr("The central office did not accept the supervisor credential.");
    if (c == QLatin1String("district.forbidden"))
        return tr("The record belongs to a district this device or supervisor may not send or see.");
    if (c == QLatin1String("rate.limited"))
        return tr("The central office is busy. It will be tried again shortly.");
    if (c == QLatin1String("bundle.nothing"))
        return tr("There is nothing to export: every record was sent.");
    if (c == QLatin1String("bundle.write") || c == QLatin1String("ack.read"))
        return tr("The file cannot be written or read. Check the USB stick and try again.");
    if (c == QLatin1String("ack.signature") || c == QLatin1String("ack.malformed") ||
        c == QLatin1String("bundle.not_a_bundle") || c == QLatin1String("bundle.damaged"))
        return tr("This is not an acknowledgement from this device's central office, or it is damaged.");
    if (c == QLatin1String("ack.foreign"))
        return tr("This acknowledgement is for another device.");
    if (c == QLatin1String("flag.resolved"))
        return tr("This flag was resolved already.");
    if (e.message.isEmpty())
        return tr("The central office refused the request (%1).").arg(c);
    return tr("The central office refused the request: %1").arg(e.message);
}

} // namespace app
} // namespace fe
