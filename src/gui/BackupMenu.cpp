#include "gui/BackupMenu.h"

#include "gui/MainWindow.h"
#include "gui/common/BackgroundTask.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/settings/BackupSettingsPage.h"

#include "services/AutoBackup.h"
#include "services/BackupService.h"
#include "services/Ledger.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace sl {

namespace {

QString databaseFilter()
{
    return MainWindow::tr("StudyLedger databases (*.sqlite *.db);;All files (*)");
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// What the automatic backup's worker hands back.
struct AutoOutcome
{
    QString path;
    QString error;
};

// The ledger at `path` opened on the calling (worker) thread, acting as `actor`.
Result<std::unique_ptr<Ledger>> openHere(const QString& path, const Actor& actor, OpenMode mode)
{
    auto ledger = Ledger::open(path, mode);
    if (ledger)
        (*ledger)->setActor(actor);
    return ledger;
}

} // namespace

BackupMenu::BackupMenu(MainWindow* window) : QObject(window), m_window(window) {}

void BackupMenu::addTo(QMenu* file)
{
    QAction* backupAction = file->addAction(tr("&Backup…"), this, &BackupMenu::backup);
    backupAction->setObjectName(QStringLiteral("backupAction"));
    QAction* restoreAction =
        file->addAction(tr("&Restore from Backup…"), this, &BackupMenu::restore);
    restoreAction->setObjectName(QStringLiteral("restoreAction"));
}

void BackupMenu::backup()
{
    const QFileInfo current(m_window->ledger().path());
    const QString suggested =
        current.absolutePath() + QLatin1Char('/') + current.completeBaseName() +
        QStringLiteral("-backup-%1.sqlite")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path =
        FileDialogs::saveFileName(m_window, tr("Backup"), suggested, databaseFilter());
    if (path.isEmpty())
        return;
    const bool replace = QFileInfo::exists(path);
    if (replace && MessageBoxes::question(m_window, tr("Backup"),
                                          tr("%1 exists already. Replace it?").arg(native(path)),
                                          QMessageBox::Yes | QMessageBox::No,
                                          QMessageBox::No) != QMessageBox::Yes)
        return;
    // A district's database takes a while: a worker thread with its own connection.
    const QString source = current.absoluteFilePath();
    const Actor actor = m_window->ledger().actor();
    BackupReport report;
    Status done = BackgroundTask::run(m_window, tr("Backing up the database…"), [&] {
        auto ledger = openHere(source, actor, OpenMode::ReadOnly);
        if (!ledger)
            return Status(ledger.error());
        auto made = BackupService(**ledger).backup(path, replace);
        if (made)
            report = *made;
        return made ? Status() : Status(made.error());
    });
    if (!done) {
        MessageBoxes::critical(m_window, tr("Backup"),
                               tr("The backup failed:\n%1").arg(done.error().message));
        return;
    }
    if (!report.missingMaterials.isEmpty())
        MessageBoxes::warning(
            m_window, tr("Backup"),
            tr("Backed up to %1, but these materials were missing:\n%2")
                .arg(native(path), report.missingMaterials.join(QLatin1Char('\n'))));
    m_window->statusBar()->showMessage(tr("Backed up to %1").arg(native(path)), 8000);
}

void BackupMenu::restore()
{
    const QString current = QFileInfo(m_window->ledger().path()).absoluteFilePath();
    const QString source = FileDialogs::openFileName(
        m_window, tr("Restore from Backup"), QFileInfo(current).absolutePath(), databaseFilter());
    if (source.isEmpty())
        return;
    if (MessageBoxes::question(
            m_window, tr("Restore from Backup"),
            tr("Replace the database %1 with the backup %2?\n\nWhat was entered after the backup "
               "will no longer be in the ledger. The current database is kept beside it as a "
               "copy (%3).")
                .arg(native(current), native(source),
                     QFileInfo(BackupService::keptName(current, QDateTime::currentDateTime()))
                         .fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Actor actor = m_window->ledger().actor();
    RestoreReport report;
    Status done = BackgroundTask::run(m_window, tr("Restoring the database…"), [&] {
        auto ledger = openHere(current, actor, OpenMode::MustExist);
        if (!ledger)
            return Status(ledger.error());
        auto restored = BackupService(**ledger).restore(source);
        if (restored)
            report = *restored;
        return restored ? Status() : Status(restored.error());
    });
    if (!done) {
        MessageBoxes::critical(m_window, tr("Restore from Backup"),
                               tr("The database was not restored:\n%1").arg(done.error().message));
        return;
    }
    // The restored database has the accounts it had then: open it again, with a log-in.
    if (!m_window->switchDatabase(current, false)) {
        m_window->ledger().setActor(Actor::nobody());
        m_window->rebuildAreas();
    }
    m_window->statusBar()->showMessage(tr("Restored from %1; the replaced database is kept in %2")
                                           .arg(native(source), native(report.keptDatabase)));
}

void BackupMenu::startAutomaticBackup()
{
    const int keep = BackupSettingsPage::automaticBackupsKept();
    const QString path = m_window->ledger().path();
    if (m_running || keep <= 0 || !AutoBackup::isDue(path))
        return;
    m_running = true;
    const Actor actor = m_window->ledger().actor();
    auto* watcher = new QFutureWatcher<AutoOutcome>(this);
    connect(watcher, &QFutureWatcher<AutoOutcome>::finished, this, [this, watcher] {
        const AutoOutcome outcome = watcher->result();
        watcher->deleteLater();
        automaticBackupFinished(outcome.path, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run([path, actor, keep] {
        auto ledger = openHere(path, actor, OpenMode::ReadOnly);
        if (!ledger)
            return AutoOutcome{{}, ledger.error().message};
        auto made = AutoBackup::runIfDue(**ledger, keep);
        return made ? AutoOutcome{*made, {}} : AutoOutcome{{}, made.error().message};
    }));
}

void BackupMenu::automaticBackupFinished(const QString& path, const QString& error)
{
    m_running = false;
    if (!error.isEmpty())
        MessageBoxes::warning(m_window, tr("Automatic backup"),
                              tr("Today's automatic backup failed:\n%1").arg(error));
    else if (!path.isEmpty())
        m_window->statusBar()->showMessage(tr("Automatic backup: %1").arg(native(path)), 8000);
    emit automaticBackupDone(path, error);
}

} // namespace sl
