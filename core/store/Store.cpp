#include "store/Store.h"

#include "common/Sha256.h"
#include "common/Utf8.h"
#include "common/Uuid.h"
#include "security/KeyWrap.h"
#include "store/BackgroundCheckpoint.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "validation/Normalise.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <sqlite3.h>

namespace fe {
namespace {

const QString kMember = QStringLiteral("member");
const QString kContribution = QStringLiteral("contribution");
const QString kDocument = QStringLiteral("document");

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray associatedData(const QString& entity, const QUuid& id)
{
    return entity.toUtf8() + ':' + id.toByteArray(QUuid::WithoutBraces);
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QJsonObject schemeToJson(const Scheme& s)
{
    return {{QLatin1String("code"), s.code},
            {QLatin1String("country"), CountryProfile::of(s.country).code},
            {QLatin1String("name"), s.name},
            {QLatin1String("localName"), s.localName},
            {QLatin1String("rule"), static_cast<int>(s.rule)},
            {QLatin1String("rateBasisPoints"), s.rateBasisPoints},
            {QLatin1String("minimumMonthlyMinor"), QString::number(s.minimumMonthlyMinor)},
            {QLatin1String("minAge"), s.minAge},
            {QLatin1String("maxAge"), s.maxAge}};
}

Scheme schemeFromJson(const QJsonObject& o)
{
    Scheme s;
    s.code = o.value(QLatin1String("code")).toString();
    s.country = CountryProfile::fromCode(o.value(QLatin1String("country")).toString())
                    .value_or(CountryProfile::lao())
                    .country;
    s.name = o.value(QLatin1String("name")).toString();
    s.localName = o.value(QLatin1String("localName")).toString();
    s.rule = static_cast<Scheme::RuleKind>(o.value(QLatin1String("rule")).toInt());
    s.rateBasisPoints = o.value(QLatin1String("rateBasisPoints")).toInt();
    s.minimumMonthlyMinor = o.value(QLatin1String("minimumMonthlyMinor")).toString().toLongLong();
    s.minAge = o.value(QLatin1String("minAge")).toInt();
    s.maxAge = o.value(QLatin1String("maxAge")).toInt();
    return s;
}

} // namespace

// The write path shared by every kind of change: history, audit, outbox, meta.
struct Store::Impl
{
    static QString meta(sql::Database& db, const char* key)
    {
        auto& st = db.cached("SELECT value FROM meta WHERE key = ?");
        st.bind(1, QString::fromLatin1(key));
        const QString value = st.next() ? st.text(0) : QString();
        st.reset();
        return value;
    }

