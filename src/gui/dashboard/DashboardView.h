#pragma once

#include "domain/DashboardFigures.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sl {

class BusyBar;
class PageBar;
class PagedTableModel;

class DashboardCharts;
class ScopePeriodBar;
class DrillMemberModel;
class DrillSessionModel;
class Ledger;
class LedgerJob;
class RecordTableView;
class RosterService;
class SubOrgTableModel;
class ViewRefresher;

// 统计看板: the leaders' dashboard of a scope and period — four charts, the table of
// sub-organisations (lagging rows tinted) and a drill-down table of the records behind a clicked
// bar, slice or row, each table a page at a time (PageBar) sorted over all its rows. Read-only. The
// figures are computed off the GUI thread (LedgerJob) with a busy indicator and a Cancel button;
// the view loads when it is first shown and again when the ledger changes.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);
    ~DashboardView() override;

    ScopePeriodBar* scopeBar() const { return m_bar; }
    DashboardCharts* charts() const { return m_charts; }
    SubOrgTableModel* subOrgModel() const { return m_subOrgs; }
    RecordTableView* subOrgTable() const { return m_subOrgTable; }
    DrillSessionModel* drillSessionModel() const { return m_drillSessions; }
    DrillMemberModel* drillMemberModel() const { return m_drillMembers; }
    RecordTableView* drillTable() const { return m_drillTable; }
    PageBar* subOrgPageBar() const { return m_subOrgPages; }
    PageBar* drillPageBar() const { return m_drillPages; }
    QString drillTitle() const;
    QString summaryText() const;
    QString messageText() const;
    QPushButton* cancelButton() const;
    // The dashboard shown (nullopt while computing, after a failure or a cancel).
    const std::optional<Dashboard>& dashboard() const { return m_dashboard; }
    // A computation or a drill-down is running.
    bool isBusy() const;

public slots:
    // Computes the dashboard of the chosen scope and period again.
    void reload();
    void cancel();
    // The drill-downs (also what a click on a chart or a row does).
    void drillMonth(int month);
    void drillBand(sl::HoursBand band);
    void drillGrade(sl::Grade grade);
    void drillOrganisation(int row);

signals:
    // A dashboard, or the message why there is none, is shown.
    void loaded();
    // The drill-down table shows new rows.
    void drilled();

private:
    void setBusy(bool busy, const QString& text = {});
    void showStep();
    // "Export Visible Rows…" in the table's context menu.
    void addExport(QTableView* table, const QString& what);
    void showMessage(const QString& text);
    void showDashboard(Dashboard dashboard);
    void showMembers(const QString& title, std::vector<DashboardMember> members);
    // Shows `model` in the drill-down table, sorted as the table's header says.
    void showDrill(PagedTableModel* model);

    Ledger& m_ledger;
    ScopePeriodBar* m_bar;
    QLabel* m_summary;
    BusyBar* m_busy;
    QTimer* m_stepTimer;
    std::shared_ptr<std::atomic<int>> m_step; // the running computation's step
    QString m_busyText;
    // What the running job computes, and the ledger's commits counted when it started.
    ScopeRef m_jobScope;
    Period m_jobPeriod;
    int m_jobCommits = 0;
    int m_commits = 0;
    QStackedWidget* m_stack;
    QLabel* m_message;
    DashboardCharts* m_charts;
    SubOrgTableModel* m_subOrgs;
    RecordTableView* m_subOrgTable;
    PageBar* m_subOrgPages;
    QLabel* m_subOrgTitle;
    QLabel* m_drillTitle;
    DrillSessionModel* m_drillSessions;
    DrillMemberModel* m_drillMembers;
    RecordTableView* m_drillTable;
    PageBar* m_drillPages;
    LedgerJob* m_job;
    LedgerJob* m_drillJob;
    ViewRefresher* m_refresher;
    std::optional<Dashboard> m_dashboard;
};

} // namespace sl
