#pragma once

#include "gui/common/LedgerCommand.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QUndoStack;

namespace sl {

class SessionService;

// The materials attached to a saved session (学习材料): the list, attach (a copy goes into the
// folder beside the database), open and remove. Changes are saved at once; with an undo stack
// (the session editor's) each is an undoable step (MaterialCommand: a removed file comes back).
class MaterialsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MaterialsPanel(QWidget* parent = nullptr);

    // The service that keeps the materials; nothing can be attached before it is set.
    void setService(SessionService& service);
    // The session (0: not saved yet, nothing can be attached).
    void setSession(qint64 sessionId);
    // Where attaching and removing are pushed (and what its commands share); the list follows
    // the stack's undo and redo.
    void setUndoStack(QUndoStack* stack, std::shared_ptr<LedgerCommand::Context> context);
    bool attach(const QString& path);
    // Removes the chosen material (after asking); false when nothing was removed.
    bool removeCurrent();
    QListWidget* list() const { return m_list; }

private:
    void reload();
    bool push(LedgerCommand* command);

    SessionService* m_service = nullptr;
    QUndoStack* m_undo = nullptr;
    std::shared_ptr<LedgerCommand::Context> m_undoContext;
    qint64 m_sessionId = 0;
    QListWidget* m_list;
    QPushButton* m_attach;
    QPushButton* m_open;
    QPushButton* m_remove;
};

} // namespace sl
