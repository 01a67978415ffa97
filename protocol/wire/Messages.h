#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace fe::wire {

// The JSON messages of protocol version 2 (docs/PROTOCOL.md). Keys in push batches are short
// because batches are what goes over slow links; everything else spells its keys out.
// Version 2 seals a request's record payloads together (one sealed box per request, "b") instead of
// one box per entry; a version 1 request is refused with request.version.
inline constexpr int kProtocolVersion = 2;

// Upper bounds every decoder enforces, whatever a sender claims.
struct Limits
{
    int maxEntries = 1000;
    qsizetype maxSealedBatchBytes = 64 * 1024 * 1024; // never more than an inflated request body
    int maxManifestRanges = 256;
    int maxPullLimit = 1000;
    int maxTextLength = 200; // names of devices, app versions, codes
};

enum class Entity { Member, Contribution };
enum class Op { Create, Update, Void };
enum class ResultKind { Applied, AlreadyApplied, Rejected, Conflict, Waiting };

QString entityName(Entity e);     // "member" / "contribution": the outbox's names
QString opName(Op op);            // "create" / "update" / "void"
QString resultName(ResultKind k); // "applied" / "already_applied" / "rejected" / "conflict" / "waiting"
std::optional<Entity> entityFromName(const QString& name);
std::optional<Op> opFromName(const QString& name);
std::optional<ResultKind> resultFromName(const QString& name);

// "member:<uuid>:<version>": the outbox's idempotency key, derived on both sides, never sent.
QString idempotencyKey(Entity entity, const QUuid& id, int version);

struct PushEntry
{
    qint64 seq = 0; // the device's outbox sequence number
    Entity entity = Entity::Member;
    QUuid id;
    int version = 0;
    Op op = Op::Create;
    QByteArray payloadHash; // SHA-256 of the plain compact JSON; optional on the wire (empty)
    // The plain compact JSON. Never on the wire by itself: sealPayloads() seals every entry's payload
    // into the request's sealedBatch, and the central office's openPayloads() fills it back in.
    QByteArray payload;
};

// What a device reports on every contact.
struct DeviceStatus
{
    qint64 queueDepth = 0;
    qint64 oldestPendingSeconds = 0;
    QString appVersion;
    qint64 freeDiskBytes = -1;
    qint64 clockMs = 0; // the device's clock (UTC ms) when it built the request
};

struct PushRequest
{
    QString deviceId;
    qint64 requestNumber = 0; // strictly increasing per device: a replay is recognised by it
    QString district;         // optional; when present it must be the device's registered district
    std::optional<DeviceStatus> status;
    std::optional<qint64> pullCursor; // when present the response carries the first page of changes
    int pullLimit = 0;                // 0: the server's default
    QList<PushEntry> entries;
    QByteArray
        sealedBatch; // "b": the entries' payloads sealed together (SealedPayload.h); empty without entries
};

struct EntryResult
{
    qint64 seq = 0;
    ResultKind kind = ResultKind::Applied;
    QString code;         // stable reason for rejected / conflict / waiting
    QString message;      // translated, for the operator
    QString field;        // the record's field at fault, if any
    QString memberNumber; // for an applied registration, when already assigned
};

struct Change
{
    qint64 seq = 0;
    QString kind; // member_number, flag, member, refdata
    QJsonObject body;
};

struct ChangesPage
{
    QList<Change> changes;
    qint64 cursor = 0; // pass it back to continue
    bool more = false;
};

struct PushResponse
{
    QList<EntryResult> results; // one per entry, in request order
    qint64 highWater = 0;       // every seq <= highWater of this device is held by the central office
    qint64 serverTimeMs = 0;
    bool replay = false; // the request number was seen before: status not recorded again
    std::optional<ChangesPage> pull;
};

struct ManifestRequest
{
    enum class By { Seq, Id };
    By by = By::Seq;
    QList<std::pair<qint64, qint64>> seqRanges; // inclusive
    QList<std::pair<QUuid, QUuid>> idRanges;    // inclusive, by the ids' text order
};

struct ManifestRange
{
    qint64 count = 0;
    QByteArray hashHex; // see ManifestHasher
};

struct ManifestResponse
{
    QList<ManifestRange> ranges;
};

struct EnrolRequest
{
    QString code;
    QByteArray signPublicKey; // the device's Ed25519 public key
    QString deviceName;
    QString appVersion;
};

struct EnrolResponse
{
    QString deviceId;
    QString token; // "d.<device id>.<secret>": the bearer credential
    QString country;
    QString district;
    QByteArray serverBoxPublicKey;  // X25519: seal payloads to it
    QByteArray serverSignPublicKey; // Ed25519: acknowledgements are signed with it
};

struct ErrorBody
{
    Error error;
    qint64 seq = 0; // the entry at fault, when one entry refused the whole request
};

QByteArray encode(const PushRequest& r);
QByteArray encode(const PushResponse& r);
QByteArray encode(const ChangesPage& p);
QByteArray encode(const ManifestRequest& r);
QByteArray encode(const ManifestResponse& r);
QByteArray encode(const EnrolRequest& r);
QByteArray encode(const EnrolResponse& r);
QByteArray encode(const ErrorBody& e);

// Decoders never trust their input: any deviation is an Error with code "request.malformed" (or
// "request.too_many" / "request.version") naming the offending field.
Result<PushRequest> decodePushRequest(const QByteArray& json, const Limits& limits = {});
Result<PushResponse> decodePushResponse(const QByteArray& json);
Result<ChangesPage> decodeChangesPage(const QByteArray& json);
Result<ManifestRequest> decodeManifestRequest(const QByteArray& json, const Limits& limits = {});
Result<ManifestResponse> decodeManifestResponse(const QByteArray& json);
Result<EnrolRequest> decodeEnrolRequest(const QByteArray& json, const Limits& limits = {});
Result<EnrolResponse> decodeEnrolResponse(const QByteArray& json);
Result<ErrorBody> decodeErrorBody(const QByteArray& json);

// Seals the entries' plain payloads into r.sealedBatch (the device side, before encode()).
// `compressionLevel`: see sealBatch.
void sealPayloads(PushRequest& r, const QByteArray& boxPublicKey, int compressionLevel = 9);
// Opens r.sealedBatch into the entries' payloads (the central office, after decoding). Errors:
// payload.sealed / payload.format, which concern every entry (see openBatch).
Status openPayloads(PushRequest& r, const QByteArray& boxPublicKey, const QByteArray& boxSecretKey);

QJsonObject changeToJson(const Change& c);
QJsonObject resultToJson(const EntryResult& r);
std::optional<EntryResult> resultFromJson(const QJsonObject& o);

} // namespace fe::wire
