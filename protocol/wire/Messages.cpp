#include "wire/Messages.h"

#include "common/Uuid.h"
#include "crypto/Crypto.h"
#include "wire/SealedPayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>

namespace fe::wire {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Protocol", text);
}

QLatin1String key(const char* k)
{
    return QLatin1String(k);
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

constexpr qint64 kMaxSafeInteger = 9007199254740991LL; // 2^53 - 1: exact in a JSON number

// Reads typed values out of untrusted JSON, remembering the first problem and where it was.
class Reader
{
public:
    bool ok() const { return m_error.code.isEmpty(); }
    const Error& error() const { return m_error; }

    void fail(const QString& field, const char* code = "request.malformed")
    {
        if (!ok())
            return;
        m_error = {QString::fromLatin1(code), tr("The request is malformed at \"%1\".").arg(field), field};
    }

    qint64 integer(const QJsonObject& o, const char* k, const QString& path, qint64 min, qint64 max,
                   std::optional<qint64> fallback = std::nullopt)
    {
        const QJsonValue v = o.value(key(k));
        if (v.isUndefined() && fallback)
            return *fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || d < static_cast<double>(min) ||
            d > static_cast<double>(max)) {
            fail(path);
            return min;
        }
        return static_cast<qint64>(d);
    }

    QString text(const QJsonObject& o, const char* k, const QString& path, int maxLength, bool required)
    {
        const QJsonValue v = o.value(key(k));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().size() > maxLength || (required && v.toString().isEmpty())) {
            fail(path);
            return {};
        }
        return v.toString();
    }

    QByteArray base64(const QJsonObject& o, const char* k, const QString& path, qsizetype maxBytes,
                      bool required)
    {
        const QJsonValue v = o.value(key(k));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().size() > (maxBytes + 2) / 3 * 4) {
            fail(path);
            return {};
        }
        const auto bytes = crypto::fromBase64(v.toString().toLatin1());
        if (!bytes || (required && bytes->isEmpty())) {
            fail(path);
            return {};
        }
        return *bytes;
    }

    QUuid uuid(const QJsonObject& o, const char* k, const QString& path, bool required = true)
    {
        const QJsonValue v = o.value(key(k));
        if (v.isUndefined() && !required)
            return {};
        const QString t = v.toString();
        const QUuid id = t.size() == 36 ? QUuid::fromString(t) : QUuid();
        // One spelling only (lower case, no braces), so ids compare as text on both sides.
        if (id.isNull() || uuidText(id) != t)
            fail(path);
        return id;
    }

    QJsonArray array(const QJsonObject& o, const char* k, const QString& path, qsizetype maxItems,
                     bool required, const char* tooManyCode = "request.too_many")
    {
        const QJsonValue v = o.value(key(k));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray()) {
            fail(path);
            return {};
        }
        const QJsonArray a = v.toArray();
        if (a.size() > maxItems) {
            if (ok())
                m_error = {QString::fromLatin1(tooManyCode),
                           tr("The request has more than %1 items in \"%2\".").arg(maxItems).arg(path), path};
            return {};
        }
        return a;
    }

    QJsonObject object(const QJsonObject& o, const char* k, const QString& path, bool required)
    {
        const QJsonValue v = o.value(key(k));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject())
            fail(path);
        return v.toObject();
    }

private:
    Error m_error;
};

std::optional<QJsonObject> parseObject(const QByteArray& json, Reader& reader)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        reader.fail(QStringLiteral("(body)"));
        return std::nullopt;
    }
    return doc.object();
}

// Every message carries "v"; a newer major version is refused with its own code.
bool checkVersion(const QJsonObject& o, Reader& reader)
{
    const QJsonValue v = o.value(key("v"));
    if (!v.isDouble() || v.toDouble() != kProtocolVersion) {
        if (reader.ok() && v.isDouble())
            reader.fail(QStringLiteral("v"), "request.version");
        else
            reader.fail(QStringLiteral("v"));
        return false;
    }
    return true;
}

template <typename T> Result<T> finish(Reader& reader, T value)
{
    if (!reader.ok())
        return reader.error();
    return value;
}

