#include "store/Backup.h"

#include "store/Database.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace fe {
namespace {

// Owns a raw connection for the duration of a backup; the store's own connection stays with its
// thread, so the copy reads through a separate read transaction (WAL gives it a stable snapshot).
struct Connection
{
    sqlite3* db = nullptr;
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() { close(); }
    void close()
    {
        sqlite3_close_v2(db);
        db = nullptr;
    }
};

int openConnection(Connection& c, const QString& path, int flags)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &c.db, flags | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc == SQLITE_OK)
        sqlite3_busy_timeout(c.db, 5000);
    return rc;
}

void removeWithSidecars(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    QFile::remove(path + QLatin1String("-journal"));
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

Result<QString> Backup::create(const QString& storePath, const QString& targetFolder,
                               const BackupProgress& progress)
{
    const QFileInfo folder(targetFolder);
    if (targetFolder.isEmpty() || !folder.isDir())
        return Error{QStringLiteral("backup.no_folder"), tr("Choose an existing folder for the backup."),
                     QStringLiteral("folder")};
    if (!QFileInfo::exists(storePath))
        return Error{QStringLiteral("store.missing"), tr("There is no store to back up."), {}};
    const QString base = QFileInfo(storePath).completeBaseName();
    QString target =
        QDir(targetFolder)
            .filePath(base + QStringLiteral("-backup-") + timestamp() + QStringLiteral(".fieldenrol"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(targetFolder)
                     .filePath(base + QStringLiteral("-backup-") + timestamp() +
                               QStringLiteral("-%1.fieldenrol").arg(n));
    const QString partial = target + QStringLiteral(".partial");
    removeWithSidecars(partial);

    const auto fail = [&](int rc, const QString& path) -> Result<QString> {
        removeWithSidecars(partial);
        return sql::errorFor(rc, path);
    };
    {
        Connection source;
        int rc = openConnection(source, storePath, SQLITE_OPEN_READONLY);
        if (rc != SQLITE_OK)
            return fail(rc, storePath);
        Connection copy;
        rc = openConnection(copy, partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (rc != SQLITE_OK)
            return fail(rc, targetFolder);
        sqlite3_backup* job = sqlite3_backup_init(copy.db, "main", source.db, "main");
        if (!job)
            return fail(sqlite3_extended_errcode(copy.db), targetFolder);
        bool cancelled = false;
        do {
            rc = sqlite3_backup_step(job, 256);
            if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
                const qint64 total = sqlite3_backup_pagecount(job);
                if (!progress(total - sqlite3_backup_remaining(job), total))
                    cancelled = true;
            }
        } while (!cancelled && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
        const int finish = sqlite3_backup_finish(job);
        if (cancelled) {
            copy.close();
            removeWithSidecars(partial);
            return Error{
                QStringLiteral("backup.cancelled"), tr("The backup was cancelled; nothing was written."), {}};
        }
        if (rc != SQLITE_DONE)
            return fail(rc, targetFolder);
        if (finish != SQLITE_OK)
            return fail(finish, targetFolder);
        // A backup is one file: leave WAL mode so no -wal file belongs to it.
        rc = sqlite3_exec(copy.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return fail(sqlite3_extended_errcode(copy.db), targetFolder);
    }
    if (!QFile::rename(partial, target)) {
        removeWithSidecars(partial);
        return Error{QStringLiteral("backup.write"),
                     tr("The backup could not be written to %1.").arg(targetFolder),
                     QStringLiteral("folder")};
    }
    return target;
}

Result<QString> Backup::restore(const QString& backupFile, const QString& storePath, Country country)
{
    if (!QFileInfo(backupFile).isFile())
        return Error{QStringLiteral("restore.missing"), tr("Choose a backup file to restore."),
                     QStringLiteral("file")};
    if (QFileInfo(backupFile).canonicalFilePath() == QFileInfo(storePath).canonicalFilePath())
        return Error{QStringLiteral("restore.same_file"), tr("This is the store in use, not a backup of it."),
                     QStringLiteral("file")};
    // Checked on a copy next to the store: opening may convert the file, and the chosen backup
    // must stay as it is.
    const QString staging = storePath + QStringLiteral(".restore-staging");
    removeWithSidecars(staging);
    if (!QFile::copy(backupFile, staging)) {
        removeWithSidecars(staging);
        return Error{QStringLiteral("restore.copy"),
                     tr("The backup could not be copied next to the store. Check the free disk space."),
                     {}};
    }
    {
        auto opened = Store::open(staging);
        if (!opened.ok()) {
            removeWithSidecars(staging);
            return Error{
                QStringLiteral("restore.not_a_store"),
                tr("The chosen file is not a usable FieldEnrol backup: %1").arg(opened.error().message),
                QStringLiteral("file")};
        }
        if (opened.value()->country().country != country) {
            opened.value().reset();
            removeWithSidecars(staging);
            return Error{QStringLiteral("restore.other_country"),
                         tr("The backup belongs to a store of another country."), QStringLiteral("file")};
        }
        if (!opened.value()->check().ok()) {
            opened.value().reset();
            removeWithSidecars(staging);
            return Error{QStringLiteral("restore.damaged"),
                         tr("The backup is damaged: it fails the store's integrity check."),
                         QStringLiteral("file")};
        }
    }
    QFile::remove(staging + QLatin1String("-shm"));
    const QString kept = storePath + QStringLiteral(".before-restore-") + timestamp();
    if (QFileInfo::exists(storePath) && !QFile::rename(storePath, kept)) {
        removeWithSidecars(staging);
        return Error{QStringLiteral("restore.swap"),
                     tr("The store in use could not be set aside; nothing changed."),
                     {}};
    }
    // A closed store has no -wal file; if one is left (a crash), it belongs to the kept copy.
    QFile::remove(storePath + QLatin1String("-shm"));
    QFile::rename(storePath + QLatin1String("-wal"), kept + QLatin1String("-wal"));
    if (!QFile::rename(staging, storePath)) {
        QFile::rename(kept, storePath);
        QFile::rename(kept + QLatin1String("-wal"), storePath + QLatin1String("-wal"));
        removeWithSidecars(staging);
        return Error{
            QStringLiteral("restore.swap"), tr("The backup could not be put in place; nothing changed."), {}};
    }
    return kept;
}

} // namespace fe
