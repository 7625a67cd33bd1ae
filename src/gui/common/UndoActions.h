#pragma once

#include <utility>

class QAction;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace sl {

// The one way the Undo and Redo actions are made: Undo Ctrl+Z, Redo Ctrl+Shift+Z and Ctrl+Y,
// their text following the command ("Undo Edit Topic"). MainWindow makes them for its QUndoGroup
// (Edit › Undo/Redo, bound to the shown area's stack); a dialog with a stack of its own (the
// session editor) makes them for that stack. The actions are added to `host`, so that their
// shortcuts work in its window.
namespace undoactions {

std::pair<QAction*, QAction*> create(QUndoGroup* group, QWidget* host);
std::pair<QAction*, QAction*> create(QUndoStack* stack, QWidget* host);

} // namespace undoactions

} // namespace sl
