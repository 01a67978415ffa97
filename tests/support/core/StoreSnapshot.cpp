#include "StoreSnapshot.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace fe::test {
namespace {

struct Closer
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

[[noreturn]] void fail(sqlite3* db, const char* what)
{
    throw std::runtime_error(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

Connection connect(const QString& path, int flags)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    Connection c(db);
    if (rc != SQLITE_OK)
        fail(db, "open");
    return c;
}

// Runs a query and hands every row, as a prepared statement positioned on it, to `row`.
template <typename Row> void query(sqlite3* db, const QByteArray& sql, Row&& row)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        fail(db, "prepare");
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(st, sqlite3_finalize);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        row(st);
    if (rc != SQLITE_DONE)
        fail(db, "step");
}

QByteArray bytes(sqlite3_stmt* st, int column)
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(st, column));
    return data ? QByteArray(data, sqlite3_column_bytes(st, column)) : QByteArray();
}

} // namespace

StoreSnapshot snapshotOf(const QString& path, const SnapshotScope& scope)
{
    // Read-write only so that SQLite may recover a WAL left by a killed writer; nothing is written.
    const Connection db = connect(path, SQLITE_OPEN_READWRITE);
    StoreSnapshot s;
    query(db.get(), "PRAGMA user_version",
          [&](sqlite3_stmt* st) { s.userVersion = sqlite3_column_int(st, 0); });
    QStringList tables;
    query(db.get(), "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
          [&](sqlite3_stmt* st) { tables.append(QString::fromUtf8(bytes(st, 0))); });
    QCryptographicHash digest(QCryptographicHash::Sha256);
    QByteArray row;
    for (const QString& table : std::as_const(tables)) {
        if (!scope.tables.isEmpty() && !scope.tables.contains(table))
            continue;
        digest.addData(table.toUtf8() + '\n');
        qint64 count = 0;
        // Rows are hashed sorted: the order a scan returns them in depends on the indexes SQLite
        // picks (a covering index is scanned in its own order), and equal tables must hash equally.
        QList<QByteArray> rows;
        const QString columns = scope.columns.value(table, QStringLiteral("*"));
        const QString source = scope.from.value(table, QLatin1Char('"') + table + QLatin1Char('"'));
        query(db.get(), QStringLiteral("SELECT %1 FROM %2").arg(columns, source).toUtf8(),
              [&](sqlite3_stmt* st) {
                  row.clear();
                  for (int i = 0; i < sqlite3_column_count(st); ++i) {
                      // Type, length and bytes of each value, so that no two different rows look alike.
                      // The type first: reading the bytes converts a number to text.
                      const int type = sqlite3_column_type(st, i);
                      const auto* data = static_cast<const char*>(sqlite3_column_blob(st, i));
                      const int size = sqlite3_column_bytes(st, i);
                      const char head[] = {static_cast<char>(type), static_cast<char>(size >> 24),
                                           static_cast<char>(size >> 16), static_cast<char>(size >> 8),
                                           static_cast<char>(size)};
                      row.append(head, sizeof head);
                      if (data)
                          row.append(data, size);
                  }
                  rows.append(row);
                  ++count;
              });
        std::sort(rows.begin(), rows.end());
        for (const QByteArray& r : std::as_const(rows))
            digest.addData(r);
        s.rows.insert(table, count);
    }
    if (tables.contains(QStringLiteral("meta")))
        query(db.get(), "SELECT value FROM meta WHERE key = 'audit_head'",
              [&](sqlite3_stmt* st) { s.auditHead = QString::fromUtf8(bytes(st, 0)); });
    s.digest = digest.result();
    return s;
}

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(&f);
    return digest.result();
}

void execSql(const QString& path, const QString& sql)
{
    const Connection db = connect(path, SQLITE_OPEN_READWRITE);
    if (sqlite3_exec(db.get(), sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(db.get(), "exec");
}

qint64 scalarSql(const QString& path, const QString& sql)
{
    const Connection db = connect(path, SQLITE_OPEN_READWRITE);
    qint64 value = 0;
    query(db.get(), sql.toUtf8(), [&](sqlite3_stmt* st) { value = sqlite3_column_int64(st, 0); });
    return value;
}

std::ostream& operator<<(std::ostream& out, const StoreSnapshot& s)
{
    out << "{user_version " << s.userVersion << ", audit head " << s.auditHead.left(12).toStdString()
        << ", rows";
    for (auto it = s.rows.cbegin(); it != s.rows.cend(); ++it)
        out << ' ' << it.key().toStdString() << '=' << it.value();
    return out << ", digest " << s.digest.toHex().left(12).toStdString() << '}';
}

} // namespace fe::test