constexpr std::array<std::pair<ResultKind, const char*>, 5> kResults{
    {{ResultKind::Applied, "applied"},
     {ResultKind::AlreadyApplied, "already_applied"},
     {ResultKind::Rejected, "rejected"},
     {ResultKind::Conflict, "conflict"},
     {ResultKind::Waiting, "waiting"}}};

// Short wire forms inside push batches.
QString entityShort(Entity e)
{
    return e == Entity::Member ? QStringLiteral("m") : QStringLiteral("c");
}
std::optional<Entity> entityFromShort(const QString& s)
{
    if (s == QLatin1String("m"))
        return Entity::Member;
    if (s == QLatin1String("c"))
        return Entity::Contribution;
    return std::nullopt;
}
QString opShort(Op op)
{
    switch (op) {
    case Op::Create:
        return QStringLiteral("c");
    case Op::Update:
        return QStringLiteral("u");
    case Op::Void:
        return QStringLiteral("v");
    }
    return {};
}
std::optional<Op> opFromShort(const QString& s)
{
    if (s == QLatin1String("c"))
        return Op::Create;
    if (s == QLatin1String("u"))
        return Op::Update;
    if (s == QLatin1String("v"))
        return Op::Void;
    return std::nullopt;
}

QJsonObject pageToJson(const ChangesPage& p)
{
    QJsonArray changes;
    for (const Change& c : p.changes)
        changes.append(changeToJson(c));
    return {{key("ch"), changes}, {key("cur"), p.cursor}, {key("more"), p.more}};
}

ChangesPage pageFromJson(const QJsonObject& o, Reader& reader)
{
    ChangesPage page;
    const QJsonArray changes = reader.array(o, "ch", QStringLiteral("ch"), 100000, true);
    for (qsizetype i = 0; i < changes.size() && reader.ok(); ++i) {
        const QJsonObject c = changes.at(i).toObject();
        const QString path = QStringLiteral("ch[%1]").arg(i);
        page.changes.append({reader.integer(c, "s", path + QLatin1String(".s"), 1, kMaxSafeInteger),
                             reader.text(c, "k", path + QLatin1String(".k"), 64, true),
                             reader.object(c, "b", path + QLatin1String(".b"), true)});
    }
    page.cursor = reader.integer(o, "cur", QStringLiteral("cur"), 0, kMaxSafeInteger);
    page.more = o.value(key("more")).toBool();
    return page;
}

} // namespace

QString entityName(Entity e)
{
    return e == Entity::Member ? QStringLiteral("member") : QStringLiteral("contribution");
}

QString opName(Op op)
{
    switch (op) {
    case Op::Create:
        return QStringLiteral("create");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Void:
        return QStringLiteral("void");
    }
    return {};
}

