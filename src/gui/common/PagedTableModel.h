#pragma once

#include "gui/common/PageRows.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace sl {

// A table whose rows are kept outside the Qt model, of which the model shows one page
// (ui::pageRows rows at most): for a list that is computed whole at once — the assessment of a
// scope, the dashboard's drill-downs — and so cannot be read page by page from the database.
// Sorting (a click on a header) and filtering work on every stored row, not on the page; the
// page shown is a window on that arrangement. The view pages with a PageBar: setTotal(total())
// on arranged(), setOffset(bar offset) on moved().
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    PagedTableModel(int columns, QObject* parent);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // Sorts every stored row by `column` (stable: equal values keep the stored order; -1: the
    // stored order) and shows the first page.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The rows stored; total(): those through the filter, on every page.
    virtual int storedCount() const = 0;
    int total() const { return int(m_order.size()); }
    int pageSize() const { return m_pageSize; }
    // At most `rows` on a page (ui::pageRows unless set); shows the first page.
    void setPageSize(int rows);
    // The position (among the rows through the filter, in their order) of the first row shown.
    int offset() const { return m_offset; }
    // Shows the page starting at `offset`, clamped to the rows there are.
    void setOffset(int offset);

    // The stored row shown at `row` of the page, -1 when none.
    int storedIndexAt(int row) const;
    // Where stored row `index` stands among the rows through the filter, -1 when filtered out.
    int positionOf(int index) const;
    // The row of the page that shows stored row `index`, -1 when it is not on the page.
    int rowOfStored(int index) const;

signals:
    // The rows were arranged again (new rows, another sort or filter): total() may have changed
    // and the first page is shown.
    void arranged();

protected:
    // Whether stored row `left` sorts before `right` by `column`.
    virtual bool lessAt(int left, int right, int column) const = 0;
    // Whether stored row `index` passes the filter.
    virtual bool acceptsAt(int index) const
    {
        Q_UNUSED(index);
        return true;
    }
    // Filters and sorts the stored rows again and shows the first page; emits arranged().
    void arrange()
    {
        beginArrange();
        endArrange();
    }
    // The same in two halves, the stored rows changed between them (inside the model's reset,
    // so that no view reads new rows through the old order).
    void beginArrange() { beginResetModel(); }
    void endArrange();
    // Inside a reset: takes the arrangement of `other` (same rows), its order and sort, and
    // shows the first page; emits arranged().
    void endArrangeAs(const PagedTableModel& other);

private:
    void order();

    int m_columns;
    int m_pageSize = ui::pageRows;
    int m_offset = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order; // the stored rows through the filter, in the order shown
};

// A PagedTableModel over a list of Row values, shared (never changed once stored) so that a
// copy showing every row for an export costs no copy of the rows. A model adds cell(), the
// content of a stored row's column for a role, and headerData(); sorting compares cell() under
// `sortRole` unless lessAt() is overridden.
template <typename Row> class PagedRowTableModel : public PagedTableModel
{
public:
    PagedRowTableModel(int columns, int sortRole, QObject* parent)
        : PagedTableModel(columns, parent), m_sortRole(sortRole),
          m_rows(std::make_shared<const std::vector<Row>>())
    {
    }

    int storedCount() const override { return int(m_rows->size()); }
    // The row shown at `row` of the page, null when none.
    const Row* rowAt(int row) const { return storedAt(storedIndexAt(row)); }
    const Row* storedAt(int index) const
    {
        return index >= 0 && index < int(m_rows->size()) ? &(*m_rows)[size_t(index)] : nullptr;
    }
    // Every stored row, in the order stored.
    const std::vector<Row>& storedRows() const { return *m_rows; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        const int stored = index.isValid() ? storedIndexAt(index.row()) : -1;
        return stored >= 0 ? cell(stored, index.column(), role) : QVariant();
    }

protected:
    // What stored row `index` shows in `column` for `role`.
    virtual QVariant cell(int index, int column, int role) const = 0;
    // Called when new rows are stored, before they are arranged: recompute what derives from
    // them.
    virtual void rowsStored() {}

    void storeRows(std::vector<Row> rows)
    {
        beginArrange();
        m_rows = std::make_shared<const std::vector<Row>>(std::move(rows));
        rowsStored();
        endArrange();
    }
    // Shares the rows of `other` and takes its arrangement.
    void shareRows(const PagedRowTableModel& other)
    {
        beginArrange();
        m_rows = other.m_rows;
        endArrangeAs(other);
    }

    bool lessAt(int left, int right, int column) const override
    {
        return QVariant::compare(cell(left, column, m_sortRole), cell(right, column, m_sortRole)) ==
               QPartialOrdering::Less;
    }

private:
    int m_sortRole;
    std::shared_ptr<const std::vector<Row>> m_rows;
};

} // namespace sl
