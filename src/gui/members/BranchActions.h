#pragma once

#include "gui/common/LedgerCommand.h"

#include "domain/Member.h"

#include "gui/members/BranchForm.h"

#include "domain/GroupRecords.h"
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
class MemberLeavingActions;
class RosterService;

// Setting up a branch in 组织与党员 (issue 14 item 8), beside the members view: new, edit
// (rename, move under another parent) and remove an organisation, a new study group of the
// selected organisation, and a place in a study group (role and dates) for the selected member.
// Each is a form (OrganisationDialog, StudyGroupDialog, MembershipDialog) and, once the ledger
// takes it, one undoable step (BranchCommands) on the area's undo stack (Edit › Undo/Redo). The
// actions are in the 组织设置 menu of the members' bar and the organisation tree's context menu;
// the groups of the selected organisation are edited and removed from its 学习组 submenu, a
// member's memberships from the detail pane's list (MembershipsPane).
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
    // 转出, 停用, 恢复 and 删除 of a member, on the same undo stack.
    MemberLeavingActions* leaving() const { return m_leaving; }

    // The edits, each one step on the stack; the id saved (0, with `refusal` set, when the
    // ledger refuses: nothing is kept).
    qint64 saveOrganisation(const std::optional<Organisation>& before, const Organisation& after,
                            Error* refusal = nullptr);
    bool removeOrganisation(const Organisation& org, Error* refusal = nullptr);
    qint64 saveGroup(const std::optional<StudyGroup>& before, const StudyGroup& after,
                     Error* refusal = nullptr);
    qint64 saveMembership(const std::optional<GroupMembership>& before,
                          const GroupMembership& after, Error* refusal = nullptr);
    bool removeGroup(const StudyGroup& group, Error* refusal = nullptr);
    bool removeMembership(const GroupMembership& membership, Error* refusal = nullptr);
    // A member the member form has just saved (new: `before` empty), as one undoable step: undo
    // removes the new member (refused once they have records) or writes the member back as
    // they were.
    void memberSaved(const std::optional<Member>& before, const Member& after);
    // Pushes `command`; false (the refusal kept in `refusal`) when its first redo failed.
    bool push(LedgerCommand* command, Error* refusal);

public slots:
    // The forms (modal), for the selection of the view.
    void newOrganisation();
    void editOrganisation();
    void removeCurrentOrganisation();
    void newGroup();
    void joinGroup();
    // The forms and questions for a study group of the selected organisation and for a
    // membership of the selected member (the detail pane's 编辑/移除).
    void editGroup(qint64 groupId);
    void removeGroupAsked(qint64 groupId);
    void editMembership(qint64 membershipId);
    void removeMembershipAsked(qint64 membershipId);

private:
    void updateActions();
    void fillGroupsMenu();
    BranchForm::Choices groupChoices() const;
    std::optional<StudyGroup> groupById(qint64 groupId) const;
    std::optional<MembershipRow> membershipById(qint64 membershipId) const;
    void showMemberships();
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
    QMenu* m_groupsMenu;
    MemberLeavingActions* m_leaving;
};

} // namespace sl
