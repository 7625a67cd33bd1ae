#pragma once

#include <QWidget>

class QAction;
class QTabWidget;
class QUndoStack;

namespace sl {

class AttendanceSheetView;
class Ledger;
class MakeupLedgerView;
class RosterService;

// 考勤与补学: the attendance sheet of a held session (with its speeches) and the make-up ledger,
// as two tabs. Three undo stacks, all in the main window's group: the sheet's (its unsaved
// edits), the speeches' and the make-up ledger's (edits saved at once); the one of the tab
// shown is the active one — on the sheet's tab the speeches' while they have the focus.
class AttendanceView : public QWidget
{
    Q_OBJECT

public:
    AttendanceView(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);

    AttendanceSheetView* sheet() const { return m_sheet; }
    MakeupLedgerView* makeupLedger() const { return m_makeup; }
    QTabWidget* tabs() const { return m_tabs; }
    QList<QAction*> editActions() const;
    // The stack that Edit › Undo acts on now, and every stack of the area.
    QUndoStack* undoStack() const;
    QList<QUndoStack*> undoStacks() const;
    // Shows the sheet of a held session.
    bool openSession(qint64 sessionId);

private:
    // Makes undoStack() the group's active stack while the area is shown.
    void activateStack();

    AttendanceSheetView* m_sheet;
    MakeupLedgerView* m_makeup;
    QTabWidget* m_tabs;
};

} // namespace sl
