#include "central/BundleImport.h"

#include "bundle/Bundle.h"
#include "central/ApiError.h"
#include "central/Auth.h"
#include "central/Log.h"
#include "crypto/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fe::central {

Result<BundleImportResult> BundleImport::import(const QByteArray& file)
{
    auto signedFile = bundle::readBundle(file, m_central.config().maxInflatedBytes);
    if (!signedFile.ok())
        return signedFile.error();
    const QByteArray& body = signedFile.value().body;
    auto request = wire::decodePushRequest(body, m_central.config().limits);
    if (!request.ok())
        return Error{QStringLiteral("bundle.malformed"),
                     tr("The bundle's content is not valid (%1).").arg(request.error().field),
                     {}};
    const auto device = Auth(m_central).deviceById(request.value().deviceId);
    if (!device)
        return Error{QStringLiteral("bundle.foreign"),
                     tr("This bundle comes from a device that is not enrolled at this central office."),
                     {}};
    if (device->second)
        return Error{QStringLiteral("bundle.revoked"),
                     tr("This bundle comes from a device that was revoked. Nothing was imported."),
                     {}};
    if (!crypto::verify(body, signedFile.value().signature, device->first.signPublicKey))
        return Error{QStringLiteral("bundle.tampered"),
                     tr("The bundle's signature does not match its device: it was altered or forged. Nothing "
                        "was imported."),
                     {}};
    BundleImportResult result;
    result.deviceId = device->first.id;
    try {
        result.response = Push(m_central).push(device->first, request.value());
    } catch (const ApiError& e) {
        return e.error;
    }
    QJsonArray results;
    for (const wire::EntryResult& r : std::as_const(result.response.results))
        results.append(wire::resultToJson(r));
    const QJsonObject ack{{QLatin1String("v"), wire::kProtocolVersion},
                          {QLatin1String("dev"), result.deviceId},
                          {QLatin1String("bundle"), QString::fromLatin1(crypto::sha256(body).toHex())},
                          {QLatin1String("hw"), result.response.highWater},
                          {QLatin1String("now"), result.response.serverTimeMs},
                          {QLatin1String("r"), results}};
    result.ack =
        bundle::writeAck(QJsonDocument(ack).toJson(QJsonDocument::Compact), m_central.keys().signSecret);
    logEvent("info", QStringLiteral("bundle.imported"),
             {{QLatin1String("device"), result.deviceId},
              {QLatin1String("entries"), static_cast<qint64>(request.value().entries.size())}});
    return result;
}

} // namespace fe::central
