#pragma once

#include "domain/Registers.h"
#include "domain/Result.h"

#include <optional>
#include <vector>

// The rows and queries of modelunit lists, as the storage layer returns them and the
// services and views use them (plain values, no SQL).
namespace sl {

// What the register of demonstration sites and brand activities lists.
struct ModelUnitQuery
{
    qint64 rootOrgId = 0; // the organisation and its descendants; 0: every organisation
    int year = 0;         // 0: every year
    std::optional<ModelKind> kind;
    std::optional<ModelStatus> status;
};

// A unit with the number and name of its organisation.
struct ModelUnitRow
{
    ModelUnit unit;
    QString orgExtId;
    QString orgName;
};

} // namespace sl
