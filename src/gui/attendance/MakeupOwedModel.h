#pragma once

#include "domain/MemberArchive.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// The sessions of a year a member missed (请假, 缺席) and has not made up yet, by date.
class MakeupOwedModel : public RowTableModel<AttendanceEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Group,
        Form,
        Topic,
        Status,
        Reason,
        ColumnCount
    };

    explicit MakeupOwedModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setRecords(std::vector<AttendanceEntry> records) { resetRows(std::move(records)); }
    const AttendanceEntry* recordAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
