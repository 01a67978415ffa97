#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fe;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<sql::Database> db = sql::Database::open(dir.filePath(QStringLiteral("statement.sqlite")),
                                                            sql::Database::Mode::ReadWriteCreate);
    Fixture() { db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b BLOB)"); }

    // What was stored, as SQLite sees it: its type and its bytes.
    std::pair<QString, QByteArray> stored(qint64 id)
    {
        sql::Statement read(db->handle(), "SELECT typeof(a), CAST(a AS BLOB) FROM t WHERE id = ?");
        read.bind(1, id);
        REQUIRE(read.next());
        return {read.text(0), read.blob(1)};
    }
};

} // namespace

TEST_CASE("texts bound one after another in the same parameter are each stored whole")
{
    Fixture f;
    sql::Statement insert(f.db->handle(), "INSERT INTO t(id, a) VALUES(?, ?)");
    const QString large = QString(3000, QLatin1Char('x')) + QStringLiteral("ສົມ");
    const QList<QString> values{QStringLiteral("a long ASCII value, longer than the next"),
                                QStringLiteral("short"),
                                QStringLiteral("ສົມພອນ ວົງສາ"), // three UTF-8 bytes a character
                                QStringLiteral("Wanjikũ Mũthoni"),
                                QStringLiteral("a") + QChar(0xD800) +
                                    QStringLiteral("b"), // stored as toUtf8 writes it
                                QStringLiteral(""),
                                large,
                                QStringLiteral("after the large one")};
    for (qsizetype i = 0; i < values.size(); ++i) {
        insert.bind(1, i).bind(2, values[i]);
        insert.run();
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        INFO(i);
        CHECK(f.stored(i) == std::pair{QStringLiteral("text"), values[i].toUtf8()});
    }

    insert.bind(1, qint64{100}).bind(2, QString()); // null: NULL, not an empty text
    insert.run();
    CHECK(f.stored(100).first == QStringLiteral("null"));
}

TEST_CASE("a text bound where a blob was never writes into the blob's bytes")
{
    Fixture f;
    sql::Statement insert(f.db->handle(), "INSERT INTO t(id, a, b) VALUES(?, ?, ?)");
    const QByteArray callerBytes("the caller's bytes, kept as they are");
    const QByteArray copy = callerBytes;
    insert.bind(1, qint64{1}).bindBlob(2, callerBytes).bindBlob(3, callerBytes);
    insert.run();
    insert.bind(1, qint64{2}).bind(2, QStringLiteral("text now")).bindBlob(3, callerBytes);
    insert.run();
    CHECK(callerBytes == copy);
    CHECK(f.stored(2) == std::pair{QStringLiteral("text"), QByteArray("text now")});
    sql::Statement blob(f.db->handle(), "SELECT b FROM t WHERE id = 2");
    REQUIRE(blob.next());
    CHECK(blob.blob(0) == copy);
}
