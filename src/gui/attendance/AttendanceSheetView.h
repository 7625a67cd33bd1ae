#pragma once

#include "gui/common/PendingChanges.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace sl {

class TableSortProxy;

class AttendanceModel;
class AttendanceService;
class GroupYearBar;
class Ledger;
class RosterService;
class SessionService;
class SpeechesPanel;

// 考勤表: the attendance sheet of a held session, driven by the keyboard (UX.md): ↑/↓ move,
// 1 出席, 2 迟到, 3 早退, 4 请假 (then the reason cell opens), 5 缺席, 0 列席; "全部出席" sets
// every line without a status; the totals and the participation rate follow every change.
// Changes are undoable until saved (its stack registered with the main window's QUndoGroup);
// saving is all-or-nothing through AttendanceService. It follows the ledger's events.
class AttendanceSheetView : public QWidget, public PendingChanges
{
    Q_OBJECT

public:
    AttendanceSheetView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);
    ~AttendanceSheetView() override;

    // Shows the sheet of a held session (choosing its group and year); false when it cannot.
    bool openSession(qint64 sessionId);
    qint64 sessionId() const;
    // Saves the sheet; false (with the problems shown) when the service refuses it.
    bool save();
    bool isModified() const;

    // PendingChanges: the sheet's edits not yet saved (MainWindow asks before they are lost).
    bool hasPendingChanges() const override { return isModified(); }
    bool savePendingChanges() override { return save(); }
    void discardPendingChanges() override;
    QString pendingChangesQuestion() const override;

    AttendanceModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QUndoStack* undoStack() const { return m_undo; }
    QAction* markAllAction() const { return m_markAll; }
    QPushButton* saveButton() const { return m_save; }
    QComboBox* sessionCombo() const { return m_sessionCombo; }
    GroupYearBar* groupYear() const { return m_bar; }
    SpeechesPanel* speeches() const { return m_speeches; }
    QString totalsText() const;
    QString problemsText() const;
    QList<QAction*> editActions() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reloadSessions();
    // After a change in the ledger: the sessions, and the sheet unless it has changes.
    void refresh();
    void loadSession(qint64 id);
    bool confirmLeave();
    void updateTotals();
    void showProblems(const QStringList& lines);
    // The model row of the table's current line (-1: none); goToLine makes a model row current.
    int currentLine() const;
    void goToLine(int row);

    Ledger& m_ledger;
    std::unique_ptr<AttendanceService> m_service;
    std::unique_ptr<SessionService> m_sessions;
    QUndoStack* m_undo;
    AttendanceModel* m_model;
    GroupYearBar* m_bar;
    QComboBox* m_sessionCombo;
    QTableView* m_table;
    TableSortProxy* m_proxy = nullptr;
    QLabel* m_empty;
    QLabel* m_totals;
    QLabel* m_problems;
    QPushButton* m_save;
    QPushButton* m_markAllButton;
    QAction* m_markAll;
    SpeechesPanel* m_speeches;
    qint64 m_loaded = 0;
};

} // namespace sl
