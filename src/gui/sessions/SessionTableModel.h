#pragma once

#include "domain/SessionRecords.h"

#include <QAbstractTableModel>

#include <vector>

namespace sl {

// The sessions of a list (学习活动): date, start, minutes, form, topic, speaker, trigger, plan
// item, status and group, over SessionRow values.
class SessionTableModel : public QAbstractTableModel
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

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<SessionRow> rows);
    const SessionRow* row(int r) const;
    int rowOfSession(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<SessionRow> m_rows;
};

} // namespace sl
