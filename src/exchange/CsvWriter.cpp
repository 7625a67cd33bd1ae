#include "exchange/CsvWriter.h"

#include "exchange/FormulaGuard.h"
#include "exchange/TableFileWriter.h"
#include "files/OutputFile.h"

namespace sl {

namespace {

const QLatin1String kLineEnd("\r\n");

bool needsQuotes(const QString& field)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
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
    const QString field = FormulaGuard::neutralise(cell);
    if (!needsQuotes(field))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::formatRecord(const QStringList& fields)
{
    bool allEmpty = true;
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty()) {
            allEmpty = false;
            break;
        }
    }
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << formatField(f);
    // CsvReader skips records without a quoted field whose fields are all blank.
    if (allEmpty && !out.isEmpty() && !out.front().startsWith(QLatin1Char('"')))
        out.front() = QStringLiteral("\"%1\"").arg(out.front());
    return out.join(QLatin1Char(','));
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
