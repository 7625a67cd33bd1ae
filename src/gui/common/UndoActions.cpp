#include "gui/common/UndoActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoGroup>
#include <QUndoStack>
#include <QWidget>

namespace sl::undoactions {

namespace {

std::pair<QAction*, QAction*> finish(QAction* undo, QAction* redo, QWidget* host)
{
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    undo->setObjectName(QStringLiteral("undoAction"));
    redo->setObjectName(QStringLiteral("redoAction"));
    host->addActions({undo, redo});
    return {undo, redo};
}

QString undoText()
{
    return QCoreApplication::translate("sl::UndoActions", "&Undo");
}

QString redoText()
{
    return QCoreApplication::translate("sl::UndoActions", "&Redo");
}

} // namespace

std::pair<QAction*, QAction*> create(QUndoGroup* group, QWidget* host)
{
    return finish(group->createUndoAction(host, undoText()),
                  group->createRedoAction(host, redoText()), host);
}

std::pair<QAction*, QAction*> create(QUndoStack* stack, QWidget* host)
{
    return finish(stack->createUndoAction(host, undoText()),
                  stack->createRedoAction(host, redoText()), host);
}

} // namespace sl::undoactions
