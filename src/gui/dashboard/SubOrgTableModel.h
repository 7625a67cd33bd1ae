#pragma once

#include "domain/DashboardFigures.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// The table of sub-organisations under the dashboard's charts: one row per direct child of the
// scope's organisation (and the organisation's own level), lagging rows tinted
// (SubOrgFigures::isLagging) and the figure below its threshold in red.
class SubOrgTableModel : public RowTableModel<SubOrgFigures>
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

    explicit SubOrgTableModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setRows(std::vector<SubOrgFigures> rows) { resetRows(std::move(rows)); }
    const SubOrgFigures* orgAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
