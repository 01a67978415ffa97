#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <ostream>

namespace fe::test {

// A store file's logical content, read straight from SQLite with the default VFS: what a failed
// save, a refused open or a rolled-back migration must leave exactly as it was.
struct StoreSnapshot
{
    int userVersion = 0;
    QMap<QString, qint64> rows; // rows per table
    QString auditHead;          // meta.audit_head (empty if there is none)
    QByteArray digest;          // SHA-256 over every table's rows, sorted

    friend bool operator==(const StoreSnapshot&, const StoreSnapshot&) = default;
};

// Which tables and columns a snapshot covers: all tables and all columns by default. A migration
// test restricts it to what the old schema had.
struct SnapshotScope
{
    QStringList tables;              // empty: every table
    QHash<QString, QString> columns; // table -> select list (default "*")
    QHash<QString, QString> from;    // table -> what it is read from (default the table): a later
                                     // version split it, e.g. "(SELECT … UNION ALL SELECT …)"
};

// Throws std::runtime_error if the file cannot be read as an SQLite database.
StoreSnapshot snapshotOf(const QString& path, const SnapshotScope& scope = {});

// SHA-256 of the file's bytes (empty for a missing file): "left unchanged" down to the byte.
QByteArray fileDigest(const QString& path);

// Runs SQL on a database file with the default VFS, outside any Store (e.g. to fake a newer
// schema). Throws std::runtime_error on error.
void execSql(const QString& path, const QString& sql);
qint64 scalarSql(const QString& path, const QString& sql);

std::ostream& operator<<(std::ostream& out, const StoreSnapshot& s);

} // namespace fe::test