QString resultName(ResultKind k)
{
    for (const auto& [kind, name] : kResults)
        if (kind == k)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Entity> entityFromName(const QString& name)
{
    if (name == QLatin1String("member"))
        return Entity::Member;
    if (name == QLatin1String("contribution"))
        return Entity::Contribution;
    return std::nullopt;
}

std::optional<Op> opFromName(const QString& name)
{
    for (Op op : {Op::Create, Op::Update, Op::Void})
        if (opName(op) == name)
            return op;
    return std::nullopt;
}

std::optional<ResultKind> resultFromName(const QString& name)
{
    for (const auto& [kind, n] : kResults)
        if (name == QLatin1String(n))
            return kind;
    return std::nullopt;
}

QString idempotencyKey(Entity entity, const QUuid& id, int version)
{
    return entityName(entity) + QLatin1Char(':') + uuidText(id) + QLatin1Char(':') + QString::number(version);
}

void sealPayloads(PushRequest& r, const QByteArray& boxPublicKey, int compressionLevel)
{
    if (r.entries.isEmpty()) {
        r.sealedBatch.clear();
        return;
    }
    QList<QByteArray> payloads;
    payloads.reserve(r.entries.size());
    for (const PushEntry& e : std::as_const(r.entries))
        payloads.append(e.payload);
    r.sealedBatch = sealBatch(payloads, boxPublicKey, compressionLevel);
}

Status openPayloads(PushRequest& r, const QByteArray& boxPublicKey, const QByteArray& boxSecretKey)
{
    if (r.entries.isEmpty())
        return {};
    auto payloads = openBatch(r.sealedBatch, r.entries.size(), boxPublicKey, boxSecretKey);
    if (!payloads.ok())
        return payloads.error();
    for (qsizetype i = 0; i < r.entries.size(); ++i)
        r.entries[i].payload = std::move(payloads.value()[i]);
    return {};
}

QJsonObject changeToJson(const Change& c)
{
    return {{key("s"), c.seq}, {key("k"), c.kind}, {key("b"), c.body}};
}

QJsonObject resultToJson(const EntryResult& r)
{
    QJsonObject o{{key("s"), r.seq}, {key("r"), resultName(r.kind)}};
    if (!r.code.isEmpty())
        o.insert(key("c"), r.code);
    if (!r.message.isEmpty())
        o.insert(key("m"), r.message);
    if (!r.field.isEmpty())
        o.insert(key("f"), r.field);
    if (!r.memberNumber.isEmpty())
        o.insert(key("num"), r.memberNumber);
    return o;
}

std::optional<EntryResult> resultFromJson(const QJsonObject& o)
{
    Reader reader;
    EntryResult r;
    r.seq = reader.integer(o, "s", QStringLiteral("s"), 0, kMaxSafeInteger);
    const auto kind = resultFromName(o.value(key("r")).toString());
    if (!kind || !reader.ok())
        return std::nullopt;
    r.kind = *kind;
    r.code = o.value(key("c")).toString();
    r.message = o.value(key("m")).toString();
    r.field = o.value(key("f")).toString();
    r.memberNumber = o.value(key("num")).toString();
    return r;
}

QByteArray encode(const PushRequest& r)
{
    QJsonObject o{{key("v"), kProtocolVersion}, {key("dev"), r.deviceId}, {key("rq"), r.requestNumber}};
    if (!r.district.isEmpty())
        o.insert(key("d"), r.district);
    if (r.status) {
        const DeviceStatus& s = *r.status;
        o.insert(key("st"), QJsonObject{{key("q"), s.queueDepth},
                                        {key("o"), s.oldestPendingSeconds},
                                        {key("a"), s.appVersion},
                                        {key("f"), s.freeDiskBytes},
                                        {key("c"), s.clockMs}});
    }
    if (r.pullCursor)
        o.insert(key("cur"), *r.pullCursor);
    if (r.pullLimit > 0)
        o.insert(key("lim"), r.pullLimit);
    QJsonArray entries;
    for (const PushEntry& e : r.entries) {
        QJsonObject eo{{key("s"), e.seq},
                       {key("t"), entityShort(e.entity)},
                       {key("i"), uuidText(e.id)},
                       {key("n"), e.version},
                       {key("o"), opShort(e.op)}};
        if (!e.payloadHash.isEmpty())
            eo.insert(key("h"), QString::fromLatin1(e.payloadHash.toBase64()));
        entries.append(eo);
    }
    o.insert(key("e"), entries);
    if (!r.entries.isEmpty())
        o.insert(key("b"), QString::fromLatin1(r.sealedBatch.toBase64()));
    return compact(o);
}

Result<PushRequest> decodePushRequest(const QByteArray& json, const Limits& limits)
{
    Reader reader;
    PushRequest r;
    const auto parsed = parseObject(json, reader);
    if (!parsed || !checkVersion(*parsed, reader))
        return reader.error();
    const QJsonObject& o = *parsed;
    r.deviceId = uuidText(reader.uuid(o, "dev", QStringLiteral("dev")));
    r.requestNumber = reader.integer(o, "rq", QStringLiteral("rq"), 1, kMaxSafeInteger);
    r.district = reader.text(o, "d", QStringLiteral("d"), 16, false);
    if (o.contains(key("st"))) {
        const QJsonObject s = reader.object(o, "st", QStringLiteral("st"), true);
        DeviceStatus status;
        status.queueDepth = reader.integer(s, "q", QStringLiteral("st.q"), 0, kMaxSafeInteger, 0);
        status.oldestPendingSeconds = reader.integer(s, "o", QStringLiteral("st.o"), 0, kMaxSafeInteger, 0);
        status.appVersion = reader.text(s, "a", QStringLiteral("st.a"), limits.maxTextLength, false);
        status.freeDiskBytes = reader.integer(s, "f", QStringLiteral("st.f"), -1, kMaxSafeInteger, -1);
        status.clockMs = reader.integer(s, "c", QStringLiteral("st.c"), 0, kMaxSafeInteger, 0);
        r.status = status;
    }
    if (o.contains(key("cur")))
        r.pullCursor = reader.integer(o, "cur", QStringLiteral("cur"), 0, kMaxSafeInteger);
    r.pullLimit =
        static_cast<int>(reader.integer(o, "lim", QStringLiteral("lim"), 1, limits.maxPullLimit, 0));
    const QJsonArray entries = reader.array(o, "e", QStringLiteral("e"), limits.maxEntries, false);
    r.entries.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size() && reader.ok(); ++i) {
        const QString path = QStringLiteral("e[%1]").arg(i);
        if (!entries.at(i).isObject()) {
            reader.fail(path);
            break;
        }
        const QJsonObject eo = entries.at(i).toObject();
        PushEntry e;
        e.seq = reader.integer(eo, "s", path + QLatin1String(".s"), 1, kMaxSafeInteger);
        const auto entity = entityFromShort(eo.value(key("t")).toString());
        const auto op = opFromShort(eo.value(key("o")).toString());
        if (!entity)
            reader.fail(path + QLatin1String(".t"));
        if (!op)
            reader.fail(path + QLatin1String(".o"));
        e.entity = entity.value_or(Entity::Member);
        e.op = op.value_or(Op::Create);
        e.id = reader.uuid(eo, "i", path + QLatin1String(".i"));
        e.version = static_cast<int>(reader.integer(eo, "n", path + QLatin1String(".n"), 1, 1'000'000));
        e.payloadHash = reader.base64(eo, "h", path + QLatin1String(".h"), crypto::kSha256Bytes, false);
        if (!e.payloadHash.isEmpty() && e.payloadHash.size() != crypto::kSha256Bytes)
            reader.fail(path + QLatin1String(".h"));
        // The op follows from the version: a create is version 1, anything later is not.
        if (reader.ok() && (e.op == Op::Create) != (e.version == 1))
            reader.fail(path + QLatin1String(".o"));
        if (reader.ok() && e.entity == Entity::Member && e.op == Op::Void)
            reader.fail(path + QLatin1String(".o"));
        r.entries.append(std::move(e));
    }
    // One sealed box carries every entry's payload; a request without entries has none.
    if (!r.entries.isEmpty())
        r.sealedBatch = reader.base64(o, "b", QStringLiteral("b"), limits.maxSealedBatchBytes, true);
    return finish(reader, std::move(r));
}

