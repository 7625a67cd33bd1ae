#include "SubOrgTable.h"

#include "Ledger.h"

#include "storage/DashboardRepository.h"

namespace sl {

Result<QHash<qint64, qint64>> SubOrgTable::branches(qint64 orgId)
{
    return DashboardRepository(m_ledger.db()).orgBranches(orgId);
}

std::vector<SubOrgFigures> SubOrgTable::complete(std::vector<SubOrgFigures> subOrgs,
                                                 const std::vector<DashboardMember>& members,
                                                 const std::vector<AssessmentRow>& assessed,
                                                 const QHash<qint64, qint64>& branches)
{
    QHash<qint64, SubOrgFigures*> rows;
    for (SubOrgFigures& s : subOrgs)
        rows.insert(s.orgId, &s);
    for (const DashboardMember& m : members) {
        if (SubOrgFigures* s = rows.value(m.branchId, nullptr)) {
            ++s->members;
            s->totalMinutes += qRound64(m.hours * 60);
            s->meetingTarget += m.meetsTarget() ? 1 : 0;
        }
    }
    for (const AssessmentRow& row : assessed) {
        if (SubOrgFigures* s = rows.value(branches.value(row.figures.orgId, 0), nullptr))
            ++s->grades[size_t(row.result.grade)];
    }
    std::vector<SubOrgFigures> out;
    for (SubOrgFigures& s : subOrgs) {
        if (s.ownLevel && s.members == 0 && s.sessionsHeld == 0 && s.planItems == 0 &&
            s.expected == 0)
            continue;
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace sl
