// JsonReader: what it reads, what it refuses, and that whatever it reads QJsonDocument reads the
// same way (the payload readers fall back to QJsonDocument on a refusal, so a text it accepts
// must never mean something else to it).
#include "common/JsonReader.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace fe;

namespace {

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

bool qtAccepts(const QByteArray& text)
{
    QJsonParseError error{};
    (void)QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError;
}

// Compares every value of `ours` with the same value read by QJsonDocument, recursively.
bool sameAsQt(const JsonReader::Value& ours, const QJsonValue& theirs);

bool sameObject(const JsonReader::Object& ours, const QJsonObject& theirs)
{
    for (auto it = theirs.begin(); it != theirs.end(); ++it) {
        const QByteArray key = it.key().toLatin1();
        if (it.key() != QLatin1StringView(key))
            continue; // a key outside Latin-1 cannot be asked for by name
        if (!sameAsQt(ours.value(QLatin1StringView(key)), it.value()))
            return false;
    }
    return !ours.contains(QLatin1StringView("no-such-key"));
}

bool sameAsQt(const JsonReader::Value& ours, const QJsonValue& theirs)
{
    if (ours.isNull() != theirs.isNull() || ours.isBool() != theirs.isBool() ||
        ours.isDouble() != theirs.isDouble() || ours.isString() != theirs.isString() ||
        ours.isArray() != theirs.isArray() || ours.isObject() != theirs.isObject())
        return false;
    if (ours.toString() != theirs.toString() || ours.toInt(-7) != theirs.toInt(-7) ||
        ours.toBool(true) != theirs.toBool(true) || ours.toBool(false) != theirs.toBool(false))
        return false;
    if (theirs.isArray()) {
        const QJsonArray array = theirs.toArray();
        qsizetype i = 0;
        for (const JsonReader::Value v : ours.toArray()) {
            if (i >= array.size() || !sameAsQt(v, array.at(i)))
                return false;
            ++i;
        }
        return i == array.size();
    }
    return !theirs.isObject() || sameObject(ours.toObject(), theirs.toObject());
}

// The reader's answer for `text` agrees with QJsonDocument's: refused, or read to the same values.
bool agreesWithQt(const QByteArray& text)
{
    const auto ours = JsonReader::parse(text);
    if (!ours)
        return true;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    return doc.isObject() ? sameAsQt(ours->root(), doc.object()) : sameAsQt(ours->root(), doc.array());
}

const char* const kSample =
    R"({"id":"0195a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b","version":3,"name":{"given":"ສົມພອນ","family":"Vongsa"},)"
    R"("household":[{"name":{"given":"Keo"},"birth":{"date":"2010-01-02","estimated":true}},{"sex":"female"}],)"
    R"("empty":{},"none":[],"flag":false,"nothing":null,"negative":-42,"zero":0,)"
    R"("escaped":"a\"b\\c\/d\b\f\n\r\t\u00e9\uD83D\uDE00","version":4})";

} // namespace

TEST_CASE("JsonReader reads objects, arrays, strings, integers and literals")
{
    const QByteArray sample = utf8(kSample);
    const auto reader = JsonReader::parse(sample);
    REQUIRE(reader);
    const JsonReader::Object root = reader->root().toObject();
    CHECK(reader->root().isObject());
    CHECK(root.value(QLatin1StringView("id")).toString() ==
          QStringLiteral("0195a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"));
    CHECK(root.value(QLatin1StringView("version")).toInt() == 4); // the last of a repeated key
    CHECK(root.value(QLatin1StringView("name")).toObject().value(QLatin1StringView("given")).toString() ==
          QStringLiteral("ສົມພອນ"));
    CHECK(root.value(QLatin1StringView("negative")).toInt() == -42);
    CHECK(root.value(QLatin1StringView("zero")).toInt(7) == 0);
    CHECK(root.value(QLatin1StringView("flag")).isBool());
    CHECK_FALSE(root.value(QLatin1StringView("flag")).toBool(true));
    CHECK(root.value(QLatin1StringView("nothing")).isNull());
    CHECK(root.value(QLatin1StringView("absent")).isUndefined());
    CHECK_FALSE(root.contains(QLatin1StringView("absent")));
    CHECK(root.contains(QLatin1StringView("empty")));
    CHECK(root.value(QLatin1StringView("escaped")).toString() ==
          QStringLiteral("a\"b\\c/d\b\f\n\r\t\u00e9") + QString::fromUcs4(U"\U0001F600"));

    int count = 0;
    for (const JsonReader::Value v : root.value(QLatin1StringView("household")).toArray()) {
        CHECK(v.isObject());
        ++count;
    }
    CHECK(count == 2);
    const JsonReader::Value first = *root.value(QLatin1StringView("household")).toArray().begin();
    CHECK(first.toObject()
              .value(QLatin1StringView("birth"))
              .toObject()
              .value(QLatin1StringView("estimated"))
              .toBool());

    SECTION("a value of another type gives the default, as QJsonValue does")
    {
        CHECK(root.value(QLatin1StringView("version")).toString().isEmpty());
        CHECK(root.value(QLatin1StringView("id")).toInt(-1) == -1);
        CHECK(root.value(QLatin1StringView("id")).toBool(true));
        const JsonReader::Object notAnObject = root.value(QLatin1StringView("id")).toObject();
        CHECK(notAnObject.value(QLatin1StringView("given")).isUndefined());
        int items = 0;
        for (const JsonReader::Value v : root.value(QLatin1StringView("name")).toArray()) {
            (void)v;
            ++items;
        }
        CHECK(items == 0);
    }
    CHECK(agreesWithQt(sample));
}

