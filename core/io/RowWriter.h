#pragma once

#include "domain/Contribution.h"
#include "domain/Member.h"
#include "io/RecordFormat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace fe {

// Records in the import format (docs/IMPORT_FORMAT.md): the exporter and the demo-data writers
// use these, so whatever they write the importer reads back.

// One value per column of the kind, in columnsOf(kind) order.
QStringList memberToRow(const Member& member);
// One row per household member, naming the member by id and external reference.
QList<QStringList> householdToRows(const Member& member);
// `owner` (may be null) adds the member's external reference next to its id.
QStringList contributionToRow(const Contribution& contribution, const Member* owner);

// CSV: a header line and record lines (CRLF). Cells a spreadsheet would run as a formula
// (=, +, -, @ followed by anything but a number) get a leading apostrophe, which the importer drops.
QByteArray csvHeader(RecordKind kind);
QByteArray csvRecord(const QStringList& values);

// JSON Lines. Members and contributions are written as Member::toJson / Contribution::toJson,
// a contribution with "memberExternalRef" added when its member has one; households, which live
// inside the member object, as flat objects keyed by the CSV column names.
QByteArray jsonLine(const QJsonObject& object);
QJsonObject flatRowToJson(RecordKind kind, const QStringList& values);
QJsonObject contributionToJsonLine(const Contribution& contribution, const Member* owner);

} // namespace fe
