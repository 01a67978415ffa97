#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <vector>

namespace fe {

// A read-only JSON parser for the payloads read by the hundred thousand (the store's unlock and
// list, the central office's push): it indexes the text once and decodes a string only when it is
// asked for, where QJsonDocument builds a tree of QCborValue containers and then a QJsonObject of
// it, about half of what reading a member cost.
//
// It accepts a subset of what QJsonDocument accepts and gives the same answers on it: strict RFC
// 8259 text whose numbers are integers of up to nine digits, strings of valid UTF-8 with the
// standard escapes, nesting up to kMaxDepth. Anything else is refused (std::nullopt), and callers
// then read the text with QJsonDocument, so what a payload means never depends on which reader
// read it (tests/core/test_json_reader.cpp and fuzz/fuzz_request.cpp compare the two).
//
// The reader refers to the caller's bytes: they must outlive it and its values.
class JsonReader
{
public:
    class Object;
    class Array;

    // A value of the document, or "undefined" (a key that is absent). The conversions answer as
    // QJsonValue's do: a value of another type gives the default.
    class Value
    {
    public:
        bool isUndefined() const { return m_index < 0; }
        bool isNull() const;
        bool isBool() const;
        bool isDouble() const; // a number, as QJsonValue calls them
        bool isString() const;
        bool isArray() const;
        bool isObject() const;

        QString toString() const;
        int toInt(int defaultValue = 0) const;
        bool toBool(bool defaultValue = false) const;
        Object toObject() const;
        Array toArray() const;

    private:
        friend class JsonReader;
        Value(const JsonReader* reader, int index) : m_reader(reader), m_index(index) {}
        const JsonReader* m_reader = nullptr;
        int m_index = -1;
    };

    // An object (empty when the value was not one). With a key given twice, the last counts, as
    // in QJsonDocument.
    class Object
    {
    public:
        Value value(QLatin1StringView key) const;
        bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }

    private:
        friend class Value;
        friend class JsonReader;
        Object(const JsonReader* reader, int index) : m_reader(reader), m_index(index) {}
        const JsonReader* m_reader = nullptr;
        int m_index = -1;
    };

    class Array
    {
    public:
        class Iterator
        {
        public:
            Value operator*() const { return Value(m_reader, m_index); }
            Iterator& operator++();
            bool operator==(const Iterator& other) const { return m_index == other.m_index; }

        private:
            friend class Array;
            Iterator(const JsonReader* reader, int index) : m_reader(reader), m_index(index) {}
            const JsonReader* m_reader;
            int m_index;
        };
        Iterator begin() const;
        Iterator end() const;

    private:
        friend class Value;
        Array(const JsonReader* reader, int index) : m_reader(reader), m_index(index) {}
        const JsonReader* m_reader = nullptr;
        int m_index = -1;
    };

    static constexpr int kMaxDepth = 32;

    // The reader of `text`, or std::nullopt when the text is not JSON of the accepted subset.
    static std::optional<JsonReader> parse(QByteArrayView text);
    // A temporary's bytes would be gone before the values are read.
    static std::optional<JsonReader> parse(QByteArray&& text) = delete;

    Value root() const { return Value(this, 0); }

private:
    enum class Kind : quint8 { Null, False, True, Number, String, Array, Object };
    struct Node
    {
        Kind kind;
        bool escaped;  // strings: the text between the quotes holds escapes
        qint32 number; // numbers
        qint32 begin;  // strings: the first byte after the opening quote
        qint32 end;    // strings: the closing quote
        qint32 after;  // the index of the node that follows this value and everything in it
    };
    class Parser;

    bool keyEquals(const Node& key, QLatin1StringView name) const;
    QString decode(const Node& string) const;

    QByteArrayView m_text;
    std::vector<Node> m_nodes;
};

} // namespace fe
