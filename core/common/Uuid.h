#pragma once

#include <QUuid>

namespace fe {

class Clock;

// RFC 9562 UUID version 7: 48-bit Unix milliseconds then random bits, so ids generated on a
// device sort by creation time (good B-tree locality in SQLite and PostgreSQL).
QUuid createUuidV7(const Clock& clock);
QUuid createUuidV7(qint64 unixMs);

// Lower-case, no braces: the one textual form used in the store, on the wire and in files.
inline QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace fe
