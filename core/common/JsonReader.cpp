#include "common/JsonReader.h"

#include <cstring>
#include <limits>

namespace fe {

// A recursive-descent parser that appends one node per value (keys are string nodes before their
// values) in document order. Every refusal returns false; the caller discards the half-built nodes.
class JsonReader::Parser
{
public:
    Parser(QByteArrayView text, std::vector<Node>& nodes)
        : m_p(text.data()), m_end(text.data() + text.size()), m_begin(text.data()), m_nodes(nodes)
    {}

    bool document()
    {
        skipSpace();
        if (m_p == m_end || (*m_p != '{' && *m_p != '['))
            return false; // QJsonDocument reads only objects and arrays
        if (!value(0))
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char* word, Kind kind)
    {
        for (const char* w = word; *w != '\0'; ++w, ++m_p)
            if (m_p == m_end || *m_p != *w)
                return false;
        m_nodes.push_back({kind, false, 0, 0, 0, static_cast<qint32>(m_nodes.size() + 1)});
        return true;
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true", Kind::True);
        case 'f':
            return literal("false", Kind::False);
        case 'n':
            return literal("null", Kind::Null);
        default:
            return number();
        }
    }

    // -?(0|[1-9][0-9]{0,8}) and nothing more: fractions, exponents and longer numbers are refused
    // (the payloads hold none; QJsonDocument reads them as doubles).
    bool number()
    {
        bool negative = false;
        if (*m_p == '-') {
            negative = true;
            ++m_p;
        }
        if (m_p == m_end || *m_p < '0' || *m_p > '9')
            return false;
        qint32 n = 0;
        int digits = 0;
        if (*m_p == '0') {
            ++m_p;
            digits = 1;
        } else {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
                if (++digits > 9)
                    return false;
                n = n * 10 + (*m_p - '0');
                ++m_p;
            }
        }
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E' || (*m_p >= '0' && *m_p <= '9')))
            return false;
        m_nodes.push_back(
            {Kind::Number, false, negative ? -n : n, 0, 0, static_cast<qint32>(m_nodes.size() + 1)});
        return true;
    }

    static bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

    // One UTF-8 sequence starting at m_p (a byte >= 0x80), as Qt's decoder accepts them: no
    // overlong forms, no encoded surrogates, nothing above U+10FFFF.
    bool utf8Sequence()
    {
        const auto* s = reinterpret_cast<const unsigned char*>(m_p);
        const qsizetype left = m_end - m_p;
        const unsigned char c = s[0];
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (left < length || s[1] < low || s[1] > high)
            return false;
        for (int i = 2; i < length; ++i)
            if (!continuation(s[i]))
                return false;
        m_p += length;
        return true;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(char16_t& out)
    {
        if (m_end - m_p < 4)
            return false;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_p[i]);
            if (d < 0)
                return false;
            v = v * 16 + d;
        }
        m_p += 4;
        out = static_cast<char16_t>(v);
        return true;
    }

    // \uXXXX after the backslash and 'u': a surrogate must come in a pair (QJsonDocument keeps a
    // lone one, QString::fromUtf8 of the text could not).
    bool unicodeEscape()
    {
        char16_t unit = 0;
        if (!hex4(unit))
            return false;
        if (QChar::isLowSurrogate(unit))
            return false;
        if (!QChar::isHighSurrogate(unit))
            return true;
        char16_t low = 0;
        if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
            return false;
        m_p += 2;
        return hex4(low) && QChar::isLowSurrogate(low);
    }

    bool string()
    {
        ++m_p; // the opening quote
        const char* begin = m_p;
        bool escaped = false;
        while (true) {
            if (m_p == m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return false; // a raw control character
            if (c == '\\') {
                escaped = true;
                if (++m_p == m_end)
                    return false;
                const char e = *m_p++;
                if (e == 'u') {
                    if (!unicodeEscape())
                        return false;
                } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' &&
                           e != 'r' && e != 't') {
                    return false;
                }
            } else if (c < 0x80) {
                ++m_p;
            } else if (!utf8Sequence()) {
                return false;
            }
        }
        m_nodes.push_back({Kind::String, escaped, 0, static_cast<qint32>(begin - m_begin),
                           static_cast<qint32>(m_p - m_begin), static_cast<qint32>(m_nodes.size() + 1)});
        ++m_p; // the closing quote
        return true;
    }

    // An array's values or an object's members, separated by commas: `member` reads one.
    template <typename ReadMember> bool sequence(Kind kind, char close, int depth, ReadMember member)
    {
        if (depth > kMaxDepth)
            return false;
        const size_t self = m_nodes.size();
        m_nodes.push_back({kind, false, 0, 0, 0, 0});
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == close) {
            ++m_p;
        } else {
            while (true) {
                skipSpace();
                if (!member())
                    return false;
                skipSpace();
                if (m_p == m_end)
                    return false;
                if (*m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (*m_p != close)
                    return false;
                ++m_p;
                break;
            }
        }
        m_nodes[self].after = static_cast<qint32>(m_nodes.size());
        return true;
    }

    bool array(int depth)
    {
        return sequence(Kind::Array, ']', depth, [&] { return value(depth); });
    }

    bool object(int depth)
    {
        return sequence(Kind::Object, '}', depth, [&] {
            if (m_p == m_end || *m_p != '"' || !string())
                return false;
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            return value(depth);
        });
    }

    const char* m_p;
    const char* m_end;
    const char* m_begin;
    std::vector<Node>& m_nodes;
};

