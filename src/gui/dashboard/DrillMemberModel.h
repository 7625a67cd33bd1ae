#pragma once

#include "domain/DashboardFigures.h"

#include "gui/common/PagedTableModel.h"
#include "gui/dashboard/DashboardFormat.h"

namespace sl {

// The drill-down of an hours band, a grade or a sub-organisation: the members behind it with
// their hours against the prorated target and the grade of the year.
class DrillMemberModel : public PagedRowTableModel<DashboardMember>
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

    explicit DrillMemberModel(QObject* parent = nullptr)
        : PagedRowTableModel(ColumnCount, dashboardformat::SortRole, parent)
    {
    }

    void setMembers(std::vector<DashboardMember> members) { storeRows(std::move(members)); }
    const DashboardMember* memberAt(int row) const { return rowAt(row); }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(int index, int column, int role) const override;
};

} // namespace sl
