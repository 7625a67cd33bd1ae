#include "DashboardService.h"

#include "Access.h"
#include "AsideRead.h"
#include "AssessmentService.h"
#include "Ledger.h"
#include "SubOrgTable.h"

#include "domain/LargeVector.h"
#include "storage/DashboardRepository.h"
#include "storage/FiguresRepository.h"

#include <QHash>

#include <algorithm>

namespace sl {

namespace {

bool cancelled(const CancelFlag* cancel)
{
    return cancel && cancel->isCancelled();
}

// What the dashboard reads by SQL alone, apart from the assessment: the months and, for an
// organisation, the rows its members count in and the sub-organisations' sessions, plan items
// and records.
struct Totals
{
    std::vector<MonthFigures> months;
    QHash<qint64, qint64> branches;
    std::vector<SubOrgFigures> subOrgs;
};

Result<Totals> readTotals(Ledger& ledger, const ScopeRef& scope, const Period& period,
                          const CancelFlag* cancel)
{
    DashboardRepository repo(ledger.db());
    Totals out;
    auto months = repo.months(scope, period);
    if (!months)
        return months.error();
    out.months = std::move(months).value();
    if (scope.isGroup())
        return out; // a group has no sub-organisation table
    if (cancelled(cancel))
        return Error::cancelled();
    auto branches = repo.orgBranches(scope.id);
    if (!branches)
        return branches.error();
    out.branches = std::move(branches).value();
    if (cancelled(cancel))
        return Error::cancelled();
    auto subOrgs = repo.subOrganisations(scope.id, period);
    if (!subOrgs)
        return subOrgs.error();
    out.subOrgs = std::move(subOrgs).value();
    return out;
}

} // namespace

Result<Dashboard> DashboardService::dashboard(const ScopeRef& scope, const Period& period,
                                              const CancelFlag* cancel,
                                              const std::function<void(Step)>& progress)
{
    auto step = [&progress](Step s) {
        if (progress)
            progress(s);
    };
    if (Status ok = period.checkWithinOneYear(); !ok)
        return ok.error();
    if (auto readable = Access(m_ledger).scopeFor(Action::DashboardRead, scope); !readable)
        return readable.error();
    Dashboard out;
    out.scope = scope;
    out.period = period;
    // The totals are read beside the assessment, on a connection of their own (a district's
    // take about as long as its assessment).
    step(Step::Months);
    AsideRead<Totals> totals(m_ledger, [scope, period, cancel](Ledger& reader) {
        return readTotals(reader, scope, period, cancel);
    });

    // The grades are those of the calendar year's assessment.
    const int year = period.from.year();
    step(Step::Assessment);
    auto assessment = AssessmentService(m_ledger).assess(scope, year, cancel,
                                                         AssessmentService::RowOrder::Number);
    if (!assessment)
        return assessment.error();
    out.scopeName = assessment->scope.name;
    for (const AssessmentRow& row : assessment->rows)
        ++out.grades[size_t(row.result.grade)];
    if (cancelled(cancel))
        return Error::cancelled();

    // The hours of the period: the assessment's figures when it is the calendar year (read in
    // place, not copied; by number, as the assessment reads them), else those of the period.
    step(Step::Hours);
    std::vector<MemberFigures> ofPeriod;
    std::vector<const MemberFigures*> figures;
    // Each member's assessment: the row of the same place when the figures are the
    // assessment's, else found by member.
    QHash<qint64, const AssessmentRow*> assessed;
    if (period.isCalendarYear()) {
        figures.reserve(assessment->rows.size());
        for (const AssessmentRow& row : assessment->rows)
            figures.push_back(&row.figures);
    } else {
        FiguresRepository repoFigures(m_ledger.db());
        auto read = scope.isGroup() ? repoFigures.forGroup(scope.id, period)
                                    : repoFigures.forOrganisation(scope.id, period);
        if (!read)
            return read.error();
        ofPeriod = std::move(read).value();
        figures.reserve(ofPeriod.size());
        for (const MemberFigures& f : ofPeriod)
            figures.push_back(&f);
        for (const AssessmentRow& row : assessment->rows)
            assessed.insert(row.figures.memberId, &row);
    }
    if (cancelled(cancel))
        return Error::cancelled();

    auto read = totals.get();
    if (!read)
        return read.error();
    out.months = std::move(read->months);
    const QHash<qint64, qint64>& branches = read->branches;
    const Rubric& rubric = assessment->rubric;
    reserveLarge(out.members, figures.size());
    for (size_t i = 0; i < figures.size(); ++i) {
        const MemberFigures* f = figures[i];
        DashboardMember m;
        m.memberId = f->memberId;
        m.extId = f->extId;
        m.name = f->name;
        m.branchId = branches.value(f->orgId, 0);
        m.hours = f->hours();
        m.hoursTarget = prorate(rubric.hoursTargetFor(f->cadreLevel), period);
        const AssessmentRow* row =
            period.isCalendarYear() ? &assessment->rows[i] : assessed.value(f->memberId, nullptr);
        if (row) {
            m.orgName = row->orgName;
            m.grade = row->result.grade;
        }
        out.members.push_back(std::move(m));
    }
    out.hours = dashboard::histogram(out.members);
    if (cancelled(cancel))
        return Error::cancelled();
    if (scope.isGroup()) {
        step(Step::Done);
        return out; // a group has no sub-organisation table
    }

    step(Step::SubOrganisations);
    out.subOrgs =
        SubOrgTable::complete(std::move(read->subOrgs), out.members, assessment->rows, branches);
    step(Step::Done);
    return out;
}

Result<std::vector<DashboardSession>> DashboardService::sessions(const ScopeRef& scope,
                                                                 const Period& period)
{
    if (Status ok = period.checkWithinOneYear(); !ok)
        return ok.error();
    if (auto readable = Access(m_ledger).scopeFor(Action::DashboardRead, scope); !readable)
        return readable.error();
    return DashboardRepository(m_ledger.db()).sessions(scope, period);
}

} // namespace sl
