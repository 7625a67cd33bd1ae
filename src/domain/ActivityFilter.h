#pragma once

#include "domain/DateBridge.h"

namespace sl {

// Which self-study entries or writings an export reads: a date range (either end may be open),
// the members of an organisation subtree and the members of a study group.
struct ActivityFilter
{
    Date from;            // not set: no lower bound
    Date to;              // not set: no upper bound
    qint64 rootOrgId = 0; // the organisation and its descendants; 0: every member
    qint64 groupId = 0;   // members with a membership of the group (any role, any dates); 0: all
};

} // namespace sl
