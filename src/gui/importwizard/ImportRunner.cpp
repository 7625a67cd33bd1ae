#include "gui/importwizard/ImportRunner.h"

#include "exchange/FileFormat.h"
#include "services/Ledger.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <optional>

namespace sl {

namespace {

// The signals of the worker's ledger are re-emitted by the window's ledger on its thread.
void relayEvents(LedgerEvents& from, LedgerEvents& to)
{
    const auto queued = Qt::QueuedConnection;
    QObject::connect(&from, &LedgerEvents::sessionsChanged, &to, &LedgerEvents::sessionsChanged,
                     queued);
    QObject::connect(&from, &LedgerEvents::attendanceChanged, &to, &LedgerEvents::attendanceChanged,
                     queued);
    QObject::connect(&from, &LedgerEvents::memberRecordsChanged, &to,
                     &LedgerEvents::memberRecordsChanged, queued);
    QObject::connect(&from, &LedgerEvents::planChanged, &to, &LedgerEvents::planChanged, queued);
    QObject::connect(&from, &LedgerEvents::rosterChanged, &to, &LedgerEvents::rosterChanged,
                     queued);
    QObject::connect(&from, &LedgerEvents::registersChanged, &to, &LedgerEvents::registersChanged,
                     queued);
    QObject::connect(&from, &LedgerEvents::assessmentChanged, &to, &LedgerEvents::assessmentChanged,
                     queued);
    QObject::connect(&from, &LedgerEvents::settingsChanged, &to, &LedgerEvents::settingsChanged,
                     queued);
    QObject::connect(&from, &LedgerEvents::bulletinsChanged, &to, &LedgerEvents::bulletinsChanged,
                     queued);
    QObject::connect(&from, &LedgerEvents::committed, &to, &LedgerEvents::committed, queued);
}

} // namespace

ImportRunner::ImportRunner(QObject* parent) : QObject(parent) {}

ImportRunner::~ImportRunner()
{
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ImportRunner::start(Ledger& ledger, const FileFormat& format, const QString& path,
                         ImportOptions options)
{
    cancel();
    auto flag = std::make_shared<CancelFlag>();
    m_flag = flag;
    auto result = std::make_shared<std::optional<Result<FileImportResult>>>();
    const QString ledgerPath = ledger.path();
    const Actor actor = ledger.actor();
    QPointer<LedgerEvents> events(&ledger.events());
    QPointer<ImportRunner> self(this);
    // At most one progress report a percent waits in the GUI thread's queue.
    auto shown = std::make_shared<std::atomic<int>>(-1);
    options.cancel = flag.get();
    options.progress = [self, shown](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (shown->exchange(percent) == percent)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self)
                    emit self->progress(done, total);
            },
            Qt::QueuedConnection);
    };

    auto* watcher = new QFutureWatcher<void>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, flag, result] {
        watcher->deleteLater();
        if (m_flag != flag)
            return; // superseded
        m_flag.reset();
        if (*result)
            emit finished(**result);
    });
    watcher->setFuture(QtConcurrent::run([=, &format]() {
        auto worker = Ledger::open(ledgerPath, OpenMode::MustExist);
        if (!worker) {
            result->emplace(worker.error());
            return;
        }
        (*worker)->setActor(actor);
        if (events)
            relayEvents((*worker)->events(), *events);
        result->emplace(format.import(**worker, path, options));
    }));
}

void ImportRunner::cancel()
{
    if (m_flag)
        m_flag->cancel();
}

} // namespace sl
