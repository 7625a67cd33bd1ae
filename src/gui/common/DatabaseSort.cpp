#include "gui/common/DatabaseSort.h"

#include <QHeaderView>
#include <QTableView>

#include <memory>

namespace sl {

void DatabaseSort::install(QTableView* table, int column, Qt::SortOrder order,
                           std::function<bool(int)> sortable,
                           std::function<void(int, Qt::SortOrder)> apply)
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(column, order);
    // The order in force, to put the indicator back on a click of a column that cannot sort.
    auto current = std::make_shared<std::pair<int, Qt::SortOrder>>(column, order);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, table,
                     [header, current, sortable = std::move(sortable),
                      apply = std::move(apply)](int section, Qt::SortOrder newOrder) {
                         if (std::pair(section, newOrder) == *current)
                             return;
                         if (section < 0 || !sortable(section)) {
                             header->setSortIndicator(current->first, current->second);
                             return;
                         }
                         *current = {section, newOrder};
                         apply(section, newOrder);
                     });
}

} // namespace sl
