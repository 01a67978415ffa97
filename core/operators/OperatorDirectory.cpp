#include "operators/OperatorDirectory.h"

#include "common/Uuid.h"
#include "operators/RecoveryCode.h"
#include "security/KeyWrap.h"
#include "security/SealingPayloadCodec.h"
#include "store/Database.h"
#include "validation/Normalise.h"

#include <sqlite3.h>

#include <algorithm>

namespace fe {

struct OperatorDirectory::Row
{
    Operator op;
    QString usernameKey;
    WrappedKey wrap;
    QByteArray sealedDisplayName;
    qint64 nextAttemptMs = 0; // 0: no wait
    bool intact = true;       // the sealed display name opened with its associated data
};

struct OperatorDirectory::RecoveryWrap
{
    QString code; // shown once, never stored
    WrappedKey wrap;
};

struct OperatorDirectory::Keyring
{
    QByteArray keyId;
    QByteArray keyCheck;
    WrappedKey recovery;
    int recoveryFailures = 0;
    qint64 recoveryNextAttempt = 0;
};

namespace {

constexpr int kKeyIdBytes = 16;
constexpr int kMaxUsernameLength = 64;
constexpr int kMaxDisplayNameLength = 100;
constexpr qsizetype kMaxUnknownUsersRemembered = 1000;

// Unique regardless of case and of how the characters were composed.
QString usernameKey(const QString& username)
{
    return username.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
}

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// Binds a wrap to this store (its random key id) and its owner: a wrap copied into another
// store, or onto another account of the same store, does not open.
QByteArray wrapContext(const QByteArray& keyId, const QUuid& operatorId)
{
    return "operator:" + keyId.toHex() + ':' + uuidText(operatorId).toLatin1();
}

QByteArray recoveryContext(const QByteArray& keyId)
{
    return "recovery:" + keyId.toHex();
}

// What an administrator decides about an account is authenticated with its sealed display name,
// so editing the role or the disabled flag in the file makes the record fail to open.
QByteArray profileAd(const QUuid& id, const QString& username, OperatorRole role, bool disabled)
{
    QByteArray ad = "operator-profile:" + uuidText(id).toLatin1();
    for (const QString& part : {username, usernameKey(username), toKey(role)})
        ad += '\0' + part.toUtf8();
    ad += '\0';
    ad += disabled ? '1' : '0';
    return ad;
}

Error wrongCredentials()
{
    return {QStringLiteral("operator.wrong_credentials"),
            OperatorDirectory::tr("The user name or the password is not correct."),
            {}};
}

Error tooSoon(qint64 waitMs)
{
    const int seconds = static_cast<int>((waitMs + 999) / 1000);
    return {QStringLiteral("operator.too_soon"),
            OperatorDirectory::tr("Too many failed attempts. Wait %n second(s) before trying again.", nullptr,
                                  seconds),
            {}};
}

Error lockedError()
{
    return {QStringLiteral("operator.locked"),
            OperatorDirectory::tr(
                "This account is locked after too many failed attempts. Ask an administrator to unlock it."),
            {}};
}

Error disabledError()
{
    return {
        QStringLiteral("operator.disabled"),
        OperatorDirectory::tr("This account has been disabled. Ask an administrator if you need it again."),
        {}};
}

Error notInitialised()
{
    return {QStringLiteral("operator.not_initialised"),
            OperatorDirectory::tr("This store has no operators yet. Create the first administrator."),
            {}};
}

Error sessionInvalid()
{
    return {QStringLiteral("operator.session_invalid"),
            OperatorDirectory::tr("The session is no longer valid. Log in again."),
            {}};
}

Error notPermitted()
{
    return {QStringLiteral("operator.not_permitted"),
            OperatorDirectory::tr("Only an administrator can do this."),
            {}};
}

Error tampered()
{
    return {QStringLiteral("operator.record_tampered"),
            OperatorDirectory::tr("This account's record was altered outside FieldEnrol. Ask an "
                                  "administrator to reset its password."),
            {}};
}

Error keyMismatch()
{
    return {QStringLiteral("operator.key_mismatch"),
            OperatorDirectory::tr(
                "This account's key does not belong to this store. The store file may have been altered."),
            {}};
}

Error notFound()
{
    return {QStringLiteral("operator.not_found"), OperatorDirectory::tr("There is no such operator."), {}};
}

qint64 clampWait(qint64 wait, const LoginThrottle& t)
{
    return std::min(wait, t.maxDelayMs);
}

std::optional<Error> checkDisplayName(const QString& displayName)
{
    const QString name = normaliseName(displayName);
    if (name.isEmpty() || name.size() > kMaxDisplayNameLength || hasControlCharacters(name))
        return Error{QStringLiteral("operator.display_name_invalid"),
                     OperatorDirectory::tr("Enter the operator's name (1 to 100 characters)."),
                     QStringLiteral("displayName")};
    return std::nullopt;
}

} // namespace

OperatorDirectory::Row OperatorDirectory::readRow(sql::Statement& st)
{
    Row r;
    r.op.id = QUuid::fromString(st.text(0));
    r.op.username = st.text(1);
    r.usernameKey = st.text(2);
    r.sealedDisplayName = st.blob(3);
    r.op.role = operatorRoleFromKey(st.text(4)).value_or(OperatorRole::Clerk);
    r.wrap.sealed = st.blob(5);
    r.wrap.kdf.salt = st.blob(6);
    r.wrap.kdf.opsLimit = static_cast<quint64>(st.int64(7));
    r.wrap.kdf.memLimitBytes = static_cast<quint64>(st.int64(8));
    r.op.failedAttempts = static_cast<int>(st.int64(9));
    r.op.locked = st.int64(10) != 0;
    r.nextAttemptMs = st.int64(11);
    r.op.nextAttemptNotBefore = fromMs(r.nextAttemptMs);
    r.op.createdAt = fromMs(st.int64(12));
    r.op.passwordChangedAt = fromMs(st.int64(13));
    r.op.disabled = st.int64(14) != 0;
    // An unknown role in the file is an alteration: the sealed name will not open.
    if (!operatorRoleFromKey(st.text(4)))
        r.intact = false;
    return r;
}

// The columns readRow() reads, in its order.
#define FE_OPERATOR_COLUMNS                                                                                  \
    "id, username, username_key, display_name_sealed, role, "                                                \
    "key_wrap, kdf_salt, kdf_opslimit, kdf_memlimit, "                                                       \
    "failed_attempts, locked, next_attempt_not_before, created_at, password_changed_at, disabled"

// Opens the sealed display name with the data key; false if the record was altered.
bool OperatorDirectory::openProfile(Row& row, const SealingPayloadCodec& codec)
{
    const auto name = codec.open(row.sealedDisplayName,
                                 profileAd(row.op.id, row.op.username, row.op.role, row.op.disabled));
    row.intact = row.intact && name.has_value();
    row.op.displayName = row.intact ? QString::fromUtf8(*name) : QString();
    return row.intact;
}

qint64 LoginThrottle::delayAfter(int failures) const
{
    if (failures <= 0)
        return 0;
    qint64 delay = firstDelayMs;
    for (int i = 1; i < failures && delay < maxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, maxDelayMs);
}

OperatorDirectory::OperatorDirectory(sql::Database& db, const Clock& clock, KdfCost kdfCost,
                                     LoginThrottle throttle)
    : m_db(db), m_clock(clock), m_kdfCost(kdfCost), m_throttle(throttle)
{}

Error OperatorDirectory::sqlError(int sqliteCode) const
{
    return sql::errorFor(sqliteCode, m_db.path());
}

std::optional<Error> OperatorDirectory::checkUsername(const QString& username)
{
    const QString name = username.normalized(QString::NormalizationForm_KC);
    bool valid = name.size() >= 2 && name.size() <= kMaxUsernameLength;
    for (const QChar c : name)
        valid = valid && (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('.') ||
                          c == QLatin1Char('_') || c == QLatin1Char('-'));
    if (!valid)
        return Error{QStringLiteral("operator.username_invalid"),
                     tr("A user name has 2 to 64 letters or digits (any script), and may contain . _ -"),
                     QStringLiteral("username")};
    return std::nullopt;
}

// Why only 8 characters: operators type the password on shared laptops, often switching between
// Lao and Latin keyboard layouts, several times a day; longer mandatory passwords get written on
// the laptop. Guessing is limited by the login delays and lock online, and by Argon2id offline
// (docs/SECURITY.md). Longer passphrases are welcome: nothing else is imposed (NIST SP 800-63B).
std::optional<Error> OperatorDirectory::checkPassword(const QString& password, const QString& username)
{
    const auto length = password.normalized(QString::NormalizationForm_C).toUcs4().size();
    if (length < kMinPasswordLength)
        return Error{QStringLiteral("operator.password_too_short"),
                     tr("The password needs at least %n characters.", nullptr, kMinPasswordLength),
                     QStringLiteral("password")};
    if (length > kMaxPasswordLength)
        return Error{QStringLiteral("operator.password_too_long"),
                     tr("The password can have at most %n characters.", nullptr, kMaxPasswordLength),
                     QStringLiteral("password")};
    if (usernameKey(password) == usernameKey(username))
        return Error{QStringLiteral("operator.password_is_username"),
                     tr("The password must not be the user name."), QStringLiteral("password")};
    return std::nullopt;
}

bool OperatorDirectory::isInitialised()
{
    try {
        return keyring().has_value();
    } catch (const sql::Failure&) {
        return false;
    }
}

std::optional<OperatorDirectory::Keyring> OperatorDirectory::keyring()
{
    auto& st =
        m_db.cached("SELECT key_id, key_check, recovery_wrap, recovery_kdf_salt, recovery_kdf_opslimit, "
                    "recovery_kdf_memlimit, recovery_failed_attempts, recovery_next_attempt_not_before "
                    "FROM keyring WHERE id = 1");
    std::optional<Keyring> ring;
    if (st.next()) {
        ring.emplace();
        ring->keyId = st.blob(0);
        ring->keyCheck = st.blob(1);
        ring->recovery.sealed = st.blob(2);
        ring->recovery.kdf.salt = st.blob(3);
        ring->recovery.kdf.opsLimit = static_cast<quint64>(st.int64(4));
        ring->recovery.kdf.memLimitBytes = static_cast<quint64>(st.int64(5));
        ring->recoveryFailures = static_cast<int>(st.int64(6));
        ring->recoveryNextAttempt = st.int64(7);
    }
    st.reset();
    return ring;
}

std::optional<OperatorDirectory::Row> OperatorDirectory::rowByKey(const QString& key)
{
    auto& st = m_db.cached("SELECT " FE_OPERATOR_COLUMNS " FROM operators WHERE username_key = ?");
    st.bind(1, key);
    std::optional<Row> row;
    if (st.next())
        row = readRow(st);
    st.reset();
    return row;
}

std::optional<OperatorDirectory::Row> OperatorDirectory::rowById(const QUuid& id)
{
    auto& st = m_db.cached("SELECT " FE_OPERATOR_COLUMNS " FROM operators WHERE id = ?");
    st.bind(1, uuidText(id));
    std::optional<Row> row;
    if (st.next())
        row = readRow(st);
    st.reset();
    return row;
}

Result<Operator> OperatorDirectory::verifySession(const OperatorSession& session)
{
    try {
        auto row = requireSession(session, {});
        if (!row)
            return row.error();
        return row.value().op;
    } catch (const sql::Failure& f) {
        return sqlError(f.sqliteCode);
    }
}

Result<OperatorDirectory::Row> OperatorDirectory::requireSession(const OperatorSession& session,
                                                                 const QList<OperatorRole>& allowedRoles)
{
    const auto ring = keyring();
    if (!ring)
        return notInitialised();
    if (session.dataKey.isEmpty() || KeyWrap::keyCheck(session.dataKey) != ring->keyCheck)
        return sessionInvalid();
    auto row = rowById(session.op.id);
    if (!row)
        return sessionInvalid();
    if (!openProfile(*row, SealingPayloadCodec(session.dataKey)))
        return tampered();
    // A lock stops new logins; a disabled account also loses its open sessions.
    if (row->op.disabled)
        return disabledError();
    if (!allowedRoles.isEmpty() && !allowedRoles.contains(row->op.role))
        return notPermitted();
    return *row;
}

Result<OperatorDirectory::RecoveryWrap> OperatorDirectory::newRecoveryWrap(const QByteArray& keyId,
                                                                           const SecureBytes& dataKey) const
{
    RecoveryWrap out;
    out.code = RecoveryCode::generate();
    auto wrapped = KeyWrap::wrap(dataKey, RecoveryCode::normalise(out.code).value_or(QString()),
                                 KdfParams::fresh(m_kdfCost), recoveryContext(keyId));
    if (!wrapped)
        return wrapped.error();
    out.wrap = std::move(wrapped).value();
    return out;
}

void OperatorDirectory::storeRecoveryWrap(const WrappedKey& wrap)
{
    m_db.cached("UPDATE keyring SET recovery_wrap = ?, recovery_kdf_salt = ?, recovery_kdf_opslimit = ?, "
                "recovery_kdf_memlimit = ?, recovery_created_at = ?, recovery_failed_attempts = 0, "
                "recovery_next_attempt_not_before = 0 WHERE id = 1")
        .bindBlob(1, wrap.sealed)
        .bindBlob(2, wrap.kdf.salt)
        .bind(3, static_cast<qint64>(wrap.kdf.opsLimit))
        .bind(4, static_cast<qint64>(wrap.kdf.memLimitBytes))
        .bind(5, m_clock.nowMs())
        .run();
}

void OperatorDirectory::storePassword(const QUuid& id, const WrappedKey& wrap)
{
    // A new password also clears the failure state: the administrator or the recovery code has
    // vouched for the person.
    m_db.cached("UPDATE operators SET key_wrap = ?, kdf_salt = ?, kdf_opslimit = ?, kdf_memlimit = ?, "
                "password_changed_at = ?, failed_attempts = 0, next_attempt_not_before = 0, locked = 0 "
                "WHERE id = ?")
        .bindBlob(1, wrap.sealed)
        .bindBlob(2, wrap.kdf.salt)
        .bind(3, static_cast<qint64>(wrap.kdf.opsLimit))
        .bind(4, static_cast<qint64>(wrap.kdf.memLimitBytes))
        .bind(5, m_clock.nowMs())
        .bind(6, uuidText(id))
        .run();
}

Result<QString> OperatorDirectory::createFirstAdministrator(const NewOperator& admin, const QString& password,
                                                            const SecureBytes& dataKey)
{
    if (auto e = checkUsername(admin.username))
        return *e;
    if (auto e = checkDisplayName(admin.displayName))
        return *e;
    if (auto e = checkPassword(password, admin.username))
        return *e;
    if (dataKey.size() != KeyWrap::kDataKeyBytes || !sodiumReady())
        return Error{QStringLiteral("key.invalid"), tr("The store's data key is not valid."), {}};
    try {
        if (keyring())
            return Error{QStringLiteral("operator.already_initialised"),
                         tr("This store already has an administrator."),
                         {}};
        const SecureBytes random = SecureBytes::random(kKeyIdBytes);
        const QByteArray keyId(reinterpret_cast<const char*>(random.data()), kKeyIdBytes);
        const QUuid id = createUuidV7(m_clock);
        auto recovery = newRecoveryWrap(keyId, dataKey);
        if (!recovery)
            return recovery.error();
        auto wrap = KeyWrap::wrap(dataKey, password, KdfParams::fresh(m_kdfCost), wrapContext(keyId, id));
        if (!wrap)
            return wrap.error();
        const QString username = admin.username.normalized(QString::NormalizationForm_KC).trimmed();
        const QByteArray sealedName =
            SealingPayloadCodec(dataKey).seal(normaliseName(admin.displayName).toUtf8(),
                                              profileAd(id, username, OperatorRole::Administrator, false));
        const qint64 now = m_clock.nowMs();
        sql::Transaction tx(m_db);
        m_db.cached("INSERT INTO keyring(id, key_id, key_check, recovery_wrap, recovery_kdf_salt, "
                    "recovery_kdf_opslimit, recovery_kdf_memlimit, recovery_created_at) "
                    "VALUES(1, ?, ?, ?, ?, ?, ?, ?)")
            .bindBlob(1, keyId)
            .bindBlob(2, KeyWrap::keyCheck(dataKey))
            .bindBlob(3, recovery.value().wrap.sealed)
            .bindBlob(4, recovery.value().wrap.kdf.salt)
            .bind(5, static_cast<qint64>(recovery.value().wrap.kdf.opsLimit))
            .bind(6, static_cast<qint64>(recovery.value().wrap.kdf.memLimitBytes))
            .bind(7, now)
            .run();
        insertOperator(id, username, sealedName, OperatorRole::Administrator, wrap.value(), now);
        tx.commit();
        return recovery.value().code;
    } catch (const sql::Failure& f) {
        if ((f.sqliteCode & 0xFF) == SQLITE_CONSTRAINT /* created concurrently */)
            return Error{QStringLiteral("operator.already_initialised"),
                         tr("This store already has an administrator."),
                         {}};
        return sqlError(f.sqliteCode);
    }
}

void OperatorDirectory::insertOperator(const QUuid& id, const QString& username, const QByteArray& sealedName,
                                       OperatorRole role, const WrappedKey& wrap, qint64 now)
{
    m_db.cached("INSERT INTO operators(id, username, username_key, display_name_sealed, role, "
                "key_wrap, kdf_salt, kdf_opslimit, kdf_memlimit, created_at, password_changed_at) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, uuidText(id))
        .bind(2, username)
        .bind(3, usernameKey(username))
        .bindBlob(4, sealedName)
        .bind(5, toKey(role))
        .bindBlob(6, wrap.sealed)
        .bindBlob(7, wrap.kdf.salt)
        .bind(8, static_cast<qint64>(wrap.kdf.opsLimit))
        .bind(9, static_cast<qint64>(wrap.kdf.memLimitBytes))
        .bind(10, now)
        .bind(11, now)
        .run();
}

LoginResult OperatorDirectory::unknownUserLogin(const QString& key, const QString& password, qint64 now)
{
    if (m_unknownUsers.size() > kMaxUnknownUsersRemembered)
        m_unknownUsers.clear();
    Attempts& a = m_unknownUsers[key];
    if (a.failures >= m_throttle.lockAfterFailures)
        return {std::nullopt, lockedError(), 0};
    if (now < a.nextAttemptNotBefore) {
        const qint64 wait = clampWait(a.nextAttemptNotBefore - now, m_throttle);
        a.nextAttemptNotBefore = now + wait;
        return {std::nullopt, tooSoon(wait), wait};
    }
    ++a.failures;
    a.nextAttemptNotBefore = now + m_throttle.delayAfter(a.failures);
    // The same work as for an existing account: one write transaction, then a full derivation,
    // so neither the answer nor its timing tells whether the user name exists.
    {
        sql::Transaction tx(m_db);
        m_db.cached("UPDATE keyring SET unknown_user_failures = unknown_user_failures + 1 WHERE id = 1")
            .run();
        tx.commit();
    }
    (void)KeyDerivation::derive(password, KdfParams::fresh(m_kdfCost));
    if (a.failures >= m_throttle.lockAfterFailures)
        return {std::nullopt, lockedError(), 0};
    return {std::nullopt, wrongCredentials(), m_throttle.delayAfter(a.failures)};
}

LoginResult OperatorDirectory::login(const QString& username, const QString& password)
{
    const QString key = usernameKey(username);
    const qint64 now = m_clock.nowMs();
    try {
        const auto ring = keyring();
        if (!ring)
            return {std::nullopt, notInitialised(), 0};
        std::optional<Row> row;
        int failures = 0;
        {
            // Reserve the attempt before checking the password: a failure is counted even if the
            // process is killed during the derivation.
            sql::Transaction tx(m_db);
            row = rowByKey(key);
            if (!row) {
                tx.commit();
                return unknownUserLogin(key, password, now);
            }
            if (row->op.locked)
                return {std::nullopt, lockedError(), 0};
            const qint64 next = row->nextAttemptMs;
            if (now < next) {
                // A clock set back after a failure must not turn a short wait into months.
                const qint64 wait = clampWait(next - now, m_throttle);
                if (wait < next - now) {
                    m_db.cached("UPDATE operators SET next_attempt_not_before = ? WHERE id = ?")
                        .bind(1, now + wait)
                        .bind(2, uuidText(row->op.id))
                        .run();
                    tx.commit();
                }
                return {std::nullopt, tooSoon(wait), wait};
            }
            failures = row->op.failedAttempts + 1;
            m_db.cached("UPDATE operators SET failed_attempts = ?, next_attempt_not_before = ? WHERE id = ?")
                .bind(1, failures)
                .bind(2, now + m_throttle.delayAfter(failures))
                .bind(3, uuidText(row->op.id))
                .run();
            tx.commit();
        }

        auto dataKey = KeyWrap::unwrap(row->wrap, password, wrapContext(ring->keyId, row->op.id));
        if (!dataKey) {
            if (dataKey.error().code != QLatin1String("key.unwrap_failed")) {
                // Not the person's fault (e.g. out of memory): the attempt does not count.
                m_db.cached(
                        "UPDATE operators SET failed_attempts = ?, next_attempt_not_before = ? WHERE id = ?")
                    .bind(1, row->op.failedAttempts)
                    .bind(2, row->nextAttemptMs)
                    .bind(3, uuidText(row->op.id))
                    .run();
                return {std::nullopt, dataKey.error(), 0};
            }
            if (failures >= m_throttle.lockAfterFailures) {
                m_db.cached("UPDATE operators SET locked = 1 WHERE id = ?")
                    .bind(1, uuidText(row->op.id))
                    .run();
                return {std::nullopt, lockedError(), 0};
            }
            return {std::nullopt, wrongCredentials(), m_throttle.delayAfter(failures)};
        }
        if (KeyWrap::keyCheck(dataKey.value()) != ring->keyCheck)
            return {std::nullopt, keyMismatch(), 0};
        if (!openProfile(*row, SealingPayloadCodec(dataKey.value())))
            return {std::nullopt, tampered(), 0};
        // The password was right: the failures are forgiven even if the account turns out disabled.
        m_db.cached("UPDATE operators SET failed_attempts = 0, next_attempt_not_before = 0 WHERE id = ?")
            .bind(1, uuidText(row->op.id))
            .run();
        if (row->op.disabled)
            return {std::nullopt, disabledError(), 0};
        row->op.failedAttempts = 0;
        row->op.nextAttemptNotBefore = {};
        return {OperatorSession{row->op, std::move(dataKey).value()}, {}, 0};
    } catch (const sql::Failure& f) {
        return {std::nullopt, sqlError(f.sqliteCode), 0};
    }
}

Result<Operator> OperatorDirectory::addOperator(const OperatorSession& admin, const NewOperator& account,
                                                const QString& password)
{
    if (auto e = checkUsername(account.username))
        return *e;
    if (auto e = checkDisplayName(account.displayName))
        return *e;
    if (auto e = checkPassword(password, account.username))
        return *e;
    try {
        const auto actor = requireSession(admin, {OperatorRole::Administrator});
        if (!actor)
            return actor.error();
        const QString username = account.username.normalized(QString::NormalizationForm_KC).trimmed();
        const Error taken{QStringLiteral("operator.username_taken"),
                          tr("This user name is already taken. Choose another one."),
                          QStringLiteral("username")};
        if (rowByKey(usernameKey(username)))
            return taken;
        const auto ring = keyring();
        const QUuid id = createUuidV7(m_clock);
        auto wrap =
            KeyWrap::wrap(admin.dataKey, password, KdfParams::fresh(m_kdfCost), wrapContext(ring->keyId, id));
        if (!wrap)
            return wrap.error();
        const QByteArray sealedName = SealingPayloadCodec(admin.dataKey)
                                          .seal(normaliseName(account.displayName).toUtf8(),
                                                profileAd(id, username, account.role, false));
        const qint64 now = m_clock.nowMs();
        try {
            sql::Transaction tx(m_db);
            insertOperator(id, username, sealedName, account.role, wrap.value(), now);
            tx.commit();
        } catch (const sql::Failure& f) {
            if ((f.sqliteCode & 0xFF) == SQLITE_CONSTRAINT /* added concurrently */)
                return taken;
            throw;
        }
        Operator op;
        op.id = id;
        op.username = username;
        op.displayName = normaliseName(account.displayName);
        op.role = account.role;
        op.createdAt = fromMs(now);
        op.passwordChangedAt = fromMs(now);
        return op;
    } catch (const sql::Failure& f) {
        return sqlError(f.sqliteCode);
    }
}

Result<OperatorDirectory::Row> OperatorDirectory::targetOf(const OperatorSession& admin,
                                                           const QUuid& operatorId, bool allowSelf)
{
    const auto actor = requireSession(admin, {OperatorRole::Administrator});
    if (!actor)
        return actor.error();
    if (!allowSelf && operatorId == admin.op.id)
        return Error{QStringLiteral("operator.not_on_self"),
                     tr("You cannot do this to your own account. Ask another administrator."),
                     {}};
    auto target = rowById(operatorId);
    if (!target)
        return notFound();
    openProfile(*target, SealingPayloadCodec(admin.dataKey));
    return *target;
}

Status OperatorDirectory::resetPassword(const OperatorSession& admin, const QUuid& operatorId,
                                        const QString& newPassword)
{
    try {
        const auto target = targetOf(admin, operatorId, true);
        if (!target)
            return target.error();
        if (auto e = checkPassword(newPassword, target.value().op.username))
            return *e;
        const auto ring = keyring();
        auto wrap = KeyWrap::wrap(admin.dataKey, newPassword, KdfParams::fresh(m_kdfCost),
                                  wrapContext(ring->keyId, operatorId));
        if (!wrap)
            return wrap.error();
        sql::Transaction tx(m_db);
        storePassword(operatorId, wrap.value());
        tx.commit();
        return Status::success();
    } catch (const sql::Failure& f) {
        return sqlError(f.sqliteCode);
    }
}

Status OperatorDirectory::lockOperator(const OperatorSession& admin, const QUuid& operatorId)
{
    try {
        const auto target = targetOf(admin, operatorId, false);
        if (!target)
            return target.error();
        sql::Transaction tx(m_db);
        m_db.cached("UPDATE operators SET locked = 1 WHERE id = ?").bind(1, uuidText(operatorId)).run();
        tx.commit();
        return Status::success();
    } catch (const sql::Failure& f) {
        return sqlError(f.sqliteCode);
    }
}

Status OperatorDirectory::unlockOperator(const OperatorSession& admin, const QUuid& operatorId)
{
    try {
        const auto target = targetOf(admin, operatorId, true);
        if (!target)
            return target.error();
        sql::Transaction tx(m_db);
        m_db.cached("UPDATE operators SET locked = 0, failed_attempts = 0, next_attempt_not_before = 0 WHERE "
                    "id = ?")
            .bind(1, uuidText(operatorId))
            .run();
        tx.commit();
        return Status::success();
    } catch (const sql::Failure& f) {
        return sqlError(f.sqliteCode);
    }
}

Status OperatorDirectory::setDisabled(const OperatorSession& admin, const QUuid& operatorId, bool disabled)
{
    try {
        const auto target = targetOf(admin, operatorId, false);
        if (!target)
            return target.error();
        const Row& row = target.value();
        if (!row.intact)
            return tampered();
        // The flag is part of the sealed record's associated data: reseal with the new value.
        const QByteArray sealedName = SealingPayloadCodec(admin.dataKey)
                                          .seal(row.op.displayName.toUtf8(),
                                                profileAd(row.op.id, row.op.username, row.op.role, disabled));
        sql::Transaction tx(m_db);
        m_db.cached("UPDATE operators SET disabled = ?, display_name_sealed = ? WHERE id = ?")
            .bind(1, disabled ? 1 : 0)
            .bindBlob(2, sealedName)
            .bind(3, uuidText(operatorId))
            .run();
        tx.commit();
        return Status::success();
    } catch (const sql::Failure& f) {
        return sqlError(f.sqliteCode);
    }
}

Result<QString> OperatorDirectory::renewRecoveryCode(const OperatorSession& admin)
{
    try {
        const auto actor = requireSession(admin, {OperatorRole::Administrator});
        if (!actor)
            return actor.error();
        const auto ring = keyring();
        auto recovery = newRecoveryWrap(ring->keyId, admin.dataKey);
        if (!recovery)
            return recovery.error();
        sql::Transaction tx(m_db);
        storeRecoveryWrap(recovery.value().wrap);
        tx.commit();
        return recovery.value().code;
    } catch (const sql::Failure& f) {
        return sqlError(f.sqliteCode);
    }
}

Result<QList<Operator>> OperatorDirectory::listOperators(const OperatorSession& session)
{
    try {
        const auto actor = requireSession(session, {OperatorRole::Administrator, OperatorRole::Supervisor});
        if (!actor)
            return actor.error();
        const SealingPayloadCodec codec(session.dataKey);
        QList<Operator> out;
        sql::Statement st(m_db.handle(),
                          "SELECT " FE_OPERATOR_COLUMNS " FROM operators ORDER BY username_key");
        while (st.next()) {
            Row row = readRow(st);
            openProfile(row, codec);
            out.append(row.op);
        }
        return out;
    } catch (const sql::Failure& f) {
        return sqlError(f.sqliteCode);
    }
}

Status OperatorDirectory::changeOwnPassword(const OperatorSession& session, const QString& oldPassword,
                                            const QString& newPassword)
{
    try {
        const auto self = requireSession(session, {});
        if (!self)
            return self.error();
        if (auto e = checkPassword(newPassword, self.value().op.username))
            return *e;
        if (oldPassword == newPassword)
            return Error{QStringLiteral("operator.password_unchanged"),
                         tr("The new password must differ from the old one."), QStringLiteral("password")};
        LoginResult verified = login(self.value().op.username, oldPassword);
        if (!verified.ok())
            return verified.error;
        const auto ring = keyring();
        // Re-wrapped with the current parameters: changing a password is also how a wrap made
        // with older, cheaper parameters gets the current ones.
        auto wrap = KeyWrap::wrap(verified.session->dataKey, newPassword, KdfParams::fresh(m_kdfCost),
                                  wrapContext(ring->keyId, session.op.id));
        if (!wrap)
            return wrap.error();
        sql::Transaction tx(m_db);
        storePassword(session.op.id, wrap.value());
        tx.commit();
        return Status::success();
    } catch (const sql::Failure& f) {
        return sqlError(f.sqliteCode);
    }
}

Result<QString> OperatorDirectory::recover(const QString& recoveryCode, const QString& adminUsername,
                                           const QString& newPassword)
{
    const Error invalidCode{QStringLiteral("operator.recovery_code_invalid"),
                            tr("The recovery code is not correct."), QStringLiteral("recoveryCode")};
    const auto code = RecoveryCode::normalise(recoveryCode);
    if (!code)
        return invalidCode;
    if (auto e = checkPassword(newPassword, adminUsername))
        return *e;
    const qint64 now = m_clock.nowMs();
    try {
        std::optional<Keyring> ring;
        {
            sql::Transaction tx(m_db);
            ring = keyring();
            if (!ring)
                return notInitialised();
            if (now < ring->recoveryNextAttempt) {
                const qint64 wait = clampWait(ring->recoveryNextAttempt - now, m_throttle);
                return tooSoon(wait);
            }
            const int failures = ring->recoveryFailures + 1;
            m_db.cached(
                    "UPDATE keyring SET recovery_failed_attempts = ?, recovery_next_attempt_not_before = ? "
                    "WHERE id = 1")
                .bind(1, failures)
                .bind(2, now + m_throttle.delayAfter(failures))
                .run();
            tx.commit();
        }
        auto dataKey = KeyWrap::unwrap(ring->recovery, *code, recoveryContext(ring->keyId));
        if (!dataKey)
            return dataKey.error().code == QLatin1String("key.unwrap_failed") ? invalidCode : dataKey.error();
        if (KeyWrap::keyCheck(dataKey.value()) != ring->keyCheck)
            return keyMismatch();
        auto row = rowByKey(usernameKey(adminUsername));
        const SealingPayloadCodec codec(dataKey.value());
        if (!row || !openProfile(*row, codec) || row->op.role != OperatorRole::Administrator)
            return Error{QStringLiteral("operator.not_administrator"),
                         tr("This user name is not an administrator of this store."),
                         QStringLiteral("username")};
        auto wrap = KeyWrap::wrap(dataKey.value(), newPassword, KdfParams::fresh(m_kdfCost),
                                  wrapContext(ring->keyId, row->op.id));
        if (!wrap)
            return wrap.error();
        auto recovery = newRecoveryWrap(ring->keyId, dataKey.value());
        if (!recovery)
            return recovery.error();
        const QByteArray sealedName = codec.seal(
            row->op.displayName.toUtf8(), profileAd(row->op.id, row->op.username, row->op.role, false));
        sql::Transaction tx(m_db);
        storePassword(row->op.id, wrap.value());
        m_db.cached("UPDATE operators SET disabled = 0, display_name_sealed = ? WHERE id = ?")
            .bindBlob(1, sealedName)
            .bind(2, uuidText(row->op.id))
            .run();
        storeRecoveryWrap(recovery.value().wrap);
        tx.commit();
        return recovery.value().code;
    } catch (const sql::Failure& f) {
        return sqlError(f.sqliteCode);
    }
}

} // namespace fe
