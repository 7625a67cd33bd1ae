#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sl {

// What a column holds, so that a spreadsheet gets real cells: a date cell for a date, a number
// for a number. CSV writes every cell as text whatever its kind.
enum class CellKind
{
    Text,
    Integer, // whole numbers: minutes, counts, characters
    Number,  // decimals: scores, hours
    Date,    // yyyy-MM-dd (FieldParsers::formatDate)
    Time,    // HH:mm
};

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

    // Checks the target, opens the file and writes the header. `kinds` gives each column's kind
    // (missing entries are Text).
    virtual Status open(const QStringList& header, const std::vector<CellKind>& kinds = {}) = 0;
    // One record as text, as CSV writes it. A spreadsheet stores a cell of a Date, Time, Integer
    // or Number column whose text parses as such as a real date or number, any other as text.
    virtual Status add(const QStringList& fields) = 0;
    // Finishes the file and puts it in place; without commit nothing appears.
    virtual Status commit() = 0;
};

} // namespace sl
