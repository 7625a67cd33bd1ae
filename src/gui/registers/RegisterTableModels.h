#pragma once

#include "gui/common/RowTableModel.h"

#include "domain/ModelUnitRecords.h"
#include "domain/Registers.h"

namespace sl {

// The two tables of 登记簿, read-only, sorted and filtered by a TableSortProxy: the expert pool
// (专家资源库) and the register of demonstration sites and brand activities (示范点与品牌活动).
// IdRole gives a row's record id.
class ExpertTableModel : public RowTableModel<Expert>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Title,
        Affiliation,
        Fields,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ExpertTableModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setExperts(std::vector<Expert> experts) { resetRows(std::move(experts)); }
    const Expert* expertAt(int row) const { return rowAt(row); }
    int rowOf(qint64 id) const
    {
        return findRow(id, [](const Expert& e) { return e.id; });
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

class ModelUnitTableModel : public RowTableModel<ModelUnitRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Organisation,
        Kind,
        Year,
        Status,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ModelUnitTableModel(QObject* parent = nullptr) : RowTableModel(ColumnCount, parent) {}

    void setUnits(std::vector<ModelUnitRow> units) { resetRows(std::move(units)); }
    const ModelUnitRow* unitAt(int row) const { return rowAt(row); }
    int rowOf(qint64 id) const
    {
        return findRow(id, [](const ModelUnitRow& u) { return u.unit.id; });
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace sl
