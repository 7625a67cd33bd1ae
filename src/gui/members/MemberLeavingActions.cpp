#include "gui/members/MemberLeavingActions.h"

#include "gui/common/MessageBoxes.h"
#include "gui/members/BranchForm.h"
#include "gui/members/DeactivateDialog.h"
#include "gui/members/LeavingCommands.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MembersView.h"
#include "gui/members/TransferDialog.h"

#include "domain/MemberRecords.h"
#include "services/Clock.h"
#include "services/MemberLeavingService.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>

namespace sl {

MemberLeavingActions::MemberLeavingActions(Ledger& ledger, MembersView* view,
                                           std::shared_ptr<LedgerCommand::Context> context,
                                           Push push)
    : QObject(view), m_view(view), m_service(std::make_unique<MemberLeavingService>(ledger)),
      m_context(std::move(context)), m_push(std::move(push))
{
    m_transfer = new QAction(tr("&Transfer Member…"), this);
    connect(m_transfer, &QAction::triggered, this, &MemberLeavingActions::transferCurrent);
    m_deactivate = new QAction(tr("De&activate Member…"), this);
    connect(m_deactivate, &QAction::triggered, this, &MemberLeavingActions::deactivateCurrent);
    m_reactivate = new QAction(tr("Rea&ctivate Member"), this);
    connect(m_reactivate, &QAction::triggered, this, &MemberLeavingActions::reactivateCurrent);

    // The view's 删除 goes through here: refused for a member with records, undoable otherwise.
    view->deleteAction()->disconnect(view);
    connect(view->deleteAction(), &QAction::triggered, this, &MemberLeavingActions::deleteCurrent);

    m_showInactive = new QCheckBox(tr("Show &inactive"), view);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheckBox"));
    m_showInactive->setToolTip(tr("List the members who left (greyed) as well"));
    view->addToBar(m_showInactive);
    view->memberModel()->setActiveOnly(true);
    connect(m_showInactive, &QCheckBox::toggled, this,
            [this](bool on) { m_view->memberModel()->setActiveOnly(!on); });
    view->addMemberActions({m_transfer, m_deactivate, m_reactivate});
    connect(view, &MembersView::currentMemberChanged, this, &MemberLeavingActions::updateActions);
    updateActions();
}

MemberLeavingActions::~MemberLeavingActions() = default;

void MemberLeavingActions::addTo(QMenu* menu) const
{
    menu->addAction(m_transfer);
    menu->addAction(m_deactivate);
    menu->addAction(m_reactivate);
}

void MemberLeavingActions::updateActions()
{
    const MemberRow* row = m_view->currentRow();
    const bool active = row && row->member.isActive();
    m_transfer->setEnabled(active);
    m_deactivate->setEnabled(active);
    m_reactivate->setEnabled(row && !active);
}

bool MemberLeavingActions::move(const QString& text,
                                std::function<Result<MemberMove>(MemberLeavingService&)> make,
                                Error* refusal)
{
    return m_push(new MoveMemberCommand(*m_service, m_context, text, std::move(make)), refusal);
}

bool MemberLeavingActions::transfer(qint64 memberId, qint64 orgId, const Date& date, Error* refusal)
{
    return move(
        tr("Transfer member"),
        [=](MemberLeavingService& s) { return s.transfer(memberId, orgId, date); }, refusal);
}

bool MemberLeavingActions::deactivate(qint64 memberId, const Date& date, LeaveReason reason,
                                      const QString& note, Error* refusal)
{
    return move(
        tr("Deactivate member"),
        [=](MemberLeavingService& s) { return s.deactivate(memberId, date, reason, note); },
        refusal);
}

bool MemberLeavingActions::reactivate(qint64 memberId, Error* refusal)
{
    return move(
        tr("Reactivate member"), [=](MemberLeavingService& s) { return s.reactivate(memberId); },
        refusal);
}

bool MemberLeavingActions::remove(qint64 memberId, const QString& name, Error* refusal)
{
    const bool done =
        m_push(new RemoveMemberCommand(*m_service, m_context, memberId, name), refusal);
    if (done)
        m_view->memberModel()->reload();
    return done;
}

void MemberLeavingActions::transferCurrent()
{
    const MemberRow* row = m_view->currentRow();
    if (!row || !row->member.isActive())
        return;
    const Member m = row->member;
    TransferDialog dialog(m.name, m.orgId, BranchForm::orgChoices(*m_view->orgModel()),
                          Clock::today(), m_view);
    while (dialog.exec() == QDialog::Accepted) {
        Error refusal;
        if (transfer(m.id, dialog.orgId(), dialog.date(), &refusal))
            return;
        dialog.refuse(refusal);
    }
}

void MemberLeavingActions::deactivateCurrent()
{
    const MemberRow* row = m_view->currentRow();
    if (!row || !row->member.isActive())
        return;
    const Member m = row->member;
    DeactivateDialog dialog(m.name, Clock::today(), m_view);
    while (dialog.exec() == QDialog::Accepted) {
        Error refusal;
        if (deactivate(m.id, dialog.date(), dialog.reason(), dialog.note(), &refusal))
            return;
        dialog.refuse(refusal);
    }
}

void MemberLeavingActions::reactivateCurrent()
{
    const MemberRow* row = m_view->currentRow();
    if (!row || row->member.isActive())
        return;
    Error refusal;
    if (!reactivate(row->member.id, &refusal))
        MessageBoxes::warning(m_view, tr("Reactivate member"), refusal.text());
}

void MemberLeavingActions::deleteCurrent()
{
    const MemberRow* row = m_view->currentRow();
    if (!row)
        return;
    const Member m = row->member;
    auto records = m_service->recordCount(m.id);
    if (!records) {
        MessageBoxes::warning(m_view, tr("Delete member"), records.error().text());
        return;
    }
    if (*records > 0) {
        // Records are history: the member leaves instead (转出 / 停用), keeping them.
        const auto answer = MessageBoxes::choose(
            m_view, tr("Delete member"),
            tr("%1 (number %2) has %3 records (attendance, self-study, writings, speeches, "
               "assessment) and is not deleted. Transfer the member to another organisation or "
               "deactivate them instead: their records stay.")
                .arg(m.name, m.extId)
                .arg(*records),
            {{QMessageBox::Yes, tr("&Transfer…")}, {QMessageBox::No, tr("De&activate…")}});
        if (answer == QMessageBox::Yes && m.isActive())
            transferCurrent();
        else if (answer == QMessageBox::No && m.isActive())
            deactivateCurrent();
        return;
    }
    if (MessageBoxes::question(m_view, tr("Delete member"),
                               tr("Delete %1 (number %2) and their places in study groups? Edit › "
                                  "Undo brings them back.")
                                   .arg(m.name, m.extId),
                               QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::No) != QMessageBox::Yes)
        return;
    Error refusal;
    if (!remove(m.id, m.name, &refusal))
        MessageBoxes::warning(m_view, tr("Delete member"), refusal.text());
}

} // namespace sl
