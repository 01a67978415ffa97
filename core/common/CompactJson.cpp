#include "common/CompactJson.h"

#include <cstring>

namespace fe {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendDigits(char*& cursor, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        cursor[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    cursor += width;
}

// yyyy-MM-dd, for years 1000 to 9999.
void appendDate(char*& cursor, int year, int month, int day)
{
    appendDigits(cursor, year, 4);
    *cursor++ = '-';
    appendDigits(cursor, month, 2);
    *cursor++ = '-';
    appendDigits(cursor, day, 2);
}

} // namespace

void CompactJsonWriter::appendString(QByteArray& out, const QString& text)
{
    // Written through a pointer into room for the worst case (6 bytes per UTF-16 unit), then cut
    // to size: appending byte by byte was most of the writer's cost.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char* cursor = out.data() + start;
    const auto escape = [&cursor](char16_t u) {
        const char bytes[] = {
            '\\', 'u', kHex[(u >> 12) & 0xf], kHex[(u >> 8) & 0xf], kHex[(u >> 4) & 0xf], kHex[u & 0xf]};
        std::memcpy(cursor, bytes, sizeof bytes);
        cursor += sizeof bytes;
    };
    *cursor++ = '"';
    const char16_t* src = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *cursor++ = static_cast<char>(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case '"':
                *cursor++ = '"';
                break;
            case '\\':
                *cursor++ = '\\';
                break;
            case 0x8:
                *cursor++ = 'b';
                break;
            case 0xc:
                *cursor++ = 'f';
                break;
            case 0xa:
                *cursor++ = 'n';
                break;
            case 0xd:
                *cursor++ = 'r';
                break;
            case 0x9:
                *cursor++ = 't';
                break;
            default:
                --cursor;
                escape(u);
            }
        } else if (u < 0x800) {
            *cursor++ = static_cast<char>(0xc0 | (u >> 6));
            *cursor++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *cursor++ = static_cast<char>(0xe0 | (u >> 12));
            *cursor++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src++) - 0xdc00);
            *cursor++ = static_cast<char>(0xf0 | (c >> 18));
            *cursor++ = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (c & 0x3f));
        } else {
            escape(u); // a lone surrogate: Qt writes it as an escape too
        }
    }
    *cursor++ = '"';
    out.truncate(cursor - out.constData());
}

bool CompactJsonWriter::takeSeparator()
{
    if (m_depth == 0)
        return false;
    const bool comma = !m_first[m_depth - 1];
    m_first[m_depth - 1] = false;
    return comma;
}

void CompactJsonWriter::key(const char* name)
{
    if (name == nullptr) { // an array element
        if (takeSeparator())
            m_out.append(',');
        return;
    }
    Q_ASSERT(m_depth > 0);
    Q_ASSERT_X(!m_lastKey[m_depth - 1] || std::strcmp(m_lastKey[m_depth - 1], name) < 0, "CompactJsonWriter",
               "keys must come in sorted order");
    m_lastKey[m_depth - 1] = name;
    // `,"name":` in one step: appended piece by piece, a payload's ~40 keys were a tenth of
    // preparing an imported row.
    const bool comma = takeSeparator();
    const size_t length = std::strlen(name);
    const qsizetype start = m_out.size();
    m_out.resize(start + (comma ? 1 : 0) + static_cast<qsizetype>(length) + 3);
    char* cursor = m_out.data() + start;
    if (comma)
        *cursor++ = ',';
    *cursor++ = '"';
    std::memcpy(cursor, name, length);
    cursor += length;
    *cursor++ = '"';
    *cursor = ':';
}

CompactJsonWriter& CompactJsonWriter::beginObject()
{
    return beginObject(nullptr);
}

CompactJsonWriter& CompactJsonWriter::beginObject(const char* name)
{
    key(name);
    Q_ASSERT(m_depth < kMaxDepth);
    m_first[m_depth] = true;
    m_lastKey[m_depth] = nullptr;
    ++m_depth;
    m_out.append('{');
    return *this;
}

CompactJsonWriter& CompactJsonWriter::endObject()
{
    --m_depth;
    m_out.append('}');
    return *this;
}

CompactJsonWriter& CompactJsonWriter::beginArray(const char* name)
{
    key(name);
    Q_ASSERT(m_depth < kMaxDepth);
    m_first[m_depth] = true;
    m_lastKey[m_depth] = nullptr;
    ++m_depth;
    m_out.append('[');
    return *this;
}

CompactJsonWriter& CompactJsonWriter::endArray()
{
    --m_depth;
    m_out.append(']');
    return *this;
}

CompactJsonWriter& CompactJsonWriter::value(const char* name, const QString& text)
{
    key(name);
    appendString(m_out, text);
    return *this;
}

CompactJsonWriter& CompactJsonWriter::value(const char* name, qint64 number)
{
    key(name);
    m_out.append(QByteArray::number(number));
    return *this;
}

CompactJsonWriter& CompactJsonWriter::value(const char* name, bool flag)
{
    key(name);
    m_out.append(flag ? "true" : "false");
    return *this;
}

CompactJsonWriter& CompactJsonWriter::valueIfNotEmpty(const char* name, const QString& text)
{
    if (!text.isEmpty())
        value(name, text);
    return *this;
}

QString isoDateText(const QDate& date)
{
    if (!date.isValid())
        return {};
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return date.toString(Qt::ISODate);
    char buffer[10];
    char* cursor = buffer;
    appendDate(cursor, year, month, day);
    return QString::fromLatin1(buffer, sizeof buffer);
}

QString isoUtcTimeText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const qint64 ms = time.toMSecsSinceEpoch();
    constexpr qint64 msPerDay = 86'400'000;
    qint64 days = ms / msPerDay;
    qint64 msOfDay = ms % msPerDay;
    if (msOfDay < 0) {
        msOfDay += msPerDay;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);
    char buffer[24];
    char* cursor = buffer;
    appendDate(cursor, year, month, day);
    *cursor++ = 'T';
    const int msInDay = static_cast<int>(msOfDay);
    appendDigits(cursor, msInDay / 3'600'000, 2);
    *cursor++ = ':';
    appendDigits(cursor, msInDay / 60'000 % 60, 2);
    *cursor++ = ':';
    appendDigits(cursor, msInDay / 1000 % 60, 2);
    *cursor++ = '.';
    appendDigits(cursor, msInDay % 1000, 3);
    *cursor++ = 'Z';
    return QString::fromLatin1(buffer, sizeof buffer);
}

} // namespace fe
