#include "gui/selfstudy/SelfStudyView.h"

#include "gui/common/MemberContext.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/PeriodFilterCombo.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/ViewHeader.h"
#include "gui/selfstudy/EditSelfStudyCommand.h"
#include "gui/selfstudy/LogSelfStudyCommand.h"
#include "gui/selfstudy/RemoveSelfStudyCommand.h"
#include "gui/selfstudy/SelfStudyDialog.h"
#include "gui/selfstudy/SelfStudyQuickEntry.h"
#include "gui/selfstudy/SelfStudyTableModel.h"

#include "services/Ledger.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sl {

SelfStudyView::SelfStudyView(Ledger& ledger, RosterService& roster, MemberContext& context,
                             QWidget* parent)
    : MemberRecordsView(roster, context, tr("Self-study"), parent), m_service(ledger),
      m_undo(new QUndoStack(this)), m_model(new SelfStudyTableModel(this))
{
    m_undoContext = std::make_shared<LedgerCommand::Context>();
    m_undoContext->report = [this](const Error& e) {
        MessageBoxes::warning(this, tr("Self-study"),
                              tr("The change cannot be undone or redone: %1").arg(e.message));
    };
    buildActions();

    auto* entryBox = new QGroupBox(tr("Log self-study"), this);
    m_entry = new SelfStudyQuickEntry(m_service, entryBox);
    auto* entryLayout = new QVBoxLayout(entryBox);
    entryLayout->addWidget(m_entry);

    QHBoxLayout* listBar = buildPeriodBar(tr("&Period"), QStringLiteral("selfStudyPeriodComboBox"));
    m_summary->setObjectName(QStringLiteral("selfStudySummaryLabel"));

    buildList(m_model, QStringLiteral("selfStudyTableView"), {m_editAction, m_deleteAction});
    m_table->horizontalHeader()->setSectionResizeMode(SelfStudyTableModel::Material,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(SelfStudyTableModel::Date, 110);
    m_table->setColumnWidth(SelfStudyTableModel::Minutes, 90);
    m_table->setColumnWidth(SelfStudyTableModel::Medium, 100);
    m_table->setColumnWidth(SelfStudyTableModel::NotesChars, 120);
    m_table->addAction(m_deleteAction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_header);
    layout->addWidget(entryBox);
    layout->addLayout(listBar);
    layout->addWidget(m_listStack, 1);

    connect(m_entry, &SelfStudyQuickEntry::submitted, this, &SelfStudyView::onSubmitted);
    connect(m_period, &PeriodFilterCombo::choiceChanged, this, &SelfStudyView::reload);
    connect(m_table, &QAbstractItemView::activated, this, &SelfStudyView::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SelfStudyView::updateActions);
    connect(&m_context, &MemberContext::memberChanged, this, &SelfStudyView::onMemberChanged);
    setFocusProxy(m_entry);

    // The entries of the member shown (an undo, a redo, an import, another window).
    followRecords(ledger.events(), LedgerChanges::Record::SelfStudy, [this] { reload(); });
    onMemberChanged();
}

SelfStudyView::~SelfStudyView()
{
    // The commands call back into the view: drop them while it is whole.
    m_undo->clear();
}

void SelfStudyView::buildActions()
{
    m_editAction = new QAction(tr("&Edit Entry…"), this);
    connect(m_editAction, &QAction::triggered, this, &SelfStudyView::editCurrent);
    m_deleteAction = new QAction(tr("&Delete Entry…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &SelfStudyView::deleteCurrent);
}

QList<QAction*> SelfStudyView::editActions() const
{
    return {m_editAction, m_deleteAction};
}

void SelfStudyView::onMemberChanged()
{
    m_undo->clear();
    m_undoContext->aliases.clear();
    m_entry->setMemberId(m_context.memberId());
    reload();
}

void SelfStudyView::reload()
{
    reloadAndSelect(currentEntryId());
}

void SelfStudyView::reloadAndSelect(qint64 id)
{
    const qint64 member = m_context.memberId();
    const Date today = referenceDate();
    QString problem;
    std::vector<SelfStudyEntry> entries;
    if (member != 0) {
        auto listed = m_service.list(member, m_period->from(today), m_period->to(today));
        if (listed)
            entries = std::move(listed).value();
        else
            problem = tr("The entries cannot be read: %1").arg(listed.error().message);
    }
    const int previousRow = m_table->currentRow();
    m_model->setEntries(std::move(entries));
    if (!selectEntry(id))
        keepRowNear(previousRow);

    const int n = m_model->rowCount();
    m_summary->setText(
        tr("%1: %n entry(ies), %2 hours", nullptr, n)
            .arg(m_period->choiceText(), QString::number(m_model->totalMinutes() / 60.0, 'f', 1)));
    showListOr(problem, tr("Choose a member above to see their self-study."),
               tr("No self-study in this period yet — fill in the line above and press Enter."));
    updateActions();
}

qint64 SelfStudyView::currentEntryId() const
{
    const SelfStudyEntry* e = m_model->entryAt(m_table->currentRow());
    return e ? e->id : 0;
}

bool SelfStudyView::selectEntry(qint64 id)
{
    return goToRecordRow(id != 0 ? m_model->rowOfEntry(id) : -1);
}

void SelfStudyView::updateActions()
{
    const bool has = currentEntryId() != 0;
    m_editAction->setEnabled(has);
    m_deleteAction->setEnabled(has);
}

void SelfStudyView::onSubmitted(const SelfStudyEntry& given)
{
    auto id = m_service.log(given);
    if (!id) {
        m_entry->showError(id.error());
        return;
    }
    SelfStudyEntry logged = given;
    logged.id = *id;
    m_undo->push(new LogSelfStudyCommand(m_service, m_undoContext, logged));
    m_entry->clearForNext();
    selectEntry(*id);
}

SelfStudyDialog* SelfStudyView::createDialog(qint64 id)
{
    auto found = m_service.entry(id);
    if (!found || !*found) {
        MessageBoxes::warning(this, tr("Edit self-study"),
                              found ? tr("The entry no longer exists.") : found.error().message);
        reload();
        return nullptr;
    }
    return new SelfStudyDialog(m_service, **found, this);
}

bool SelfStudyView::applyEdit(const SelfStudyEntry& before, const SelfStudyEntry& after)
{
    if (before == after)
        return true;
    if (Status s = m_service.edit(after); !s) {
        MessageBoxes::warning(this, tr("Edit self-study"), s.error().text());
        return false;
    }
    m_undo->push(new EditSelfStudyCommand(m_service, m_undoContext, before, after));
    selectEntry(after.id);
    return true;
}

void SelfStudyView::editCurrent()
{
    const qint64 id = currentEntryId();
    if (id == 0)
        return;
    std::unique_ptr<SelfStudyDialog> dialog(createDialog(id));
    if (!dialog)
        return;
    const SelfStudyEntry before = *m_model->entryAt(m_table->currentRow());
    if (dialog->exec() == QDialog::Accepted)
        applyEdit(before, dialog->entry());
}

void SelfStudyView::deleteCurrent()
{
    const SelfStudyEntry* current = m_model->entryAt(m_table->currentRow());
    if (!current)
        return;
    const SelfStudyEntry entry = *current;
    if (MessageBoxes::question(this, tr("Delete self-study"),
                               tr("Delete the entry of %1, “%2” (%3 min)? Ctrl+Z brings it back.")
                                   .arg(dates::toIso(entry.date), entry.material)
                                   .arg(entry.minutes),
                               QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Status s = m_service.remove(entry.id); !s) {
        MessageBoxes::warning(this, tr("Delete self-study"), s.error().message);
        reload();
        return;
    }
    m_undo->push(new RemoveSelfStudyCommand(m_service, m_undoContext, entry));
}

} // namespace sl
