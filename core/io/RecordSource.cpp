#include "io/RecordSource.h"

#include <algorithm>
#include <cstring>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace fe {
namespace {

Error error(const char* code, const QString& message, const QString& field = {})
{
    return {QString::fromLatin1(code), message, field};
}

// CSV cells the exporter protected against spreadsheet formulas start with an apostrophe.
QString unprotect(QString value)
{
    if (value.size() > 1 && value.front() == QLatin1Char('\'')) {
        const QChar next = value.at(1);
        if (next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') ||
            next == QLatin1Char('@') || next == QLatin1Char('\t') || next == QLatin1Char('\r'))
            value.remove(0, 1);
    }
    return value;
}

bool hasReplacementCharacter(const QStringList& values)
{
    for (const QString& v : values)
        if (v.contains(QChar::ReplacementCharacter))
            return true;
    return false;
}

QString jsonValueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: // shortest plain form: 2500000, 412.5 (never an exponent)
        return QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    default:
        return {};
    }
}

} // namespace

QString canonicalColumnName(const QString& name)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char(' '), QLatin1Char('_'));
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    return n;
}

RecordSource::RecordSource(RecordKind kind, DataFormat format, QByteArray data)
    : m_kind(kind), m_format(format), m_data(std::move(data))
{
    // memchr finds line ends many bytes at a time: counting byte by byte was 1 % of a large import,
    // spent before the first row is read.
    qint64 lines = 0;
    const char* at = m_data.constData();
    const char* const end = at + m_data.size();
    while (const void* found = std::memchr(at, '\n', static_cast<size_t>(end - at))) {
        ++lines;
        at = static_cast<const char*>(found) + 1;
    }
    m_lineCount = static_cast<int>(lines) + (m_data.endsWith('\n') ? 0 : 1);
}

int RecordSource::columnFor(const QString& name) const
{
    const QString canonical = canonicalColumnName(name);
    const auto columns = columnsOf(m_kind);
    for (size_t i = 0; i < columns.size(); ++i)
        if (canonical == columns[i])
            return static_cast<int>(i);
    return -1;
}

void RecordSource::warnUnknown(const QString& name)
{
    if (m_unknown.contains(name))
        return;
    m_unknown.insert(name);
    m_warnings.append(tr("The column \"%1\" is not part of the import format and was ignored.").arg(name));
}

std::optional<Error> RecordSource::open()
{
    QByteArrayView content(m_data);
    if (content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3);
    if (content.startsWith("\xFF\xFE") || content.startsWith("\xFE\xFF"))
        return error("import.encoding",
                     tr("The file is UTF-16 text. Save it as \"CSV UTF-8\" (or UTF-8 text) and "
                        "import it again."));
    if (content.trimmed().isEmpty())
        return error("import.empty", tr("The file is empty: there is nothing to import."));
    return m_format == DataFormat::Csv ? openCsv() : std::nullopt;
}

std::optional<Error> RecordSource::openCsv()
{
    m_csv.emplace(m_data);
    if (!m_csv->readHeader())
        return error("import.empty", tr("The file is empty: there is nothing to import."));
    QSet<int> seen;
    for (const QString& name : m_csv->header()) {
        int column = columnFor(name);
        if (column < 0 && !name.isEmpty())
            warnUnknown(name);
        if (column >= 0 && seen.contains(column)) {
            m_warnings.append(tr("The column \"%1\" appears twice; only the first one is read.").arg(name));
            column = -1;
        }
        seen.insert(column);
        m_csvColumns.push_back(column);
    }
    QStringList missing;
    for (const QString& required : requiredColumnsOf(m_kind))
        if (!seen.contains(columnFor(required)))
            missing.append(required);
    if (!missing.isEmpty())
        return error("import.missing_columns",
                     tr("The file has no column %1. The first line must name the columns (see "
                        "docs/IMPORT_FORMAT.md).")
                         .arg(missing.join(QLatin1String(", "))));
    if (referencesMember(m_kind)) {
        const int refs[] = {columnFor(QStringLiteral("member_id")),
                            columnFor(QStringLiteral("member_external_ref")),
                            columnFor(QStringLiteral("member_document_number"))};
        bool any = false;
        for (int r : refs)
            any = any || seen.contains(r);
        if (!any)
            return error(
                "import.missing_columns",
                tr("The file must name each row's member in a column member_external_ref, member_id or "
                   "member_document_number."));
    }
    return std::nullopt;
}

