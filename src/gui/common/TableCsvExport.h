#pragma once

#include "domain/Result.h"

#include <QStringList>

#include <vector>

class QTableView;

namespace sl {

// The rows of a table exactly as the user sees them — the model the view shows (filtered and
// sorted), its visible columns in their on-screen order, each cell's display text — written as
// CSV through the exchange layer's writer (UTF-8 with BOM, whole or not at all, never onto a
// ledger).
class TableCsvExport
{
public:
    static QStringList header(const QTableView& table);
    static std::vector<QStringList> rows(const QTableView& table);
    static Status write(const QTableView& table, const QString& path);
};

} // namespace sl
