#pragma once

#include "DateBridge.h"
#include "Enums.h"

#include <QString>

#include <optional>

namespace sl {

// 党员.
struct Member
{
    qint64 id = 0;
    QString extId; // 编号, unique
    QString name;
    std::optional<Gender> gender;
    Date birthDate;
    Date joinDate; // 入党日期
    std::optional<MemberCategory> category;
    qint64 orgId = 0;
    QString position; // 职务
    CadreLevel cadreLevel = CadreLevel::NotCadre;
    QString phone;
    // 停用: the day the member left the roster (not set: active), why, and a note. A member who
    // left keeps their records and stays listed, but is offered for no new record.
    Date leftOn;
    std::optional<LeaveReason> leaveReason;
    QString leaveNote;

    bool isCadre() const { return cadreLevel != CadreLevel::NotCadre; }
    bool isActive() const { return leftOn.is_special(); }
    bool operator==(const Member&) const = default;
};

} // namespace sl
