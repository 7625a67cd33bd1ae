#include "exchange/TableStream.h"

#include "domain/DisplayText.h"
#include "exchange/FileImport.h"
#include "exchange/TableFileWriter.h"
#include "exchange/XlsxReader.h"

#include <algorithm>

namespace sl {

TableStream::TableStream(QString path, std::vector<ColumnSpec> columns, ColumnOverrides overrides)
    : m_path(std::move(path)), m_columns(std::move(columns)), m_overrides(std::move(overrides)),
      m_spreadsheet(TableFileWriter::isSpreadsheet(m_path)),
      m_header(m_columns, QStringList(), QHash<int, int>())
{
}

void TableStream::begin()
{
    m_header = HeaderMap(m_columns, QStringList(), QHash<int, int>());
    m_headerRead = false;
    m_firstValue.clear();
    m_table = CsvTable();
    m_hasHeader = false;
    m_readToEnd = false;
    m_encoding = TextEncoding::Utf8;
    m_sheet.clear();
    m_cellProblems.clear();
    m_error.reset();
    m_single.reset();
}

bool TableStream::run(const RowSink& row, bool afterProblems)
{
    begin();
    // A spreadsheet's cells are taken as they are: no formula guard to undo (that is CSV's).
    CsvTableBuilder builder(!m_spreadsheet);
    builder.setRowSink(
        [&](CsvTable::Row&& r) { return take(std::move(r), builder, row, afterProblems); });
    if (m_spreadsheet)
        runSheet(builder);
    else
        runCsv(builder);
    m_readToEnd = !builder.stopped();
    m_hasHeader = builder.hasHeader();
    m_table = builder.take();
    return m_readToEnd && !failed();
}

void TableStream::check()
{
    run([](const CsvTable::Row&) { return true; });
}

bool TableStream::take(CsvTable::Row&& row, const CsvTableBuilder& builder, const RowSink& sink,
                       bool afterProblems)
{
    if (!m_headerRead) {
        m_headerRead = true;
        m_header = HeaderMap(m_columns, builder.table().header, QHash<int, int>(), m_overrides);
    }
    for (const int c : m_header.unmatched()) {
        if (c < row.fields.size() && !m_firstValue.contains(c) &&
            !row.fields.at(c).trimmed().isEmpty())
            m_firstValue.insert(c, row.line);
    }
    if (!afterProblems && hasProblems(builder))
        return true; // the file is at fault: read on for its problems only
    return sink(row);
}

bool TableStream::hasProblems(const CsvTableBuilder& builder) const
{
    return !m_header.ok() || !m_firstValue.isEmpty() || !builder.table().errors.empty();
}

void TableStream::runCsv(CsvTableBuilder& builder)
{
    CsvReader reader([&](CsvTable::Row&& record) { builder.add(std::move(record)); });
    DecodeFailure failure;
    auto decoded = TextDecoding::decodeFileUntil(
        m_path,
        [&](QStringView piece) {
            reader.feed(piece);
            return !builder.stopped();
        },
        &failure);
    if (!decoded) {
        if (failure.line == 0 && failure.error.message.isEmpty()) {
            m_error = Error{decoded.error().code, {}, DisplayText::line(decoded.error().message)};
        } else {
            const QString where = failure.line > 0
                                      ? QStringLiteral("byte %1: ").arg(failure.offset)
                                      : QStringLiteral("near byte %1: ").arg(failure.offset);
            m_single = Single{failure.line, where + failure.error.message, TextEncoding::Utf8};
        }
        return;
    }
    m_encoding = *decoded;
    if (builder.stopped())
        return;
    if (auto open = reader.finish())
        m_single = Single{open->line, open->error.message, *decoded};
}

void TableStream::runSheet(CsvTableBuilder& builder)
{
    auto sheet = XlsxReader::readTable(m_path, builder);
    if (!sheet) {
        m_error = Error{sheet.error().code, {}, DisplayText::line(sheet.error().message)};
        return;
    }
    m_sheet = sheet->name;
    for (const XlsxCellProblem& p : sheet->problems)
        m_cellProblems.push_back({p.row, p.column, p.message});
}

Result<TableFile> TableStream::outcome(std::vector<CsvTable::Row> rows) const
{
    if (m_error)
        return *m_error;
    const auto empty = [&](TextEncoding encoding) {
        return TableFile(m_path, CsvTable(), HeaderMap({}, QStringList(), QHash<int, int>()),
                         encoding);
    };
    if (m_single) {
        TableFile file = empty(m_single->encoding);
        file.m_problems.push_back({m_path, m_single->line, QString(), m_single->message});
        return file;
    }
    if (!m_hasHeader) {
        TableFile file = empty(m_encoding);
        file.m_sheet = m_sheet;
        file.m_problems.push_back(file.problem(
            0, QString(),
            m_spreadsheet ? QStringLiteral("the sheet is empty; the first row must be the header")
                          : QStringLiteral("the file is empty; the first row must be the header")));
        return file;
    }
    CsvTable table = m_table;
    table.rows = std::move(rows);
    TableFile file = TableFile::fromTable(m_path, std::move(table), m_columns, m_encoding, m_sheet,
                                          m_overrides, m_firstValue);
    if (!m_spreadsheet)
        return file;
    for (const CellProblem& p : m_cellProblems) {
        const QString column = p.column < file.m_table.header.size()
                                   ? file.m_table.header.at(p.column).trimmed()
                                   : QString();
        file.m_problems.push_back(file.problem(p.row, column, p.message, p.column));
    }
    std::stable_sort(file.m_problems.begin(), file.m_problems.end(),
                     [](const FileProblem& a, const FileProblem& b) { return a.line < b.line; });
    return file;
}

bool TableStream::failed() const
{
    if (m_error || m_single || !m_hasHeader || !m_cellProblems.empty() || !m_table.errors.empty() ||
        !m_firstValue.isEmpty())
        return true;
    return !HeaderMap(m_columns, m_table.header, m_firstValue, m_overrides).ok();
}

} // namespace sl
