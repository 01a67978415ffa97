#include "BundleTransfer.h"

#include "DeviceCredentials.h"
#include "PreparedBatch.h"
#include "SyncKeys.h"
#include "bundle/Bundle.h"
#include "crypto/Crypto.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <limits>

namespace fe::sync {
namespace {

constexpr qint64 kMaxAckFileBytes = 64 * 1024 * 1024;

} // namespace

Result<BundleExport> BundleTransfer::exportBundle(Store& store, const QString& path, int maxEntries)
{
    auto credentials = DeviceCredentials::load(store);
    if (!credentials.ok())
        return credentials.error();
    // Every pending entry, whatever its network back-off says: a USB stick does not time out.
    const qint64 far = std::numeric_limits<qint64>::max() / 4;
    const QList<OutboxItem> items = store.dueOutboxAfter(0, maxEntries, far, 0);
    if (items.isEmpty())
        return Error{QStringLiteral("bundle.nothing"),
                     tr("There is nothing to export: every record has been sent or is set aside."),
                     {}};
    const qint64 reserved = store.syncValue(QString::fromLatin1(keys::kRequestReserved)).toLongLong() + 1;
    if (const Status s =
            store.setSyncValue(QString::fromLatin1(keys::kRequestReserved), QString::number(reserved));
        !s)
        return s.error();
    const StoreStatus status = store.status();
    BatchOptions options;
    wire::DeviceStatus deviceStatus;
    deviceStatus.queueDepth = status.outboxPending;
    deviceStatus.clockMs = QDateTime::currentMSecsSinceEpoch();
    options.status = deviceStatus;
    const QByteArray body = wire::encode(pushRequestFor(items, credentials.value(), reserved, options));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bundle::writeBundle(body, credentials.value().signSecretKey)) < 0 || !file.commit())
        return Error{QStringLiteral("bundle.write"),
                     tr("The bundle cannot be written to %1: %2").arg(path, file.errorString()),
                     QStringLiteral("file")};
    BundleExport out;
    out.entries = static_cast<int>(items.size());
    out.firstSeq = items.first().entry.seq;
    out.lastSeq = items.last().entry.seq;
    out.remaining = std::max<qint64>(0, status.outboxPending - items.size());
    return out;
}

Result<AckImport> BundleTransfer::importAck(Store& store, const QString& path, qint64 waitingRetryMs)
{
    auto credentials = DeviceCredentials::load(store);
    if (!credentials.ok())
        return credentials.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("ack.read"),
                     tr("The file %1 cannot be read: %2").arg(path, file.errorString()),
                     QStringLiteral("file")};
    if (file.size() > kMaxAckFileBytes)
        return Error{QStringLiteral("bundle.too_large"), tr("The file is larger than allowed."), {}};
    const auto ack = bundle::readAck(file.readAll());
    if (!ack.ok())
        return ack.error();
    if (!crypto::verify(ack.value().body, ack.value().signature, credentials.value().serverSignPublicKey))
        return Error{
            QStringLiteral("ack.signature"),
            tr("This acknowledgement was not signed by this device's central office, or it was altered "
               "on the way. Nothing was changed."),
            {}};
    QJsonParseError parseError{};
    const QJsonObject o = QJsonDocument::fromJson(ack.value().body, &parseError).object();
    const QString bundleHash = o.value(QLatin1String("bundle")).toString();
    if (parseError.error != QJsonParseError::NoError ||
        o.value(QLatin1String("v")).toInt() != wire::kProtocolVersion || bundleHash.isEmpty() ||
        !o.value(QLatin1String("r")).isArray())
        return Error{QStringLiteral("ack.malformed"), tr("The acknowledgement cannot be read."), {}};
    if (o.value(QLatin1String("dev")).toString() != credentials.value().deviceId)
        return Error{QStringLiteral("ack.foreign"),
                     tr("This acknowledgement is for another device. Nothing was changed."),
                     {}};

    AckImport out;
    const QString importedKey = QString::fromLatin1(keys::kAckPrefix) + bundleHash;
    if (!store.syncValue(importedKey).isEmpty()) {
        out.alreadyImported = true;
        return out;
    }
    QList<wire::EntryResult> results;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = 0;
    for (const QJsonValue& v : o.value(QLatin1String("r")).toArray()) {
        const auto r = wire::resultFromJson(v.toObject());
        if (!r)
            return Error{QStringLiteral("ack.malformed"), tr("The acknowledgement cannot be read."), {}};
        results.append(*r);
        low = std::min(low, r->seq);
        high = std::max(high, r->seq);
    }
    QHash<qint64, QString> states;
    if (!results.isEmpty())
        for (const OutboxEntry& e : store.outboxRange(low, high))
            states.insert(e.seq, e.state);
    // Only entries still pending change: what a network sync settled meanwhile stays as it is.
    QList<OutboxResult> apply;
    for (const wire::EntryResult& r : std::as_const(results)) {
        if (states.value(r.seq) != QLatin1String("pending")) {
            ++out.unchanged;
            continue;
        }
        OutboxResult res{r.seq, OutboxResult::Outcome::Accepted, r.code, r.message, r.memberNumber};
        switch (r.kind) {
        case wire::ResultKind::Applied:
        case wire::ResultKind::AlreadyApplied:
            ++out.accepted;
            break;
        case wire::ResultKind::Rejected:
            res.outcome = OutboxResult::Outcome::Rejected;
            ++out.quarantined;
            break;
        case wire::ResultKind::Conflict:
            res.outcome = OutboxResult::Outcome::Conflict;
            ++out.quarantined;
            break;
        case wire::ResultKind::Waiting:
            res.outcome = OutboxResult::Outcome::Waiting;
            ++out.waiting;
            break;
        }
        apply.append(res);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<std::pair<QString, QString>> values{{importedKey, QString::number(now)}};
    const qint64 highWater = o.value(QLatin1String("hw")).toInteger();
    if (highWater > store.syncValue(QString::fromLatin1(keys::kHighWater)).toLongLong())
        values.append({QString::fromLatin1(keys::kHighWater), QString::number(highWater)});
    if (const Status s = store.applyOutboxResults(apply, now + waitingRetryMs, values); !s)
        return s.error();
    return out;
}

} // namespace fe::sync
