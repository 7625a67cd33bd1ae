#include "gui/members/MemberTableView.h"

#include "gui/common/RecordTableView.h"
#include "gui/members/MemberTableModel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

namespace sl {

MemberTableView::MemberTableView(MemberTableModel* model, QWidget* parent)
    : QTableView(parent), m_model(model)
{
    setModel(model);
    RecordTableView::setUpFixedRows(this);
    setSortingEnabled(true);
    sortByColumn(MemberTableModel::Name, Qt::AscendingOrder);
    // Columns the database cannot sort by keep the current order.
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (!MemberTableModel::sortKeyOf(column))
                    horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                         m_model->sortOrder());
            });
    connect(model, &QAbstractItemModel::modelReset, this, &MemberTableView::fitColumns);
}

bool MemberTableView::restoreColumns(const QByteArray& state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    m_columnsSized = true;
    return true;
}

QByteArray MemberTableView::saveColumns() const
{
    return horizontalHeader()->saveState();
}

void MemberTableView::showEvent(QShowEvent* event)
{
    QTableView::showEvent(event);
    // After the layout has given the table its width.
    QTimer::singleShot(0, this, &MemberTableView::fitColumns);
}

void MemberTableView::fitColumns()
{
    if (m_columnsSized || m_model->rowCount() == 0 || !isVisible())
        return;
    m_columnsSized = true;
    resizeColumnsToContents();
    int total = 0;
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c) {
        setColumnWidth(c, columnWidth(c) + 6);
        total += columnWidth(c);
    }
    // Too wide: the long text columns give up width (their text elides). The vertical scroll
    // bar may not be there yet: leave room for it.
    const int excess =
        total - (width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width());
    const int minimum = fontMetrics().horizontalAdvance(QStringLiteral("所在党组织所在"));
    const int orgSpare = std::max(0, columnWidth(MemberTableModel::Org) - minimum);
    const int positionSpare = std::max(0, columnWidth(MemberTableModel::Position) - minimum);
    const int spare = orgSpare + positionSpare;
    if (excess <= 0 || spare <= 0)
        return;
    const int orgCut = std::min(orgSpare, excess * orgSpare / spare);
    const int positionCut = std::min(positionSpare, excess - orgCut);
    setColumnWidth(MemberTableModel::Org, columnWidth(MemberTableModel::Org) - orgCut);
    setColumnWidth(MemberTableModel::Position,
                   columnWidth(MemberTableModel::Position) - positionCut);
}

} // namespace sl
