#include "gui/writings/WritingsView.h"

#include "gui/common/MemberContext.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/PeriodFilterCombo.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/ViewHeader.h"
#include "gui/writings/WritingCommands.h"
#include "gui/writings/WritingDialog.h"
#include "gui/writings/WritingTableModel.h"

#include "services/Access.h"
#include "services/Ledger.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace sl {

WritingsView::WritingsView(Ledger& ledger, RosterService& roster, MemberContext& context,
                           QWidget* parent)
    : MemberRecordsView(roster, context, tr("Writings"), parent), m_service(ledger),
      m_ledger(ledger), m_model(new WritingTableModel(this)), m_undo(new QUndoStack(this)),
      m_undoContext(std::make_shared<LedgerCommand::Context>())
{
    m_undoContext->report = [this](const Error& e) {
        MessageBoxes::warning(this, tr("Writings"), e.text());
    };
    buildActions();

    QHBoxLayout* bar = buildPeriodBar(tr("&Period"), QStringLiteral("writingsPeriodComboBox"));
    m_newButton = new QPushButton(tr("+ New"), this);
    m_newButton->setToolTip(m_newAction->text().remove(QLatin1Char('&')) + QStringLiteral(" (") +
                            m_newAction->shortcut().toString(QKeySequence::NativeText) +
                            QLatin1Char(')'));
    connect(m_newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    bar->addWidget(m_newButton);

    buildList(m_model, QStringLiteral("writingsTableView"),
              {m_editAction, m_deleteAction, nullptr, m_newAction});
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(WritingTableModel::Title, QHeaderView::Stretch);
    m_table->setColumnWidth(WritingTableModel::Date, 110);
    m_table->setColumnWidth(WritingTableModel::Kind, 100);
    m_table->setColumnWidth(WritingTableModel::Length, 80);
    m_table->setColumnWidth(WritingTableModel::Published, 220);
    m_table->setColumnWidth(WritingTableModel::Award, 90);
    m_table->addAction(m_deleteAction);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("writingPreviewBrowser"));
    m_preview->setOpenLinks(false);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_listStack);
    m_split->addWidget(m_preview);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addWidget(m_split, 1);

    connect(m_period, &PeriodFilterCombo::choiceChanged, this, &WritingsView::reload);
    connect(m_table, &QAbstractItemView::activated, this, &WritingsView::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showPreview();
    });
    connect(&m_context, &MemberContext::memberChanged, this, &WritingsView::reload);
    followRecords(ledger.events(), LedgerChanges::Record::Writing, [this] { reload(); });
    reload();
}

