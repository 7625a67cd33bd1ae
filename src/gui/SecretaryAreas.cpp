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
    : QObject(parent), m_ledger(ledger), m_plan(new PlanView(ledger, roster, viewParent)),
      m_sessions(new SessionsView(ledger, roster, viewParent)),
      m_attendance(new AttendanceView(ledger, roster, viewParent)),
      m_registers(new RegistersView(ledger, roster, viewParent))
{
    setObjectName(QStringLiteral("secretaryAreas"));
    connect(m_plan, &PlanView::sessionFromItemRequested, this, [this](qint64 itemId) {
        emit areaRequested(sessionsArea);
        m_sessions->newFromPlanItem(itemId);
    });
    connect(m_sessions, &SessionsView::attendanceRequested, this, &SecretaryAreas::openAttendance);
}

std::vector<std::tuple<QString, QString, QWidget*>> SecretaryAreas::views() const
{
    return {{planArea, tr("Study plan"), m_plan},
            {sessionsArea, tr("Sessions"), m_sessions},
            {attendanceArea, tr("Attendance and make-up"), m_attendance},
            {registersArea, tr("Registers"), m_registers}};
}

bool SecretaryAreas::has(const QString& id) const
{
    return id == planArea || id == sessionsArea || id == attendanceArea || id == registersArea;
}

QList<QAction*> SecretaryAreas::editActions(const QString& id) const
{
    if (id == planArea)
        return m_plan->editActions();
    if (id == sessionsArea)
        return m_sessions->editActions();
    if (id == attendanceArea)
        return m_attendance->editActions();
    return {};
}

void SecretaryAreas::openSession(qint64 sessionId)
{
    auto session = SessionService(m_ledger).session(sessionId);
    if (!session || !*session)
        return;
    const StudySession& s = **session;
    m_sessions->groupYear()->setGroupId(s.groupId);
    m_sessions->groupYear()->setYear(int(s.date.year()));
    emit areaRequested(sessionsArea);
    if (m_sessions->selectSession(sessionId))
        m_sessions->editCurrent();
}

void SecretaryAreas::openAttendance(qint64 sessionId)
{
    if (m_attendance->openSession(sessionId))
        emit areaRequested(attendanceArea);
}

void SecretaryAreas::openMakeupLedger()
{
    m_attendance->tabs()->setCurrentWidget(m_attendance->makeupLedger());
    emit areaRequested(attendanceArea);
}

void SecretaryAreas::openPlan(qint64 groupId, int year)
{
    m_plan->groupYear()->setGroupId(groupId);
    m_plan->groupYear()->setYear(year);
    emit areaRequested(planArea);
}

QUndoStack* SecretaryAreas::undoStack(const QString& id) const
{
    if (id == planArea)
        return m_plan->undoStack();
    if (id == attendanceArea)
        return m_attendance->sheet()->undoStack();
    return nullptr;
}

} // namespace sl
