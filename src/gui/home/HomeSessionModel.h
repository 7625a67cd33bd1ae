#pragma once

#include "domain/SessionRecords.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// Sessions of a home page (the next ones, the held ones still without attendance): date, start,
// study group, form and topic.
class HomeSessionModel : public RowTableModel<SessionRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Start,
        Group,
        Form,
        Topic,
        ColumnCount
    };

    explicit HomeSessionModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setRows(std::vector<SessionRow> rows) { resetRows(std::move(rows)); }
    const SessionRow* row(int r) const { return rowAt(r); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
