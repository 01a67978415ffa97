#pragma once

#include "common/Result.h"
#include "io/CsvReader.h"
#include "io/RecordFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace fe {

// One record of an import file, before it is turned into a domain object.
struct SourceRecord
{
    int line = 0;       // 1-based line the record starts on
    QStringList values; // flat form: one value per column of the kind (trimmed), when !structured
    QJsonObject object; // structured form (Member::toJson / Contribution::toJson), when structured
    bool structured = false;
    std::optional<Error> error; // the record cannot be read at all (encoding, JSON syntax, ...)
};

// Reads the records of a CSV or JSON Lines file held in memory. CSV headers are matched to the
// kind's columns case-insensitively ("Given name" = "given_name"); unknown columns are ignored
// with a warning. File-level problems (empty, UTF-16, required columns missing) come from open().
class RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(RecordSource)
public:
    RecordSource(RecordKind kind, DataFormat format, QByteArray data);

    std::optional<Error> open();
    const QStringList& warnings() const { return m_warnings; }
    // Number of lines in the file: an upper bound of the records, for progress.
    int lineCount() const { return m_lineCount; }
    bool next(SourceRecord& out);

private:
    std::optional<Error> openCsv();
    bool nextCsv(SourceRecord& out);
    bool nextJson(SourceRecord& out);
    void readFlatObject(const QJsonObject& object, SourceRecord& out);
    int columnFor(const QString& name) const;
    void warnUnknown(const QString& name);

    RecordKind m_kind;
    DataFormat m_format;
    QByteArray m_data;
    std::optional<CsvReader> m_csv;
    std::vector<int> m_csvColumns; // CSV field index -> column of the kind (-1: ignored)
    QStringList m_fields;
    qsizetype m_pos = 0; // JSON Lines: start of the next line
    int m_line = 0;
    int m_lineCount = 0;
    QStringList m_warnings;
    QSet<QString> m_unknown;
};

// Canonical form of a column name as people write it in a header: lower case, spaces and
// hyphens as underscores.
QString canonicalColumnName(const QString& name);

} // namespace fe
