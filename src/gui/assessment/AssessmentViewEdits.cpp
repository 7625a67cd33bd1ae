// AssessmentView's edits of the ledger: the manual adjustment of a final (and its removal) and
// the publishing of the results, each an undo step of the area's stack.
#include "gui/assessment/AssessmentView.h"

#include "gui/assessment/AdjustAssessmentCommand.h"
#include "gui/assessment/AdjustmentDialog.h"
#include "gui/assessment/AssessmentScopeBar.h"
#include "gui/assessment/AssessmentTableModel.h"
#include "gui/assessment/AssessmentTableView.h"
#include "gui/assessment/PublishResultsCommand.h"
#include "gui/common/MessageBoxes.h"

#include "services/AssessmentService.h"

#include <QUndoStack>

namespace sl {

bool AssessmentView::refusedAsPublished()
{
    if (!m_snapshot.current.publication)
        return false;
    MessageBoxes::warning(this, tr("Assessment"),
                          tr("The %1 results of %2 are published: adjustments are no longer "
                             "accepted.")
                              .arg(m_bar->year())
                              .arg(m_snapshot.current.scope.name));
    return true;
}

AdjustmentDialog* AssessmentView::createAdjustmentDialog()
{
    const AssessmentRow* r = m_model->rowAt(m_table->currentIndex().row());
    return r ? new AdjustmentDialog(*r, this) : nullptr;
}

bool AssessmentView::adjust(qint64 memberId, double delta, const QString& reason)
{
    AssessmentAdjustment after;
    after.year = m_snapshot.current.year;
    after.memberId = memberId;
    after.delta = delta;
    after.reason = reason.trimmed();
    return pushAdjustment(memberId, after);
}

bool AssessmentView::removeAdjustment(qint64 memberId)
{
    return pushAdjustment(memberId, std::nullopt);
}

bool AssessmentView::pushAdjustment(qint64 memberId, std::optional<AssessmentAdjustment> after)
{
    if (refusedAsPublished())
        return false;
    const ScopeRef scope = m_snapshot.current.scope.ref;
    const int year = m_snapshot.current.year;
    auto before = m_service->adjustment(scope, memberId, year);
    if (!before) {
        MessageBoxes::warning(this, tr("Assessment"), before.error().text());
        return false;
    }
    if (!*before && !after)
        return true; // nothing to take back
    const AssessmentRow* row = m_model->member(memberId);
    const QString name = row ? row->figures.name : QString();
    const QString text =
        after ? tr("Adjust %1").arg(name) : tr("Remove the Adjustment of %1").arg(name);
    m_undo->push(new AdjustAssessmentCommand(*m_service, m_context, scope, memberId, year,
                                             std::move(*before), std::move(after), text));
    return !m_context->failed;
}

void AssessmentView::adjustCurrent()
{
    const qint64 member = currentMemberId();
    if (member == 0 || !canEdit() || refusedAsPublished())
        return;
    std::unique_ptr<AdjustmentDialog> dialog(createAdjustmentDialog());
    if (dialog && dialog->exec() == QDialog::Accepted)
        adjust(member, dialog->delta(), dialog->reason());
}

void AssessmentView::removeCurrentAdjustment()
{
    if (const qint64 member = currentMemberId())
        removeAdjustment(member);
}

bool AssessmentView::publish()
{
    if (isBusy() || m_model->storedCount() == 0 || m_snapshot.current.publication)
        return false;
    const ScopeInfo& scope = m_snapshot.current.scope;
    const int year = m_snapshot.current.year;
    if (MessageBoxes::question(
            this, tr("Publish Results"),
            tr("Publish the %1 results of %2 (%n member(s))? The published results are kept as "
               "they are now; afterwards no final can be adjusted and the year's rubric is frozen.",
               nullptr, m_model->storedCount())
                .arg(year)
                .arg(scope.name)) != QMessageBox::Yes)
        return false;
    // An undo step (withdrawing the publication); a refusal is reported by the context.
    m_undo->push(
        new PublishResultsCommand(*m_service, m_context, scope.ref, year,
                                  tr("Publish the %1 Results of %2").arg(year).arg(scope.name)));
    return !m_context->failed;
}

} // namespace sl
