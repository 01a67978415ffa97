#pragma once

// How the domain types read the fields of a payload: templates over the object type, so that the
// same code reads a QJsonObject and a JsonReader::Object, and the two readers cannot drift apart.

#include "common/JsonReader.h"
#include "common/Result.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace fe::json {

template <typename Object> QString str(const Object& o, const char* key)
{
    return o.value(QLatin1StringView(key)).toString();
}

template <typename Object> QDate dateFrom(const Object& o, const char* key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

template <typename Object> QDateTime timeFrom(const Object& o, const char* key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODateWithMs).toUTC();
}

// {"minor": "<integer>", "currency": "<code>"}; std::nullopt for anything else.
template <typename Value> std::optional<Money> moneyFrom(const Value& v)
{
    if (!v.isObject())
        return std::nullopt;
    const auto o = v.toObject();
    bool ok = false;
    const qint64 minor = str(o, "minor").toLongLong(&ok);
    const QString currency = str(o, "currency");
    if (!ok || currency.isEmpty())
        return std::nullopt;
    return Money{minor, currency};
}

inline Error malformed(const char* what)
{
    return {QStringLiteral("payload.malformed"),
            QCoreApplication::translate("Payload", "The stored record is damaged (%1).")
                .arg(QString::fromLatin1(what)),
            QString::fromLatin1(what)};
}

// Reads a payload's text with JsonReader, or with QJsonDocument when JsonReader refuses it (see
// there): `read` gets the root object of either. An error with the field "json" when the text
// is not a JSON object.
template <typename T, typename Read> Result<T> readText(QByteArrayView text, Read read)
{
    if (const auto reader = JsonReader::parse(text)) {
        const JsonReader::Value root = reader->root();
        if (!root.isObject())
            return malformed("json");
        return read(root.toObject());
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed("json");
    return read(doc.object());
}

} // namespace fe::json
