#pragma once

#include "domain/DashboardFigures.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// The drill-down of a month's bar: the sessions held that month with their participation.
class DrillSessionModel : public RowTableModel<DashboardSession>
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

    explicit DrillSessionModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setSessions(std::vector<DashboardSession> sessions) { resetRows(std::move(sessions)); }
    const DashboardSession* sessionAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
