#pragma once

#include "gui/selfstudy/SelfStudyCommand.h"

#include "services/SelfStudyService.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QUndoStack;

namespace sl {

class Ledger;
class MemberContext;
class MemberPicker;
class PeriodFilterCombo;
class RecordTableView;
class RosterService;
class SelfStudyDialog;
class SelfStudyQuickEntry;
class SelfStudyTableModel;

// 个人自学: the member chooser, the quick entry with the notes, and the member's entries of a
// period (this month / quarter / year / all). Double-click or Enter edits an entry, Delete
// removes it after asking; log, edit and delete are undoable (Ctrl+Z, Ctrl+Shift+Z) while the
// view is open.
class SelfStudyView : public QWidget
{
    Q_OBJECT

public:
    SelfStudyView(Ledger& ledger, RosterService& roster, MemberContext& context,
                  QWidget* parent = nullptr);
    ~SelfStudyView() override;

    SelfStudyQuickEntry* quickEntry() const { return m_entry; }
    RecordTableView* table() const { return m_table; }
    SelfStudyTableModel* model() const { return m_model; }
    PeriodFilterCombo* periodFilter() const { return m_period; }
    MemberPicker* memberPicker() const { return m_picker; }
    QUndoStack* undoStack() const { return m_undo; }
    QString summaryText() const;
    QString emptyText() const;
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
    RosterService& m_roster;
    MemberContext& m_context;
    std::shared_ptr<LedgerCommand::Context> m_undoContext;
    QUndoStack* m_undo;
    SelfStudyTableModel* m_model;
    MemberPicker* m_picker = nullptr;
    SelfStudyQuickEntry* m_entry = nullptr;
    PeriodFilterCombo* m_period = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_listStack = nullptr;
    RecordTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
};

} // namespace sl
