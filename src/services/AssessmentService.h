#pragma once

#include "domain/Assessment.h"
#include "domain/AssessmentAdjustment.h"
#include "domain/CancelFlag.h"
#include "domain/MemberFigures.h"
#include "domain/Result.h"
#include "domain/Rubric.h"
#include "domain/ScopeAssessment.h"
#include "domain/ScopeRef.h"
#include "domain/StudyGroup.h"

#include <optional>
#include <vector>

namespace sl {

class Ledger;

class AssessmentService
{
public:
    explicit AssessmentService(Ledger& ledger) : m_ledger(ledger) {}

    // The order of an assessment's rows: by rank (equal ranks by member number), or by member
    // number (for a caller that looks members up and needs no ranking order).
    enum class RowOrder
    {
        Rank,
        Number
    };

    // The assessment of Members(S, year) by the rubric of the year, with the adjustments
    // recorded for that scope applied and ranks set (METRICS.md). A group's adjustments never
    // apply to an organisation scope, nor an organisation's to a group. `cancel` is checked
    // between the steps (ErrorCode::Cancelled).
    Result<ScopeAssessment> assess(const ScopeRef& scope, int year,
                                   const CancelFlag* cancel = nullptr,
                                   RowOrder order = RowOrder::Rank);
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
    // Takes back the scope's publication of the year made as `made` (the undo of publish while
    // its view is open): the stored results go, the rubric thaws when no other scope of the year
    // is published. Refused (Conflict) when the publication is no longer that one (its id and
    // time; SQLite may give a new publication the id of a withdrawn one).
    Status withdraw(const ScopeRef& scope, int year, const AssessmentPublication& made);
    // Who published the scope's results of the year and when; nullopt when not published.
    Result<std::optional<AssessmentPublication>> publication(const ScopeRef& scope, int year);
    // The published results of the scope and year, as stored; nullopt when not published.
    Result<std::optional<ScopeAssessment>> published(const ScopeRef& scope, int year);

    // Whether the scope's adjustments of the year may still change: refused (Conflict, field
    // "year") once its results are published or the whole year is closed
    // (RubricService::setPublished). Every path that writes an adjustment asks it.
    static Status requireUnpublished(Ledger& ledger, const ScopeRef& scope, int year);

private:
    Ledger& m_ledger;
};

} // namespace sl
