#pragma once

#include "exchange/CsvReader.h"
#include "exchange/HeaderMap.h"
#include "exchange/RowParser.h"
#include "exchange/TableStream.h"
#include "exchange/TextDecoding.h"

#include "services/ImportTypes.h"

#include "domain/CancelFlag.h"
#include "domain/Result.h"

#include <QString>

#include <functional>
#include <vector>

namespace sl {

// An import error from the layers below without the SQL driver's own suffix ("Unable to fetch
// row"), escaped to one line: every import error reaches users through this.
Error withoutDriverText(Error error);

// A problem of an input file, printed as `FILE:LINE: COLUMN: message` (FORMATS.md), or for a
// spreadsheet `FILE:SHEET!CELL: COLUMN: message` (`members.xlsx:Sheet1!C5: 出生日期: …`; the row
// alone, `Sheet1!5`, when no column is at fault); text() is one line: control characters and
// line breaks are escaped (DisplayText).
struct FileProblem
{
    FileProblem(QString file_ = {}, int line_ = 0, QString column_ = {}, QString message_ = {},
                QString sheet_ = {}, int columnIndex_ = -1)
        : file(std::move(file_)), line(line_), column(std::move(column_)),
          message(std::move(message_)), sheet(std::move(sheet_)), columnIndex(columnIndex_)
    {
    }

    QString file;
    int line = 0; // the line of a CSV file, the row of a sheet
    QString column;
    QString message;
    QString sheet;        // the sheet's name, for a spreadsheet
    int columnIndex = -1; // 0-based, when known

    QString text() const;
    // "Sheet1!C5", "'My sheet'!C5"; the row alone without a column.
    QString cell() const;
};

// The outcome of importing one file: counts when it went in, else every problem (and then
// nothing was changed).
struct FileImportResult
{
    ImportCounts counts;
    std::vector<FileProblem> problems;
    TextEncoding encoding = TextEncoding::Utf8;
    QString sheet; // the sheet read, for a workbook; empty for CSV

    bool ok() const { return problems.empty(); }
};

// How TableFile::importWith runs the imports on this thread while an ImportOptionsScope lives
// (FileFormat::import sets it): the header mapping made by hand, a dry run (every check of the
// real import, then rolled back: the problems and the counts it would have), progress over the
// rows and a cancel flag checked between them (a cancelled import changes nothing).
struct ImportOptions
{
    ColumnOverrides mapping;
    bool dryRun = false;
    std::function<void(int done, int total)> progress;
    const CancelFlag* cancel = nullptr;
};

class ImportOptionsScope
{
public:
    explicit ImportOptionsScope(ImportOptions options);
    ~ImportOptionsScope();
    ImportOptionsScope(const ImportOptionsScope&) = delete;
    ImportOptionsScope& operator=(const ImportOptionsScope&) = delete;
    static const ImportOptions& current();

private:
    ImportOptions m_previous;
};

// An input file read as a table: decoded (UTF-8 with or without BOM, or GB18030), parsed and its
// header matched against the columns of its kind.
class TableFile
{
public:
    // Fails (Io) only when the file cannot be read (missing, not a regular file, too large), or
    // (Invalid) when a `.xlsx` file is not a workbook (XlsxReader: the first sheet is read);
    // encoding, parse and header problems are in problems(), each with its line (row).
    // `overrides` maps file columns by hand (HeaderMap).
    static Result<TableFile> read(const QString& path, const std::vector<ColumnSpec>& columns,
                                  const ColumnOverrides& overrides = {});

    const CsvTable& table() const { return m_table; }
    const HeaderMap& header() const { return m_header; }
    TextEncoding encoding() const { return m_encoding; }
    // The sheet read from a spreadsheet; empty for CSV.
    const QString& sheet() const { return m_sheet; }
    const std::vector<FileProblem>& problems() const { return m_problems; }

    // Imports `path` as a stream: `import` runs the import over its rows (fileRows), each row
    // read, parsed and handed on before the next is read. When the file turns out to be at fault
    // (encoding, parse, header, cells), whether before or after rows went in, the import changes
    // nothing and the outcome carries the file's problems as TableFile::read has them;
    // otherwise every problem of the rows as FILE:LINE: COLUMN (and then no counts: nothing was
    // changed). The current ImportOptions apply; a dry run returns the counts along with the
    // problems.
    using Importer = std::function<Result<ImportReport>(TableStream&)>;
    static Result<FileImportResult>
    importWith(const QString& path, const std::vector<ColumnSpec>& columns, const Importer& import);

    // Row errors (column keys) as file problems (columns as the file names them), by line.
    std::vector<FileProblem> toProblems(const std::vector<RowError>& errors) const;

private:
    friend class TableStream;
    // Matches the header and collects the table's problems (`firstValueLines`: the first line
    // with a value of each column the header does not match).
    static TableFile fromTable(const QString& path, CsvTable table,
                               const std::vector<ColumnSpec>& columns, TextEncoding encoding,
                               const QString& sheet, const ColumnOverrides& overrides,
                               const QHash<int, int>& firstValueLines);
    FileProblem problem(int line, const QString& column, const QString& message,
                        int columnIndex = -1) const;

    TableFile(QString path, CsvTable table, HeaderMap header, TextEncoding encoding)
        : m_path(std::move(path)), m_table(std::move(table)), m_header(std::move(header)),
          m_encoding(encoding)
    {
    }

    QString m_path;
    CsvTable m_table;
    HeaderMap m_header;
    TextEncoding m_encoding;
    QString m_sheet;
    std::vector<FileProblem> m_problems;
};

// The rows of a file as the records of an import service, read as the service takes them:
// `read(RowParser&)` turns each row into a record; the cells that do not parse go to the service
// with the row (ImportRows::takeReadErrors). No row is kept once it has been taken.
template <typename R, typename Read> class FileRows : public ImportRows<R>
{
public:
    FileRows(TableStream& stream, Read read) : m_stream(stream), m_read(std::move(read)) {}

    bool forEach(const typename ImportRows<R>::Take& take) override
    {
        return m_stream.run([&](const CsvTable::Row& row) {
            ImportRow<R> record{row.line, {}};
            {
                RowParser parser(m_stream.header(), row, this->m_readErrors);
                record.record = m_read(parser);
            }
            return take(record);
        });
    }

private:
    TableStream& m_stream;
    Read m_read;
};

template <typename R, typename Read> FileRows<R, Read> fileRows(TableStream& stream, Read read)
{
    return FileRows<R, Read>(stream, std::move(read));
}

// Every record of the file at once, for the imports that need them all (small files); false
// when the file is at fault.
template <typename R, typename Read>
bool collectRows(TableStream& stream, Read read, std::vector<ImportRow<R>>& out,
                 std::vector<RowError>& errors)
{
    auto rows = fileRows<R>(stream, std::move(read));
    const bool ok = rows.forEach([&](ImportRow<R>& row) {
        out.push_back(std::move(row));
        return true;
    });
    errors = rows.takeReadErrors();
    return ok;
}

} // namespace sl
