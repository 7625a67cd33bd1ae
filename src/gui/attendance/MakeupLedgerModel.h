#pragma once

#include "domain/AttendanceRecords.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// The lines of the make-up ledger (补学台账): session date, group, topic, member, status
// (请假 / 缺席, with a tick once made up), reason, make-up date and note.
class MakeupLedgerModel : public RowTableModel<MakeupRow>
{
    Q_OBJECT

public:
    enum Column
    {
        SessionDate,
        Group,
        Topic,
        Member,
        Status,
        Reason,
        MakeupDate,
        Note,
        ColumnCount
    };

    explicit MakeupLedgerModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setRows(std::vector<MakeupRow> rows) { resetRows(std::move(rows)); }
    const MakeupRow* row(int r) const { return rowAt(r); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
