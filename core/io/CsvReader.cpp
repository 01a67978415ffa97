#include "io/CsvReader.h"

namespace fe {

CsvReader::CsvReader(QByteArray data) : m_data(std::move(data))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::readHeader()
{
    if (!next(m_header))
        return false;
    for (int i = 0; i < m_header.size(); ++i) {
        m_header[i] = m_header[i].trimmed();
        m_columns.insert(m_header[i].toLower(), i);
    }
    return true;
}

bool CsvReader::next(QStringList& fields)
{
    fields.clear();
    const char* const data = m_data.constData();
    const qsizetype size = m_data.size();
    // Skip blank lines between records.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return false;
    m_recordLine = m_line;
    for (;;) {
        // Most fields have no quotes and no carriage return: they are a slice of the file.
        qsizetype end = m_pos;
        while (end < size && data[end] != ',' && data[end] != '\n' && data[end] != '"' && data[end] != '\r')
            ++end;
        if (end >= size || data[end] == ',' || data[end] == '\n') {
            fields.append(QString::fromUtf8(data + m_pos, end - m_pos));
            m_pos = end < size ? end + 1 : end;
            if (end >= size)
                return true;
            if (data[end] == '\n') {
                ++m_line;
                return true;
            }
            continue;
        }
        // The rest of this field, character by character: quoting, "" for a quote, newlines
        // inside quotes, carriage returns dropped outside them.
        QByteArray current(data + m_pos, end - m_pos);
        m_pos = end;
        bool inQuotes = false;
        bool moreFields = false;
        while (m_pos < size) {
            const char c = data[m_pos++];
            if (inQuotes) {
                if (c == '"') {
                    if (m_pos < size && data[m_pos] == '"') {
                        current.append('"');
                        ++m_pos;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    current.append(c);
                }
                continue;
            }
            if (c == '"' && current.isEmpty()) {
                inQuotes = true;
            } else if (c == ',') {
                moreFields = true;
                break;
            } else if (c == '\r') {
                // ignored; the following '\n' ends the record
            } else if (c == '\n') {
                ++m_line;
                break;
            } else {
                current.append(c);
            }
        }
        if (inQuotes)
            m_malformed = true; // unterminated quote: the rest of the file was swallowed
        fields.append(QString::fromUtf8(current));
        if (!moreFields)
            return true;
    }
}

QString CsvReader::field(const QStringList& fields, const QString& name) const
{
    const int i = column(name);
    return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
}

QString csvEscape(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace fe
