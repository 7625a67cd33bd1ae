#pragma once

#include "Enums.h"

#include <QString>

#include <optional>

namespace sl {

// 党组织: a node of the organisation tree.
struct Organisation
{
    qint64 id = 0; // 0 until stored
    QString extId; // 编号, unique
    QString name;
    qint64 parentId = 0; // 0 for a root
    OrgKind kind = OrgKind::Branch;
    std::optional<UnitType> unitType;

    bool operator==(const Organisation&) const = default;
};

} // namespace sl
