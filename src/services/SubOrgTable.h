#pragma once

#include "domain/DashboardFigures.h"
#include "domain/Result.h"
#include "domain/ScopeAssessment.h"

#include <QHash>

#include <vector>

namespace sl {

class Ledger;

// The table of sub-organisations of an organisation scope (docs/metrics.md "Dashboard"), shared
// by the dashboard and the bulletin: one row for the organisation's own level, one per direct
// child with its whole subtree.
class SubOrgTable
{
public:
    explicit SubOrgTable(Ledger& ledger) : m_ledger(ledger) {}

    // For every organisation of O's subtree: the row its members count in (O for O's own level).
    Result<QHash<qint64, qint64>> branches(qint64 orgId);

    // The rows of O for P from `subOrgs`, O's sessions, plan items and records by the row where
    // the session's (plan's) group belongs (DashboardRepository::subOrganisations, read on a
    // connection of its own beside the assessment): `members` (with their branchId) counted in
    // their row — how many, their minutes, those meeting their target; the grades of `assessed`
    // (the calendar year's assessment, or none) counted in the row of the member's
    // organisation. The own level is listed only when it has something of its own.
    static std::vector<SubOrgFigures> complete(std::vector<SubOrgFigures> subOrgs,
                                               const std::vector<DashboardMember>& members,
                                               const std::vector<AssessmentRow>& assessed,
                                               const QHash<qint64, qint64>& branches);

private:
    Ledger& m_ledger;
};

} // namespace sl