QByteArray encode(const PushResponse& r)
{
    QJsonArray results;
    for (const EntryResult& e : r.results)
        results.append(resultToJson(e));
    QJsonObject o{{key("v"), kProtocolVersion},
                  {key("r"), results},
                  {key("hw"), r.highWater},
                  {key("now"), r.serverTimeMs}};
    if (r.replay)
        o.insert(key("replay"), true);
    if (r.pull)
        o.insert(key("pull"), pageToJson(*r.pull));
    return compact(o);
}

Result<PushResponse> decodePushResponse(const QByteArray& json)
{
    Reader reader;
    PushResponse r;
    const auto parsed = parseObject(json, reader);
    if (!parsed || !checkVersion(*parsed, reader))
        return reader.error();
    const QJsonArray results = reader.array(*parsed, "r", QStringLiteral("r"), 1'000'000, true);
    for (qsizetype i = 0; i < results.size() && reader.ok(); ++i) {
        const auto result = resultFromJson(results.at(i).toObject());
        if (!result)
            reader.fail(QStringLiteral("r[%1]").arg(i));
        else
            r.results.append(*result);
    }
    r.highWater = reader.integer(*parsed, "hw", QStringLiteral("hw"), 0, kMaxSafeInteger);
    r.serverTimeMs = reader.integer(*parsed, "now", QStringLiteral("now"), 0, kMaxSafeInteger, 0);
    r.replay = parsed->value(key("replay")).toBool();
    if (parsed->contains(key("pull")))
        r.pull = pageFromJson(reader.object(*parsed, "pull", QStringLiteral("pull"), true), reader);
    return finish(reader, std::move(r));
}

