#pragma once

#include "domain/Result.h"
#include "exchange/CellKind.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sl {

// Writes one table (a header row and records) to a file that appears whole or not at all: the
// one writer behind every export of a table, whatever its format. The format follows the file's
// ending (create): `.xlsx` a spreadsheet, anything else CSV (CsvFileWriter).
class TableFileWriter
{
public:
    virtual ~TableFileWriter() = default;

    // The writer for `path`'s format.
    static std::unique_ptr<TableFileWriter> create(const QString& path);
    // Whether `path` names a spreadsheet (.xlsx, any case).
    static bool isSpreadsheet(const QString& path);
    // Writes a whole table held in memory through the writer for `path`.
    static Status writeTable(const QString& path, const QStringList& header,
                             const std::vector<QStringList>& rows,
                             const std::vector<CellKind>& kinds = {});

    // Checks the target, opens the file and writes the header. `kinds` gives each column's kind
    // (missing entries are Text).
    virtual Status open(const QStringList& header, const std::vector<CellKind>& kinds = {}) = 0;
    // One record as text, as CSV writes it. A spreadsheet stores a cell of a Date, Time, Integer
    // or Number column whose text parses as such as a real date or number, any other as text.
    virtual Status add(const QStringList& fields) = 0;
    // The same record from UTF-8 cells (a whole-table export's stored text): CSV writes the bytes
    // as they are, a spreadsheet takes them as add() would.
    virtual Status addUtf8(const std::vector<QByteArrayView>& fields);
    // Finishes the file and puts it in place; without commit nothing appears.
    virtual Status commit() = 0;
};

} // namespace sl
