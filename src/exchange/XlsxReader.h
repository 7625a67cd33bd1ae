#pragma once

#include "exchange/CsvReader.h"

#include "domain/Result.h"

#include <QString>

#include <vector>

namespace sl {

// A cell of a sheet that cannot be read as a value (an error value such as #N/A, a date serial
// of no date, a shared string that does not exist): 1-based row, 0-based column.
struct XlsxCellProblem
{
    int row = 0;
    int column = 0;
    QString message;
};

// The first sheet of a workbook as the table a CSV file of it would give: the first non-empty
// row is the header, each row's line is its row number in the sheet.
struct XlsxSheet
{
    QString name;
    CsvTable table;
    bool hasHeader = false;
    std::vector<XlsxCellProblem> problems;
};

// Reads the first sheet (in workbook order) of an XLSX file, streaming its XML (the sheet is
// never held as a document). Every cell becomes the text the CSV path would see: a shared, inline
// or formula string as it is; a number as its shortest decimal ("120", "0.5"); a cell whose style
// shows a date as `yyyy-MM-dd`, a time as `HH:mm`, a date with a time as `yyyy-MM-dd HH:mm`
// (1900 and 1904 date systems); a boolean as 是/否. Rows whose cells are all blank are skipped.
// Fails with Io when the file cannot be read and with Invalid, naming the file, when it is not a
// workbook (not a zip, no workbook part, no sheet, damaged, a part over its size limit, XML that
// is not well-formed or declares a DTD).
class XlsxReader
{
public:
    static Result<XlsxSheet> readTable(const QString& path);
    // The same, each record going to `builder` (which may hand the rows on as they come, and
    // stop the reading: the rest of the sheet is then not read or checked); the builder keeps
    // the header and the table, the sheet has the name and the problems.
    static Result<XlsxSheet> readTable(const QString& path, CsvTableBuilder& builder);
};

} // namespace sl
