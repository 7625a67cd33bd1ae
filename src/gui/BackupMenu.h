#pragma once

#include <QObject>
#include <QString>

class QMenu;

namespace sl {

class MainWindow;

// File › Backup…, File › Restore from Backup… and the automatic daily backup of the main
// window. The rules (what a backup holds, the checks before a restore, when an automatic backup
// is due, pruning) are the services' (BackupService, AutoBackup); here: the dialogs, the work on
// a worker thread with its own connection, and reopening the ledger after a restore.
class BackupMenu : public QObject
{
    Q_OBJECT

public:
    explicit BackupMenu(MainWindow* window);

    void addTo(QMenu* file);
    // Asks for a file and backs up the ledger with its materials.
    void backup();
    // Asks for a backup, confirms, restores it and opens the restored ledger (after a log-in when
    // it has accounts).
    void restore();
    // Starts today's automatic backup on a worker thread when one is due and the setting does
    // not turn them off; the window goes on. Ends in automaticBackupDone.
    void startAutomaticBackup();
    bool automaticBackupRunning() const { return m_running; }

signals:
    // `path`: the backup made (empty when none was due); `error`: why it failed (empty if not).
    void automaticBackupDone(const QString& path, const QString& error);

private:
    void automaticBackupFinished(const QString& path, const QString& error);

    MainWindow* m_window;
    bool m_running = false;
};

} // namespace sl