bool RecordSource::next(SourceRecord& out)
{
    out = SourceRecord{};
    return m_format == DataFormat::Csv ? nextCsv(out) : nextJson(out);
}

bool RecordSource::nextCsv(SourceRecord& out)
{
    if (!m_csv)
        return false;
    for (;;) {
        if (!m_csv->next(m_fields))
            return false;
        out.line = m_csv->line();
        out.values = QStringList(static_cast<qsizetype>(columnsOf(m_kind).size()));
        bool empty = true;
        bool extra = false;
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            const QString value = unprotect(m_fields.at(i).trimmed());
            if (value.isEmpty())
                continue;
            empty = false;
            if (i >= static_cast<qsizetype>(m_csvColumns.size()))
                extra = true;
            else if (m_csvColumns[static_cast<size_t>(i)] >= 0)
                out.values[m_csvColumns[static_cast<size_t>(i)]] = value;
        }
        if (m_csv->malformed()) {
            out.error =
                error("import.unterminated_quote",
                      tr("A quoted value starting in this row is never closed; this row and the rest of the "
                         "file cannot be read. Close the quote and import the file again."));
            return true;
        }
        if (empty) // spreadsheets leave rows of empty cells at the end
            continue;
        if (extra)
            out.error =
                error("import.extra_values", tr("This row has more values than the header has columns."));
        else if (hasReplacementCharacter(m_fields))
            out.error = error("import.encoding",
                              tr("This row is not valid UTF-8 text. Save the file as \"CSV UTF-8\" "
                                 "and import it again."));
        return true;
    }
}

bool RecordSource::nextJson(SourceRecord& out)
{
    while (m_pos < m_data.size()) {
        qsizetype end = m_data.indexOf('\n', m_pos);
        if (end < 0)
            end = m_data.size();
        QByteArrayView line = QByteArrayView(m_data).sliced(m_pos, end - m_pos);
        m_pos = end + 1;
        ++m_line;
        if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        out.line = m_line;
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
        if (parseError.error == QJsonParseError::IllegalUTF8String) {
            out.error = error("import.encoding", tr("This line is not valid UTF-8 text."));
        } else if (parseError.error != QJsonParseError::NoError) {
            out.error = error("import.bad_json", tr("This line is not valid JSON (%1 at character %2).")
                                                     .arg(parseError.errorString())
                                                     .arg(parseError.offset + 1));
        } else if (!doc.isObject()) {
            out.error = error("import.bad_json", tr("Each line must hold one JSON object."));
        } else {
            const QJsonObject object = doc.object();
            const bool structured =
                m_kind == RecordKind::Members         ? object.value(QLatin1String("name")).isObject()
                : m_kind == RecordKind::Contributions ? object.value(QLatin1String("amount")).isObject()
                                                      : false;
            if (structured) {
                out.structured = true;
                out.object = object;
            } else {
                readFlatObject(object, out);
            }
        }
        return true;
    }
    return false;
}

void RecordSource::readFlatObject(const QJsonObject& object, SourceRecord& out)
{
    out.values = QStringList(static_cast<qsizetype>(columnsOf(m_kind).size()));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int column = columnFor(it.key());
        if (column < 0) {
            warnUnknown(it.key());
            continue;
        }
        if (it.value().isObject() || it.value().isArray()) {
            out.error = error("import.invalid_value",
                              tr("The value of %1 must be text or a number.").arg(it.key()), it.key());
            continue;
        }
        out.values[column] = jsonValueText(it.value()).trimmed();
    }
    if (!out.error && hasReplacementCharacter(out.values))
        out.error = error("import.encoding", tr("This line contains characters that cannot be stored."));
}

} // namespace fe
