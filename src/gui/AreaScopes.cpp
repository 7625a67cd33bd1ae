#include "gui/AreaScopes.h"

#include "gui/assessment/AssessmentScopeBar.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/AttendanceView.h"
#include "gui/attendance/MakeupLedgerView.h"
#include "gui/bulletin/BulletinView.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/ScopePeriodBar.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/home/HomeView.h"
#include "gui/plan/PlanView.h"
#include "gui/registers/RegistersView.h"
#include "gui/sessions/SessionsView.h"

namespace sl::areascopes {

void follow(QWidget* view, WorkingScope& working)
{
    if (auto* plan = qobject_cast<PlanView*>(view))
        plan->groupYear()->follow(working);
    else if (auto* sessions = qobject_cast<SessionsView*>(view))
        sessions->groupYear()->follow(working);
    else if (auto* attendance = qobject_cast<AttendanceView*>(view)) {
        attendance->sheet()->groupYear()->follow(working);
        attendance->makeupLedger()->groupYear()->follow(working);
    } else if (auto* registers = qobject_cast<RegistersView*>(view))
        registers->follow(working);
    else if (auto* assessment = qobject_cast<AssessmentView*>(view))
        assessment->scopeBar()->follow(working);
    else if (auto* dashboard = qobject_cast<DashboardView*>(view))
        dashboard->scopeBar()->follow(working);
    else if (auto* bulletin = qobject_cast<BulletinView*>(view))
        bulletin->scopeBar()->follow(working);
    else if (auto* home = qobject_cast<HomeView*>(view))
        home->follow(working);
}

} // namespace sl::areascopes
