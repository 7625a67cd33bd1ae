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

    bool isCadre() const { return cadreLevel != CadreLevel::NotCadre; }
    bool operator==(const Member&) const = default;
};

} // namespace sl
