#pragma once

#include "domain/SessionRecords.h"

#include "domain/StudySession.h"

#include "gui/common/LedgerCommand.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QUndoStack;

namespace sl {

class GroupYearBar;
class Ledger;
class PageBar;
class RosterService;
class SeriesDialog;
class SessionEditor;
class SessionService;
class SessionTableModel;

// 学习活动: the sessions of a group and year with filters (form, status, trigger); new, edit
// (double-click or Enter), delete, a monthly series, and the attendance of the selected held
// session, and the sign-in sheet (签到表) of the selected session to print or export. It follows
// the ledger's events (sessions, plans, roster) and reloads what it shows.
class SessionsView : public QWidget
{
    Q_OBJECT

public:
    SessionsView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);
    ~SessionsView() override;

    void reload();
    GroupYearBar* groupYear() const { return m_bar; }
    SessionTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* formFilter() const { return m_form; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* triggerFilter() const { return m_trigger; }
    qint64 currentSessionId() const;
    bool selectSession(qint64 id);
    QList<QAction*> editActions() const;
    // The list's edits (a session saved by the editor, a session deleted), undoable
    // (SessionListCommands): the sessions area's stack.
    QUndoStack* undoStack() const { return m_undo; }
    // 签到表 of the selected session: print it, or export it as PDF (SessionDocuments).
    QAction* printSigninAction() const { return m_printSigninAction; }
    QAction* exportSigninAction() const { return m_exportSigninAction; }

    // Dialogs, not yet shown (for the view's actions, the plan view, tests and screenshots).
    SessionEditor* createEditor(const StudySession& session);
    SessionEditor* createEditor(qint64 sessionId);
    SeriesDialog* createSeriesDialog();
    // After the editor saved a session (`before`: as stored before, none for a new one): the
    // save becomes one step of undoStack() (nothing when nothing changed).
    void pushSaved(const std::optional<StudySession>& before, qint64 savedId);
    // After SeriesDialog created sessions (`ids`): one step of undoStack().
    void pushSeries(const std::vector<qint64>& ids);

public slots:
    void newSession();
    void editCurrent();
    void deleteCurrent();
    void newSeries();
    // Opens the editor on a new session carrying out plan item `itemId` (today's date).
    void newFromPlanItem(qint64 itemId);
    void printSigninSheet();
    // True when a file was written.
    bool exportSigninSheet();

signals:
    void attendanceRequested(qint64 sessionId);

private:
    bool runEditor(SessionEditor* editor);
    void push(LedgerCommand* command);

    Ledger& m_ledger;
    RosterService& m_roster;
    std::unique_ptr<SessionService> m_service;
    GroupYearBar* m_bar;
    QComboBox* m_form;
    QComboBox* m_status;
    QComboBox* m_trigger;
    SessionTableModel* m_model;
    QTableView* m_table;
    SessionQuery::SortKey m_sortKey = SessionQuery::SortKey::ByDate; // by a header click
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLabel* m_empty;
    QLabel* m_count;
    PageBar* m_pages;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_deleteAction;
    QAction* m_seriesAction;
    QAction* m_attendanceAction;
    QAction* m_printSigninAction;
    QAction* m_exportSigninAction;
    QUndoStack* m_undo;
    std::shared_ptr<LedgerCommand::Context> m_undoContext;
};

} // namespace sl
