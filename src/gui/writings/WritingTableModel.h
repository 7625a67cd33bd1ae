#pragma once

#include "domain/Writing.h"

#include <QAbstractTableModel>

#include <vector>

namespace sl {

// A member's writings (心得体会, 调研报告, 理论文章) of a period, newest first.
class WritingTableModel : public QAbstractTableModel
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

    explicit WritingTableModel(QObject* parent = nullptr);

    void setWritings(std::vector<Writing> writings);
    const Writing* writingAt(int row) const;
    int rowOfWriting(qint64 id) const;
    // Writing units of the listed writings (心得体会 1, 理论文章 1, 调研报告 2).
    int units() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Writing> m_writings;
    std::vector<int> m_lengths;
};

} // namespace sl
