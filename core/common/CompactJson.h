#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace fe {

// Writes compact JSON straight into bytes, exactly as QJsonDocument::toJson(Compact) would write
// the same QJsonObject: the store hashes and sends these bytes, so they must not depend on which
// writer made them (tests/core/test_compact_json.cpp compares both). It exists because building a
// QJsonObject and serialising it was half the cost of a bulk import.
//
// The caller writes the keys of each object in the order QJsonObject keeps them (sorted); debug
// builds assert that order.
class CompactJsonWriter
{
public:
    explicit CompactJsonWriter(QByteArray& out) : m_out(out) {}

    CompactJsonWriter& beginObject();
    CompactJsonWriter& beginObject(const char* key);
    CompactJsonWriter& endObject();
    CompactJsonWriter& beginArray(const char* key);
    CompactJsonWriter& endArray();

    CompactJsonWriter& value(const char* key, const QString& text);
    CompactJsonWriter& value(const char* key, qint64 number);
    CompactJsonWriter& value(const char* key, bool flag);
    // Only when not empty, like the `putIfNotEmpty` of the QJsonObject encoders.
    CompactJsonWriter& valueIfNotEmpty(const char* key, const QString& text);

    // Appends `text` as a JSON string, escaped as Qt escapes it.
    static void appendString(QByteArray& out, const QString& text);

private:
    void key(const char* name);
    // Whether the next value needs a ',' before it; the current container is no longer empty.
    bool takeSeparator();

    static constexpr int kMaxDepth = 8;
    QByteArray& m_out;
    int m_depth = 0;
    bool m_first[kMaxDepth] = {};
    const char* m_lastKey[kMaxDepth] = {};
};

// ISO 8601 texts as the payloads store them (Qt::ISODate, and UTC with milliseconds), without the
// cost of QDate/QDateTime::toString; empty for an invalid value.
QString isoDateText(const QDate& date);
QString isoUtcTimeText(const QDateTime& time);

} // namespace fe
