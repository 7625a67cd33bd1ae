#pragma once

#include "domain/Result.h"

#include <QStringList>

#include <vector>

class QTableView;

namespace sl {

enum class CellKind; // exchange/TableFileWriter.h (not included here: its Date would shadow ours)

// The rows of a table exactly as the user sees them — the model the view shows (filtered and
// sorted), its visible columns in their on-screen order, each cell's display text — written
// through the exchange layer's TableFileWriter: CSV (UTF-8 with BOM) or, for `.xlsx`, a
// spreadsheet; whole or not at all, never onto a ledger. A column whose every non-empty cell is
// a date, a whole number or a number (the model's display or edit value, when the display text
// is that value) gets that CellKind, so that a spreadsheet has real cells; its dates are written
// as yyyy-MM-dd.
class TableExport
{
public:
    struct Rows
    {
        QStringList header;
        std::vector<CellKind> kinds;
        std::vector<QStringList> rows;
    };

    static Rows visibleRows(const QTableView& table);
    static Status write(const QTableView& table, const QString& path);
};

} // namespace sl