QByteArray encode(const ChangesPage& p)
{
    QJsonObject o = pageToJson(p);
    o.insert(key("v"), kProtocolVersion);
    return compact(o);
}

Result<ChangesPage> decodeChangesPage(const QByteArray& json)
{
    Reader reader;
    const auto parsed = parseObject(json, reader);
    if (!parsed || !checkVersion(*parsed, reader))
        return reader.error();
    ChangesPage page = pageFromJson(*parsed, reader);
    return finish(reader, std::move(page));
}

QByteArray encode(const ManifestRequest& r)
{
    QJsonArray ranges;
    if (r.by == ManifestRequest::By::Seq) {
        for (const auto& [from, to] : r.seqRanges)
            ranges.append(QJsonArray{from, to});
    } else {
        for (const auto& [from, to] : r.idRanges)
            ranges.append(QJsonArray{uuidText(from), uuidText(to)});
    }
    return compact(
        {{key("v"), kProtocolVersion},
         {key("by"), r.by == ManifestRequest::By::Seq ? QStringLiteral("seq") : QStringLiteral("id")},
         {key("ranges"), ranges}});
}

Result<ManifestRequest> decodeManifestRequest(const QByteArray& json, const Limits& limits)
{
    Reader reader;
    ManifestRequest r;
    const auto parsed = parseObject(json, reader);
    if (!parsed || !checkVersion(*parsed, reader))
        return reader.error();
    const QString by = parsed->value(key("by")).toString();
    if (by == QLatin1String("seq"))
        r.by = ManifestRequest::By::Seq;
    else if (by == QLatin1String("id"))
        r.by = ManifestRequest::By::Id;
    else
        reader.fail(QStringLiteral("by"));
    const QJsonArray ranges =
        reader.array(*parsed, "ranges", QStringLiteral("ranges"), limits.maxManifestRanges, true);
    for (qsizetype i = 0; i < ranges.size() && reader.ok(); ++i) {
        const QString path = QStringLiteral("ranges[%1]").arg(i);
        const QJsonArray pair = ranges.at(i).toArray();
        if (pair.size() != 2) {
            reader.fail(path);
            break;
        }
        const QJsonObject wrapped{{key("a"), pair.at(0)}, {key("b"), pair.at(1)}};
        if (r.by == ManifestRequest::By::Seq) {
            const qint64 from = reader.integer(wrapped, "a", path, 0, kMaxSafeInteger);
            const qint64 to = reader.integer(wrapped, "b", path, 0, kMaxSafeInteger);
            if (to < from)
                reader.fail(path);
            r.seqRanges.append({from, to});
        } else {
            const QUuid from = reader.uuid(wrapped, "a", path);
            const QUuid to = reader.uuid(wrapped, "b", path);
            if (uuidText(to) < uuidText(from))
                reader.fail(path);
            r.idRanges.append({from, to});
        }
    }
    return finish(reader, std::move(r));
}

QByteArray encode(const ManifestResponse& r)
{
    QJsonArray ranges;
    for (const ManifestRange& m : r.ranges)
        ranges.append(QJsonObject{{key("n"), m.count}, {key("h"), QString::fromLatin1(m.hashHex)}});
    return compact({{key("v"), kProtocolVersion}, {key("ranges"), ranges}});
}

Result<ManifestResponse> decodeManifestResponse(const QByteArray& json)
{
    Reader reader;
    ManifestResponse r;
    const auto parsed = parseObject(json, reader);
    if (!parsed || !checkVersion(*parsed, reader))
        return reader.error();
    const QJsonArray ranges = reader.array(*parsed, "ranges", QStringLiteral("ranges"), 100000, true);
    for (qsizetype i = 0; i < ranges.size() && reader.ok(); ++i) {
        const QJsonObject m = ranges.at(i).toObject();
        const QString path = QStringLiteral("ranges[%1]").arg(i);
        r.ranges.append({reader.integer(m, "n", path + QLatin1String(".n"), 0, kMaxSafeInteger),
                         reader.text(m, "h", path + QLatin1String(".h"), 64, true).toLatin1()});
    }
    return finish(reader, std::move(r));
}

