#include "gui/bulletin/BulletinScreenshot.h"

#include "gui/bulletin/BulletinView.h"
#include "gui/common/ScopePeriodBar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

namespace sl::bulletinscreenshot {

bool prepare(BulletinView* view, int year, int timeoutMs)
{
    view->scopeBar()->setYear(year);
    view->scopeBar()->setPeriodIndex(0);
    if (!view->draft() && !view->isBusy())
        view->reload();
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

} // namespace sl::bulletinscreenshot
