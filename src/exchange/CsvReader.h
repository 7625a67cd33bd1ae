#pragma once

#include "domain/Error.h"
#include "domain/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>
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
// - a U+FEFF at the very start is dropped by parseRecords/parseTable (text that comes from
//   TextDecoding has had its BOM stripped already and is fed as it is);
// - a quoted field that is never closed is an error naming the line where it starts.
//
// The reader is a push parser: feed() takes the text in pieces of any size (a record may span
// pieces) and hands each record to the sink as soon as it is complete.
class CsvReader
{
public:
    using RecordSink = std::function<void(CsvTable::Row&&)>;

    explicit CsvReader(RecordSink sink) : m_sink(std::move(sink)) {}

    void feed(QStringView text);
    // Ends the text: the last record goes to the sink; an open quote is an error.
    std::optional<LineError> finish();

    // All non-blank records, each with the line where it starts.
    static Result<std::vector<CsvTable::Row>> parseRecords(const QString& text);

    // The first record is the header; the rest are rows. Text without any record is an error.
    static Result<CsvTable> parseTable(const QString& text);

private:
    void endField();
    void endRecord();
    void unquoted(QChar c);

    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a `"` inside quotes: `""` or the closing quote
    };

    RecordSink m_sink;
    State m_state = State::FieldStart;
    QString m_field; // the field being read (its capacity is reused)
    CsvTable::Row m_record;
    qsizetype m_width = 0; // fields of the last record, to size the next one
    bool m_anyQuoted = false;
    bool m_recordStarted = false;
    bool m_skipLf = false;       // a CR ended the last record; an LF right after it belongs to it
    bool m_prevCrQuoted = false; // the last character inside quotes was a CR
    int m_line = 1;
    int m_quoteLine = 0;
};

// Collects records into a CsvTable: the first is the header, every other a row fitted to the
// header's width (surplus values are errors naming their column). Cells neutralised against
// formula injection on export are restored (FormulaGuard), unless told otherwise.
class CsvTableBuilder
{
public:
    // `restoreGuarded`: undo FormulaGuard (CSV); a spreadsheet's cells are taken as they are.
    explicit CsvTableBuilder(bool restoreGuarded = true) : m_restoreGuarded(restoreGuarded) {}

    void add(CsvTable::Row&& record);
    bool hasHeader() const { return m_hasHeader; }
    CsvTable take() { return std::move(m_table); }

    // Hands each row to `sink` (as soon as it is fitted) instead of keeping it; the table keeps
    // the header and the errors. Once the sink returns false, later rows are dropped unread.
    using RowSink = std::function<bool(CsvTable::Row&&)>;
    void setRowSink(RowSink sink) { m_sink = std::move(sink); }
    bool stopped() const { return m_stopped; }
    // The header and the errors so far (and the rows, without a sink).
    const CsvTable& table() const { return m_table; }

private:
    // Short cells repeat (numbers, dates, labels): one shared copy of each saves a string
    // allocation per cell.
    void share(QString& cell);

    CsvTable m_table;
    bool m_hasHeader = false;
    bool m_restoreGuarded = true;
    bool m_stopped = false;
    RowSink m_sink;
    QSet<QString> m_shared;
};

} // namespace sl