std::optional<JsonReader> JsonReader::parse(QByteArrayView text)
{
    if (text.size() >= std::numeric_limits<qint32>::max() / 2)
        return std::nullopt;
    JsonReader reader;
    reader.m_text = text;
    reader.m_nodes.reserve(static_cast<size_t>(text.size() / 16 + 16)); // a member: ~1 node per 20 bytes
    Parser parser(text, reader.m_nodes);
    if (!parser.document())
        return std::nullopt;
    return reader;
}

bool JsonReader::keyEquals(const Node& key, QLatin1StringView name) const
{
    if (key.escaped)
        return decode(key) == name;
    // Most keys differ in length or in their first byte: the object's keys are scanned for every
    // field read.
    const qsizetype length = key.end - key.begin;
    const char* bytes = m_text.data() + key.begin;
    return length == name.size() &&
           (length == 0 || (bytes[0] == name.data()[0] && std::memcmp(bytes, name.data(), length) == 0));
}

QString JsonReader::decode(const Node& string) const
{
    const char* p = m_text.data() + string.begin;
    const char* const end = m_text.data() + string.end;
    if (!string.escaped)
        return QString::fromUtf8(p, end - p);
    QString out;
    out.reserve(end - p);
    const char* run = p;
    const auto flush = [&] {
        if (p > run)
            out.append(QString::fromUtf8(run, p - run));
    };
    while (p < end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        flush();
        const char e = p[1];
        p += 2;
        switch (e) {
        case 'b':
            out.append(QChar(u'\b'));
            break;
        case 'f':
            out.append(QChar(u'\f'));
            break;
        case 'n':
            out.append(QChar(u'\n'));
            break;
        case 'r':
            out.append(QChar(u'\r'));
            break;
        case 't':
            out.append(QChar(u'\t'));
            break;
        case 'u': {
            // Checked by the parser: four hex digits (and a pair for a surrogate).
            out.append(QChar(static_cast<char16_t>(QByteArrayView(p, 4).toUShort(nullptr, 16))));
            p += 4;
            break;
        }
        default: // '"', '\\', '/'
            out.append(QLatin1Char(e));
            break;
        }
        run = p;
    }
    flush();
    return out;
}

bool JsonReader::Value::isNull() const
{
    return m_index >= 0 && m_reader->m_nodes[m_index].kind == Kind::Null;
}

bool JsonReader::Value::isBool() const
{
    return m_index >= 0 &&
           (m_reader->m_nodes[m_index].kind == Kind::True || m_reader->m_nodes[m_index].kind == Kind::False);
}

bool JsonReader::Value::isDouble() const
{
    return m_index >= 0 && m_reader->m_nodes[m_index].kind == Kind::Number;
}

bool JsonReader::Value::isString() const
{
    return m_index >= 0 && m_reader->m_nodes[m_index].kind == Kind::String;
}

bool JsonReader::Value::isArray() const
{
    return m_index >= 0 && m_reader->m_nodes[m_index].kind == Kind::Array;
}

bool JsonReader::Value::isObject() const
{
    return m_index >= 0 && m_reader->m_nodes[m_index].kind == Kind::Object;
}

QString JsonReader::Value::toString() const
{
    return isString() ? m_reader->decode(m_reader->m_nodes[m_index]) : QString();
}

int JsonReader::Value::toInt(int defaultValue) const
{
    return isDouble() ? m_reader->m_nodes[m_index].number : defaultValue;
}

bool JsonReader::Value::toBool(bool defaultValue) const
{
    return isBool() ? m_reader->m_nodes[m_index].kind == Kind::True : defaultValue;
}

JsonReader::Object JsonReader::Value::toObject() const
{
    return Object(m_reader, isObject() ? m_index : -1);
}

JsonReader::Array JsonReader::Value::toArray() const
{
    return Array(m_reader, isArray() ? m_index : -1);
}

JsonReader::Value JsonReader::Object::value(QLatin1StringView key) const
{
    int found = -1;
    if (m_index < 0)
        return Value(m_reader, found);
    const std::vector<Node>& nodes = m_reader->m_nodes;
    const int end = nodes[m_index].after;
    for (int i = m_index + 1; i < end; i = nodes[i + 1].after)
        if (m_reader->keyEquals(nodes[i], key))
            found = i + 1; // and go on: the last of equal keys counts
    return Value(m_reader, found);
}

JsonReader::Array::Iterator& JsonReader::Array::Iterator::operator++()
{
    m_index = m_reader->m_nodes[m_index].after;
    return *this;
}

JsonReader::Array::Iterator JsonReader::Array::begin() const
{
    return m_index < 0 ? end() : Iterator(m_reader, m_index + 1);
}

JsonReader::Array::Iterator JsonReader::Array::end() const
{
    return Iterator(m_reader, m_index < 0 ? -1 : m_reader->m_nodes[m_index].after);
}

} // namespace fe
