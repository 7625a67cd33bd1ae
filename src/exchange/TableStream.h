#pragma once

#include "exchange/CsvReader.h"
#include "exchange/HeaderMap.h"
#include "exchange/TextDecoding.h"

#include "domain/Result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace sl {

class TableFile;

// An input file read as a stream of rows: the decoder (or the sheet's XML reader) and the
// parser read as they go, the header is matched as soon as it is read, and each data row,
// fitted to the header, is handed on before the next is read, so that the file is never held
// whole. Each run() is one pass over the file; outcome() then says what TableFile::read says of
// the file (its problems, by line), without its rows.
class TableStream
{
public:
    TableStream(QString path, std::vector<ColumnSpec> columns, ColumnOverrides overrides = {});

    // One pass. Each data row goes to `row` while it returns true and (unless `afterProblems`)
    // the file has shown no problem; after a problem the rest of the file is read for problems
    // only; once `row` returns false the reading stops. True when every row was handed on and
    // the file has no problem and no error.
    using RowSink = std::function<bool(const CsvTable::Row&)>;
    bool run(const RowSink& row, bool afterProblems = false);
    // A pass that hands no row on: the file's problems only.
    void check();

    // The header as matched when it was read (valid while a pass hands rows on).
    const HeaderMap& header() const { return m_header; }
    // Whether the last pass read the whole file (no sink stopped it).
    bool readToEnd() const { return m_readToEnd; }
    // Whether the last pass found the file unreadable or at fault.
    bool failed() const;

    // What the last pass found, as TableFile::read reports it; `rows` become the table's rows.
    Result<TableFile> outcome(std::vector<CsvTable::Row> rows = {}) const;

private:
    void begin();
    bool take(CsvTable::Row&& row, const CsvTableBuilder& builder, const RowSink& sink,
              bool afterProblems);
    void runCsv(CsvTableBuilder& builder);
    void runSheet(CsvTableBuilder& builder);
    bool hasProblems(const CsvTableBuilder& builder) const;

    QString m_path;
    std::vector<ColumnSpec> m_columns;
    ColumnOverrides m_overrides;
    bool m_spreadsheet = false;

    // Of the last pass:
    HeaderMap m_header;
    bool m_headerRead = false;
    QHash<int, int> m_firstValue; // unmatched column → first line with a value in it
    CsvTable m_table;             // header, header line and errors; no rows
    bool m_hasHeader = false;
    bool m_readToEnd = false;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QString m_sheet;
    struct CellProblem
    {
        int row = 0;
        int column = 0;
        QString message;
    };
    std::vector<CellProblem> m_cellProblems;
    std::optional<Error> m_error; // the file cannot be read at all
    struct Single                 // one problem that stands for the file
    {
        int line = 0;
        QString message;
        TextEncoding encoding = TextEncoding::Utf8;
    };
    std::optional<Single> m_single;
};

} // namespace sl
