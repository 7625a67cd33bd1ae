#pragma once

#include "gui/common/LedgerCommand.h"
#include "gui/common/MemberRecordsView.h"

#include "services/WritingService.h"

class QAction;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QUndoStack;

namespace sl {

class Ledger;
class WritingDialog;
class WritingTableModel;

// 心得与调研: the member's writings of a period; + New (Ctrl+N) adds one, double-click or Enter
// edits, Delete removes after asking. A secretary sets the appraisal result in the dialog.
// Adding, editing and deleting are undoable (WritingCommands on the area's stack, Edit › Undo).
class WritingsView : public MemberRecordsView
{
    Q_OBJECT

public:
    WritingsView(Ledger& ledger, RosterService& roster, MemberContext& context,
                 QWidget* parent = nullptr);

    WritingTableModel* model() const { return m_model; }
    // The selected writing as the pane under the list shows it.
    QString previewText() const;
    QList<QAction*> editActions() const;
    QUndoStack* undoStack() const { return m_undo; }

    qint64 currentWritingId() const;
    bool selectWriting(qint64 id);
    // The dialog for writing `id` (0: a new one of the current member), not yet shown; null
    // (after telling the user) when it cannot be read.
    WritingDialog* createDialog(qint64 id);

    // Registers the writing that the dialog saved as an undoable step (`before`: nullopt for a
    // new one); removes writing `id` as one (false, the user told, when refused).
    void pushSaved(const std::optional<Writing>& before, qint64 savedId);
    bool removeWriting(qint64 id);

public slots:
    void reload();
    void newWriting();
    void editCurrent();
    void deleteCurrent();

private:
    void buildActions();
    bool openDialog(qint64 id);
    // Pushes an edit on the stack; false when its first step failed (the user told).
    bool push(LedgerCommand* command);
    void updateActions();
    void showPreview();

    WritingService m_service;
    Ledger& m_ledger;
    WritingTableModel* m_model;
    QUndoStack* m_undo;
    std::shared_ptr<LedgerCommand::Context> m_undoContext;
    QPushButton* m_newButton = nullptr;
    QSplitter* m_split = nullptr;
    QTextBrowser* m_preview = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
};

} // namespace sl
