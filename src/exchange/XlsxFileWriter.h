#pragma once

#include "exchange/TableFileWriter.h"
#include "files/OutputFile.h"

#include <map>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace sl {

struct XlsxLibrary;

// Writes a table as an XLSX workbook of one sheet with libxlsxwriter: a bold, filled and frozen
// header row; columns as wide as their widest cell (CJK characters count double); Date columns
// as date cells (yyyy-mm-dd), Time columns as time cells (hh:mm), Integer columns as numbers
// when the number reads back as the same text, Number columns as numbers shown with the decimals
// they were written with ("39.00": 39 in the format 0.00), every other cell as a text cell exactly
// as given (never a formula, "001" stays "001"). Rows go to disk as they come (constant_memory), so
// a large export is not held in memory. The workbook is written to OutputFile's temporary file
// beside the target and only commit() puts it in place: a failure leaves no file, a ledger is never
// a target.
class XlsxFileWriter : public TableFileWriter
{
public:
    // An XLSX sheet holds at most this many rows, the header included.
    static constexpr int maxRows = 1048576;
    // Nor a text cell longer than this many characters.
    static constexpr int maxTextLength = 32767;

    explicit XlsxFileWriter(const QString& path);
    ~XlsxFileWriter() override;

    Status open(const QStringList& header, const std::vector<CellKind>& kinds = {}) override;
    Status add(const QStringList& fields) override;
    Status commit() override;

private:
    Status writeRow(const QStringList& fields, lxw_format* format);
    Status writeCell(int column, const QString& text);
    Status fail(const QString& reason);
    Error invalid(const QString& reason);
    void discard();
    CellKind kindOf(int column) const;
    // A number format showing `decimals` places ("0.00"); null for none.
    lxw_format* decimalFormat(int decimals);

    QString m_path;
    OutputFile m_file;
    const XlsxLibrary* m_lib = nullptr;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_headerFormat = nullptr;
    lxw_format* m_dateFormat = nullptr;
    lxw_format* m_timeFormat = nullptr;
    std::map<int, lxw_format*> m_decimalFormats;
    std::vector<CellKind> m_kinds;
    std::vector<int> m_widths; // the widest cell of each column, in character widths
    int m_row = 0;             // the next row (0-based)
};

} // namespace sl
