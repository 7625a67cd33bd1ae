#pragma once

#include "domain/ModelUnitRecords.h"
#include "domain/Registers.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace sl {

class Ledger;

// 示范点与品牌活动: the register of demonstration sites and brand activities with their status
// history. A unit starts as 申报 (applied); it may then be 认定 (recognised) or 撤销 (revoked),
// and a recognised one revoked; every change is kept with its date and note. Changes need
// Access (Action::RegisterWrite) for the unit's organisation.
class ModelUnitService
{
    Q_DECLARE_TR_FUNCTIONS(sl::ModelUnitService)

public:
    explicit ModelUnitService(Ledger& ledger) : m_ledger(ledger) {}

    Result<std::vector<ModelUnitRow>> units(const ModelUnitQuery& query);
    Result<std::optional<ModelUnit>> unit(qint64 id);
    Result<std::vector<ModelUnitChange>> history(qint64 unitId);

    // Registers a new unit as 申报 on `appliedOn` (required) with a note; its status is ignored.
    // Returns the id.
    Result<qint64> apply(const ModelUnit& unit, const Date& appliedOn, const QString& note = {});
    // Changes name, organisation, kind and year; the status only changes with changeStatus().
    Status edit(const ModelUnit& unit);
    // Moves the unit to `status` on `on` (required, not before the last change): 申报 → 认定,
    // 申报 → 撤销, 认定 → 撤销; anything else is refused ("status").
    Status changeStatus(qint64 unitId, ModelStatus status, const Date& on,
                        const QString& note = {});
    // Takes back the unit's latest status change (the undo of changeStatus): the change leaves
    // the history and the unit has the status before it again. Refused when the latest change
    // is not `change` (status, date and note; something changed since) or is the application.
    Status withdrawChange(qint64 unitId, const ModelUnitChange& change);
    Status remove(qint64 id);

private:
    // The unit, if it exists and the account may write its organisation's registers.
    Result<ModelUnit> writableUnit(qint64 unitId);

    Ledger& m_ledger;
};

} // namespace sl
