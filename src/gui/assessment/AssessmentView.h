#pragma once

#include "gui/assessment/AssessmentSnapshot.h"
#include "gui/assessment/AssessmentTableView.h"
#include "gui/common/LedgerCommand.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace sl {

class AdjustmentDialog;
class AssessmentDetailPane;
class AssessmentScopeBar;
class AssessmentService;
class AssessmentTableModel;
class BusyBar;
class Ledger;
class LedgerJob;
class PageBar;
class RosterService;

// 学习考核: the assessment of a scope (an organisation with its descendants, or a study group)
// for a year — one row per member with every component, bonus, adjustment, final, grade and rank,
// sortable (names in Chinese order) and filtered as you type over every member, shown a page at a
// time (PageBar), with the figures behind the selected member's result below. An admin or secretary
// adjusts a final (with a reason; undoable, Edit › Undo/Redo) and publishes the year's results;
// once published, the published final and grade show beside the current ones and adjustments are
// refused. The visible rows export to CSV. The assessment is computed off the GUI thread
// (LedgerJob) with a busy bar and Cancel, so that a district of 100,000 members never freezes the
// window. It follows the ledger's events.
class AssessmentView : public QWidget
{
    Q_OBJECT

public:
    AssessmentView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);
    ~AssessmentView() override;

    // Assesses the scope and year chosen again (on a worker thread; the result replaces the
    // table when it arrives, a superseded one is dropped).
    void reload();
    bool isBusy() const;
    // Stops the running assessment; the table keeps what it showed.
    void cancel();

    AssessmentScopeBar* scopeBar() const { return m_bar; }
    AssessmentTableModel* model() const { return m_model; }
    PageBar* pageBar() const { return m_pages; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    AssessmentDetailPane* detailPane() const { return m_detail; }
    QLabel* statusLabel() const { return m_status; }
    BusyBar* busyBar() const { return m_busy; }
    QUndoStack* undoStack() const { return m_undo; }
    QList<QAction*> editActions() const;
    // The scope, year, rubric and publication record of what the table shows, as read last (empty
    // before the first assessment arrives); its rows and published rows are in model().
    const AssessmentSnapshot& snapshot() const { return m_snapshot; }

    // The member of the current row (0: none).
    qint64 currentMemberId() const;
    // Makes the member's row current, going to the page that shows it; false when the member
    // is not assessed or is filtered out.
    bool selectMember(qint64 memberId);

    // The dialog adjusting the current member; null when no row is current. Not yet shown.
    AdjustmentDialog* createAdjustmentDialog();
    // Undoable: false when refused (published results, a missing reason…); the user is told.
    bool adjust(qint64 memberId, double delta, const QString& reason);
    bool removeAdjustment(qint64 memberId);
    // Publishes the scope's results of the year after asking; false when not published.
    bool publish();
    // Writes the rows as the table shows them (filtered, sorted, visible columns), those of
    // every page, to `path`.
    Status exportVisibleRows(const QString& path) const;

public slots:
    void adjustCurrent();
    void removeCurrentAdjustment();
    void exportRows();

signals:
    // A new assessment is in the table.
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(AssessmentSnapshot snapshot);
    void failed(const Error& error);
    void setBusy(bool busy);
    void currentChanged();
    void arranged();
    void updateActions();
    void updateStatus();
    bool refusedAsPublished();
    bool pushAdjustment(qint64 memberId, std::optional<AssessmentAdjustment> after);
    bool canEdit() const;

    Ledger& m_ledger;
    std::unique_ptr<AssessmentService> m_service;
    std::shared_ptr<LedgerCommand::Context> m_context;
    AssessmentSnapshot m_snapshot;
    bool m_everLoaded = false;
    qint64 m_keptMember = 0; // current when the rows were last arranged again
    AssessmentScopeBar* m_bar;
    QLineEdit* m_filter;
    AssessmentTableModel* m_model;
    AssessmentTableView* m_table;
    PageBar* m_pages;
    AssessmentDetailPane* m_detail;
    QLabel* m_status;
    QLabel* m_empty;
    BusyBar* m_busy;
    QUndoStack* m_undo;
    LedgerJob* m_job;
    QAction* m_adjustAction;
    QAction* m_removeAction;
    QAction* m_publishAction;
    QAction* m_exportAction;
    QAction* m_findAction;
    QAction* m_refreshAction;
};

} // namespace sl
