#include "WorkingScopeService.h"

#include "Access.h"
#include "Clock.h"
#include "Ledger.h"

#include "storage/GroupRepository.h"
#include "storage/OrgRepository.h"
#include "storage/RecordYearRepository.h"

namespace sl {

bool WorkingScopeService::choosesScope() const
{
    const Reach reach = Access(m_ledger).reach(Action::RecordsRead);
    return reach == Reach::All || reach == Reach::Subtree;
}

bool WorkingScopeService::maySee(const ScopeRef& scope) const
{
    if (!scope.isValid() || !choosesScope())
        return false;
    qint64 orgId = 0;
    if (scope.isGroup()) {
        auto group = GroupRepository(m_ledger.db()).byId(scope.id);
        if (!group || !*group)
            return false;
        orgId = (*group)->orgId;
    } else {
        auto org = OrgRepository(m_ledger.db()).byId(scope.id);
        if (!org || !*org)
            return false;
        orgId = scope.id;
    }
    return bool(Access(m_ledger).require(Action::RecordsRead, orgId));
}

ScopeRef WorkingScopeService::defaultScope() const
{
    if (!choosesScope())
        return {};
    if (const qint64 own = m_ledger.actor().orgId; own != 0)
        return ScopeRef::organisation(own);
    if (auto orgs = OrgRepository(m_ledger.db()).all()) {
        for (const Organisation& o : *orgs) {
            if (o.parentId == 0)
                return ScopeRef::organisation(o.id);
        }
    }
    if (auto groups = GroupRepository(m_ledger.db()).list(); groups && !groups->empty())
        return ScopeRef::group(groups->front().id);
    return {};
}

int WorkingScopeService::defaultYear(int saved) const
{
    RecordYearRepository years(m_ledger.db());
    if (saved > 0) {
        if (auto has = years.hasRecords(saved); has && *has)
            return saved;
    }
    const int current = int(Clock::today().year());
    if (auto has = years.hasRecords(current); has && *has)
        return current;
    if (auto latest = years.latestYear(current); latest && *latest)
        return **latest;
    return current;
}

} // namespace sl
