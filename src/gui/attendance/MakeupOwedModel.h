#pragma once

#include "domain/MemberArchive.h"

#include <QAbstractTableModel>

#include <vector>

namespace sl {

// The sessions of a year a member missed (请假, 缺席) and has not made up yet, by date.
class MakeupOwedModel : public QAbstractTableModel
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

    explicit MakeupOwedModel(QObject* parent = nullptr);

    void setRecords(std::vector<AttendanceEntry> records);
    const AttendanceEntry* recordAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<AttendanceEntry> m_records;
};

} // namespace sl
