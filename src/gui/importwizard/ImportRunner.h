#pragma once

#include "domain/CancelFlag.h"
#include "domain/Result.h"
#include "exchange/FileImport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

namespace sl {

class FileFormat;
class Ledger;

// Runs one import of the wizard — the dry run of the preview or the real import — on a worker
// thread with a ledger of its own opened there (one connection per thread), as the acting
// account, so that the window stays responsive. Progress (rows done of the total) arrives on the
// GUI thread; cancel() stops the work between rows and a cancelled import changes nothing. The
// worker's ledger announces a committed import through the window's ledger (its LedgerEvents),
// so that the views reload as after any other write.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);

    // Cancels a running import and waits for its worker to stop (between two rows).
    ~ImportRunner() override;
    // Starts the import of `path` as `format` with `options` (its progress and cancel fields are
    // the runner's); a running one is cancelled first and its outcome dropped.
    void start(Ledger& ledger, const FileFormat& format, const QString& path,
               ImportOptions options);
    bool isRunning() const { return m_flag != nullptr; }

public slots:
    // Asks the running import to stop; finished() then reports ErrorCode::Cancelled.
    void cancel();

signals:
    void progress(int done, int total);
    void finished(const sl::Result<sl::FileImportResult>& result);

private:
    std::shared_ptr<CancelFlag> m_flag;
    QPointer<QFutureWatcher<void>> m_watcher;
};

} // namespace sl
