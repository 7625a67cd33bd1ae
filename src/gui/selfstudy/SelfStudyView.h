#pragma once

#include "gui/selfstudy/SelfStudyCommand.h"

#include "gui/common/MemberRecordsView.h"

#include "services/SelfStudyService.h"

#include <memory>

class QAction;
class QUndoStack;

namespace sl {

class Ledger;
class SelfStudyDialog;
class SelfStudyQuickEntry;
class SelfStudyTableModel;

// 个人自学: the member chooser, the quick entry with the notes, and the member's entries of a
// period (this month / quarter / year / all). Double-click or Enter edits an entry, Delete
// removes it after asking; log, edit and delete are undoable (Ctrl+Z, Ctrl+Shift+Z) while the
// view is open.
class SelfStudyView : public MemberRecordsView
{
    Q_OBJECT

public:
    SelfStudyView(Ledger& ledger, RosterService& roster, MemberContext& context,
                  QWidget* parent = nullptr);
    ~SelfStudyView() override;

    SelfStudyQuickEntry* quickEntry() const { return m_entry; }
    SelfStudyTableModel* model() const { return m_model; }
    QUndoStack* undoStack() const { return m_undo; }
    // Undo, redo, edit, delete: for the Edit menu.
    QList<QAction*> editActions() const;

    qint64 currentEntryId() const;
    bool selectEntry(qint64 id);
    // The dialog that edits entry `id`, not yet shown; null (after telling the user) when the
    // entry cannot be read.
    SelfStudyDialog* createDialog(qint64 id);
    // Makes the change of a dialog (undoable); false when the service refuses it.
    bool applyEdit(const SelfStudyEntry& before, const SelfStudyEntry& after);

public slots:
    void reload();
    void editCurrent();
    void deleteCurrent();

private:
    void buildActions();
    void onSubmitted(const SelfStudyEntry& entry);
    void onMemberChanged();
    void reloadAndSelect(qint64 id);
    void updateActions();

    SelfStudyService m_service;
    std::shared_ptr<LedgerCommand::Context> m_undoContext;
    QUndoStack* m_undo;
    SelfStudyTableModel* m_model;
    SelfStudyQuickEntry* m_entry = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
};

} // namespace sl