TEST_CASE("JsonReader refuses what is not JSON, and JSON outside its subset")
{
    const QList<QByteArray> refused = {
        "",
        "   ",
        "1",
        "\"text\"",
        "null",
        "\xef\xbb\xbf{}", // no object or array; a byte-order mark
        "{",
        "{\"a\":1",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{a:1}",
        "[1,]",
        "[1 2]",
        "{}x",
        "{} {}",
        "{\"a\":01}",
        "{\"a\":.5}",
        "{\"a\":5.}",
        "{\"a\":1.5}",
        "{\"a\":1e2}",
        "{\"a\":-}",
        "{\"a\":1234567890}", // fractions, exponents and long numbers: QJsonDocument reads those
        "{\"a\":tru}",
        "{\"a\":nul}",
        "{\"a\":True}",
        "{\"a\":\"\t\"}",
        "{\"a\":\"\x01\"}", // raw control characters
        "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12\"}",
        "{\"a\":\"\\u12G4\"}", // escapes
        "{\"a\":\"\\uD800\"}",
        "{\"a\":\"\\uDC00\"}",
        "{\"a\":\"\\uD800\\u0041\"}", // lone surrogates
        "{\"a\":\"\xff\"}",
        "{\"a\":\"\xc0\x80\"}",
        "{\"a\":\"\xe0\x9f\xbf\"}", // invalid UTF-8
        "{\"a\":\"\xed\xa0\x80\"}",
        "{\"a\":\"\xf4\x90\x80\x80\"}",
        "{\"a\":\"\xe0\xa0\"}",
        "{\"a\":\"unterminated}",
    };
    for (const QByteArray& text : refused) {
        INFO(text.toStdString());
        CHECK_FALSE(JsonReader::parse(text));
    }

    QByteArray deep;
    for (int i = 0; i < JsonReader::kMaxDepth; ++i)
        deep += "[";
    for (int i = 0; i < JsonReader::kMaxDepth; ++i)
        deep += "]";
    CHECK(JsonReader::parse(deep));
    const QByteArray deeper = "[" + deep + "]";
    CHECK_FALSE(JsonReader::parse(deeper));
}

TEST_CASE("whatever JsonReader reads, QJsonDocument reads the same way")
{
    const QList<QByteArray> accepted = {
        "{}",
        "[]",
        " { } ",
        "\n\t[ 1 , -0 , 2 ]\r\n",
        "{\"\\u0061\":\"escaped key\"}",
        "{\"a\":\"\xef\xbf\xbe\xf4\x8f\xbf\xbf\xe0\xa0\x80\x7f\"}",
        "{\"a\":{\"b\":1},\"a\":\"last\"}",
        "{\"a\":\"x\\u0000y\"}",
        "[[[[{\"deep\":[true,false,null]}]]]]",
        "{\"n\":-999999999}",
    };
    for (const QByteArray& text : accepted) {
        INFO(text.toStdString());
        CHECK(JsonReader::parse(text));
        CHECK(qtAccepts(text));
        CHECK(agreesWithQt(text));
    }

    SECTION("on damaged copies of a payload")
    {
        // Seeded: the same texts on every run. Every damaged copy must be refused or read as Qt
        // reads it; some of them are read (the check counts them, so it cannot pass vacuously).
        QRandomGenerator random(20261123);
        const QByteArray sample = utf8(kSample);
        int read = 0;
        const char pieces[] = {'{', '}', '[', ']', '"', '\\', ',', ':',
                               ' ', '0', '9', '-', 'u', 'e',  '.', 't'};
        for (int i = 0; i < 4000; ++i) {
            QByteArray text = sample;
            const int edits = 1 + static_cast<int>(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const int at = static_cast<int>(random.bounded(text.size()));
                switch (random.bounded(4)) {
                case 0:
                    text.remove(at, 1);
                    break;
                case 1:
                    text.insert(at, pieces[random.bounded(static_cast<quint32>(sizeof pieces))]);
                    break;
                case 2:
                    text[at] = static_cast<char>(random.bounded(256));
                    break;
                default:
                    text[at] = pieces[random.bounded(static_cast<quint32>(sizeof pieces))];
                    break;
                }
            }
            INFO(text.toStdString());
            REQUIRE(agreesWithQt(text));
            if (JsonReader::parse(text))
                ++read;
        }
        CHECK(read > 100);
    }
}
