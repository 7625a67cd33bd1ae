#include "gui/members/BranchActions.h"

#include "gui/common/MessageBoxes.h"
#include "gui/common/RecordCommands.h"
#include "gui/members/BranchCommands.h"
#include "gui/members/MemberDetailPane.h"
#include "gui/members/MemberLeavingActions.h"
#include "gui/members/MembersView.h"
#include "gui/members/MembershipDialog.h"
#include "gui/members/MembershipsPane.h"
#include "gui/members/OrgTreeModel.h"
#include "gui/members/OrganisationDialog.h"
#include "gui/members/StudyGroupDialog.h"

#include "services/BranchService.h"
#include "services/RosterService.h"

#include <QAction>
#include <QMenu>
#include <QTreeView>
#include <QUndoStack>

namespace sl {

BranchActions::BranchActions(Ledger& ledger, RosterService& roster, MembersView* view)
    : QObject(view), m_ledger(ledger), m_roster(roster), m_view(view),
      m_service(std::make_unique<BranchService>(ledger)), m_undo(new QUndoStack(this)),
      m_context(std::make_shared<LedgerCommand::Context>())
{
    // A refusal of an undo or redo is told; one of a form's first save goes back to the form.
    m_context->report = [this](const Error& e) {
        m_lastError = e;
        if (!m_pushing)
            MessageBoxes::warning(m_view, tr("Organisations and Members"), e.text());
    };
    m_menu = new QMenu(tr("Set &Up"), view);
    m_newOrg = m_menu->addAction(tr("New &Organisation…"), this, &BranchActions::newOrganisation);
    m_editOrg =
        m_menu->addAction(tr("&Edit Organisation…"), this, &BranchActions::editOrganisation);
    m_removeOrg = m_menu->addAction(tr("&Remove Organisation…"), this,
                                    &BranchActions::removeCurrentOrganisation);
    m_menu->addSeparator();
    m_newGroup = m_menu->addAction(tr("New Study &Group…"), this, &BranchActions::newGroup);
    m_groupsMenu = m_menu->addMenu(tr("Study &Groups of the Organisation"));
    connect(m_groupsMenu, &QMenu::aboutToShow, this, &BranchActions::fillGroupsMenu);
    m_joinGroup =
        m_menu->addAction(tr("Add &Member to Study Group…"), this, &BranchActions::joinGroup);
    m_menu->addSeparator();
    m_leaving = new MemberLeavingActions(
        ledger, view, m_context,
        [this](LedgerCommand* command, Error* refusal) { return push(command, refusal); });
    m_leaving->addTo(m_menu);

    MembershipsPane* pane = view->detailPane()->memberships();
    connect(pane, &MembershipsPane::joinRequested, this, &BranchActions::joinGroup);
    connect(pane, &MembershipsPane::editRequested, this, &BranchActions::editMembership);
    connect(pane, &MembershipsPane::removeRequested, this, &BranchActions::removeMembershipAsked);
    connect(view, &MembersView::currentMemberChanged, this, &BranchActions::showMemberships);
    showMemberships();

    QTreeView* tree = view->orgTree();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this,
            [this, tree](const QPoint& pos) { m_menu->exec(tree->viewport()->mapToGlobal(pos)); });
    connect(m_menu, &QMenu::aboutToShow, this, &BranchActions::updateActions);
    updateActions();
}

BranchActions::~BranchActions() = default;

void BranchActions::updateActions()
{
    const bool hasOrg = m_view->currentOrgId() != 0;
    m_editOrg->setEnabled(hasOrg);
    m_removeOrg->setEnabled(hasOrg);
    m_newGroup->setEnabled(hasOrg);
    m_groupsMenu->setEnabled(hasOrg);
    m_joinGroup->setEnabled(m_view->currentMemberId() != 0);
}

bool BranchActions::push(LedgerCommand* command, Error* refusal)
{
    m_lastError.reset();
    m_pushing = true;
    m_undo->push(command); // deleted at once when its first redo failed
    m_pushing = false;
    if (!m_context->failed)
        return true;
    if (refusal && m_lastError)
        *refusal = *m_lastError;
    return false;
}

