#pragma once

#include "domain/Error.h"
#include "exchange/CellKind.h"
#include "exchange/CsvReader.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace sl {

// One column of an import kind (FORMATS.md table): an internal key, the Chinese and the
// English header name, whether the column must be present, and what its cells hold (a
// spreadsheet export writes dates as date cells, numbers as numbers).
struct ColumnSpec
{
    QString key;
    QString zh;
    QString en;
    bool required = false;
    CellKind kind = CellKind::Text;
};

// A mapping made by hand: file column (0-based) → column key, or "ignore" (the column is left
// out, whatever it holds). Columns it does not name are matched by their header as usual.
using ColumnOverrides = QHash<int, QString>;

// Maps the header row of an import file to column keys. A header cell matches a column by
// its Chinese name or its English name (case-insensitive), after trimming and NFKC
// normalisation (so full-width `时长（分钟）` matches `时长(分钟)`), in any order.
// Problems (all collected, each with Error::field naming the column):
// - an unknown column, or a column without a name, that has a value in some row;
//   unknown columns that are empty in every row are ignored;
// - a column that appears twice (by either name);
// - a required column that is missing.
class HeaderMap
{
public:
    HeaderMap(const std::vector<ColumnSpec>& columns, const QStringList& header,
              const std::vector<CsvTable::Row>& rows, const ColumnOverrides& overrides = {});
    HeaderMap(const std::vector<ColumnSpec>& columns, const CsvTable& table,
              const ColumnOverrides& overrides = {});
    // For a file read as a stream: the first line with a value of each column (0-based index →
    // line) stands for the rows; columns not in it are empty in every row.
    HeaderMap(const std::vector<ColumnSpec>& columns, const QStringList& header,
              const QHash<int, int>& firstValueLines, const ColumnOverrides& overrides = {});

    // The key an override names to leave a column out.
    static QString ignoreKey() { return QStringLiteral("ignore"); }

    bool ok() const { return m_errors.empty(); }
    const std::vector<Error>& errors() const { return m_errors; }

    bool has(const QString& key) const { return m_index.contains(key); }
    // The 0-based index of the column in the file, or -1 when absent.
    int index(const QString& key) const { return m_index.value(key, -1); }

    // The trimmed cell of `key` in `row`; "" when the column is absent.
    QString value(const CsvTable::Row& row, const QString& key) const;
    // The cell exactly as written (for long text whose leading U+3000 indents matter).
    QString rawValue(const CsvTable::Row& row, const QString& key) const;

    // The key of the file's column `column` (0-based), or "" when it maps to none.
    QString keyAt(int column) const;
    // The header row as the file has it.
    const QStringList& header() const { return m_header; }
    // The columns that match no column of the kind (and were not left out by hand): a value in
    // any of them is a problem of the file.
    const std::vector<int>& unmatched() const { return m_unmatched; }

    // The column's name for error messages: the header cell as written in the file, or the
    // Chinese name when the column is absent.
    QString columnName(const QString& key) const;

    // "编号/id, 姓名/name, …": the accepted names, for messages and templates.
    static QString describe(const std::vector<ColumnSpec>& columns);

private:
    HeaderMap(const std::vector<ColumnSpec>& columns, const QStringList& header,
              const std::function<int(qsizetype)>& firstLineWithValue,
              const ColumnOverrides& overrides);
    static QString normalise(const QString& name);
    const ColumnSpec* matchByName(const QString& cell) const;
    const ColumnSpec* specOf(const QString& key) const;

    std::vector<ColumnSpec> m_columns;
    QStringList m_header;
    QHash<QString, int> m_index;
    std::vector<Error> m_errors;
    std::vector<int> m_unmatched;
};

} // namespace sl