    static void setMeta(sql::Database& db, const char* key, const QString& value)
    {
        db.cached("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                  "excluded.value")
            .bind(1, QString::fromLatin1(key))
            .bind(2, value)
            .run();
    }

    static QByteArray auditHash(const QByteArray& prev, qint64 seq, qint64 at, const QString& op,
                                const QString& action, const QString& entity, const QString& id,
                                const QString& detail)
    {
        // Built in one buffer: a row of a bulk import writes one entry, and the temporaries of
        // building it part by part were 3 % of the writing thread.
        QByteArray data;
        data.reserve(prev.size() + 96 + op.size() + action.size() + entity.size() + id.size() +
                     detail.size());
        data += prev;
        data += '|';
        data += QByteArray::number(seq);
        data += '|';
        data += QByteArray::number(at);
        for (const QString* part : {&op, &action, &entity, &id, &detail}) {
            data += '|';
            appendUtf8(data, *part);
        }
        return sha256(data);
    }

    // `updateHead`: false inside a bulk batch, which writes the head once before it commits.
    static void appendAudit(sql::Database& db, qint64 at, const QString& op, const QString& action,
                            const QString& entity, const QUuid& id, const QString& detail,
                            bool updateHead = true)
    {
        appendAuditFor(db, at, op, action, entity, id.isNull() ? QString() : uuidText(id), detail,
                       updateHead);
    }

    // The same with the record's id as text (empty: none), which the caller has already.
    static void appendAuditFor(sql::Database& db, qint64 at, const QString& op, const QString& action,
                               const QString& entity, const QString& idText, const QString& detail,
                               bool updateHead)
    {
        auto& last = db.cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        qint64 seq = 1;
        QByteArray prev(32, '\0');
        if (last.next()) {
            seq = last.int64(0) + 1;
            prev = last.blob(1);
        }
        last.reset();
        const QByteArray hash = auditHash(prev, seq, at, op, action, entity, idText, detail);
        db.cached(
              "INSERT INTO audit(seq, at, operator_id, action, entity, entity_id, detail, prev_hash, hash) "
              "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, seq)
            .bind(2, at)
            .bind(3, op)
            .bind(4, action)
            .bind(5, entity)
            .bind(6, idText)
            .bind(7, detail)
            .bindBlob(8, prev)
            .bindBlob(9, hash)
            .run();
        if (updateHead)
            writeAuditHead(db, seq, hash);
    }

    static void writeAuditHead(sql::Database& db, qint64 seq, const QByteArray& hash)
    {
        setMeta(db, "audit_head", QString::fromLatin1(hash.toHex()));
        setMeta(db, "audit_count", QString::number(seq));
    }

    // The audit head and count in meta from the last audit entry (end of a bulk batch).
    static void refreshAuditHead(sql::Database& db)
    {
        auto& last = db.cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last.next()) {
            const qint64 seq = last.int64(0);
            const QByteArray hash = last.blob(1);
            last.reset();
            writeAuditHead(db, seq, hash);
        } else {
            last.reset();
        }
    }

    static QByteArray sealReason(const Store& s, const QString& entity, const QUuid& id, int version,
                                 const QString& reason)
    {
        return s.m_codec->seal(reason.toUtf8(), reasonAssociatedData(entity, id, version));
    }

    // Writes the bookkeeping of a record's new version: its history row (the hash; the payload
    // stays in the record's own row while this is the current version), audit and outbox.
    // Returns the outbox sequence number.
    static qint64 writeHashedVersion(Store& s, const QString& entity, const QString& idText, int version,
                                     const QByteArray& hash, const QByteArray& sealedReason,
                                     const QString& op, const QString& outboxOp, qint64 now)
    {
        sql::Database& db = *s.m_db;
        db.cached("INSERT INTO history(entity, entity_id, version, reason, operator_id, at, payload_hash) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?)")
            .bind(1, entity)
            .bind(2, idText)
            .bind(3, version)
            .bindBlob(4, sealedReason)
            .bind(5, op)
            .bind(6, now)
            .bindBlob(7, hash)
            .run();
        appendAuditFor(db, now, op, entity + QLatin1Char('.') + outboxOp, entity, idText,
                       QLatin1Char('v') + QString::number(version) + QLatin1Char(' ') +
                           QString::fromLatin1(hash.left(8).toHex()),
                       !s.m_inBatch);
        db.cached("INSERT INTO outbox(entity, entity_id, entity_version, op, idempotency_key, payload_hash, "
                  "created_at) VALUES(?, ?, ?, ?, ?, ?, ?)")
            .bind(1, entity)
            .bind(2, idText)
            .bind(3, version)
            .bind(4, outboxOp)
            .bind(5, entity + QLatin1Char(':') + idText + QLatin1Char(':') + QString::number(version))
            .bindBlob(6, hash)
            .bind(7, now)
            .run();
        return db.lastInsertRowId();
    }

    static qint64 writeVersion(Store& s, const QString& entity, const QUuid& id, int version,
                               const QByteArray& plainPayload, const QString& reason, const QString& op,
                               const QString& outboxOp, qint64 now)
    {
        return writeHashedVersion(s, entity, uuidText(id), version, sha256(plainPayload),
                                  sealReason(s, entity, id, version, reason), op, outboxOp, now);
    }

    // Before a record's row takes a new version: its current payload moves into that version's
    // history row, which held only the hash while the version was current.
    static void keepSupersededPayload(Store& s, const QString& entity, const QUuid& id, int version)
    {
        const char* sqlText =
            entity == kMember ? "UPDATE history SET payload = (SELECT payload FROM members WHERE id = ?1) "
                                "WHERE entity = 'member' AND entity_id = ?1 AND version = ?2 AND "
                                "payload IS NULL"
                              : "UPDATE history SET payload = (SELECT payload FROM contributions WHERE id "
                                "= ?1) WHERE entity = 'contribution' AND entity_id = ?1 AND version = ?2 "
                                "AND payload IS NULL";
        s.m_db->cached(sqlText).bind(1, uuidText(id)).bind(2, version).run();
    }

    // Documents, receipts and mobile-money codes name one record each: they live in
    // unique_lookups, whose key is (kind, key). Phones and household documents may be shared.
    static bool isUniqueKind(const QString& kind)
    {
        return kind == QLatin1String("document") || kind == QLatin1String("receipt") ||
               kind == QLatin1String("momo");
    }

    // `storedKey` as PayloadCodec::lookupKey made it.
    static void insertLookup(Store& s, const QString& kind, const QString& storedKey, const QString& idText)
    {
        s.m_db
            ->cached(isUniqueKind(kind)
                         ? "INSERT OR IGNORE INTO unique_lookups(kind, key, entity_id) VALUES(?, ?, ?)"
                         : "INSERT OR IGNORE INTO lookups(kind, key, entity_id) VALUES(?, ?, ?)")
            .bind(1, kind)
            .bind(2, storedKey)
            .bind(3, idText)
            .run();
    }

    // False when another record holds the key.
    static bool claimUnique(Store& s, const QString& kind, const QString& storedKey, const QString& idText)
    {
        s.m_db
            ->cached(
                "INSERT INTO unique_lookups(kind, key, entity_id) VALUES(?, ?, ?) ON CONFLICT DO NOTHING")
            .bind(1, kind)
            .bind(2, storedKey)
            .bind(3, idText)
            .run();
        return s.m_db->changes() == 1;
    }

    // `before`: the record's look-ups until now (a correction); the ones no longer true are
    // deleted by their key, the new ones added.
    static void setLookups(Store& s, const QUuid& id, const QList<std::pair<QString, QString>>& entries,
                           const QList<std::pair<QString, QString>>& before = {})
    {
        const QString idText = uuidText(id);
        for (const auto& [kind, value] : before) {
            if (value.isEmpty() || entries.contains(std::pair{kind, value}))
                continue;
            s.m_db
                ->cached(isUniqueKind(kind)
                             ? "DELETE FROM unique_lookups WHERE kind = ? AND key = ? AND entity_id = ?"
                             : "DELETE FROM lookups WHERE kind = ? AND key = ? AND entity_id = ?")
                .bind(1, kind)
                .bind(2, s.m_codec->lookupKey(kind, value))
                .bind(3, idText)
                .run();
        }
        // All of them, not only the new ones: a key a store of an earlier version never wrote is
        // added on the record's next correction.
        for (const auto& [kind, value] : entries)
            if (!value.isEmpty())
                insertLookup(s, kind, s.m_codec->lookupKey(kind, value), idText);
    }

    static bool exists(Store& s, const QString& entity, const QUuid& id)
    {
        auto& st = s.m_db->cached(entity == kMember ? "SELECT 1 FROM members WHERE id = ?"
                                                    : "SELECT 1 FROM contributions WHERE id = ?");
        st.bind(1, uuidText(id));
        const bool found = st.next();
        st.reset();
        return found;
    }

    static QList<QUuid> lookupStored(Store& s, const QString& kind, const QString& storedKey)
    {
        QList<QUuid> out;
        auto& st = s.m_db->cached(isUniqueKind(kind)
                                      ? "SELECT entity_id FROM unique_lookups WHERE kind = ? AND key = ?"
                                      : "SELECT entity_id FROM lookups WHERE kind = ? AND key = ?");
        st.bind(1, kind).bind(2, storedKey);
        while (st.next())
            out.append(QUuid::fromString(st.text(0)));
        st.reset();
        return out;
    }

    static QList<QUuid> lookup(Store& s, const QString& kind, const QString& value)
    {
        return value.isEmpty() ? QList<QUuid>{} : lookupStored(s, kind, s.m_codec->lookupKey(kind, value));
    }

    static QList<std::pair<QString, QString>> memberLookups(const Member& m)
    {
        QList<std::pair<QString, QString>> out;
        if (m.document.type != DocumentType::None)
            out.append(
                {QStringLiteral("document"), toKey(m.document.type) + QLatin1Char(':') + m.document.number});
        out.append({QStringLiteral("phone"), m.phone});
        for (const HouseholdMember& h : m.household)
            if (h.document.type != DocumentType::None)
                out.append({QStringLiteral("household_document"),
                            toKey(h.document.type) + QLatin1Char(':') + h.document.number});
        return out;
    }

    static std::optional<Member> decodeMember(Store& s, const QString& idText, const QByteArray& blob,
                                              const QString& memberNumber)
    {
        const QUuid id = QUuid::fromString(idText);
        const auto plain = s.m_codec->open(blob, associatedData(kMember, id));
        if (!plain)
            return std::nullopt;
        auto m = Member::fromJsonText(*plain);
        if (!m.ok() || m.value().id != id)
            return std::nullopt;
        if (!memberNumber.isEmpty())
            m.value().memberNumber = memberNumber;
        return std::move(m).value();
    }

    static std::optional<Contribution> decodeContribution(Store& s, const QString& idText,
                                                          const QByteArray& blob)
    {
        const QUuid id = QUuid::fromString(idText);
        const auto plain = s.m_codec->open(blob, associatedData(kContribution, id));
        if (!plain)
            return std::nullopt;
        auto c = Contribution::fromJsonText(*plain);
        if (!c.ok() || c.value().id != id)
            return std::nullopt;
        return std::move(c).value();
    }
};

Result<std::unique_ptr<Store>> Store::create(const QString& path, const CreateOptions& create,
                                             const StoreOptions& options)
{
    if (QFileInfo::exists(path))
        return Error{QStringLiteral("store.exists"),
                     tr("%1 already exists. Choose another file name, or open the existing store.").arg(path),
                     {}};
    const QString deviceName = normaliseName(create.deviceName);
    if (deviceName.isEmpty() || deviceName.size() > 64 || hasControlCharacters(deviceName))
        return Error{QStringLiteral("store.device_name"),
                     tr("Give the device a name of 1 to 64 characters, e.g. \"Xaythany team 2\"."),
                     QStringLiteral("deviceName")};
    if (create.administrator) {
        if (const auto e = OperatorDirectory::checkUsername(create.administrator->account.username))
            return *e;
        if (const auto e = OperatorDirectory::checkPassword(create.administrator->password,
                                                            create.administrator->account.username))
            return *e;
    }
    // The first administrator could not be created (inside the building transaction).
    struct CreateRefused
    {
        Error error;
    };
    std::unique_ptr<Store> store(new Store);
    // Built under a temporary name and renamed into place once complete, so a crash or a full disk
    // while creating never leaves a half-made store at `path` (one that would neither open nor let
    // a new one be created). Rollback journal while building: the finished file stands alone.
    const QString building = path + QStringLiteral(".creating");
    const auto removeFiles = [](const QString& file) {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(file + QLatin1String(suffix));
    };
    removeFiles(building); // left by an interrupted create
    bool renamed = false;
    try {
        store->m_db = sql::Database::open(building, sql::Database::Mode::ReadWriteCreate, options.vfsName);
        store->m_clock = options.clock;
        // 8 KiB pages: a commit writes each page it changed into the log with two system calls,
        // so half as many pages is a bulk import ~10 % faster (bench_store); an interactive save
        // writes as few pages as before, twice as large, and takes as long. Set before the first
        // table, it holds for the file's life (VACUUM INTO copies keep it).
        store->m_db->exec("PRAGMA page_size=8192");
        store->m_db->exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000");
        schema::migrate(*store->m_db);
        sql::Database& db = *store->m_db;
        const CountryProfile& profile = CountryProfile::of(create.country);
        const qint64 now = options.clock->nowMs();
        sql::Transaction tx(db);
        Impl::setMeta(db, "country", profile.code);
        Impl::setMeta(db, "device_id", uuidText(createUuidV7(*options.clock)));
        Impl::setMeta(db, "device_name", deviceName);
        Impl::setMeta(db, "created_at", QString::number(now));
        Impl::setMeta(db, "receipt_counter", QStringLiteral("0"));
        const ReferenceData ref = ReferenceData::builtIn(create.country);
        for (const AdminUnit& u : ref.units())
            db.cached("INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) "
                      "VALUES(?,?,?,?,?)")
                .bind(1, u.level)
                .bind(2, u.code)
                .bind(3, u.parentCode)
                .bind(4, u.nameLocal)
                .bind(5, u.nameLatin)
                .run();
        for (const Scheme& s : Scheme::builtIn())
            if (s.country == create.country)
                db.cached("INSERT INTO schemes(code, definition) VALUES(?, ?)")
                    .bind(1, s.code)
                    .bind(2, QString::fromUtf8(compact(schemeToJson(s))))
                    .run();
        Impl::appendAudit(db, now, QStringLiteral("system"), QStringLiteral("store.create"), {}, {},
                          profile.code + QLatin1Char(' ') + deviceName);
        if (create.administrator) {
            // In the same transaction: the store exists encrypted, or not at all.
            NewOperator admin = create.administrator->account;
            admin.role = OperatorRole::Administrator;
            OperatorDirectory operators(db, *options.clock, options.kdfCost);
            auto recovery = operators.createFirstAdministrator(admin, create.administrator->password,
                                                               KeyWrap::generateDataKey());
            if (!recovery)
                throw CreateRefused{recovery.error()};
            store->m_recoveryCode = recovery.value();
        }
        tx.commit();
        store->m_db.reset(); // the finished file, closed, goes into place
        if (!QFile::rename(building, path)) {
            removeFiles(building);
            if (QFileInfo::exists(path))
                return Error{
                    QStringLiteral("store.exists"),
                    tr("%1 already exists. Choose another file name, or open the existing store.").arg(path),
                    {}};
            return sql::errorFor(SQLITE_CANTOPEN, path);
        }
        renamed = true;
        store->m_db = sql::Database::open(path, sql::Database::Mode::ReadWrite, options.vfsName);
        store->m_vfsName = options.vfsName;
        store->m_db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
                          "PRAGMA busy_timeout=5000");
        store->load();
        store->startOperators(options);
        if (create.administrator) {
            const Status unlocked =
                store->unlock(create.administrator->account.username, create.administrator->password);
            if (!unlocked.ok())
                return unlocked.error();
        }
    } catch (const sql::Failure& f) {
        store.reset();
        removeFiles(building);
        if (renamed)
            removeFiles(path);
        return sql::errorFor(f.sqliteCode, path);
    } catch (const CreateRefused& refused) {
        store.reset();
        removeFiles(building);
        return refused.error;
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const StoreOptions& options)
{
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("store.missing"),
                     tr("There is no store at %1. Create one first (fieldenrolctl init).").arg(path),
                     {}};
    std::unique_ptr<Store> store(new Store);
    store->m_clock = options.clock;
    try {
        store->m_db = sql::Database::open(path, sql::Database::Mode::ReadWrite, options.vfsName);
        store->m_vfsName = options.vfsName;
        // Reading the header first: a file that is not a database fails here, before any PRAGMA
        // that could write to it.
        const int version = schema::version(*store->m_db);
        if (version > schema::kCurrentVersion)
            return Error{
                QStringLiteral("store.newer_schema"),
                tr("This store was written by a newer FieldEnrol (schema %1; this version knows %2). "
                   "Update FieldEnrol; the store was left unchanged.")
                    .arg(version)
                    .arg(schema::kCurrentVersion),
                {}};
        if (version == 0)
            return Error{QStringLiteral("store.not_a_store"),
                         tr("%1 is not a FieldEnrol store. It was left unchanged.").arg(path),
                         {}};
        store->m_db->exec("PRAGMA busy_timeout=5000; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                          "PRAGMA foreign_keys=ON");
        if (version < schema::kCurrentVersion) {
            // A consistent copy of the old store is kept next to it before anything changes.
            const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
            QFile::remove(backup);
            try {
                sql::Statement st(store->m_db->handle(), "VACUUM INTO ?");
                st.bind(1, backup);
                st.run();
            } catch (const sql::Failure&) {
                QFile::remove(backup); // a copy cut short (e.g. disk full) must not pass for a backup
                throw;
            }
            // Every step in one transaction: a failure part way leaves the store at its old version.
            sql::Transaction all(*store->m_db);
            schema::migrate(*store->m_db);
            all.commit();
        }
        store->load();
        store->startOperators(options);
        if (store->m_deviceId.isEmpty())
            return Error{QStringLiteral("store.not_a_store"),
                         tr("%1 is not a FieldEnrol store. It was left unchanged.").arg(path),
                         {}};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path);
    }
    return store;
}

Store::Store() = default;
Store::~Store()
{
    lock();
}

QString Store::path() const
{
    return m_db ? m_db->path() : QString();
}

void Store::load()
{
    // Replaces SQLite's automatic checkpoint (see checkpointIfDue), with limits in bytes.
    sqlite3_wal_hook(m_db->handle(), &Store::walCommitted, this);
    const qint64 pageBytes = qMax<qint64>(512, m_db->scalar("PRAGMA page_size"));
    m_walCheckpointFrames = static_cast<int>(kWalCheckpointBytes / pageBytes);
    m_walInlineLimit = m_walInlineFrames = static_cast<int>(kWalInlineCheckpointBytes / pageBytes);
    m_codec = std::make_unique<PlainPayloadCodec>();
    m_country = CountryProfile::fromCode(Impl::meta(*m_db, "country")).value_or(CountryProfile::lao());
    // Built once: looking the zone up in the system database on every validation was 2-3 % of an import.
    m_timeZone = QTimeZone(m_country.timeZoneId.toLatin1());
    {
        const std::lock_guard lock(m_localDayMutex);
        m_localDay = {};
    }
    m_deviceId = Impl::meta(*m_db, "device_id");
    QList<AdminUnit> units;
    sql::Statement st(m_db->handle(),
                      "SELECT level, code, parent_code, name_local, name_latin FROM admin_units");
    while (st.next())
        units.append({static_cast<int>(st.int64(0)), st.text(1), st.text(2), st.text(3), st.text(4)});
    m_reference = ReferenceData(m_country.country, std::move(units));
    m_schemes.clear();
    sql::Statement sc(m_db->handle(), "SELECT definition FROM schemes ORDER BY code");
    while (sc.next())
        m_schemes.append(schemeFromJson(QJsonDocument::fromJson(sc.text(0).toUtf8()).object()));
}

Validator Store::validator() const
{
    // "Today" is the date where the clerk works (as the screens and the central office see it):
    // after 17:00 UTC it is already tomorrow in Vientiane, and a registration enrolled "today"
    // must not be refused as enrolled in the future.
    return Validator(m_country, m_reference, m_schemes, localToday());
}

QDate Store::localToday() const
{
    const qint64 now = m_clock->nowMs();
    const std::lock_guard lock(m_localDayMutex);
    if (now >= m_localDay.startsAtMs && now < m_localDay.endsAtMs)
        return m_localDay.date;
    const QDate today = fromMs(now).toTimeZone(m_timeZone).date();
    const auto midnight = [&](const QDate& day) {
        return QDateTime(day, QTime(0, 0), m_timeZone).toMSecsSinceEpoch();
    };
    m_localDay = {today, midnight(today), midnight(today.addDays(1))};
    if (!(now >= m_localDay.startsAtMs && now < m_localDay.endsAtMs))
        m_localDay = {}; // a day that does not start at midnight: not kept, computed each time
    return today;
}

SaveResult Store::failed(const Error& e, QList<Error> fields, QUuid conflicting)
{
    SaveResult r;
    r.error = e;
    r.fieldErrors = std::move(fields);
    r.conflictingId = conflicting;
    return r;
}

namespace {
Error validationFailed(const QList<Error>& errors)
{
    return {QStringLiteral("validation"),
            errors.size() == 1 ? errors.first().message
                               : QCoreApplication::translate("Store", "%n field(s) need attention.", nullptr,
                                                             static_cast<int>(errors.size())),
            errors.isEmpty() ? QString() : errors.first().field};
}
} // namespace

SaveResult Store::registerMember(Member m, const QString& operatorId)
{
    return registerPrepared(prepareRegistration(std::move(m), operatorId));
}

PreparedRegistration Store::prepareRegistration(Member m, const QString& operatorId) const
{
    PreparedRegistration p;
    p.report = validator().normaliseAndValidate(m);
    p.operatorId = operatorId;
    if (!p.report.ok()) {
        p.member = std::move(m);
        return p;
    }
    p.idGiven = !m.id.isNull();
    if (!p.idGiven)
        m.id = createUuidV7(*m_clock); // new: no need to look for it
    p.at = m_clock->nowMs();
    m.version = 1;
    m.createdAt = m.updatedAt = fromMs(p.at);
    if (m.consent.operatorId.isEmpty())
        m.consent.operatorId = operatorId;
    const QByteArray plain = m.toCompactJson();
    p.hash = sha256(plain);
    try {
        p.sealed = m_codec->seal(plain, associatedData(kMember, m.id));
        p.sealedReason =
            m_codec->seal(QByteArrayLiteral("registered"), reasonAssociatedData(kMember, m.id, 1));
        for (const auto& [kind, value] : Impl::memberLookups(m)) {
            if (value.isEmpty())
                continue;
            p.lookupKeys.append({kind, m_codec->lookupKey(kind, value)});
            if (kind == kDocument)
                p.documentKey = p.lookupKeys.last().second;
        }
        if (m_encrypted) // the stores that keep a search index while unlocked
            p.profile = MatchProfile::of(m, m_country.country);
    } catch (const sql::Failure& f) { // the store is locked: its codec refuses
        p.refused = sql::errorFor(f.sqliteCode, path());
    }
    p.member = std::move(m);
    return p;
}

SaveResult Store::registerPrepared(const PreparedRegistration& p)
{
    if (!p.report.ok())
        return failed(validationFailed(p.report.errors), p.report.errors);
    if (p.refused)
        return failed(*p.refused);
    const Member& m = p.member;
    try {
        if (p.idGiven && Impl::exists(*this, kMember, m.id))
            return failed({QStringLiteral("member.exists"), tr("This record was already saved."), {}}, {},
                          m.id);
        const QString idText = uuidText(m.id);
        sql::Transaction tx(*m_db);
        // The document first: its key names one record, so a key another member holds refuses
        // the registration before anything is written, without a look-up before every insert.
        if (!p.documentKey.isEmpty() && !Impl::claimUnique(*this, kDocument, p.documentKey, idText)) {
            tx.endUnwritten();
            return failed({QStringLiteral("member.document_exists"),
                           tr("A member with this document number is already registered."),
                           QStringLiteral("document.number")},
                          {}, Impl::lookupStored(*this, kDocument, p.documentKey).value(0));
        }
        m_db->cached("INSERT INTO members(id, version, district_code, member_number, created_at, updated_at, "
                     "payload) "
                     "VALUES(?, 1, ?, ?, ?, ?, ?)")
            .bind(1, idText)
            .bind(2, m.address.districtCode)
            .bind(3, m.memberNumber.isEmpty() ? QString() : m.memberNumber)
            .bind(4, p.at)
            .bind(5, p.at)
            .bindBlob(6, p.sealed)
            .run();
        for (const auto& [kind, key] : p.lookupKeys)
            if (kind != kDocument)
                Impl::insertLookup(*this, kind, key, idText);
        const qint64 seq = Impl::writeHashedVersion(*this, kMember, idText, 1, p.hash, p.sealedReason,
                                                    p.operatorId, QStringLiteral("create"), p.at);
        tx.commit();
        if (p.profile)
            indexProfile(*p.profile);
        else
            indexMember(m);
        return {Saved{m.id, 1, seq, {}, p.report.notes}, {}, {}, {}};
    } catch (const sql::Failure& f) {
        return failed(sql::errorFor(f.sqliteCode, path()));
    }
}

SaveResult Store::correctMember(Member m, const QString& reasonIn, const QString& operatorId)
{
    const QString reason = normaliseName(reasonIn);
    if (reason.isEmpty() || reason.size() > Validator::kMaxTextLength)
        return failed({QStringLiteral("correction.reason"), tr("Give a reason for the correction."),
                       QStringLiteral("reason")});
    const auto previous = member(m.id);
    if (!previous)
        return failed({QStringLiteral("member.missing"), tr("There is no such member."), {}});
    // A copy read before another correction would silently undo it (version 0: the caller has none).
    if (m.version != 0 && m.version != previous->version)
        return failed({QStringLiteral("member.changed"),
                       tr("Someone else changed this record meanwhile. Reopen it and try again."),
                       {}});
    ValidationReport report = validator().normaliseAndValidate(m);
    if (!report.ok())
        return failed(validationFailed(report.errors), report.errors);
    try {
        if (m.document.type != DocumentType::None) {
            for (const QUuid& other :
                 Impl::lookup(*this, QStringLiteral("document"),
                              toKey(m.document.type) + QLatin1Char(':') + m.document.number))
                if (other != m.id)
                    return failed({QStringLiteral("member.document_exists"),
                                   tr("A member with this document number is already registered."),
                                   QStringLiteral("document.number")},
                                  {}, other);
        }
        const qint64 now = m_clock->nowMs();
        m.version = previous->version + 1;
        m.createdAt = previous->createdAt;
        m.memberNumber = previous->memberNumber;
        m.updatedAt = fromMs(now);
        const QByteArray plain = m.toCompactJson();
        const QByteArray sealed = m_codec->seal(plain, associatedData(kMember, m.id));
        sql::Transaction tx(*m_db);
        Impl::keepSupersededPayload(*this, kMember, m.id, previous->version);
        m_db->cached("UPDATE members SET version = ?, district_code = ?, updated_at = ?, payload = ? "
                     "WHERE id = ? AND version = ?")
            .bind(1, m.version)
            .bind(2, m.address.districtCode)
            .bind(3, now)
            .bindBlob(4, sealed)
            .bind(5, uuidText(m.id))
            .bind(6, previous->version)
            .run();
        if (m_db->changes() != 1)
            return failed({QStringLiteral("member.changed"),
                           tr("Someone else changed this record meanwhile. Reopen it and try again."),
                           {}});
        Impl::setLookups(*this, m.id, Impl::memberLookups(m), Impl::memberLookups(*previous));
        const qint64 seq = Impl::writeVersion(*this, kMember, m.id, m.version, plain, reason, operatorId,
                                              QStringLiteral("update"), now);
        tx.commit();
        indexMember(m);
        return {Saved{m.id, m.version, seq, {}, report.notes}, {}, {}, {}};
    } catch (const sql::Failure& f) {
        return failed(sql::errorFor(f.sqliteCode, path()));
    }
}

SaveResult Store::recordContribution(Contribution c, const QString& operatorId)
{
    const auto owner = member(c.memberId);
    if (!owner)
        return failed({QStringLiteral("contribution.member_missing"), tr("Choose a registered member."),
                       QStringLiteral("member")},
                      {{QStringLiteral("member_missing"), tr("Choose a registered member."),
                        QStringLiteral("member")}});
    ValidationReport report = validator().normaliseAndValidate(c, *owner);
    if (!report.ok())
        return failed(validationFailed(report.errors), report.errors);
    try {
        if (c.id.isNull())
            c.id = createUuidV7(*m_clock);
        if (contribution(c.id))
            return failed({QStringLiteral("contribution.exists"), tr("This payment was already saved."), {}},
                          {}, c.id);
        if (c.method == PaymentMethod::MobileMoney) {
            const auto reused = Impl::lookup(*this, QStringLiteral("momo"), c.transactionCode);
            if (!reused.isEmpty())
                return failed({QStringLiteral("contribution.code_reused"),
                               tr("This mobile-money code was already used for another payment."),
                               QStringLiteral("transactionCode")},
                              {}, reused.first());
        }
        const qint64 now = m_clock->nowMs();
        sql::Transaction tx(*m_db);
        const qint64 counter = Impl::meta(*m_db, "receipt_counter").toLongLong() + 1;
        Impl::setMeta(*m_db, "receipt_counter", QString::number(counter));
        // The device id's random tail: its head is a timestamp, shared by devices set up together.
        c.receiptNumber = m_deviceId.right(8).toUpper() + QLatin1Char('-') +
                          QStringLiteral("%1").arg(counter, 6, 10, QLatin1Char('0'));
        c.version = 1;
        c.operatorId = operatorId;
        c.recordedAt = fromMs(now);
        const QByteArray plain = compact(c.toJson());
        const QByteArray sealed = m_codec->seal(plain, associatedData(kContribution, c.id));
        m_db->cached(
                "INSERT INTO contributions(id, member_id, version, scheme_code, period_start, period_end, "
                "method, voided, recorded_at, payload) VALUES(?, ?, 1, ?, ?, ?, ?, 0, ?, ?)")
            .bind(1, uuidText(c.id))
            .bind(2, uuidText(c.memberId))
            .bind(3, c.schemeCode)
            .bind(4, c.periodStart.toString(Qt::ISODate))
            .bind(5, c.periodEnd.toString(Qt::ISODate))
            .bind(6, toKey(c.method))
            .bind(7, now)
            .bindBlob(8, sealed)
            .run();
        Impl::setLookups(
            *this, c.id,
            {{QStringLiteral("receipt"), c.receiptNumber}, {QStringLiteral("momo"), c.transactionCode}});
        const qint64 seq =
            Impl::writeVersion(*this, kContribution, c.id, 1, plain, QStringLiteral("recorded"), operatorId,
                               QStringLiteral("create"), now);
        tx.commit();
        indexReceipt(c.receiptNumber, c.memberId);
        return {Saved{c.id, 1, seq, c.receiptNumber, report.notes}, {}, {}, {}};
    } catch (const sql::Failure& f) {
        return failed(sql::errorFor(f.sqliteCode, path()));
    }
}

SaveResult Store::voidContribution(const QUuid& id, const QString& reasonIn, const QString& operatorId)
{
    const QString reason = normaliseName(reasonIn);
    if (reason.isEmpty() || reason.size() > Validator::kMaxTextLength)
        return failed({QStringLiteral("void.reason"), tr("Give a reason for voiding the payment."),
                       QStringLiteral("reason")});
    auto c = contribution(id);
    if (!c)
        return failed({QStringLiteral("contribution.missing"), tr("There is no such payment."), {}});
    if (c->isVoided())
        return failed(
            {QStringLiteral("contribution.already_void"), tr("This payment was already voided."), {}});
    try {
        const qint64 now = m_clock->nowMs();
        const int previousVersion = c->version;
        c->version = previousVersion + 1;
        c->voidedAt = fromMs(now);
        c->voidReason = reason;
        c->voidedBy = operatorId;
        const QByteArray plain = compact(c->toJson());
        const QByteArray sealed = m_codec->seal(plain, associatedData(kContribution, id));
        sql::Transaction tx(*m_db);
        Impl::keepSupersededPayload(*this, kContribution, id, previousVersion);
        m_db->cached(
                "UPDATE contributions SET version = ?, voided = 1, payload = ? WHERE id = ? AND version = ?")
            .bind(1, c->version)
            .bindBlob(2, sealed)
            .bind(3, uuidText(id))
            .bind(4, previousVersion)
            .run();
        if (m_db->changes() != 1)
            return failed({QStringLiteral("contribution.changed"),
                           tr("Someone else changed this payment meanwhile. Reopen it and try again."),
                           {}});
        const qint64 seq = Impl::writeVersion(*this, kContribution, id, c->version, plain, reason, operatorId,
                                              QStringLiteral("void"), now);
        tx.commit();
        return {Saved{id, c->version, seq, c->receiptNumber, {}}, {}, {}, {}};
    } catch (const sql::Failure& f) {
        return failed(sql::errorFor(f.sqliteCode, path()));
    }
}

Status Store::inBatch(const std::function<void()>& work, BatchGuard guard)
{
    // Saves inside a batch leave the audit head in meta alone; it is written once, before the commit.
    struct BatchScope
    {
        Store& store;
        bool wasInBatch;
        bool wasOff;
        BatchScope(Store& s, bool savepointsOff)
            : store(s), wasInBatch(s.m_inBatch), wasOff(s.m_db->nestedSavepointsOff)
        {
            store.m_inBatch = true;
            store.m_db->nestedSavepointsOff = wasOff || savepointsOff;
        }
        ~BatchScope()
        {
            store.m_inBatch = wasInBatch;
            store.m_db->nestedSavepointsOff = wasOff;
        }
    };
    const bool outermost = m_db->transactionDepth == 0;
    try {
        sql::Transaction tx(*m_db);
        if (outermost)
            m_db->unguardedFailed = false;
        {
            BatchScope batch(*this, guard == BatchGuard::WholeBatch);
            work();
        }
        if (outermost && m_db->unguardedFailed) {
            m_db->unguardedFailed = false;
            forgetSearchIndex(); // it followed saves that are now rolled back
            return Error{QString::fromLatin1(kBatchRedo),
                         tr("A row of the batch could not be saved; the batch is saved again row by row."),
                         {}}; // tx rolls back on the way out
        }
        Impl::refreshAuditHead(*m_db);
        tx.commit();
        return {};
    } catch (const sql::Failure& f) {
        if (outermost) {
            m_db->unguardedFailed = false;
            forgetSearchIndex();
        }
        return sql::errorFor(f.sqliteCode, path());
    }
}

Store::BulkWrites::BulkWrites(Store& store)
    : m_store(store), m_checkpoints(std::make_unique<BackgroundCheckpoint>(store.path(), store.m_vfsName))
{
    if (!m_checkpoints->running() || m_store.m_backgroundCheckpoints)
        return; // an outer BulkWrites has one, or the store checkpoints on its own thread
    m_store.m_backgroundCheckpoints = m_checkpoints.get();
    m_pageCache = std::make_unique<sql::BulkPageCache>(*m_store.m_db);
    // The background checkpoint cannot always copy everything (the writer is always ahead); the
    // log's hard bound, checkpointed by a commit, stays but further off.
    m_store.m_walInlineLimit = 4 * m_store.m_walInlineFrames;
}

Store::BulkWrites::~BulkWrites()
{
    if (m_store.m_backgroundCheckpoints == m_checkpoints.get()) {
        m_store.m_backgroundCheckpoints = nullptr;
        m_store.m_walInlineLimit = m_store.m_walInlineFrames;
    }
    m_checkpoints.reset(); // waits for a checkpoint under way
    m_pageCache.reset();
    // An import's saves are covered by a fresh search snapshot, so the next unlock does not
    // replay them one by one.
    if (m_store.m_index && m_store.m_keepsSnapshot && m_store.m_changesSinceSnapshot > 0)
        (void)m_store.writeSearchSnapshot();
    m_store.checkpoint();
}

int Store::walCommitted(void* store, sqlite3* /*db*/, const char* /*schema*/, int frames)
{
    auto* self = static_cast<Store*>(store);
    self->m_walFrames = frames;
    if (frames >= self->m_walInlineLimit)
        self->checkpoint();
    else if (self->m_backgroundCheckpoints && frames >= self->m_walCheckpointFrames)
        self->m_backgroundCheckpoints->request();
    return SQLITE_OK;
}

void Store::checkpoint()
{
    // A checkpoint that fails (a busy reader, an I/O error) leaves the log as it was: the pages
    // are still in it, durable, and the next checkpoint copies them.
    int logFrames = 0;
    int copied = 0;
    if (sqlite3_wal_checkpoint_v2(m_db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied) ==
            SQLITE_OK &&
        copied == logFrames)
        m_walFrames = 0;
}

bool Store::checkpointIfDue()
{
    if (!checkpointDue() || !m_db)
        return false;
    checkpoint();
    return true;
}

std::optional<QUuid> Store::importedEntity(const QString& importKey)
{
    if (!isUnlocked())
        return {};
    return importedEntityByStoredKey(storedImportKey(importKey));
}

QString Store::storedImportKey(const QString& importKey) const
{
    return m_codec->lookupKey(QStringLiteral("import"), importKey);
}

std::optional<QUuid> Store::importedEntityByStoredKey(const QString& storedKey)
{
    if (!isUnlocked())
        return {};
    auto& st = m_db->cached("SELECT entity_id FROM import_keys WHERE key = ?");
    st.bind(1, storedKey);
    std::optional<QUuid> out;
    if (st.next())
        out = QUuid::fromString(st.text(0));
    st.reset();
    return out;
}

Status Store::rememberImport(const QString& importKey, const QString& entity, const QUuid& id)
{
    QString storedKey;
    try {
        storedKey = storedImportKey(importKey);
    } catch (const sql::Failure& f) { // the store is locked: its codec refuses
        return sql::errorFor(f.sqliteCode, path());
    }
    return rememberImportByStoredKey(storedKey, entity, id);
}

Status Store::rememberImportByStoredKey(const QString& storedKey, const QString& entity, const QUuid& id)
{
    const Result<bool> claimed = claimImportByStoredKey(storedKey, entity, id);
    if (!claimed.ok())
        return claimed.error();
    return {}; // a key remembered before stays with its first record
}

Result<bool> Store::claimImportByStoredKey(const QString& storedKey, const QString& entity, const QUuid& id)
{
    try {
        m_db->cached("INSERT INTO import_keys(key, entity, entity_id, imported_at) VALUES(?, ?, ?, ?) "
                     "ON CONFLICT(key) DO NOTHING")
            .bind(1, storedKey)
            .bind(2, entity)
            .bind(3, uuidText(id))
            .bind(4, m_clock->nowMs())
            .run();
        return m_db->changes() == 1;
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

Status Store::forgetImportByStoredKey(const QString& storedKey)
{
    try {
        m_db->cached("DELETE FROM import_keys WHERE key = ?").bind(1, storedKey).run();
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

std::optional<Member> Store::member(const QUuid& id)
{
    if (!isUnlocked())
        return {};
    auto& st = m_db->cached("SELECT id, payload, member_number FROM members WHERE id = ?");
    st.bind(1, uuidText(id));
    std::optional<Member> out;
    if (st.next())
        out = Impl::decodeMember(*this, st.text(0), st.blob(1), st.text(2));
    st.reset();
    return out;
}

std::optional<Contribution> Store::contribution(const QUuid& id)
{
    if (!isUnlocked())
        return {};
    auto& st = m_db->cached("SELECT id, payload FROM contributions WHERE id = ?");
    st.bind(1, uuidText(id));
    std::optional<Contribution> out;
    if (st.next())
        out = Impl::decodeContribution(*this, st.text(0), st.blob(1));
    st.reset();
    return out;
}

std::optional<QByteArray> Store::payloadOfVersion(const QString& entity, const QUuid& id, int version)
{
    if (!isUnlocked())
        return {};
    // A superseded version's payload is in history; the current one's in the record's row.
    auto& st = m_db->cached(
        "SELECT coalesce(h.payload, m.payload, c.payload) FROM history h "
        "LEFT JOIN members m ON h.entity = 'member' AND m.id = h.entity_id AND m.version = h.version "
        "LEFT JOIN contributions c ON h.entity = 'contribution' AND c.id = h.entity_id AND c.version = "
        "h.version "
        "WHERE h.entity = ? AND h.entity_id = ? AND h.version = ?");
    st.bind(1, entity).bind(2, uuidText(id)).bind(3, version);
    std::optional<QByteArray> out;
    if (st.next())
        out = m_codec->open(st.blob(0), associatedData(entity, id));
    st.reset();
    return out;
}

QList<Contribution> Store::contributionsOf(const QUuid& memberId)
{
    if (!isUnlocked())
        return {};
    QList<Contribution> out;
    auto& st =
        m_db->cached("SELECT id, payload FROM contributions WHERE member_id = ? ORDER BY recorded_at, id");
    st.bind(1, uuidText(memberId));
    while (st.next())
        if (auto c = Impl::decodeContribution(*this, st.text(0), st.blob(1)))
            out.append(*c);
    st.reset();
    return out;
}

QList<HistoryEntry> Store::history(const QString& entity, const QUuid& id)
{
    if (!isUnlocked())
        return {};
    QList<HistoryEntry> out;
    auto& st = m_db->cached("SELECT version, reason, operator_id, at, payload_hash FROM history "
                            "WHERE entity = ? AND entity_id = ? ORDER BY version");
    st.bind(1, entity).bind(2, uuidText(id));
    while (st.next())
        out.append(
            {static_cast<int>(st.int64(0)),
             QString::fromUtf8(m_codec->open(st.blob(1), reasonAssociatedData(entity, id, int(st.int64(0))))
                                   .value_or(QByteArray())),
             st.text(2), fromMs(st.int64(3)), st.blob(4)});
    st.reset();
    return out;
}

QList<QUuid> Store::findByDocument(const QString& number)
{
    if (!isUnlocked())
        return {};
    QList<QUuid> out;
    for (DocumentType type :
         {DocumentType::KeNationalId, DocumentType::KeMaishaNamba, DocumentType::KeRefugeeId,
          DocumentType::KeKraPin, DocumentType::LaNationalIdCard, DocumentType::LaFamilyBook})
        out += Impl::lookup(*this, QStringLiteral("document"),
                            toKey(type) + QLatin1Char(':') + normaliseDocumentNumber(type, number));
    return out;
}

QList<QUuid> Store::findByPhone(const QString& phone)
{
    if (!isUnlocked())
        return {};
    const auto normalised = normaliseMobilePhone(phone, m_country);
    return normalised ? Impl::lookup(*this, QStringLiteral("phone"), *normalised) : QList<QUuid>{};
}

std::optional<QUuid> Store::findByReceipt(const QString& receipt)
{
    if (!isUnlocked())
        return {};
    const auto ids = Impl::lookup(*this, QStringLiteral("receipt"), receipt.trimmed().toUpper());
    return ids.isEmpty() ? std::nullopt : std::optional<QUuid>(ids.first());
}

QList<Member> Store::searchByNamePrefix(const QString& prefix, int limit)
{
    QList<Member> out;
    const QString key = nameSearchKey(prefix);
    if (key.isEmpty())
        return out;
    (void)forEachMember([&](const Member& m) {
        for (const QString& part : {m.name.displayLocal(), m.name.displayLatin(), m.name.nickname,
                                    m.name.family, m.name.familyLatin}) {
            const QString k = nameSearchKey(part);
            if (!k.isEmpty() && (k.startsWith(key) || k.contains(QLatin1Char(' ') + key))) {
                out.append(m);
                break;
            }
        }
        return out.size() < limit;
    });
    return out;
}

Status Store::forEachMember(const std::function<bool(const Member&)>& visit)
{
    sql::OnePassReading onePass(*m_db);
    try {
        {
            sql::Statement st(m_db->handle(), "SELECT id, payload, member_number FROM members ORDER BY id");
            while (st.next()) {
                const auto m = Impl::decodeMember(*this, st.text(0), st.blob(1), st.text(2));
                if (m && !visit(*m))
                    break;
            }
        }
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

Status Store::forEachContribution(const std::function<bool(const Contribution&)>& visit)
{
    try {
        sql::Statement st(m_db->handle(), "SELECT id, payload FROM contributions ORDER BY id");
        while (st.next()) {
            const auto c = Impl::decodeContribution(*this, st.text(0), st.blob(1));
            if (c && !visit(*c))
                break;
        }
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

QList<OutboxEntry> Store::pendingOutbox(int limit)
{
    QList<OutboxEntry> out;
    auto& st =
        m_db->cached("SELECT seq, entity, entity_id, entity_version, op, idempotency_key, payload_hash, "
                     "created_at, state FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?");
    st.bind(1, limit);
    while (st.next())
        out.append({st.int64(0), st.text(1), QUuid::fromString(st.text(2)), static_cast<int>(st.int64(3)),
                    st.text(4), st.text(5), st.blob(6), fromMs(st.int64(7)), st.text(8)});
    st.reset();
    return out;
}

QSet<QUuid> Store::pendingEntityIds(const QString& entity)
{
    QSet<QUuid> ids;
    auto& st = m_db->cached("SELECT DISTINCT entity_id FROM outbox WHERE state = 'pending' AND entity = ?");
    st.bind(1, entity);
    while (st.next())
        ids.insert(QUuid::fromString(st.text(0)));
    st.reset();
    return ids;
}

QueueStatus Store::queueStatus()
{
    QueueStatus q;
    q.pending = m_db->scalar("SELECT count(*) FROM outbox WHERE state = 'pending'");
    q.quarantined = m_db->scalar("SELECT count(*) FROM outbox WHERE state = 'quarantined'");
    // The queue's first entry is its oldest: sequence numbers follow the order of saving.
    if (q.pending > 0)
        q.oldestPending = fromMs(
            m_db->scalar("SELECT created_at FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT 1"));
    return q;
}

StoreStatus Store::status()
{
    StoreStatus s;
    s.country = m_country.code;
    s.deviceId = m_deviceId;
    s.deviceName = Impl::meta(*m_db, "device_name");
    s.schemaVersion = schema::version(*m_db);
    s.members = m_db->scalar("SELECT count(*) FROM members");
    // Both through contributions_voided (schema 9): count(*) walks that small index, and the
    // voided payments are a short range of it.
    s.voidedContributions = m_db->scalar("SELECT count(*) FROM contributions WHERE voided = 1");
    s.contributions = m_db->scalar("SELECT count(*) FROM contributions") - s.voidedContributions;
    const QueueStatus queue = queueStatus();
    s.outboxPending = queue.pending;
    s.outboxQuarantined = queue.quarantined;
    s.oldestPending = queue.oldestPending;
    // Reads one row, not the table: status() runs after every save, and a full scan of a quarter
    // of a million rows would also fill the page cache with pages no screen needs. The audit log
    // is append-only (triggers refuse deletes) and numbered without gaps (AUTOINCREMENT, rolled
    // back with its transaction), so its last number is its size.
    s.auditEntries = m_db->scalar("SELECT coalesce(max(seq), 0) FROM audit");
    return s;
}

CheckReport Store::check()
{
    CheckReport report;
    auto problem = [&](const QString& text) {
        report.problems.append(text);
    };
    try {
        {
            sql::Statement st(m_db->handle(), "PRAGMA integrity_check");
            while (st.next())
                if (st.text(0) != QLatin1String("ok"))
                    problem(tr("SQLite integrity check: %1").arg(st.text(0)));
        }
        {
            sql::Statement st(m_db->handle(), "PRAGMA foreign_key_check");
            while (st.next())
                problem(tr("A row of %1 refers to a missing record.").arg(st.text(0)));
        }
        // The audit chain: every entry links to the one before it, and the head and count kept in
        // meta catch entries removed from the end.
        {
            sql::Statement st(m_db->handle(),
                              "SELECT seq, at, operator_id, action, entity, entity_id, detail, "
                              "prev_hash, hash FROM audit ORDER BY seq");
            QByteArray prev(32, '\0');
            qint64 expectedSeq = 1;
            qint64 count = 0;
            while (st.next()) {
                const qint64 seq = st.int64(0);
                const QByteArray hash = Impl::auditHash(prev, seq, st.int64(1), st.text(2), st.text(3),
                                                        st.text(4), st.text(5), st.text(6));
                if (seq != expectedSeq)
                    problem(tr("Audit entry %1 is missing.").arg(expectedSeq));
                if (st.blob(7) != prev || st.blob(8) != hash) {
                    problem(tr("Audit entry %1 was altered.").arg(seq));
                    break;
                }
                prev = hash;
                expectedSeq = seq + 1;
                ++count;
            }
            if (QString::fromLatin1(prev.toHex()) != Impl::meta(*m_db, "audit_head") ||
                QString::number(count) != Impl::meta(*m_db, "audit_count"))
                problem(tr("The audit log was cut short: its last entries are missing."));
        }
        // Every record's current version has its history row, whose hash its payload matches
        // (the payload itself is kept once, in the record's row), and decodes as that record.
        const auto checkTable = [&](const char* sqlText, const QString& entity) {
            sql::Statement st(m_db->handle(), sqlText);
            while (st.next()) {
                const QUuid id = QUuid::fromString(st.text(0));
                const auto plain = m_codec->open(st.blob(1), associatedData(entity, id));
                const QJsonObject json = plain ? QJsonDocument::fromJson(*plain).object() : QJsonObject();
                if (st.isNull(3) || (!st.isNull(2) && st.blob(1) != st.blob(2)))
                    problem(
                        tr("%1 %2 has no history entry for its current version.").arg(entity, st.text(0)));
                else if (json.isEmpty())
                    problem(tr("%1 %2 cannot be read: its payload is damaged.").arg(entity, st.text(0)));
                else if (json.value(QLatin1String("id")).toString() != uuidText(id))
                    problem(tr("%1 %2 holds the payload of another record.").arg(entity, st.text(0)));
                else if (sha256(*plain) != st.blob(3))
                    problem(
                        tr("%1 %2 does not match its history: its payload was changed outside FieldEnrol.")
                            .arg(entity, st.text(0)));
            }
        };
        // Payloads of an encrypted store open only after login: while locked (a backup being
        // restored), the checks above and below still run, these need the key.
        if (isUnlocked()) {
            checkTable("SELECT m.id, m.payload, h.payload, h.payload_hash FROM members m LEFT JOIN history h "
                       "ON h.entity = 'member' AND h.entity_id = m.id AND h.version = m.version",
                       kMember);
            checkTable(
                "SELECT c.id, c.payload, h.payload, h.payload_hash FROM contributions c LEFT JOIN history h "
                "ON h.entity = 'contribution' AND h.entity_id = c.id AND h.version = c.version",
                kContribution);
        }
        // A superseded version keeps its payload in history.
        const qint64 lostVersions = m_db->scalar(
            "SELECT count(*) FROM history h WHERE h.payload IS NULL AND NOT EXISTS (SELECT 1 FROM members m "
            "WHERE h.entity = 'member' AND m.id = h.entity_id AND m.version = h.version) AND NOT EXISTS "
            "(SELECT 1 FROM contributions c WHERE h.entity = 'contribution' AND c.id = h.entity_id AND "
            "c.version = h.version)");
        if (lostVersions > 0)
            problem(tr("%n earlier versions of records lost their content.", nullptr,
                       static_cast<int>(lostVersions)));
        const qint64 orphanHistory = m_db->scalar(
            "SELECT count(*) FROM history h WHERE NOT EXISTS (SELECT 1 FROM members m WHERE "
            "h.entity = 'member' AND m.id = h.entity_id AND m.version >= h.version) AND NOT EXISTS "
            "(SELECT 1 FROM contributions c WHERE h.entity = 'contribution' AND c.id = h.entity_id "
            "AND c.version >= h.version)");
        if (orphanHistory > 0)
            problem(tr("%n history entries belong to no record.", nullptr, static_cast<int>(orphanHistory)));
        // Exactly one outbox entry per saved version, with the same payload hash.
        // (none for a correction pulled from the central office).
        const qint64 unsent = m_db->scalar(
            "SELECT count(*) FROM history h WHERE (SELECT count(*) FROM outbox o "
            "WHERE o.entity = h.entity AND o.entity_id = h.entity_id AND "
            "o.entity_version = h.version AND o.payload_hash = h.payload_hash) != (h.origin = 'local')");
        if (unsent > 0)
            problem(
                tr("%n saved versions have no matching outbox entry.", nullptr, static_cast<int>(unsent)));
        const qint64 strayOutbox =
            m_db->scalar("SELECT count(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM "
                         "history h WHERE o.entity = h.entity AND o.entity_id = h.entity_id "
                         "AND o.entity_version = h.version)");
        if (strayOutbox > 0)
            problem(
                tr("%n outbox entries belong to no saved version.", nullptr, static_cast<int>(strayOutbox)));
        const qint64 strayLookups = m_db->scalar(
            "SELECT count(*) FROM (SELECT entity_id FROM lookups UNION ALL SELECT entity_id FROM "
            "unique_lookups) l WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.id = l.entity_id) AND NOT "
            "EXISTS (SELECT 1 FROM contributions c WHERE c.id = l.entity_id)");
        if (strayLookups > 0)
            problem(tr("%n look-up entries belong to no record.", nullptr, static_cast<int>(strayLookups)));
    } catch (const sql::Failure& f) {
        problem(sql::errorFor(f.sqliteCode, path()).message);
    }
    return report;
}

bool Store::applyCentralCorrection(const QJsonObject& body, qint64 now)
{
    const QJsonObject json = body.value(QLatin1String("member")).toObject();
    const int version = body.value(QLatin1String("version")).toInt(-1);
    const QString reason = normaliseName(body.value(QLatin1String("reason")).toString());
    // The central office's own bytes, which its hash covers: the same object, written the same way.
    const QByteArray plain = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (QString::fromLatin1(sha256(plain).toHex()) != body.value(QLatin1String("hash")).toString() ||
        reason.isEmpty())
        return false;
    auto parsed = Member::fromJson(json);
    if (!parsed.ok())
        return false;
    Member corrected = std::move(parsed).value();
    const auto previous = member(corrected.id);
    if (!previous || corrected.version != version || version != previous->version + 1)
        return false; // behind, ahead or changed here meanwhile: a conflict for a supervisor
    const qint64 pendingHere = [&] {
        auto& st = m_db->cached("SELECT count(*) FROM outbox WHERE entity = 'member' AND entity_id = ? AND "
                                "state != 'sent'");
        st.bind(1, uuidText(corrected.id));
        const qint64 n = st.next() ? st.int64(0) : 0;
        st.reset();
        return n;
    }();
    if (pendingHere > 0)
        return false; // a version of ours has not reached the central office: both changed it
    Member check = corrected;
    if (!validator().normaliseAndValidate(check).ok())
        return false;
    const QString idText = uuidText(corrected.id);
    Impl::keepSupersededPayload(*this, kMember, corrected.id, previous->version);
    m_db->cached("UPDATE members SET version = ?, district_code = ?, member_number = ?, updated_at = ?, "
                 "payload = ? WHERE id = ? AND version = ?")
        .bind(1, version)
        .bind(2, corrected.address.districtCode)
        .bind(3, corrected.memberNumber.isEmpty() ? previous->memberNumber : corrected.memberNumber)
        .bind(4, now)
        .bindBlob(5, m_codec->seal(plain, associatedData(kMember, corrected.id)))
        .bind(6, idText)
        .bind(7, previous->version)
        .run();
    Impl::setLookups(*this, corrected.id, Impl::memberLookups(corrected), Impl::memberLookups(*previous));
    const QByteArray hash = sha256(plain);
    m_db->cached(
            "INSERT INTO history(entity, entity_id, version, reason, operator_id, at, payload_hash, origin) "
            "VALUES('member', ?, ?, ?, 'central', ?, ?, 'central')")
        .bind(1, idText)
        .bind(2, version)
        .bindBlob(3, m_codec->seal(reason.toUtf8(), reasonAssociatedData(kMember, corrected.id, version)))
        .bind(4, now)
        .bindBlob(5, hash)
        .run();
    markSearchStale(idText);
    Impl::appendAudit(*m_db, now, QStringLiteral("central"), QStringLiteral("member.central_correction"),
                      kMember, corrected.id,
                      QLatin1Char('v') + QString::number(version) + QLatin1Char(' ') +
                          QString::fromLatin1(hash.toHex().left(16)));
    return true;
}

std::optional<QByteArray> Store::openPayload(const QString& entity, const QUuid& id,
                                             const QByteArray& sealed) const
{
    return m_codec->open(sealed, associatedData(entity, id));
}

void Store::appendAudit(const QString& operatorId, const QString& action, const QString& entity,
                        const QUuid& id, const QString& detail)
{
    Impl::appendAudit(*m_db, m_clock->nowMs(), operatorId, action, entity, id, detail);
}

} // namespace fe
