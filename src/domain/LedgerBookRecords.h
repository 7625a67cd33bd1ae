#pragma once

#include "domain/StudyGroup.h"

#include <QString>

// The rows the storage layer returns for the ledger book (plain values, no SQL).
namespace sl {

// A seat in a study group with what the ledger book prints of its member.
struct GroupSeat
{
    GroupMembership membership;
    QString memberExtId;
    QString memberName;
    QString position; // 职务
};

// A study group with the name of its organisation.
struct GroupWithOrg
{
    StudyGroup group;
    QString orgName;
};

} // namespace sl
