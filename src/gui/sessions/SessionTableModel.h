#pragma once

#include "domain/SessionRecords.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// The sessions of a list (学习活动): date, start, minutes, form, topic, speaker, trigger, plan
// item, status and group, over SessionRow values.
class SessionTableModel : public RowTableModel<SessionRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Start,
        Minutes,
        Form,
        Topic,
        Speaker,
        Trigger,
        PlanItem,
        Status,
        Group,
        ColumnCount
    };

    explicit SessionTableModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setRows(std::vector<SessionRow> rows) { resetRows(std::move(rows)); }
    const SessionRow* row(int r) const { return rowAt(r); }
    int rowOfSession(qint64 id) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
