#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/Organisation.h"
#include "domain/StudyGroup.h"

#include <QObject>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QUndoStack;

namespace sl {

class BranchService;
class Ledger;
class MembersView;
class RosterService;

// Setting up a branch in 组织与党员 (issue 14 item 8), beside the members view: new, edit
// (rename, move under another parent) and remove an organisation, a new study group of the
// selected organisation, and a place in a study group (role and dates) for the selected member.
// Each is a form (OrganisationDialog, StudyGroupDialog, MembershipDialog) and, once the ledger
// takes it, one undoable step (BranchCommands) on the area's undo stack (Edit › Undo/Redo). The
// actions are in the 组织设置 menu of the members' bar and the organisation tree's context menu.
class BranchActions : public QObject
{
    Q_OBJECT

public:
    BranchActions(Ledger& ledger, RosterService& roster, MembersView* view);
    ~BranchActions() override;

    QUndoStack* undoStack() const { return m_undo; }
    QMenu* menu() const { return m_menu; }
    QAction* newOrgAction() const { return m_newOrg; }
    QAction* editOrgAction() const { return m_editOrg; }
    QAction* removeOrgAction() const { return m_removeOrg; }
    QAction* newGroupAction() const { return m_newGroup; }
    QAction* joinGroupAction() const { return m_joinGroup; }

    // The edits, each one step on the stack; the id saved (0, with `refusal` set, when the
    // ledger refuses: nothing is kept).
    qint64 saveOrganisation(const std::optional<Organisation>& before, const Organisation& after,
                            Error* refusal = nullptr);
    bool removeOrganisation(const Organisation& org, Error* refusal = nullptr);
    qint64 saveGroup(const std::optional<StudyGroup>& before, const StudyGroup& after,
                     Error* refusal = nullptr);
    qint64 saveMembership(const std::optional<GroupMembership>& before,
                          const GroupMembership& after, Error* refusal = nullptr);

public slots:
    // The forms (modal), for the selection of the view.
    void newOrganisation();
    void editOrganisation();
    void removeCurrentOrganisation();
    void newGroup();
    void joinGroup();

private:
    void updateActions();
    // Pushes `command`; false (the refusal kept in `refusal`) when its first redo failed.
    bool push(LedgerCommand* command, Error* refusal);
    template <class Dialog, class Record>
    void runDialog(Dialog& dialog, const std::optional<Record>& before,
                   qint64 (BranchActions::*save)(const std::optional<Record>&, const Record&,
                                                 Error*),
                   Record (Dialog::*record)() const);

    Ledger& m_ledger;
    RosterService& m_roster;
    MembersView* m_view;
    std::unique_ptr<BranchService> m_service;
    QUndoStack* m_undo;
    std::shared_ptr<LedgerCommand::Context> m_context;
    std::optional<Error> m_lastError;
    bool m_pushing = false; // a form's first save: its refusal goes back to the form
    QMenu* m_menu;
    QAction* m_newOrg;
    QAction* m_editOrg;
    QAction* m_removeOrg;
    QAction* m_newGroup;
    QAction* m_joinGroup;
};

} // namespace sl
