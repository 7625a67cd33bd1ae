#include "exchange/CsvWriter.h"

#include "exchange/FormulaGuard.h"
#include "exchange/TableFileWriter.h"
#include "files/OutputFile.h"

namespace sl {

namespace {

const QLatin1String kLineEnd("\r\n");

// Whether the field (with a ' in front when `guarded`) must be quoted.
bool needsQuotes(const QString& field, bool guarded)
{
    if (field.isEmpty())
        return false;
    if ((!guarded && field.front().isSpace()) || field.back().isSpace())
        return true;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

QString CsvWriter::formatField(const QString& cell)
{
    QString field;
    appendField(field, cell);
    return field;
}

void CsvWriter::appendField(QString& line, const QString& cell)
{
    // FormulaGuard::neutralise without a copy: a ' in front of a cell starting with a trigger.
    const bool guarded = !cell.isEmpty() && FormulaGuard::isTrigger(cell.front());
    const bool quoted = needsQuotes(cell, guarded);
    if (quoted)
        line += QLatin1Char('"');
    if (guarded)
        line += QLatin1Char('\'');
    if (quoted) {
        for (const QChar c : cell) {
            if (c == u'"')
                line += QLatin1Char('"');
            line += c;
        }
        line += QLatin1Char('"');
    } else {
        line += cell;
    }
}

QString CsvWriter::formatRecord(const QStringList& fields)
{
    QString line;
    appendRecord(line, fields);
    return line;
}

void CsvWriter::appendRecord(QString& line, const QStringList& fields)
{
    const qsizetype start = line.size();
    bool allEmpty = true;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        appendField(line, fields[i]);
        allEmpty = allEmpty && fields[i].trimmed().isEmpty();
    }
    // CsvReader skips records without a quoted field whose fields are all blank; a blank field
    // other than the empty one is quoted already (it starts or ends with white space).
    if (allEmpty && !fields.isEmpty() && fields.front().isEmpty())
        line.insert(start, QStringLiteral("\"\""));
}

QString CsvWriter::toText(const QStringList& header, const std::vector<QStringList>& rows)
{
    QString text = formatRecord(header) + kLineEnd;
    for (const QStringList& row : rows)
        text += formatRecord(row) + kLineEnd;
    return text;
}

QByteArray CsvWriter::toBytes(const QStringList& header, const std::vector<QStringList>& rows)
{
    return QByteArray("\xEF\xBB\xBF") + toText(header, rows).toUtf8();
}

QByteArray CsvWriter::toBytes(const CsvTable& table)
{
    std::vector<QStringList> rows;
    rows.reserve(table.rows.size());
    for (const CsvTable::Row& row : table.rows)
        rows.push_back(row.fields);
    return toBytes(table.header, rows);
}

Status CsvWriter::writeFile(const QString& path, const QStringList& header,
                            const std::vector<QStringList>& rows)
{
    if (!TableFileWriter::isSpreadsheet(path))
        return OutputFile::writeAll(path, toBytes(header, rows), QStringLiteral("o"));
    return TableFileWriter::writeTable(path, header, rows);
}

} // namespace sl
