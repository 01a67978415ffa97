#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace fe {

// RFC 4180 CSV over an in-memory UTF-8 buffer: quoted fields, doubled quotes, CR/LF or LF line
// ends, embedded newlines in quoted fields, an optional UTF-8 byte-order mark. The header row
// names the columns; look-ups by name are case-insensitive.
class CsvReader
{
public:
    explicit CsvReader(QByteArray data);

    bool readHeader();
    // Reads the next record into `fields`; false at the end. `line` is the 1-based physical line
    // the record starts on, for error reports.
    bool next(QStringList& fields);
    int line() const { return m_recordLine; }
    const QStringList& header() const { return m_header; }
    int column(const QString& name) const { return m_columns.value(name.toLower(), -1); }
    // Field by column name from the current record, trimmed; empty if the column is absent.
    QString field(const QStringList& fields, const QString& name) const;
    bool malformed() const { return m_malformed; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    bool m_malformed = false;
    QStringList m_header;
    QHash<QString, int> m_columns;
};

// Quotes a field for CSV output when it needs it.
QString csvEscape(const QString& field);

} // namespace fe
