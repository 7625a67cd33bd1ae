#pragma once

#include "domain/PlanRecords.h"

#include <QAbstractTableModel>

#include <vector>

namespace sl {

// The items of a study plan with how they were carried out (PlanItemProgress): 序号, 月份, 专题,
// 形式, 领学人, 三个必学习, 落实情况 (the date of the first held session that carries it out).
class PlanItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Month,
        Topic,
        Form,
        Lead,
        Trigger,
        Done,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(std::vector<PlanItemProgress> items);
    const PlanItemProgress* item(int row) const;
    int rowOfItem(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<PlanItemProgress> m_items;
};

} // namespace sl
