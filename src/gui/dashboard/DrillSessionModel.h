#pragma once

#include "domain/DashboardFigures.h"

#include "gui/common/PagedTableModel.h"
#include "gui/dashboard/DashboardFormat.h"

namespace sl {

// The drill-down of a month's bar: the sessions held that month with their participation.
class DrillSessionModel : public PagedRowTableModel<DashboardSession>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Number,
        Group,
        Topic,
        Form,
        Minutes,
        FromPlan,
        Expected,
        Attended,
        Participation,
        ColumnCount
    };

    explicit DrillSessionModel(QObject* parent = nullptr)
        : PagedRowTableModel(ColumnCount, dashboardformat::SortRole, parent)
    {
    }

    void setSessions(std::vector<DashboardSession> sessions) { storeRows(std::move(sessions)); }
    const DashboardSession* sessionAt(int row) const { return rowAt(row); }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(int index, int column, int role) const override;
};

} // namespace sl