qint64 BranchActions::saveOrganisation(const std::optional<Organisation>& before,
                                       const Organisation& after, Error* refusal)
{
    auto* command = new SaveBranchCommand<Organisation>(*m_service, m_context, before, after);
    return push(command, refusal) ? command->recordId() : 0;
}

void BranchActions::memberSaved(const std::optional<Member>& before, const Member& after)
{
    if (before && *before == after)
        return; // saved unchanged: nothing to undo
    RecordKeeper<Member> keeper{[this](const Member& m) { return m_roster.saveMember(m); },
                                [this](qint64 id) { return m_roster.removeMember(id); }};
    const QString text =
        before ? tr("Edit member %1").arg(after.name) : tr("New member %1").arg(after.name);
    push(new SaveRecordCommand<Member>(std::move(keeper), m_context, before, after, text, true),
         nullptr);
}

bool BranchActions::removeOrganisation(const Organisation& org, Error* refusal)
{
    return push(new RemoveBranchCommand<Organisation>(*m_service, m_context, org), refusal);
}

qint64 BranchActions::saveGroup(const std::optional<StudyGroup>& before, const StudyGroup& after,
                                Error* refusal)
{
    auto* command = new SaveBranchCommand<StudyGroup>(*m_service, m_context, before, after);
    return push(command, refusal) ? command->recordId() : 0;
}

bool BranchActions::removeGroup(const StudyGroup& group, Error* refusal)
{
    return push(new RemoveBranchCommand<StudyGroup>(*m_service, m_context, group), refusal);
}

bool BranchActions::removeMembership(const GroupMembership& membership, Error* refusal)
{
    return push(new RemoveBranchCommand<GroupMembership>(*m_service, m_context, membership),
                refusal);
}

qint64 BranchActions::saveMembership(const std::optional<GroupMembership>& before,
                                     const GroupMembership& after, Error* refusal)
{
    auto* command = new SaveBranchCommand<GroupMembership>(*m_service, m_context, before, after);
    return push(command, refusal) ? command->recordId() : 0;
}

template <class Dialog, class Record>
void BranchActions::runDialog(Dialog& dialog, const std::optional<Record>& before,
                              qint64 (BranchActions::*save)(const std::optional<Record>&,
                                                            const Record&, Error*),
                              Record (Dialog::*record)() const)
{
    // Refused by the ledger: the form opens again with what was typed and the reason.
    while (dialog.exec() == QDialog::Accepted) {
        Error refusal;
        if ((this->*save)(before, (dialog.*record)(), &refusal) != 0)
            return;
        dialog.refuse(refusal);
    }
}

void BranchActions::newOrganisation()
{
    Organisation org;
    org.parentId = m_view->currentOrgId();
    OrganisationDialog dialog(org, BranchForm::orgChoices(*m_view->orgModel()), m_view);
    runDialog(dialog, std::optional<Organisation>(), &BranchActions::saveOrganisation,
              &OrganisationDialog::organisation);
}

void BranchActions::editOrganisation()
{
    const Organisation* org = m_view->orgModel()->orgById(m_view->currentOrgId());
    if (!org)
        return;
    const Organisation before = *org;
    OrganisationDialog dialog(before, BranchForm::orgChoices(*m_view->orgModel(), before.id),
                              m_view);
    runDialog(dialog, std::optional(before), &BranchActions::saveOrganisation,
              &OrganisationDialog::organisation);
}

void BranchActions::removeCurrentOrganisation()
{
    const Organisation* org = m_view->orgModel()->orgById(m_view->currentOrgId());
    if (!org)
        return;
    const Organisation gone = *org;
    if (MessageBoxes::question(
            m_view, tr("Remove Organisation"),
            tr("Remove the organisation “%1”? Edit › Undo brings it back.").arg(gone.name)) !=
        QMessageBox::Yes)
        return;
    Error refusal;
    if (!removeOrganisation(gone, &refusal))
        MessageBoxes::warning(m_view, tr("Remove Organisation"), refusal.message);
}

void BranchActions::newGroup()
{
    StudyGroup group;
    group.orgId = m_view->currentOrgId();
    StudyGroupDialog dialog(group, BranchForm::orgChoices(*m_view->orgModel()), m_view);
    runDialog(dialog, std::optional<StudyGroup>(), &BranchActions::saveGroup,
              &StudyGroupDialog::group);
}

