#pragma once

#include "domain/CancelFlag.h"
#include "domain/DashboardFigures.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/ScopeRef.h"

#include <functional>
#include <vector>

namespace sl {

class Ledger;

// The leaders' dashboard (统计看板) of a scope and period (docs/metrics.md "Dashboard"): the
// months against the plan with their participation, the members' hours against their prorated
// targets, the grades of the calendar year's assessment and, for an organisation, the table of
// its sub-organisations. Read-only; admins, secretaries and leaders within their scope.
class DashboardService
{
public:
    explicit DashboardService(Ledger& ledger) : m_ledger(ledger) {}

    // The steps of dashboard(), as `progress` reports them (from the worker's thread).
    enum class Step
    {
        Months,           // sessions, plan items and records per month
        Assessment,       // the grades of the calendar year
        Hours,            // the members' hours in the period
        SubOrganisations, // the table of sub-organisations
        Done
    };
    static constexpr int kStepCount = int(Step::Done);

    // The period must lie within one calendar year (its grades are that year's assessment).
    // `cancel` is checked between the steps (ErrorCode::Cancelled); `progress`, when set, is
    // called as each step begins.
    Result<Dashboard> dashboard(const ScopeRef& scope, const Period& period,
                                const CancelFlag* cancel = nullptr,
                                const std::function<void(Step)>& progress = {});

    // The drill-down of a month's bar: Sessions(S, P) with their records, by date.
    Result<std::vector<DashboardSession>> sessions(const ScopeRef& scope, const Period& period);

private:
    Ledger& m_ledger;
};

} // namespace sl
