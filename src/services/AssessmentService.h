#pragma once

#include "domain/Assessment.h"
#include "domain/MemberFigures.h"
#include "domain/Result.h"
#include "domain/Rubric.h"
#include "domain/StudyGroup.h"

#include <vector>

namespace sl {

class Ledger;

// One assessed member of a group (role not 列席).
struct AssessmentRow
{
    MemberFigures figures; // in the group's scope; carries the member's id, number and name
    GroupRole role = GroupRole::Member;
    AssessmentResult result;
    QString adjustmentReason; // empty without an adjustment
};

// 学习考核 of one group for one calendar year.
struct GroupAssessment
{
    StudyGroup group;
    int year = 0;
    Rubric rubric;
    std::vector<AssessmentRow> rows; // by rank, then member number

    const AssessmentRow* row(qint64 memberId) const
    {
        for (const AssessmentRow& r : rows) {
            if (r.figures.memberId == memberId)
                return &r;
        }
        return nullptr;
    }
};

class AssessmentService
{
public:
    explicit AssessmentService(Ledger& ledger) : m_ledger(ledger) {}

    // The assessment of Members(G, year) by the rubric of the year, with the recorded
    // adjustments applied and ranks set.
    Result<GroupAssessment> assessGroup(qint64 groupId, int year);

    // Records a manual adjustment (replacing an earlier one of the same member, group and
    // year) with its reason, and writes it to the audit log. Admins and secretaries only; the
    // reason must not be empty, delta lies in −100…100, the member must be assessed in the
    // group that year, and the year's results must not be published.
    Status setAdjustment(qint64 groupId, qint64 memberId, int year, double delta,
                         const QString& reason);

private:
    Ledger& m_ledger;
};

} // namespace sl
