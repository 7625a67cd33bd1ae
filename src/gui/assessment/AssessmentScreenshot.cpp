#include "gui/assessment/AssessmentScreenshot.h"

#include "gui/MainWindow.h"
#include "gui/assessment/AssessmentScopeBar.h"
#include "gui/assessment/AssessmentView.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace sl {

bool AssessmentScreenshot::stage(MainWindow& window, int year)
{
    auto* view = window.findChild<AssessmentView*>();
    if (!view)
        return false;
    if (year != view->scopeBar()->year())
        view->scopeBar()->setYear(year); // assesses again
    else if (!view->isBusy() && view->snapshot().current.year != year)
        view->reload(); // not assessed yet (an assessment already shown is not made again)
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
