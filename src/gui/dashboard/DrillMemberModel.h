#pragma once

#include "domain/DashboardFigures.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// The drill-down of an hours band, a grade or a sub-organisation: the members behind it with
// their hours against the prorated target and the grade of the year.
class DrillMemberModel : public RowTableModel<DashboardMember>
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Name,
        Organisation,
        Hours,
        Target,
        ShareOfTarget,
        YearGrade,
        ColumnCount
    };

    explicit DrillMemberModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setMembers(std::vector<DashboardMember> members) { resetRows(std::move(members)); }
    const DashboardMember* memberAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
