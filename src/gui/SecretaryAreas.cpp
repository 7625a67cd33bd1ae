#include "SecretaryAreas.h"

#include "AttendanceSheetView.h"
#include "AttendanceView.h"
#include "DateField.h"
#include "GroupYearBar.h"
#include "MainWindow.h"
#include "MakeupLedgerView.h"
#include "PlanItemModel.h"
#include "PlanView.h"
#include "RegistersView.h"
#include "SeriesDialog.h"
#include "SessionEditor.h"
#include "SessionsView.h"

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
    : QObject(parent), m_plan(new PlanView(ledger, roster, viewParent)),
      m_sessions(new SessionsView(ledger, roster, viewParent)),
      m_attendance(new AttendanceView(ledger, roster, viewParent)),
      m_registers(new RegistersView(ledger, roster, viewParent))
{
    setObjectName(QStringLiteral("secretaryAreas"));
    connect(m_plan, &PlanView::sessionFromItemRequested, this, [this](qint64 itemId) {
        emit areaRequested(sessionsArea);
        m_sessions->newFromPlanItem(itemId);
        m_plan->reload();
    });
    connect(m_sessions, &SessionsView::attendanceRequested, this, [this](qint64 sessionId) {
        if (m_attendance->openSession(sessionId))
            emit areaRequested(attendanceArea);
    });
    connect(m_sessions, &SessionsView::sessionsChanged, this, [this] {
        m_plan->reload();
        m_registers->reload();
    });
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

QStringList SecretaryAreas::screenshotViews()
{
    return {QStringLiteral("plan"),           QStringLiteral("sessions"),
            QStringLiteral("session-editor"), QStringLiteral("series"),
            QStringLiteral("attendance"),     QStringLiteral("makeup"),
            QStringLiteral("registers")};
}

QString SecretaryAreas::areaOfScreenshot(const QString& view)
{
    if (view == QLatin1String("session-editor") || view == QLatin1String("series"))
        return sessionsArea;
    if (view == QLatin1String("makeup"))
        return attendanceArea;
    return view;
}

std::optional<QPixmap> SecretaryAreas::screenshot(MainWindow& window, const QString& view)
{
    auto* planView = window.findChild<PlanView*>();
    auto* sessionsView = window.findChild<SessionsView*>();
    auto* attendanceView = window.findChild<AttendanceView*>();
    if (!screenshotViews().contains(view) || !planView || !sessionsView || !attendanceView)
        return std::nullopt;
    Ledger& ledger = window.ledger();
    auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    };
    // The latest held sessions, newest first.
    SessionQuery held;
    held.status = SessionStatus::Held;
    auto rows = SessionService(ledger).list(held);
    std::vector<SessionRow> sessions = rows ? *rows : std::vector<SessionRow>();
    std::sort(sessions.begin(), sessions.end(), [](const SessionRow& a, const SessionRow& b) {
        return a.session.date > b.session.date;
    });

    if (view == QLatin1String("plan")) {
        // The first group (central group first) that has a plan, at its latest year.
        QComboBox* groups = planView->groupYear()->groupCombo();
        PlanService plans(ledger);
        for (int i = 0; i < groups->count(); ++i) {
            auto years = plans.years(groups->itemData(i).toLongLong());
            if (years && !years->empty()) {
                groups->setCurrentIndex(i);
                planView->groupYear()->setYear(*std::max_element(years->begin(), years->end()));
                break;
            }
        }
        if (planView->model()->rowCount() > 2)
            planView->table()->setCurrentIndex(planView->model()->index(2, 0));
        settle();
        return window.grab();
    }
    if (view == QLatin1String("makeup") || view == QLatin1String("registers")) {
        if (view == QLatin1String("makeup")) {
            AttendanceView* a = attendanceView;
            a->tabs()->setCurrentWidget(a->makeupLedger());
            if (!sessions.empty())
                a->makeupLedger()->groupYear()->setYear(sessions.front().session.date.year());
        }
        settle();
        return window.grab();
    }
    if (view == QLatin1String("attendance")) {
        // A recent sheet with late, excused and absent members, so that every colour shows.
        AttendanceService attendance(ledger);
        qint64 chosen = sessions.empty() ? 0 : sessions.front().session.id;
        for (const SessionRow& r : sessions) {
            auto t = attendance.totalsOf(r.session.id);
            if (t && t->excused > 0 && t->absent > 0 && (t->late + t->earlyLeave) > 0 &&
                t->observers >= 0) {
                chosen = r.session.id;
                break;
            }
        }
        if (chosen != 0) {
            attendanceView->openSession(chosen);
            AttendanceSheetView* sheet = attendanceView->sheet();
            sheet->table()->setFocus();
        }
        settle();
        return window.grab();
    }
    // The editor of a recent held session carried out from the plan, with a speaker.
    const SessionRow* chosen = sessions.empty() ? nullptr : &sessions.front();
    for (const SessionRow& r : sessions) {
        if (r.session.planItemId != 0 && !r.session.speaker.isEmpty()) {
            chosen = &r;
            break;
        }
    }
    if (!chosen)
        return std::nullopt;
    sessionsView->groupYear()->setGroupId(chosen->session.groupId);
    sessionsView->groupYear()->setYear(chosen->session.date.year());
    sessionsView->selectSession(chosen->session.id);
    if (view == QLatin1String("sessions")) {
        settle();
        return window.grab();
    }
    if (view == QLatin1String("series")) {
        // "Every month on the second Tuesday at 14:30" for the next year.
        std::unique_ptr<SeriesDialog> series(sessionsView->createSeriesDialog());
        series->fromField()->setDate(Date(chosen->session.date.year() + 1, 1, 1));
        series->toField()->setDate(Date(chosen->session.date.year() + 1, 12, 31));
        emit series->fromField()->edited();
        series->setAttribute(Qt::WA_DontShowOnScreen);
        series->show();
        settle();
        return series->grab();
    }
    std::unique_ptr<SessionEditor> editor(sessionsView->createEditor(chosen->session.id));
    if (!editor)
        return std::nullopt;
    editor->setAttribute(Qt::WA_DontShowOnScreen);
    editor->show();
    settle();
    return editor->grab();
}

} // namespace sl
