#pragma once

#include "DateBridge.h"
#include "Enums.h"

#include <QString>

namespace sl {

// 学习组: a 中心组 or a 支部学习组 of an organisation.
struct StudyGroup
{
    qint64 id = 0;
    QString extId;
    QString name;
    GroupKind kind = GroupKind::Branch;
    qint64 orgId = 0;

    bool operator==(const StudyGroup&) const = default;
};

// A member's place in a study group, with the dates it holds (either may be open).
struct GroupMembership
{
    qint64 id = 0;
    qint64 groupId = 0;
    qint64 memberId = 0;
    GroupRole role = GroupRole::Member;
    Date from;
    Date to;

    // Whether the membership holds on day d (open ends hold for ever).
    bool holdsOn(const Date& d) const
    {
        return (from.is_special() || from <= d) && (to.is_special() || d <= to);
    }
    bool operator==(const GroupMembership&) const = default;
};

} // namespace sl
