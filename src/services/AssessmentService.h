#pragma once

#include "domain/Assessment.h"
#include "domain/AssessmentAdjustment.h"
#include "domain/CancelFlag.h"
#include "domain/MemberFigures.h"
#include "domain/Result.h"
#include "domain/Rubric.h"
#include "domain/ScopeRef.h"
#include "domain/StudyGroup.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace sl {

class Ledger;

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

class AssessmentService
{
public:
    explicit AssessmentService(Ledger& ledger) : m_ledger(ledger) {}

    // The assessment of Members(S, year) by the rubric of the year, with the adjustments
    // recorded for that scope applied and ranks set (METRICS.md). A group's adjustments never
    // apply to an organisation scope, nor an organisation's to a group. `cancel` is checked
    // between the steps (ErrorCode::Cancelled).
    Result<ScopeAssessment> assess(const ScopeRef& scope, int year,
                                   const CancelFlag* cancel = nullptr);
    Result<ScopeAssessment> assessGroup(qint64 groupId, int year)
    {
        return assess(ScopeRef::group(groupId), year);
    }
    Result<ScopeAssessment> assessOrganisation(qint64 orgId, int year)
    {
        return assess(ScopeRef::organisation(orgId), year);
    }

    // Records a manual adjustment of a member's final in the scope (replacing an earlier one of
    // the same member, scope and year) with its reason, and writes it to the audit log. Admins
    // and secretaries of the scope only; the reason must not be empty, delta lies in
    // −100…100, the member must be assessed in the scope that year, and the scope's results of
    // the year must not be published.
    Status setAdjustment(const ScopeRef& scope, qint64 memberId, int year, double delta,
                         const QString& reason);
    Status setAdjustment(qint64 groupId, qint64 memberId, int year, double delta,
                         const QString& reason)
    {
        return setAdjustment(ScopeRef::group(groupId), memberId, year, delta, reason);
    }
    // Takes a member's adjustment back (nothing happens when there is none); the same rules.
    Status removeAdjustment(const ScopeRef& scope, qint64 memberId, int year);
    // The adjustment recorded for a member in the scope and year, if any.
    Result<std::optional<AssessmentAdjustment>> adjustment(const ScopeRef& scope, qint64 memberId,
                                                           int year);

    // Publishes the scope's results of the year: stores every row as assessed now (figures,
    // components, bonus, adjustment, final, grade, rank), who and when, so that later changes
    // of records or rubric leave them as published; the year's rubric is frozen. Admins and
    // secretaries of the scope; refused (Conflict) when already published.
    Status publish(const ScopeRef& scope, int year);
    // The published results of the scope and year, as stored; nullopt when not published.
    Result<std::optional<ScopeAssessment>> published(const ScopeRef& scope, int year);

private:
    Ledger& m_ledger;
};

} // namespace sl
