#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace sl {

// A flat, read-only table over a list of Row values: the rows, their count, the fixed column
// count and the reset. Each model adds only what it shows (data, headerData) and what it derives.
template <typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    RowTableModel(int columns, QObject* parent) : QAbstractTableModel(parent), m_columns(columns) {}

    const Row* rowAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

protected:
    void resetRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        rowsReset();
        endResetModel();
    }

    // Called inside the reset, after the rows are in: recompute what is derived from them.
    virtual void rowsReset() {}

    // The first row whose id (as idOf gives it) is id, -1 when none.
    template <typename IdOf> int findRow(qint64 id, IdOf idOf) const
    {
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (idOf(m_rows[i]) == id)
                return int(i);
        }
        return -1;
    }

    std::vector<Row> m_rows;

private:
    int m_columns;
};

} // namespace sl
