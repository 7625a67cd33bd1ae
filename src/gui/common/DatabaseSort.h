#pragma once

#include <Qt>

#include <functional>

class QTableView;

namespace sl {

// Header clicks of a paged table (sessions, make-up ledger) sort in the database, over every
// page, not the rows loaded: `apply(column, order)` reloads with that ORDER BY. A column the
// database cannot sort by (`sortable` false) leaves the indicator where it was.
class DatabaseSort
{
public:
    static void install(QTableView* table, int column, Qt::SortOrder order,
                        std::function<bool(int)> sortable,
                        std::function<void(int, Qt::SortOrder)> apply);
};

} // namespace sl
