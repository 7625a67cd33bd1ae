#include "gui/common/RecordTableView.h"

#include "gui/common/TableBehaviour.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace sl {

void RecordTableView::setUpRows(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void RecordTableView::setUpFixedRows(QTableView* table)
{
    setUpRows(table);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setHighlightSections(false);
}

RecordTableView::RecordTableView(QWidget* parent) : QTableView(parent)
{
    setUpFixedRows(this);
    setTabKeyNavigation(false);
}

int RecordTableView::currentRow() const
{
    return TableBehaviour::currentSourceRow(this);
}

void RecordTableView::goToRow(int row)
{
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(model());
    const QAbstractItemModel* rows = proxy ? proxy->sourceModel() : model();
    if (!rows || row < 0 || row >= rows->rowCount())
        return;
    QModelIndex index = rows->index(row, 0);
    if (proxy)
        index = proxy->mapFromSource(index);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

} // namespace sl
