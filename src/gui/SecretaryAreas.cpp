#include "gui/SecretaryAreas.h"

#include "gui/MainWindow.h"
#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/AttendanceView.h"
#include "gui/attendance/MakeupLedgerView.h"
#include "gui/common/DateField.h"
#include "gui/common/GroupYearBar.h"
#include "gui/plan/PlanItemModel.h"
#include "gui/plan/PlanView.h"
#include "gui/registers/RegistersView.h"
#include "gui/sessions/SeriesDialog.h"
#include "gui/sessions/SessionEditor.h"
#include "gui/sessions/SessionsView.h"

#include "services/AttendanceService.h"
#include "services/PlanService.h"
#include "services/SessionService.h"

#include <QApplication>
#include <QComboBox>
#include <QTabWidget>
#include <QTableView>

#include <memory>

namespace sl {

const QString SecretaryAreas::planArea = QStringLiteral("plan");
const QString SecretaryAreas::sessionsArea = QStringLiteral("sessions");
const QString SecretaryAreas::attendanceArea = QStringLiteral("attendance");
const QString SecretaryAreas::registersArea = QStringLiteral("registers");

SecretaryAreas::SecretaryAreas(Ledger& ledger, RosterService& roster, QWidget* viewParent,
                               QObject* parent)
    : QObject(parent), m_ledger(ledger), m_roster(roster), m_viewParent(viewParent)
{
    setObjectName(QStringLiteral("secretaryAreas"));
}

std::vector<std::pair<QString, QString>> SecretaryAreas::areas() const
{
    return {{planArea, tr("Study plan")},
            {sessionsArea, tr("Sessions")},
            {attendanceArea, tr("Attendance and make-up")},
            {registersArea, tr("Registers")}};
}

bool SecretaryAreas::has(const QString& id) const
{
    return id == planArea || id == sessionsArea || id == attendanceArea || id == registersArea;
}

QWidget* SecretaryAreas::view(const QString& id)
{
    if (id == planArea)
        return planView();
    if (id == sessionsArea)
        return sessionsView();
    if (id == attendanceArea)
        return attendanceView();
    if (id == registersArea)
        return registersView();
    return nullptr;
}

bool SecretaryAreas::isBuilt(const QString& id) const
{
    return (id == planArea && m_plan) || (id == sessionsArea && m_sessions) ||
           (id == attendanceArea && m_attendance) || (id == registersArea && m_registers);
}

PlanView* SecretaryAreas::planView()
{
    if (!m_plan) {
        m_plan = new PlanView(m_ledger, m_roster, m_viewParent);
        connect(m_plan, &PlanView::sessionFromItemRequested, this, [this](qint64 itemId) {
            emit areaRequested(sessionsArea);
            sessionsView()->newFromPlanItem(itemId);
        });
        emit viewBuilt(planArea, m_plan);
    }
    return m_plan;
}

SessionsView* SecretaryAreas::sessionsView()
{
    if (!m_sessions) {
        m_sessions = new SessionsView(m_ledger, m_roster, m_viewParent);
        connect(m_sessions, &SessionsView::attendanceRequested, this,
                &SecretaryAreas::openAttendance);
        emit viewBuilt(sessionsArea, m_sessions);
    }
    return m_sessions;
}

AttendanceView* SecretaryAreas::attendanceView()
{
    if (!m_attendance) {
        m_attendance = new AttendanceView(m_ledger, m_roster, m_viewParent);
        emit viewBuilt(attendanceArea, m_attendance);
    }
    return m_attendance;
}

RegistersView* SecretaryAreas::registersView()
{
    if (!m_registers) {
        m_registers = new RegistersView(m_ledger, m_roster, m_viewParent);
        emit viewBuilt(registersArea, m_registers);
    }
    return m_registers;
}

QList<QAction*> SecretaryAreas::editActions(const QString& id) const
{
    if (id == planArea && m_plan)
        return m_plan->editActions();
    if (id == sessionsArea && m_sessions)
        return m_sessions->editActions();
    if (id == attendanceArea && m_attendance)
        return m_attendance->editActions();
    return {};
}

void SecretaryAreas::openSession(qint64 sessionId)
{
    auto session = SessionService(m_ledger).session(sessionId);
    if (!session || !*session)
        return;
    const StudySession& s = **session;
    SessionsView* sessions = sessionsView();
    sessions->groupYear()->setGroupId(s.groupId);
    sessions->groupYear()->setYear(int(s.date.year()));
    emit areaRequested(sessionsArea);
    if (sessions->selectSession(sessionId))
        sessions->editCurrent();
}

void SecretaryAreas::openAttendance(qint64 sessionId)
{
    if (attendanceView()->openSession(sessionId))
        emit areaRequested(attendanceArea);
}

void SecretaryAreas::openMakeupLedger()
{
    AttendanceView* attendance = attendanceView();
    attendance->tabs()->setCurrentWidget(attendance->makeupLedger());
    emit areaRequested(attendanceArea);
}

void SecretaryAreas::openPlan(qint64 groupId, int year)
{
    PlanView* plan = planView();
    plan->groupYear()->setGroupId(groupId);
    plan->groupYear()->setYear(year);
    emit areaRequested(planArea);
}

QUndoStack* SecretaryAreas::undoStack(const QString& id) const
{
    if (id == planArea && m_plan)
        return m_plan->undoStack();
    if (id == sessionsArea && m_sessions)
        return m_sessions->undoStack();
    if (id == attendanceArea && m_attendance)
        return m_attendance->undoStack();
    if (id == registersArea && m_registers)
        return m_registers->undoStack();
    return nullptr;
}

} // namespace sl