BranchForm::Choices BranchActions::groupChoices() const
{
    BranchForm::Choices groups;
    if (auto all = m_roster.groups())
        for (const StudyGroup& g : *all)
            groups.emplace_back(g.id, g.name);
    return groups;
}

void BranchActions::joinGroup()
{
    const qint64 memberId = m_view->currentMemberId();
    auto member = m_roster.member(memberId);
    if (!member || !*member)
        return;
    const BranchForm::Choices groups = groupChoices();
    GroupMembership membership;
    membership.memberId = memberId;
    MembershipDialog dialog(membership, (*member)->name, groups, m_view);
    runDialog(dialog, std::optional<GroupMembership>(), &BranchActions::saveMembership,
              &MembershipDialog::membership);
}

void BranchActions::fillGroupsMenu()
{
    m_groupsMenu->clear();
    auto groups = m_roster.groups(m_view->currentOrgId());
    if (!groups || groups->empty()) {
        m_groupsMenu->addAction(tr("(no study groups)"))->setEnabled(false);
        return;
    }
    for (const StudyGroup& g : *groups) {
        QMenu* sub = m_groupsMenu->addMenu(g.name);
        const qint64 id = g.id;
        sub->addAction(tr("&Edit Study Group…"), this, [this, id] { editGroup(id); });
        sub->addAction(tr("&Remove Study Group…"), this, [this, id] { removeGroupAsked(id); });
    }
}

std::optional<StudyGroup> BranchActions::groupById(qint64 groupId) const
{
    if (auto all = m_roster.groups())
        for (const StudyGroup& g : *all)
            if (g.id == groupId)
                return g;
    return std::nullopt;
}

void BranchActions::editGroup(qint64 groupId)
{
    const auto before = groupById(groupId);
    if (!before)
        return;
    StudyGroupDialog dialog(*before, BranchForm::orgChoices(*m_view->orgModel()), m_view);
    runDialog(dialog, before, &BranchActions::saveGroup, &StudyGroupDialog::group);
}

void BranchActions::removeGroupAsked(qint64 groupId)
{
    const auto group = groupById(groupId);
    if (!group)
        return;
    if (MessageBoxes::question(m_view, tr("Remove Study Group"),
                               tr("Remove the study group “%1” and its members' places in it? "
                                  "Edit › Undo brings it back.")
                                   .arg(group->name)) != QMessageBox::Yes)
        return;
    Error refusal;
    if (!removeGroup(*group, &refusal))
        MessageBoxes::warning(m_view, tr("Remove Study Group"), refusal.message);
}

std::optional<MembershipRow> BranchActions::membershipById(qint64 membershipId) const
{
    if (auto rows = m_roster.membershipsOf(m_view->currentMemberId()))
        for (const MembershipRow& r : *rows)
            if (r.membership.id == membershipId)
                return r;
    return std::nullopt;
}

void BranchActions::showMemberships()
{
    const qint64 memberId = m_view->currentMemberId();
    std::vector<MembershipRow> rows;
    if (memberId != 0)
        if (auto all = m_roster.membershipsOf(memberId))
            rows = std::move(all).value();
    m_view->detailPane()->memberships()->setMemberships(rows, memberId != 0);
}

void BranchActions::editMembership(qint64 membershipId)
{
    const auto row = membershipById(membershipId);
    const MemberRow* member = m_view->currentRow();
    if (!row || !member)
        return;
    MembershipDialog dialog(row->membership, member->member.name, groupChoices(), m_view);
    runDialog(dialog, std::optional(row->membership), &BranchActions::saveMembership,
              &MembershipDialog::membership);
}

void BranchActions::removeMembershipAsked(qint64 membershipId)
{
    const auto row = membershipById(membershipId);
    const MemberRow* member = m_view->currentRow();
    if (!row || !member)
        return;
    if (MessageBoxes::question(m_view, tr("Leave Study Group"),
                               tr("Remove %1's place in “%2”? To keep the history, give it a last "
                                  "day with Edit instead. "
                                  "Edit › Undo brings it back.")
                                   .arg(member->member.name, row->groupName)) != QMessageBox::Yes)
        return;
    Error refusal;
    if (!removeMembership(row->membership, &refusal))
        MessageBoxes::warning(m_view, tr("Leave Study Group"), refusal.message);
}

} // namespace sl
