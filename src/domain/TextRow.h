#pragma once

#include <QByteArrayView>

#include <vector>

namespace sl {

// One row of a result read as the database stores it: each cell's UTF-8 text (a NULL is empty),
// valid only while the row is being visited. What a whole-table export reads, without a QString
// or QVariant per cell (storage: TextRows).
struct TextRow
{
    std::vector<QByteArrayView> cells;

    QByteArrayView at(qsizetype i) const
    {
        return i >= 0 && i < qsizetype(cells.size()) ? cells[size_t(i)] : QByteArrayView();
    }
};

} // namespace sl
