// CsvReader: RFC 4180 records from an in-memory UTF-8 buffer, and csvEscape for writing.
#include "io/CsvReader.h"

#include <catch2/catch.hpp>

using namespace fe;

namespace {

// Every record of `data` (header included), fields joined with '|'.
QStringList records(const QByteArray& data, bool* malformed = nullptr)
{
    CsvReader csv(data);
    QStringList out;
    QStringList fields;
    while (csv.next(fields))
        out.append(fields.join(QLatin1Char('|')));
    if (malformed)
        *malformed = csv.malformed();
    return out;
}

} // namespace

TEST_CASE("plain records and the header")
{
    CsvReader csv("Name,Phone, Region \nSomphone,020 5555 1234,01\nKeo,,02\n");
    REQUIRE(csv.readHeader());
    CHECK(csv.header() ==
          QStringList{QStringLiteral("Name"), QStringLiteral("Phone"), QStringLiteral("Region")});
    CHECK(csv.column(QStringLiteral("phone")) == 1);
    CHECK(csv.column(QStringLiteral("REGION")) == 2);
    CHECK(csv.column(QStringLiteral("missing")) == -1);
    QStringList row;
    REQUIRE(csv.next(row));
    CHECK(csv.line() == 2);
    CHECK(csv.field(row, QStringLiteral("name")) == QStringLiteral("Somphone"));
    CHECK(csv.field(row, QStringLiteral("Phone")) == QStringLiteral("020 5555 1234"));
    CHECK(csv.field(row, QStringLiteral("missing")).isEmpty());
    REQUIRE(csv.next(row));
    CHECK(row == QStringList{QStringLiteral("Keo"), QString(), QStringLiteral("02")});
    CHECK_FALSE(csv.next(row));
    CHECK_FALSE(csv.malformed());
}

