#pragma once

#include "domain/Bulletin.h"

#include "gui/common/RowTableModel.h"

namespace sl {

// The issued bulletins of an organisation (newest first, as the service lists them): number,
// date of issue, title, scope, period and who issued it. Sorts by the raw value (SortRole).
class IssuedBulletinModel : public RowTableModel<IssuedBulletin>
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        IssuedOn,
        Title,
        Scope,
        PeriodColumn,
        IssuedBy,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit IssuedBulletinModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setBulletins(std::vector<IssuedBulletin> rows) { resetRows(std::move(rows)); }
    const IssuedBulletin* bulletinAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
