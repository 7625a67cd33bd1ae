#include "FileImport.h"

#include "domain/DisplayText.h"
#include "exchange/TableFileWriter.h"
#include "exchange/XlsxCells.h"
#include "exchange/XlsxReader.h"
#include "services/ImportSession.h"

#include <algorithm>

namespace sl {

// The Qt SQL driver appends its own words to SQLite's message ("… Unable to fetch row"); they
// tell a user nothing, so import errors end with SQLite's message.
Error withoutDriverText(Error error)
{
    static const char* const suffixes[] = {"Unable to fetch row",
                                           "Unable to execute statement",
                                           "Unable to execute multiple statements",
                                           "Unable to bind parameters",
                                           "Parameter count mismatch",
                                           "Unable to begin transaction",
                                           "Unable to commit transaction",
                                           "Unable to rollback transaction",
                                           "No query",
                                           "Unable to reset statement"};
    QString m = error.message.trimmed();
    for (bool again = true; again;) {
        again = false;
        for (const char* s : suffixes) {
            if (m.endsWith(QLatin1String(s))) {
                m.chop(qsizetype(qstrlen(s)));
                m = m.trimmed();
                again = true;
            }
        }
    }
    if (m.isEmpty())
        m = QStringLiteral("the database refused the change");
    error.message = DisplayText::line(m);
    return error;
}

QString FileProblem::cell() const
{
    QString name = sheet;
    for (const QChar c : sheet) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'.') {
            name = QLatin1Char('\'') + QString(sheet).replace(u'\'', QLatin1String("''")) +
                   QLatin1Char('\'');
            break;
        }
    }
    if (line <= 0)
        return name;
    const QString letters = columnIndex >= 0 ? XlsxCells::columnLetters(columnIndex) : QString();
    return name + QLatin1Char('!') + letters + QString::number(line);
}

QString FileProblem::text() const
{
    QString out = file;
    if (!sheet.isEmpty())
        out += QLatin1Char(':') + cell();
    else if (line > 0)
        out += QStringLiteral(":%1").arg(line);
    out += QStringLiteral(": ");
    if (!column.isEmpty())
        out += DisplayText::line(column, DisplayText::maxValueLength) + QStringLiteral(": ");
    // One line, whatever the message echoes from the file.
    return DisplayText::line(out + message);
}

namespace {

thread_local ImportOptions currentOptions;

// The outcome of a file that is at fault: its error, or its problems.
Result<FileImportResult> fileOutcome(const TableStream& stream)
{
    auto file = stream.outcome();
    if (!file)
        return file.error();
    FileImportResult result;
    result.encoding = file->encoding();
    result.sheet = file->sheet();
    result.problems = file->problems();
    return result;
}

} // namespace

ImportOptionsScope::ImportOptionsScope(ImportOptions options) : m_previous(currentOptions)
{
    currentOptions = std::move(options);
}

ImportOptionsScope::~ImportOptionsScope()
{
    currentOptions = m_previous;
}

const ImportOptions& ImportOptionsScope::current()
{
    return currentOptions;
}

Result<TableFile> TableFile::read(const QString& path, const std::vector<ColumnSpec>& columns,
                                  const ColumnOverrides& overrides)
{
    // Decoder and parser run as one stream: the file is never held whole, as bytes or as text.
    TableStream stream(path, columns, overrides);
    std::vector<CsvTable::Row> rows;
    stream.run(
        [&](const CsvTable::Row& row) {
            rows.push_back(row);
            return true;
        },
        true);
    return stream.outcome(std::move(rows));
}

TableFile TableFile::fromTable(const QString& path, CsvTable table,
                               const std::vector<ColumnSpec>& columns, TextEncoding encoding,
                               const QString& sheet, const ColumnOverrides& overrides,
                               const QHash<int, int>& firstValueLines)
{
    HeaderMap header(columns, table.header, firstValueLines, overrides);
    TableFile file(path, std::move(table), std::move(header), encoding);
    file.m_sheet = sheet;
    for (const LineError& e : file.m_table.errors)
        file.m_problems.push_back(file.problem(e.line, e.error.field, e.error.message));
    for (const Error& e : file.m_header.errors())
        file.m_problems.push_back(file.problem(file.m_table.headerLine, e.field, e.message));
    return file;
}

FileProblem TableFile::problem(int line, const QString& column, const QString& message,
                               int columnIndex) const
{
    if (columnIndex < 0 && !column.isEmpty()) {
        // The column as the header names it, or "column N" for a cell beyond the header.
        columnIndex = int(m_table.header.indexOf(column));
        if (columnIndex < 0) {
            for (qsizetype i = 0; i < m_table.header.size(); ++i) {
                if (m_table.header.at(i).trimmed() == column)
                    columnIndex = int(i);
            }
        }
        static const QLatin1String prefix("column ");
        if (columnIndex < 0 && column.startsWith(prefix))
            columnIndex = column.mid(prefix.size()).toInt() - 1;
    }
    return {m_path, line, column, message, m_sheet, columnIndex};
}

Result<FileImportResult> TableFile::importWith(const QString& path,
                                               const std::vector<ColumnSpec>& columns,
                                               const Importer& import)
{
    const ImportOptions& options = ImportOptionsScope::current();
    TableStream stream(path, columns, options.mapping);
    int total = 0; // progress needs the rows up front: a pass that only counts them
    if (options.progress && !stream.run([&](const CsvTable::Row&) { return ++total > 0; }))
        return fileOutcome(stream);
    Result<ImportReport> report = Error::cancelled();
    {
        const ImportFileName named(path); // the import's audit entry names the file
        const ImportControlScope controlled(
            {options.dryRun, total, options.progress, options.cancel});
        report = import(stream);
    }
    const bool cancelled = !report && report.error().code == ErrorCode::Cancelled;
    // The file's own problems come first: a file stopped before its end (an error of the
    // ledger, or the permission refused) is read on for them. A cancelled one is not.
    if (!stream.readToEnd() && !cancelled)
        stream.check();
    if (stream.failed() && !cancelled)
        return fileOutcome(stream);
    if (!report)
        return withoutDriverText(report.error());
    auto file = stream.outcome();
    if (!file)
        return file.error();
    FileImportResult result;
    result.encoding = file->encoding();
    result.sheet = file->sheet();
    result.problems = file->toProblems(report->errors);
    if (result.problems.empty() || options.dryRun)
        result.counts = report->counts;
    return result;
}

std::vector<FileProblem> TableFile::toProblems(const std::vector<RowError>& errors) const
{
    std::vector<FileProblem> out;
    out.reserve(errors.size());
    for (const RowError& e : errors) {
        const QString column = e.column.isEmpty() ? QString() : m_header.columnName(e.column);
        out.push_back(
            problem(e.line, column, e.message, e.column.isEmpty() ? -1 : m_header.index(e.column)));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const FileProblem& a, const FileProblem& b) { return a.line < b.line; });
    return out;
}

} // namespace sl
