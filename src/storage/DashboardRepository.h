#pragma once

#include "domain/DashboardFigures.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/ScopeRef.h"

#include <QHash>

#include <vector>

namespace sl {

class Database;

// The aggregates of the leaders' dashboard (docs/metrics.md "Dashboard"), computed in the
// database with statements grouped by month or by sub-organisation: the sessions, plan items
// and records of a district are never loaded one by one (only the sessions of one drill-down).
class DashboardRepository
{
public:
    explicit DashboardRepository(Database& db) : m_db(db) {}

    // One entry per calendar month that P touches: Sessions(S, P) held that month, the plan
    // items of the groups in S due that month, and the Records(S, P) of those sessions with
    // the attended ones (出席, 迟到, 早退).
    Result<std::vector<MonthFigures>> months(const ScopeRef& scope, const Period& period);

    // The rows of the sub-organisation table of organisation O: O itself (its own groups and
    // members, `ownLevel`), then each direct child with its whole subtree, by number. Sessions,
    // plan items and records count where the session's (plan's) group belongs; the member
    // figures are left at 0 (the service fills them in).
    Result<std::vector<SubOrgFigures>> subOrganisations(qint64 orgId, const Period& period);

    // For every organisation of O's subtree: the row of subOrganisations(O) its members count
    // in (O itself for O's own level).
    Result<QHash<qint64, qint64>> orgBranches(qint64 orgId);

    // Sessions(S, P) with their Records counts, by date and number (the drill-down of a month).
    Result<std::vector<DashboardSession>> sessions(const ScopeRef& scope, const Period& period);

    // Whether whole-month periods read the roll-ups (on by default); off scans the records
    // whatever the period (the tests compare both ways).
    void setRollups(bool use) { m_rollups = use; }

private:
    Database& m_db;
    bool m_rollups = true;
};

} // namespace sl
