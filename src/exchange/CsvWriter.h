#pragma once

#include "domain/Result.h"
#include "exchange/CsvReader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace sl {

// Writes CSV that Excel opens correctly on a Chinese system and that CsvReader reads back to
// exactly the same fields: UTF-8 with BOM, CRLF after every record, and a field quoted when
// it contains a comma, quote, CR or LF, starts or ends with white space (including U+3000),
// or is the only (empty) field of a row whose fields are all empty (so the row is not read
// back as a skipped blank line). A cell starting with = + - @ TAB CR or ' gets a ' in front
// (FormulaGuard); CsvReader's table removes it again.
class CsvWriter
{
public:
    // The whole file: BOM + header + rows, as UTF-8 bytes.
    static QByteArray toBytes(const QStringList& header, const std::vector<QStringList>& rows);
    static QByteArray toBytes(const CsvTable& table);

    // The same without the BOM, as text.
    static QString toText(const QStringList& header, const std::vector<QStringList>& rows);

    // One record without the line end.
    static QString formatRecord(const QStringList& fields);
    // The same appended to `line` (an exporter reuses one string for every record).
    static void appendRecord(QString& line, const QStringList& fields);

    // One field, neutralised against formula injection (FormulaGuard) and quoted when needed.
    static QString formatField(const QString& field);
    static void appendField(QString& line, const QString& field);

    // Writes the file whole or not at all (OutputFile); failure is an ErrorCode::Io error. The
    // format follows the ending (TableFileWriter::create): a `.xlsx` target gets a spreadsheet
    // whose cells are all text.
    static Status writeFile(const QString& path, const QStringList& header,
                            const std::vector<QStringList>& rows);
};

} // namespace sl
