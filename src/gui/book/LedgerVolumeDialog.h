#pragma once

#include "domain/ScopeRef.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QPushButton;
class QTimer;

namespace sl {

namespace Ui {
class LedgerVolumeDialog;
}

class BusyBar;
class Ledger;
class LedgerJob;
class RosterService;

// 学习台账（年度）: writes the annual volume of a group or an organisation (LedgerVolumeDocument)
// as a PDF. The scope, the year and the file are chosen here; reading the volume and laying out
// and painting the PDF run on a worker thread with a ledger of its own (LedgerJob), the share
// done on a busy bar with Cancel, so that the window never freezes. The dialog stays open and
// tells where the volume went, or why it did not.
class LedgerVolumeDialog : public QDialog
{
    Q_OBJECT

public:
    LedgerVolumeDialog(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);
    ~LedgerVolumeDialog() override;

    void setScope(const ScopeRef& scope);
    void setYear(int year);
    void setFileName(const QString& path);
    QString fileName() const;

    QPushButton* writeButton() const { return m_write; }
    BusyBar* busyBar() const { return m_busy; }
    QString statusText() const;
    bool isRunning() const;

public slots:
    // Reads and writes the volume of the scope and year chosen into the file (asks before
    // replacing one).
    void write();
    void cancel();

signals:
    // The volume was written (true) or not (false: refused, failed or cancelled).
    void done(bool written);

protected:
    void reject() override; // Close or Escape while writing: cancels first

private:
    void browse();
    void setBusy(bool busy);
    void finish(bool written, const QString& status);

    std::unique_ptr<Ui::LedgerVolumeDialog> m_ui;
    Ledger& m_ledger;
    QPushButton* m_write;
    BusyBar* m_busy;
    LedgerJob* m_job;
    QTimer* m_stepTimer;
    std::shared_ptr<std::atomic<int>> m_progress; // per mille of the running job
};

} // namespace sl
