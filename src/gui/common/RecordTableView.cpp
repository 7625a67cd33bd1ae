#include "gui/common/RecordTableView.h"

#include <QHeaderView>

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
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

void RecordTableView::goToRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, 0);
    setCurrentIndex(index);
    scrollTo(index);
}

} // namespace sl
