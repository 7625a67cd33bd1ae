#pragma once

#include "domain/CancelFlag.h"
#include "domain/Result.h"
#include "services/Ledger.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

namespace sl {

// Long reading work of a view (the assessment or the dashboard of a district) on a worker
// thread, with a read-only ledger of its own opened there (one connection per thread),
// so that the window never freezes. Starting a job cancels the one before; a cancelled or
// superseded job's result is dropped; `done` runs on the GUI thread.
class LedgerJob : public QObject
{
    Q_OBJECT

public:
    explicit LedgerJob(QObject* parent = nullptr) : QObject(parent) {}
    ~LedgerJob() override { cancel(); }

    template <class T>
    using Work = std::function<Result<T>(Ledger& reader, const CancelFlag& cancel)>;

    template <class T> void start(Ledger& ledger, Work<T> work, std::function<void(Result<T>)> done)
    {
        cancel();
        auto flag = std::make_shared<CancelFlag>();
        auto result = std::make_shared<std::optional<Result<T>>>();
        const QString path = ledger.path();
        const Actor actor = ledger.actor();
        m_flag = flag;
        auto* watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcher<void>::finished, this,
                [this, watcher, flag, result, done]() {
                    watcher->deleteLater();
                    if (m_flag != flag)
                        return; // superseded or cancelled
                    m_flag.reset();
                    emit finished();
                    if (*result)
                        done(std::move(**result));
                });
        // The reader is opened, used and closed on the worker thread.
        watcher->setFuture(QtConcurrent::run([path, actor, work, flag, result]() {
            auto reader = Ledger::open(path, OpenMode::ReadOnly);
            if (!reader) {
                result->emplace(reader.error());
                return;
            }
            (*reader)->setActor(actor);
            result->emplace(work(**reader, *flag));
        }));
        emit started();
    }

    bool isRunning() const { return m_flag != nullptr; }

public slots:
    // Asks the running job to stop and drops its result.
    void cancel()
    {
        if (!m_flag)
            return;
        m_flag->cancel();
        m_flag.reset();
        emit cancelled();
    }

signals:
    void started();
    void finished();
    void cancelled();

private:
    std::shared_ptr<CancelFlag> m_flag;
};

} // namespace sl
