#pragma once

#include "domain/PlanRecords.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// The plan items due this month on the secretary's home: study group, number, topic, form and
// whether a held session carried it out.
class PlanDueModel : public RowTableModel<PlanItemDue>
{
    Q_OBJECT

public:
    enum Column
    {
        Group,
        Number,
        Topic,
        Form,
        State,
        ColumnCount
    };

    explicit PlanDueModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setRows(std::vector<PlanItemDue> rows) { resetRows(std::move(rows)); }
    const PlanItemDue* row(int r) const { return rowAt(r); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
