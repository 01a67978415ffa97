#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace fe {

struct SourceRecord;

// How an imported row is known to import_keys, so that importing a file again creates nothing
// twice: by its external reference or id, else by a hash of its content.

// Rows without an external reference or id are known by their content, normalised so that
// spacing and Unicode composition do not make a row new.
QString contentKey(const QString& prefix, const QStringList& values);
QString contentKey(const QString& prefix, const QJsonObject& object);

// A members row: "member:ref:…" and/or "member:id:…", else "member:row:<hash>".
QStringList memberImportKeys(const QString& normalisedExternalRef, const QUuid& sourceId,
                             const SourceRecord& record);

} // namespace fe
