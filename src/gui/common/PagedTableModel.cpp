#include "gui/common/PagedTableModel.h"

#include <algorithm>
#include <numeric>

namespace sl {

PagedTableModel::PagedTableModel(int columns, QObject* parent)
    : QAbstractTableModel(parent), m_columns(columns)
{
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return std::clamp(total() - m_offset, 0, m_pageSize);
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column < m_columns ? column : -1;
    m_sortOrder = order;
    arrange();
}

void PagedTableModel::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = std::max(1, rows);
    m_offset = 0;
    endResetModel();
}

void PagedTableModel::setOffset(int offset)
{
    const int clamped = std::clamp(offset, 0, std::max(0, total() - 1));
    if (clamped == m_offset)
        return;
    beginResetModel();
    m_offset = clamped;
    endResetModel();
}

int PagedTableModel::storedIndexAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_order[size_t(m_offset + row)];
}

int PagedTableModel::positionOf(int index) const
{
    const auto it = std::find(m_order.begin(), m_order.end(), index);
    return it == m_order.end() ? -1 : int(it - m_order.begin());
}

int PagedTableModel::rowOfStored(int index) const
{
    const int position = positionOf(index);
    if (position < m_offset || position >= m_offset + rowCount())
        return -1;
    return position - m_offset;
}

void PagedTableModel::order()
{
    m_order.clear();
    const int count = storedCount();
    m_order.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        if (acceptsAt(i))
            m_order.push_back(i);
    }
    const int column = m_sortColumn;
    if (column < 0)
        return;
    // Rows often come in the order shown (an assessment by rank): one pass finds it so, where
    // a stable sort would still merge a district's rows seventeen times over.
    const auto sortBy = [this](auto less) {
        if (!std::is_sorted(m_order.begin(), m_order.end(), less))
            std::stable_sort(m_order.begin(), m_order.end(), less);
    };
    if (m_sortOrder == Qt::AscendingOrder)
        sortBy([this, column](int a, int b) { return lessAt(a, b, column); });
    else
        sortBy([this, column](int a, int b) { return lessAt(b, a, column); });
}

void PagedTableModel::endArrange()
{
    order();
    m_offset = 0;
    endResetModel();
    emit arranged();
}

void PagedTableModel::endArrangeAs(const PagedTableModel& other)
{
    m_order = other.m_order;
    m_sortColumn = other.m_sortColumn;
    m_sortOrder = other.m_sortOrder;
    m_offset = 0;
    endResetModel();
    emit arranged();
}

} // namespace sl
