#pragma once

#include "domain/Writing.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// A member's writings (心得体会, 调研报告, 理论文章) of a period, newest first.
class WritingTableModel : public RowTableModel<Writing>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        Title,
        Length,
        Published,
        Award,
        ColumnCount
    };
    enum Role
    {
        WritingIdRole = Qt::UserRole + 1
    };

    explicit WritingTableModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setWritings(std::vector<Writing> writings) { resetRows(std::move(writings)); }
    const Writing* writingAt(int row) const { return rowAt(row); }
    int rowOfWriting(qint64 id) const;
    // Writing units of the listed writings (心得体会 1, 理论文章 1, 调研报告 2).
    int units() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rowsReset() override;

    std::vector<int> m_lengths;
};

} // namespace sl
