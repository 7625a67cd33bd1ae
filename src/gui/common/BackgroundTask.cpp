#include "gui/common/BackgroundTask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace sl {

Status BackgroundTask::run(QWidget* parent, const QString& label,
                           const std::function<Status()>& work)
{
    QProgressDialog progress(label, QString(), 0, 0, parent); // busy: no range, no cancel
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);

    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(work));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    progress.close();
    return watcher.result();
}

} // namespace sl
