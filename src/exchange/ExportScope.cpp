#include "ExportScope.h"

#include "domain/Period.h"
#include "services/RosterService.h"

namespace sl {

Result<ResolvedScope> resolveScope(Ledger& ledger, const ExportScope& scope)
{
    ResolvedScope resolved;
    if (scope.year != 0) {
        auto period = Period::make(scope.year, std::nullopt, std::nullopt, std::nullopt);
        if (!period)
            return period.error();
        resolved.from = period->from;
        resolved.to = period->to;
    }
    RosterService roster(ledger);
    if (!scope.orgRef.isEmpty()) {
        auto org = roster.resolveOrg(scope.orgRef);
        if (!org)
            return org.error();
        resolved.rootOrgId = org->id;
    }
    if (!scope.groupRef.isEmpty()) {
        auto group = roster.resolveGroup(scope.groupRef);
        if (!group)
            return group.error();
        resolved.groupId = group->id;
    }
    return resolved;
}

} // namespace sl
