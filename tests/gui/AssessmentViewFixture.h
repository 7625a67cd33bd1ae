#pragma once

#include "gui/assessment/AssessmentScopeBar.h"
#include "gui/assessment/AssessmentView.h"

#include "services/RosterService.h"

#include <QDeadlineTimer>
#include <QTest>

#include <memory>

// The start of the assessment area's GUI tests: a view of `scope` in `year` asked to assess.
inline std::unique_ptr<sl::AssessmentView> openAssessmentView(sl::Ledger& ledger,
                                                              sl::RosterService& roster,
                                                              const sl::ScopeRef& scope, int year)
{
    auto view = std::make_unique<sl::AssessmentView>(ledger, roster);
    if (!view->scopeBar()->setScope(scope))
        qWarning("the scope is not in the scope chooser");
    view->scopeBar()->setYear(year);
    view->reload();
    return view;
}

// Waits (up to 20 s) until the view's assessment has arrived; false when it has not.
inline bool assessmentSettled(sl::AssessmentView& view)
{
    const QDeadlineTimer deadline(20000);
    while (view.isBusy() && !deadline.hasExpired())
        QTest::qWait(10);
    return !view.isBusy();
}
