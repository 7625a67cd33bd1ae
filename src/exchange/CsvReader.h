#pragma once

#include "domain/Error.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sl {

// An error at a physical line of an import file (1-based). The CLI prints it as
// `FILE:LINE: COLUMN: message` with COLUMN = error.field (omitted when empty).
struct LineError
{
    int line = 0;
    Error error;
};

// A CSV file read into a header and data rows.
struct CsvTable
{
    struct Row
    {
        int line = 0;       // physical line (1-based) where the record starts
        QStringList fields; // exactly header.size() fields (padded or cut), untrimmed
    };

    QStringList header; // header cells, untrimmed
    int headerLine = 0; // physical line of the header record
    std::vector<Row> rows;
    // Rows with non-empty fields beyond the header (the row is kept, cut to the header's width).
    std::vector<LineError> errors;
};

// RFC 4180 reader for already decoded text (see TextDecoding):
// - comma separator; a field starting with `"` is quoted, `""` inside it is one `"`, and
//   commas, CR and LF inside it are kept exactly as written (CRLF stays CRLF);
// - records end at CRLF, LF or a lone CR; the last record needs no line end;
// - a record is skipped when it has no quoted field and every field is blank
//   (blank lines and the `,,,` rows Excel writes for formatted empty rows);
// - a `"` inside an unquoted field is kept literally; text after a closing quote is appended;
// - a U+FEFF at the very start is dropped;
// - a quoted field that is never closed is an error naming the line where it starts.
class CsvReader
{
public:
    // All non-blank records, each with the line where it starts.
    static Result<std::vector<CsvTable::Row>> parseRecords(const QString& text);

    // The first record is the header; the rest are rows. Text without any record is an error.
    static Result<CsvTable> parseTable(const QString& text);
};

} // namespace sl
