#pragma once

#include "Assessment.h"
#include "MemberFigures.h"
#include "Rubric.h"
#include "ScopeRef.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace sl {

// One assessed member of a scope (in a group: role not 列席).
struct AssessmentRow
{
    MemberFigures figures; // in the scope; carries the member's id, number, name, organisation
    QString orgName;       // the member's organisation
    GroupRole role = GroupRole::Member; // in a group scope; Member in an organisation scope
    AssessmentResult result;
    QString adjustmentReason; // empty without an adjustment
};

// What is assessed: a study group, or an organisation with its descendants.
struct ScopeInfo
{
    ScopeRef ref;
    QString extId; // the group's or organisation's number
    QString name;
    qint64 orgId = 0; // the group's organisation, or the organisation itself
};

// The publication of a scope's results for a year: who published them and when.
struct AssessmentPublication
{
    qint64 id = 0;
    QString publishedBy; // the account's name; empty in single-user mode
    QDateTime publishedAt;
};

// 学习考核 of one scope for one calendar year.
struct ScopeAssessment
{
    ScopeInfo scope;
    int year = 0;
    Rubric rubric;
    std::vector<AssessmentRow> rows; // by rank, then member number
    // Set when the scope's results of the year are published (then no adjustment is accepted).
    std::optional<AssessmentPublication> publication;

    const AssessmentRow* row(qint64 memberId) const
    {
        for (const AssessmentRow& r : rows) {
            if (r.figures.memberId == memberId)
                return &r;
        }
        return nullptr;
    }
};
using GroupAssessment = ScopeAssessment;

} // namespace sl
