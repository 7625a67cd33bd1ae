#pragma once

#include "domain/AttendanceRecords.h"

#include <QAbstractTableModel>

#include <vector>

namespace sl {

// The lines of the make-up ledger (补学台账): session date, group, topic, member, status
// (请假 / 缺席, with a tick once made up), reason, make-up date and note.
class MakeupLedgerModel : public QAbstractTableModel
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

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<MakeupRow> rows);
    const MakeupRow* row(int r) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<MakeupRow> m_rows;
};

} // namespace sl
