#include "gui/assessment/AssessmentScreenshot.h"

#include "gui/MainWindow.h"
#include "gui/assessment/AssessmentScopeBar.h"
#include "gui/assessment/AssessmentView.h"

#include "services/SessionService.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace sl {

bool AssessmentScreenshot::stage(MainWindow& window)
{
    auto* view = window.findChild<AssessmentView*>();
    if (!view)
        return false;
    SessionQuery held;
    held.status = SessionStatus::Held;
    int year = 0;
    if (auto rows = SessionService(window.ledger()).list(held)) {
        for (const SessionRow& r : *rows)
            year = std::max(year, int(r.session.date.year()));
    }
    if (year != 0 && year != view->scopeBar()->year())
        view->scopeBar()->setYear(year); // assesses again
    else if (!view->isBusy())
        view->reload();
    const QDeadlineTimer deadline(10 * 60 * 1000);
    while (view->isBusy() && !deadline.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    return !view->isBusy();
}

} // namespace sl
