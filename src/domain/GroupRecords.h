#pragma once

#include "domain/Result.h"
#include "domain/StudyGroup.h"

#include <optional>
#include <vector>

// The rows and queries of group lists, as the storage layer returns them and the
// services and views use them (plain values, no SQL).
namespace sl {

// A membership with the external numbers of its group and member, as files carry them.
struct MembershipRow
{
    GroupMembership membership;
    QString groupExtId;
    QString memberExtId;
    QString memberName;
    QString groupName;
};

} // namespace sl