QByteArray encode(const EnrolRequest& r)
{
    return compact({{key("v"), kProtocolVersion},
                    {key("code"), r.code},
                    {key("signKey"), QString::fromLatin1(r.signPublicKey.toBase64())},
                    {key("name"), r.deviceName},
                    {key("app"), r.appVersion}});
}

Result<EnrolRequest> decodeEnrolRequest(const QByteArray& json, const Limits& limits)
{
    Reader reader;
    EnrolRequest r;
    const auto parsed = parseObject(json, reader);
    if (!parsed || !checkVersion(*parsed, reader))
        return reader.error();
    r.code = reader.text(*parsed, "code", QStringLiteral("code"), 64, true);
    r.signPublicKey =
        reader.base64(*parsed, "signKey", QStringLiteral("signKey"), crypto::kSignPublicKeyBytes, true);
    if (reader.ok() && r.signPublicKey.size() != crypto::kSignPublicKeyBytes)
        reader.fail(QStringLiteral("signKey"));
    r.deviceName = reader.text(*parsed, "name", QStringLiteral("name"), limits.maxTextLength, false);
    r.appVersion = reader.text(*parsed, "app", QStringLiteral("app"), limits.maxTextLength, false);
    return finish(reader, std::move(r));
}

QByteArray encode(const EnrolResponse& r)
{
    return compact({{key("v"), kProtocolVersion},
                    {key("device"), r.deviceId},
                    {key("token"), r.token},
                    {key("country"), r.country},
                    {key("district"), r.district},
                    {key("serverKey"), QString::fromLatin1(r.serverBoxPublicKey.toBase64())},
                    {key("serverSignKey"), QString::fromLatin1(r.serverSignPublicKey.toBase64())}});
}

Result<EnrolResponse> decodeEnrolResponse(const QByteArray& json)
{
    Reader reader;
    EnrolResponse r;
    const auto parsed = parseObject(json, reader);
    if (!parsed || !checkVersion(*parsed, reader))
        return reader.error();
    r.deviceId = uuidText(reader.uuid(*parsed, "device", QStringLiteral("device")));
    r.token = reader.text(*parsed, "token", QStringLiteral("token"), 200, true);
    r.country = reader.text(*parsed, "country", QStringLiteral("country"), 2, true);
    r.district = reader.text(*parsed, "district", QStringLiteral("district"), 16, true);
    r.serverBoxPublicKey =
        reader.base64(*parsed, "serverKey", QStringLiteral("serverKey"), crypto::kBoxPublicKeyBytes, true);
    r.serverSignPublicKey = reader.base64(*parsed, "serverSignKey", QStringLiteral("serverSignKey"),
                                          crypto::kSignPublicKeyBytes, true);
    return finish(reader, std::move(r));
}

QByteArray encode(const ErrorBody& e)
{
    QJsonObject error{{key("code"), e.error.code}, {key("message"), e.error.message}};
    if (!e.error.field.isEmpty())
        error.insert(key("field"), e.error.field);
    if (e.seq > 0)
        error.insert(key("seq"), e.seq);
    return compact({{key("error"), error}});
}

Result<ErrorBody> decodeErrorBody(const QByteArray& json)
{
    Reader reader;
    ErrorBody e;
    const auto parsed = parseObject(json, reader);
    if (!parsed)
        return reader.error();
    const QJsonObject error = reader.object(*parsed, "error", QStringLiteral("error"), true);
    e.error.code = reader.text(error, "code", QStringLiteral("error.code"), 100, true);
    e.error.message = reader.text(error, "message", QStringLiteral("error.message"), 2000, false);
    e.error.field = reader.text(error, "field", QStringLiteral("error.field"), 200, false);
    e.seq = reader.integer(error, "seq", QStringLiteral("error.seq"), 0, kMaxSafeInteger, 0);
    return finish(reader, std::move(e));
}

} // namespace fe::wire
