#include "gui/SecretaryScreenshots.h"

#include "gui/AreaViews.h"
#include "gui/MainWindow.h"
#include "gui/SecretaryAreas.h"
#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/AttendanceView.h"
#include "gui/attendance/MakeupLedgerView.h"
#include "gui/common/DateField.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/PageRows.h"
#include "gui/plan/PlanItemModel.h"
#include "gui/plan/PlanView.h"
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

#include <algorithm>
#include <memory>

namespace sl {

QStringList SecretaryScreenshots::views()
{
    return {QStringLiteral("plan"),           QStringLiteral("sessions"),
            QStringLiteral("session-editor"), QStringLiteral("series"),
            QStringLiteral("attendance"),     QStringLiteral("makeup"),
            QStringLiteral("registers"),      QStringLiteral("settings")};
}

QString SecretaryScreenshots::areaOf(const QString& view)
{
    if (view == QLatin1String("session-editor") || view == QLatin1String("series"))
        return SecretaryAreas::sessionsArea;
    if (view == QLatin1String("makeup"))
        return SecretaryAreas::attendanceArea;
    return view;
}

std::optional<QPixmap> SecretaryScreenshots::grab(MainWindow& window, const QString& view)
{
    SecretaryAreas* areas = window.areaViews()->secretaryAreas();
    if (!views().contains(view) || !areas)
        return std::nullopt;
    Ledger& ledger = window.ledger();
    auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    };
    // The latest held sessions (a page by date, newest first: read through the date index, not
    // by counting a district's sessions to find the last page).
    SessionQuery held;
    held.status = SessionStatus::Held;
    held.order = Qt::DescendingOrder;
    held.limit = ui::pageRows;
    SessionService service(ledger);
    auto rows = service.list(held);
    const std::vector<SessionRow> sessions = rows ? *rows : std::vector<SessionRow>();

    if (view == QLatin1String("plan")) {
        // The first group (central group first) that has a plan, at its latest year.
        PlanView* planView = areas->planView();
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
    if (view == QLatin1String("makeup") || view == QLatin1String("registers") ||
        view == QLatin1String("settings")) {
        if (view == QLatin1String("makeup")) {
            AttendanceView* a = areas->attendanceView();
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
            AttendanceView* attendanceView = areas->attendanceView();
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
    SessionsView* sessionsView = areas->sessionsView();
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
