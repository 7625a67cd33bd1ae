#pragma once

#include "domain/DashboardFigures.h"

#include "gui/common/PagedTableModel.h"
#include "gui/dashboard/DashboardFormat.h"

namespace sl {

// The table of sub-organisations under the dashboard's charts: one row per direct child of the
// scope's organisation (and the organisation's own level), lagging rows tinted
// (SubOrgFigures::isLagging) and the figure below its threshold in red.
class SubOrgTableModel : public PagedRowTableModel<SubOrgFigures>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Sessions, // held / planned
        Participation,
        Members,
        HoursPerMember,
        MeetingTarget, // share of the members meeting their hours target
        Excellent,
        Pass,
        BasicPass,
        Fail,
        ColumnCount
    };

    explicit SubOrgTableModel(QObject* parent = nullptr)
        : PagedRowTableModel(ColumnCount, dashboardformat::SortRole, parent)
    {
    }

    void setRows(std::vector<SubOrgFigures> rows) { storeRows(std::move(rows)); }
    const SubOrgFigures* orgAt(int row) const { return rowAt(row); }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(int index, int column, int role) const override;
};

} // namespace sl