void WritingsView::buildActions()
{
    m_newAction = new QAction(tr("&New Writing…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_newAction, &QAction::triggered, this, &WritingsView::newWriting);
    m_editAction = new QAction(tr("&Edit Writing…"), this);
    connect(m_editAction, &QAction::triggered, this, &WritingsView::editCurrent);
    m_deleteAction = new QAction(tr("&Delete Writing…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &WritingsView::deleteCurrent);
    addAction(m_newAction);
}

QList<QAction*> WritingsView::editActions() const
{
    return {m_newAction, m_editAction, m_deleteAction};
}

void WritingsView::reload()
{
    const qint64 member = m_context.memberId();
    const qint64 selected = currentWritingId();
    const int previousRow = m_table->currentRow();
    const Date today = referenceDate();
    QString problem;
    std::vector<Writing> writings;
    if (member != 0) {
        auto listed = m_service.list(member, m_period->from(today), m_period->to(today));
        if (listed)
            writings = std::move(listed).value();
        else
            problem = tr("The writings cannot be read: %1").arg(listed.error().message);
    }
    m_model->setWritings(std::move(writings));
    if (!selectWriting(selected))
        keepRowNear(previousRow);
    const int n = m_model->rowCount();
    m_summary->setText(tr("%1: %n writing(s), %2 unit(s)", nullptr, n)
                           .arg(m_period->choiceText())
                           .arg(m_model->units()));
    showListOr(problem, tr("Choose a member above to see their writings."),
               tr("No writings in this period yet — click “+ New” to register a reflection, a "
                  "research report or a theory article."));
    updateActions();
    showPreview();
}

void WritingsView::showPreview()
{
    const Writing* w = m_model->writingAt(m_table->currentRow());
    m_preview->setVisible(w != nullptr);
    if (!w) {
        m_preview->clear();
        return;
    }
    const int row = m_table->currentRow();
    auto cell = [&](int column) { return m_model->index(row, column).data().toString(); };
    QStringList facts{cell(WritingTableModel::Kind), cell(WritingTableModel::Date),
                      tr("%1 characters").arg(cell(WritingTableModel::Length))};
    if (!w->published.isEmpty())
        facts << tr("published in %1").arg(w->published.toHtmlEscaped());
    if (w->award)
        facts << tr("appraisal: %1").arg(cell(WritingTableModel::Award));
    QString html = QStringLiteral("<h3>%1</h3><p style=\"color:#666\">%2</p>")
                       .arg(w->title.toHtmlEscaped(), facts.join(QStringLiteral(" · ")));
    if (w->text.trimmed().isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Only the length is registered; the text is not in the ledger."));
    } else {
        for (const QString& paragraph : w->text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    }
    m_preview->setHtml(html);
}

QString WritingsView::previewText() const
{
    return m_preview->isVisibleTo(this) ? m_preview->toPlainText() : QString();
}

qint64 WritingsView::currentWritingId() const
{
    const Writing* w = m_model->writingAt(m_table->currentRow());
    return w ? w->id : 0;
}

bool WritingsView::selectWriting(qint64 id)
{
    return goToRecordRow(id != 0 ? m_model->rowOfWriting(id) : -1);
}

void WritingsView::updateActions()
{
    const bool mayEdit =
        m_context.memberId() != 0 &&
        Access(m_ledger).requireMember(Action::WritingWrite, m_context.memberId()).ok();
    const bool has = currentWritingId() != 0;
    m_newAction->setEnabled(mayEdit);
    m_newButton->setEnabled(mayEdit);
    m_editAction->setEnabled(has);
    m_deleteAction->setEnabled(has && mayEdit);
}

WritingDialog* WritingsView::createDialog(qint64 id)
{
    Writing writing = WritingService::draft(m_context.memberId());
    if (id != 0) {
        auto found = m_service.writing(id);
        if (!found || !*found) {
            MessageBoxes::warning(this, tr("Edit writing"),
                                  found ? tr("The writing no longer exists.")
                                        : found.error().message);
            reload();
            return nullptr;
        }
        writing = **found;
    }
    return new WritingDialog(m_service, writing, this);
}

bool WritingsView::openDialog(qint64 id)
{
    std::unique_ptr<WritingDialog> dialog(createDialog(id));
    if (!dialog)
        return false;
    const std::optional<Writing> before =
        id != 0 ? std::optional<Writing>(dialog->original()) : std::nullopt;
    if (dialog->exec() != QDialog::Accepted)
        return false;
    pushSaved(before, dialog->savedId());
    selectWriting(dialog->savedId()); // the list followed the save (LedgerEvents)
    return true;
}

void WritingsView::pushSaved(const std::optional<Writing>& before, qint64 savedId)
{
    auto after = m_service.writing(savedId);
    if (!after || !*after || (before && *before == **after))
        return;
    push(new SaveWritingCommand(m_service, m_undoContext, before, **after));
}

bool WritingsView::push(LedgerCommand* command)
{
    m_undo->push(command);         // deleted at once when its first redo failed (and told)
    return !m_undoContext->failed; // the list follows (LedgerEvents)
}

void WritingsView::newWriting()
{
    if (m_newAction->isEnabled())
        openDialog(0);
}

void WritingsView::editCurrent()
{
    if (const qint64 id = currentWritingId())
        openDialog(id);
}

void WritingsView::deleteCurrent()
{
    const Writing* current = m_model->writingAt(m_table->currentRow());
    if (!current)
        return;
    const Writing w = *current;
    if (MessageBoxes::question(
            this, tr("Delete writing"),
            tr("Delete the %1 “%2” of %3?")
                .arg(m_model->index(m_table->currentRow(), WritingTableModel::Kind)
                         .data()
                         .toString(),
                     w.title, dates::toIso(w.date)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    removeWriting(w.id);
}

bool WritingsView::removeWriting(qint64 id)
{
    auto stored = m_service.writing(id);
    if (!stored || !*stored) {
        reload();
        return false;
    }
    return push(new RemoveWritingCommand(m_service, m_undoContext, **stored));
}

} // namespace sl
