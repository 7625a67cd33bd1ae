#pragma once

#include "domain/PlanRecords.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// The items of a study plan with how they were carried out (PlanItemProgress): 序号, 月份, 专题,
// 形式, 领学人, 三个必学习, 落实情况 (the date of the first held session that carries it out).
class PlanItemModel : public RowTableModel<PlanItemProgress>
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

    explicit PlanItemModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setItems(std::vector<PlanItemProgress> items) { resetRows(std::move(items)); }
    const PlanItemProgress* item(int row) const { return rowAt(row); }
    int rowOfItem(qint64 id) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