TEST_CASE("quoted fields, doubled quotes and separators inside quotes")
{
    CHECK(records(R"("a,b","say ""hi""",plain)") == QStringList{QStringLiteral(R"(a,b|say "hi"|plain)")});
    CHECK(records(R"("","""",x)") == QStringList{QStringLiteral(R"(|"|x)")});
    CHECK(records("a,,\"\",\n") == QStringList{QStringLiteral("a|||")});
}

TEST_CASE("CRLF line ends")
{
    bool malformed = true;
    CHECK(records("h1,h2\r\na,b\r\nc,d\r\n", &malformed) ==
          QStringList{QStringLiteral("h1|h2"), QStringLiteral("a|b"), QStringLiteral("c|d")});
    CHECK_FALSE(malformed);
    CHECK(records("a,b\r\nc,d") == QStringList{QStringLiteral("a|b"), QStringLiteral("c|d")});
}

TEST_CASE("newlines inside quoted fields are kept and lines are counted")
{
    CsvReader csv("id,note\n1,\"first line\nsecond line\"\n2,\"x\r\ny\"\n3,z\n");
    REQUIRE(csv.readHeader());
    QStringList row;
    REQUIRE(csv.next(row));
    CHECK(csv.line() == 2);
    CHECK(row.value(1) == QStringLiteral("first line\nsecond line"));
    REQUIRE(csv.next(row));
    CHECK(csv.line() == 4);
    CHECK(row.value(1) == QStringLiteral("x\r\ny"));
    REQUIRE(csv.next(row));
    CHECK(csv.line() == 6);
    CHECK(row == QStringList{QStringLiteral("3"), QStringLiteral("z")});
    CHECK_FALSE(csv.malformed());
}

TEST_CASE("a UTF-8 byte-order mark is skipped and Lao text decoded")
{
    CsvReader csv("\xEF\xBB\xBFname,village\nສົມພອນ,ບ້ານສີເມືອງ\n");
    REQUIRE(csv.readHeader());
    CHECK(csv.header().first() == QStringLiteral("name"));
    CHECK(csv.column(QStringLiteral("name")) == 0);
    QStringList row;
    REQUIRE(csv.next(row));
    CHECK(row == QStringList{QStringLiteral("ສົມພອນ"), QStringLiteral("ບ້ານສີເມືອງ")});
}

TEST_CASE("an unterminated quote is flagged as malformed")
{
    bool malformed = false;
    const QStringList out = records("a,b\n1,\"never closed\n2,3\n", &malformed);
    CHECK(malformed);
    REQUIRE(out.size() == 2);
    CHECK(out[0] == QStringLiteral("a|b"));
    CHECK(out[1].startsWith(QStringLiteral("1|never closed")));

    bool closedQuoteFlagged = true;
    (void)records("a,\"b\"\n", &closedQuoteFlagged);
    CHECK_FALSE(closedQuoteFlagged);
}

TEST_CASE("blank lines are skipped and do not shift line numbers")
{
    CsvReader csv("\n\nh\n\n\r\nx\n\n\ny\n\n");
    REQUIRE(csv.readHeader());
    CHECK(csv.header() == QStringList{QStringLiteral("h")});
    QStringList row;
    REQUIRE(csv.next(row));
    CHECK(row == QStringList{QStringLiteral("x")});
    CHECK(csv.line() == 6);
    REQUIRE(csv.next(row));
    CHECK(row == QStringList{QStringLiteral("y")});
    CHECK(csv.line() == 9);
    CHECK_FALSE(csv.next(row));
}

TEST_CASE("empty input has no header and no records")
{
    CsvReader empty(QByteArray{});
    CHECK_FALSE(empty.readHeader());
    QStringList row;
    CHECK_FALSE(empty.next(row));
    CsvReader bomOnly("\xEF\xBB\xBF");
    CHECK_FALSE(bomOnly.readHeader());
    CHECK_FALSE(bomOnly.malformed());
}

TEST_CASE("invalid UTF-8 becomes replacement characters, never a crash")
{
    const QStringList out = records("a,\xFF\xFE\n");
    REQUIRE(out.size() == 1);
    CHECK(out.first().contains(QChar::ReplacementCharacter));
}

TEST_CASE("csvEscape quotes only when needed and round-trips through the reader")
{
    CHECK(csvEscape(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csvEscape(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(csvEscape(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    const QStringList values{QStringLiteral("a,b"),        QStringLiteral("say \"hi\""),
                             QStringLiteral("two\nlines"), QStringLiteral("cr\r\nlf"),
                             QStringLiteral("ສົມພອນ"),      QString()};
    QStringList escaped;
    for (const QString& v : values)
        escaped.append(csvEscape(v));
    CsvReader csv((escaped.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
    QStringList row;
    REQUIRE(csv.next(row));
    CHECK(row == values);
    CHECK_FALSE(csv.malformed());
}

namespace {

// The reader as first written, one character at a time: the reference the faster reader is held to.
struct ReferenceRecord
{
    QStringList fields;
    int line = 0;
};
QList<ReferenceRecord> referenceRead(const QByteArray& data, bool& malformed)
{
    QList<ReferenceRecord> out;
    qsizetype pos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int line = 1;
    malformed = false;
    for (;;) {
        while (pos < data.size() && (data[pos] == '\n' || data[pos] == '\r')) {
            if (data[pos] == '\n')
                ++line;
            ++pos;
        }
        if (pos >= data.size())
            return out;
        ReferenceRecord record{{}, line};
        QByteArray current;
        bool inQuotes = false;
        while (pos < data.size()) {
            const char c = data[pos++];
            if (inQuotes) {
                if (c == '"') {
                    if (pos < data.size() && data[pos] == '"') {
                        current.append('"');
                        ++pos;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n')
                        ++line;
                    current.append(c);
                }
                continue;
            }
            if (c == '"' && current.isEmpty()) {
                inQuotes = true;
            } else if (c == ',') {
                record.fields.append(QString::fromUtf8(current));
                current.clear();
            } else if (c == '\r') {
            } else if (c == '\n') {
                ++line;
                break;
            } else {
                current.append(c);
            }
        }
        if (inQuotes)
            malformed = true;
        record.fields.append(QString::fromUtf8(current));
        out.append(record);
    }
}

} // namespace

TEST_CASE("the reader splits any input exactly as the character-by-character reference does")
{
    // Inputs built from the characters that matter: separators, quotes, both line ends, Lao text.
    const QList<QByteArray> pieces{"a", "bc", ",", "\"", "\"\"", "\n", "\r", "\r\n", "ສົມ", " ", "\xFF"};
    quint32 seed = 20261123;
    const auto nextRandom = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int round = 0; round < 3000; ++round) {
        QByteArray data;
        const int length = static_cast<int>(nextRandom() % 24);
        for (int i = 0; i < length; ++i)
            data += pieces[static_cast<qsizetype>(nextRandom() % pieces.size())];
        bool expectedMalformed = false;
        const QList<ReferenceRecord> expected = referenceRead(data, expectedMalformed);
        CsvReader csv(data);
        QList<ReferenceRecord> actual;
        QStringList fields;
        while (csv.next(fields))
            actual.append({fields, csv.line()});
        INFO("input: " << data.toPercentEncoding().toStdString());
        REQUIRE(actual.size() == expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            CHECK(actual[i].fields == expected[i].fields);
            CHECK(actual[i].line == expected[i].line);
        }
        CHECK(csv.malformed() == expectedMalformed);
    }
}
