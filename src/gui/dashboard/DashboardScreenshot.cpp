#include "gui/dashboard/DashboardScreenshot.h"

#include "gui/common/ScopePeriodBar.h"
#include "gui/dashboard/DashboardView.h"

#include "services/Clock.h"
#include "services/SessionService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

namespace sl::dashboardscreenshot {

bool waitUntilIdle(DashboardView* view, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QApplication::processEvents();
    while (view->isBusy()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    return true;
}

int latestHeldYear(Ledger& ledger)
{
    const int thisYear = Clock::today().year();
    SessionService sessions(ledger);
    for (int year = thisYear; year >= thisYear - 5; --year) {
        SessionQuery query;
        query.status = SessionStatus::Held;
        query.from = Date(year, 1, 1);
        query.to = Date(year, 12, 31);
        query.limit = 1;
        auto first = sessions.list(query); // one row is enough: no count of a district's year
        if (first && !first->empty())
            return year;
    }
    return thisYear;
}

bool prepare(DashboardView* view, int year, int timeoutMs)
{
    view->scopeBar()->setYear(year);
    if (!view->dashboard() && !view->isBusy())
        view->reload();
    if (!waitUntilIdle(view, timeoutMs))
        return false;
    if (!view->dashboard())
        return true; // the message is what there is to see
    int busiest = -1;
    int most = 0;
    const auto& months = view->dashboard()->months;
    for (size_t i = 0; i < months.size(); ++i) {
        if (months[i].sessionsHeld > most) {
            most = months[i].sessionsHeld;
            busiest = int(i);
        }
    }
    if (busiest >= 0)
        view->drillMonth(busiest);
    return waitUntilIdle(view, timeoutMs);
}

} // namespace sl::dashboardscreenshot
