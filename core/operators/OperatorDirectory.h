#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "operators/Operator.h"
#include "security/KeyDerivation.h"
#include "security/SecureBytes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace fe {

namespace sql {
class Database;
class Statement;
} // namespace sql
class SealingPayloadCodec;
struct WrappedKey;

// A logged-in operator and the store's data key, unwrapped with their password. Wipe it (or let
// it go out of scope) when the session locks.
struct OperatorSession
{
    Operator op;
    SecureBytes dataKey;
    void wipe() { dataKey.wipe(); }
};

struct LoginResult
{
    std::optional<OperatorSession> session;
    Error error;             // when not logged in
    qint64 retryAfterMs = 0; // how long to wait before the next attempt (too soon, wrong password)
    bool ok() const { return session.has_value(); }
};

// Failed logins slow down, then lock. After the n-th consecutive failure the next attempt is
// refused for firstDelayMs * 2^(n-1) (at most maxDelayMs); after lockAfterFailures failures the
// account is locked until an administrator unlocks it. The state is in the store, so restarting
// the application does not reset it.
struct LoginThrottle
{
    int lockAfterFailures = 10;
    qint64 firstDelayMs = 1000;
    qint64 maxDelayMs = 5 * 60 * 1000;
    qint64 delayAfter(int failures) const;
};

// Local operator accounts and the key hierarchy of one store file.
//
// The store's random data key is kept only wrapped: once per operator under a key derived from
// their password (Argon2id) and once under a key derived from a recovery code that the first
// administrator writes down. Logging in unwraps it; an administrator holding it can wrap it for
// a new operator or a new password, so no data is lost when a password is reset.
//
// A recovery code works once: recover() sets a new password for an administrator and replaces the
// code with a new one, shown once; the old code no longer opens anything.
//
// The operator's display name is sealed with the data key; its associated data binds the id,
// user name, role and disabled flag, so changing those columns in the file makes the login fail.
// Works inside the caller's transactions (savepoints) or its own.
class OperatorDirectory
{
    Q_DECLARE_TR_FUNCTIONS(OperatorDirectory)
public:
    // Password rule: at least kMinPasswordLength characters (see docs/SECURITY.md for why not
    // more), at most kMaxPasswordLength, not the user name.
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 256;

    OperatorDirectory(sql::Database& db, const Clock& clock, KdfCost kdfCost = KdfCost::Standard,
                      LoginThrottle throttle = {});

    bool isInitialised();

    // Creates the first administrator with the store's data key. Returns the recovery code, to be
    // shown once and written down; it is not stored anywhere in readable form.
    Result<QString> createFirstAdministrator(const NewOperator& admin, const QString& password,
                                             const SecureBytes& dataKey);

    LoginResult login(const QString& username, const QString& password);

    // Whether a session (e.g. handed to a second connection to the same file) holds this store's
    // key and its operator still exists and is not disabled. Returns the operator as stored now.
    Result<Operator> verifySession(const OperatorSession& session);

    // Operator management by an administrator's session.
    Result<Operator> addOperator(const OperatorSession& admin, const NewOperator& account,
                                 const QString& password);
    Status resetPassword(const OperatorSession& admin, const QUuid& operatorId, const QString& newPassword);
    Status lockOperator(const OperatorSession& admin, const QUuid& operatorId);
    Status unlockOperator(const OperatorSession& admin, const QUuid& operatorId);
    Status setDisabled(const OperatorSession& admin, const QUuid& operatorId, bool disabled);
    Result<QString> renewRecoveryCode(const OperatorSession& admin);
    // For administrators and supervisors; sorted by user name. A record whose sealed display
    // name does not open (altered file) is listed with an empty display name.
    Result<QList<Operator>> listOperators(const OperatorSession& session);

    // The logged-in operator changes their own password; the old one is checked like a login.
    Status changeOwnPassword(const OperatorSession& session, const QString& oldPassword,
                             const QString& newPassword);

    // Forgotten administrator password: the recovery code unwraps the data key, the administrator
    // gets `newPassword` (and is unlocked and enabled), and a new recovery code replaces the old
    // one and is returned.
    Result<QString> recover(const QString& recoveryCode, const QString& adminUsername,
                            const QString& newPassword);

    // Checks of what a person enters, also used by forms before submitting.
    static std::optional<Error> checkUsername(const QString& username);
    static std::optional<Error> checkPassword(const QString& password, const QString& username);

private:
    struct Row;
    struct Keyring;
    struct RecoveryWrap;
    static Row readRow(sql::Statement& st);
    static bool openProfile(Row& row, const SealingPayloadCodec& codec);
    std::optional<Row> rowByKey(const QString& usernameKey);
    std::optional<Row> rowById(const QUuid& id);
    std::optional<Keyring> keyring();
    // The session's key belongs to this store and its operator exists, is not disabled and has
    // one of the roles (any role if empty).
    Result<Row> requireSession(const OperatorSession& session, const QList<OperatorRole>& allowedRoles);
    // An administrator acting on another account (or on their own if allowSelf).
    Result<Row> targetOf(const OperatorSession& admin, const QUuid& operatorId, bool allowSelf);
    Result<RecoveryWrap> newRecoveryWrap(const QByteArray& keyId, const SecureBytes& dataKey) const;
    void storeRecoveryWrap(const WrappedKey& wrap);
    void storePassword(const QUuid& id, const WrappedKey& wrap);
    void insertOperator(const QUuid& id, const QString& username, const QByteArray& sealedName,
                        OperatorRole role, const WrappedKey& wrap, qint64 now);
    LoginResult unknownUserLogin(const QString& usernameKey, const QString& password, qint64 now);
    Error sqlError(int sqliteCode) const;

    sql::Database& m_db;
    const Clock& m_clock;
    KdfCost m_kdfCost;
    LoginThrottle m_throttle;
    // Failed attempts for user names that do not exist, so they are answered exactly like an
    // existing account (delays, then "locked"). In memory only: there is nothing to persist them on.
    struct Attempts
    {
        int failures = 0;
        qint64 nextAttemptNotBefore = 0;
    };
    QHash<QString, Attempts> m_unknownUsers;
};

} // namespace fe
