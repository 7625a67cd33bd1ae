#include "gui/assessment/AssessmentView.h"

#include "gui/assessment/AdjustmentDialog.h"
#include "gui/assessment/AssessmentDetailPane.h"
#include "gui/assessment/AssessmentScopeBar.h"
#include "gui/assessment/AssessmentTableModel.h"
#include "gui/assessment/AssessmentTableView.h"
#include "gui/common/BusyBar.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/LedgerJob.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/Mnemonic.h"
#include "gui/common/PageBar.h"
#include "gui/common/TableExport.h"
#include "gui/common/TableExportAction.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"

#include "services/AssessmentService.h"
#include "services/Ledger.h"
#include "services/LedgerEvents.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sl {

AssessmentView::AssessmentView(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_service(std::make_unique<AssessmentService>(ledger)),
      m_bar(new AssessmentScopeBar(ledger, roster, this)), m_filter(new QLineEdit(this)),
      m_model(new AssessmentTableModel(this)), m_table(new AssessmentTableView(this)),
      m_pages(new PageBar(this)), m_detail(new AssessmentDetailPane(this)),
      m_status(new QLabel(this)), m_empty(new QLabel(this)),
      m_busy(new BusyBar(tr("Assessing…"), this)), m_undo(new QUndoStack(this)),
      m_job(new LedgerJob(this))
{
    m_context = std::make_shared<LedgerCommand::Context>();
    m_context->report = [this](const Error& e) {
        MessageBoxes::warning(this, tr("Assessment"), e.text());
    };
    m_adjustAction = new QAction(tr("&Adjust Final…"), this);
    m_adjustAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_removeAction = new QAction(tr("&Remove Adjustment"), this);
    m_publishAction = new QAction(tr("&Publish Results…"), this);
    m_exportAction = new QAction(tr("E&xport Visible Rows…"), this);
    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_refreshAction = new QAction(tr("Assess &Again"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    for (QAction* a : {m_adjustAction, m_findAction, m_refreshAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_adjustAction, &QAction::triggered, this, &AssessmentView::adjustCurrent);
    connect(m_removeAction, &QAction::triggered, this, &AssessmentView::removeCurrentAdjustment);
    connect(m_publishAction, &QAction::triggered, this, &AssessmentView::publish);
    connect(m_exportAction, &QAction::triggered, this, &AssessmentView::exportRows);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(m_refreshAction, &QAction::triggered, this, &AssessmentView::reload);

    auto* header = new ViewHeader(tr("Assessment"), this);
    header->addWidget(m_bar);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, number or organisation… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_filter);
    tools->addSpacing(12);
    for (QAction* a :
         {m_adjustAction, m_removeAction, m_publishAction, m_exportAction, m_refreshAction}) {
        auto* b = new QToolButton(this);
        ui::plainIconText(a); // no dead "(N)" on the button
        b->setDefaultAction(a);
        tools->addWidget(b);
    }
    tools->addStretch(1);
    tools->addWidget(m_status);
    tools->addWidget(m_pages);

    connect(m_busy, &BusyBar::cancelRequested, this, &AssessmentView::cancel);

    m_table->setModel(m_model);
    m_table->addActions({m_adjustAction, m_removeAction, m_exportAction});
    TableExportAction::adopt(m_table, m_exportAction);
    connect(m_table, &QTableView::activated, this, &AssessmentView::adjustCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssessmentView::currentChanged);
    connect(m_filter, &QLineEdit::textChanged, m_model, &AssessmentTableModel::setFilterText);
    // Sorted, filtered or assessed again: the first page, the member that was current still
    // current when it is there (a new assessment goes to the member's page: display()).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptMember = currentMemberId(); });
    connect(m_model, &PagedTableModel::arranged, this, &AssessmentView::arranged);
    connect(m_pages, &PageBar::moved, this, [this] {
        m_model->setOffset(m_pages->offset());
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, AssessmentTableModel::Name));
        currentChanged();
    });

    m_empty->setObjectName(QStringLiteral("assessmentEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_empty, 1);
    splitter->addWidget(top);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(tools);
    layout->addWidget(m_busy);
    layout->addWidget(splitter, 1);

    // An account bound to an organisation starts with it.
    if (const qint64 own = ledger.actor().orgId; own != 0)
        m_bar->setScope(ScopeRef::organisation(own));
    // The assessment of the scope and year shown: adjustments, the rubric and targets of the
    // year, the records behind the figures and the roster.
    LedgerEvents& events = ledger.events();
    auto* refresher = new ViewRefresher(events, this, [this] { reload(); });
    connect(m_bar, &AssessmentScopeBar::changed, this, [this, refresher] {
        m_undo->clear();
        refresher->reloadWhenShown();
    });
    connect(&events, &LedgerEvents::assessmentChanged, refresher,
            [this, refresher](qint64 group, int year) {
                const ScopeRef scope = m_bar->scope();
                const bool otherGroup = scope.isGroup() && group != 0 && group != scope.id;
                if (!otherGroup && (year == 0 || year == m_bar->year()))
                    refresher->touch();
            });
    connect(&events, &LedgerEvents::settingsChanged, refresher, [this, refresher](int year) {
        if (year == 0 || year == m_bar->year())
            refresher->touch();
    });
    connect(&events, &LedgerEvents::attendanceChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::sessionsChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::memberRecordsChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::rosterChanged, refresher, [this, refresher] {
        m_bar->reload();
        refresher->touch();
    });
    updateActions();
    updateStatus();
}

AssessmentView::~AssessmentView()
{
    m_job->cancel();
    m_undo->clear();
}

QList<QAction*> AssessmentView::editActions() const
{
    return {m_adjustAction, m_removeAction, nullptr,      m_publishAction,
            m_exportAction, nullptr,        m_findAction, m_refreshAction};
}

void AssessmentView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_everLoaded && !isBusy())
        reload();
}

bool AssessmentView::isBusy() const
{
    return m_job->isRunning();
}

void AssessmentView::reload()
{
    m_everLoaded = true;
    const ScopeRef scope = m_bar->scope();
    const int year = m_bar->year();
    if (!scope.isValid()) {
        m_job->cancel();
        m_snapshot = {};
        m_model->clear();
        setBusy(false);
        currentChanged();
        updateStatus();
        return;
    }
    setBusy(true);
    m_job->start<AssessmentSnapshot>(
        m_ledger,
        [scope, year](Ledger& reader, const CancelFlag& cancel) -> Result<AssessmentSnapshot> {
            AssessmentService service(reader);
            auto current = service.assess(scope, year, &cancel);
            if (!current)
                return current.error();
            // Moved, not copied. The names are collated when the table is first sorted by them,
            // not before the first figures show.
            AssessmentSnapshot out{std::move(current).value(), std::nullopt, {}, {}};
            if (out.current.publication) {
                auto published = service.published(scope, year);
                if (!published)
                    return published.error();
                out.published = std::move(published).value();
            }
            return out;
        },
        [this](Result<AssessmentSnapshot> result) {
            setBusy(false);
            if (!result) {
                failed(result.error());
                return;
            }
            display(std::move(result).value());
        });
}

void AssessmentView::cancel()
{
    if (!isBusy())
        return;
    m_job->cancel();
    setBusy(false);
    m_status->setText(tr("Cancelled: press Assess Again (F5) to assess the scope"));
}

void AssessmentView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_refreshAction->setEnabled(!busy);
    updateActions();
}

void AssessmentView::display(AssessmentSnapshot snapshot)
{
    const qint64 member = currentMemberId();
    m_model->take(snapshot); // the rows go to the model; the rest stays here
    m_snapshot = std::move(snapshot);
    const bool published = m_model->hasPublished();
    m_table->setColumnHidden(AssessmentTableModel::PublishedFinal, !published);
    m_table->setColumnHidden(AssessmentTableModel::PublishedGrade, !published);
    const bool empty = m_model->storedCount() == 0;
    m_empty->setText(m_snapshot.current.scope.ref.isGroup()
                         ? tr("No member of this study group is assessed in %1 — record the "
                              "group's sessions and attendance first")
                               .arg(m_bar->year())
                         : tr("No member is assessed in this organisation in %1 — add members "
                              "and record their study first")
                               .arg(m_bar->year()));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    if (!selectMember(member) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, AssessmentTableModel::Name));
    currentChanged();
    updateStatus();
    emit loaded();
}

void AssessmentView::failed(const Error& error)
{
    if (error.code == ErrorCode::Cancelled)
        return;
    m_snapshot = {};
    m_model->clear();
    m_empty->setText(tr("The assessment could not be computed: %1").arg(error.text()));
    m_empty->show();
    m_table->hide();
    currentChanged();
    updateStatus();
    emit loaded();
}

void AssessmentView::updateStatus()
{
    if (isBusy())
        return;
    const auto& publication = m_snapshot.current.publication;
    QString text;
    if (publication) {
        const QString when =
            publication->publishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        text = publication->publishedBy.isEmpty()
                   ? tr("Published %1").arg(when)
                   : tr("Published %1 by %2").arg(when, publication->publishedBy);
    } else if (m_model->storedCount() > 0) {
        text = tr("Not published");
    }
    const int shown = m_model->total();
    const int all = m_model->storedCount();
    QString count = shown == all
                        ? tr("%Ln member(s)", nullptr, all)
                        : tr("%1 of %Ln member(s)", nullptr, all).arg(QLocale().toString(shown));
    m_status->setText(text.isEmpty() ? count : text + QStringLiteral(" · ") + count);
}

qint64 AssessmentView::currentMemberId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(AssessmentTableModel::MemberIdRole).toLongLong() : 0;
}

bool AssessmentView::selectMember(qint64 memberId)
{
    const int position = memberId != 0 ? m_model->positionOf(m_model->storedIndexOf(memberId)) : -1;
    if (position < 0)
        return false;
    const int page = position / m_model->pageSize() * m_model->pageSize();
    if (page != m_model->offset()) {
        m_model->setOffset(page);
        m_pages->showPageOf(position);
    }
    m_table->setCurrentIndex(m_model->index(position - page, AssessmentTableModel::Name));
    return true;
}

void AssessmentView::currentChanged()
{
    const int row = m_table->currentIndex().row();
    m_detail->setRow(m_model->rowAt(row), m_snapshot.current.rubric, m_model->publishedRow(row));
    updateActions();
}

void AssessmentView::arranged()
{
    m_pages->rewind();
    m_pages->setTotal(m_model->total());
    if (m_model->rowCount() > 0) {
        const int kept = m_keptMember != 0 ? m_model->rowOfMember(m_keptMember) : -1;
        m_table->setCurrentIndex(m_model->index(std::max(kept, 0), AssessmentTableModel::Name));
    }
    currentChanged();
    updateStatus();
}

bool AssessmentView::canEdit() const
{
    const Actor& actor = m_ledger.actor();
    return actor.isSingleUser() || actor.role == AccountRole::Admin ||
           actor.role == AccountRole::Secretary;
}

void AssessmentView::updateActions()
{
    const bool idle = !isBusy();
    const bool member = currentMemberId() != 0;
    const AssessmentRow* row = m_model->rowAt(m_table->currentIndex().row());
    m_adjustAction->setEnabled(idle && canEdit() && member);
    m_removeAction->setEnabled(idle && canEdit() && row && !row->adjustmentReason.isEmpty());
    m_publishAction->setEnabled(idle && canEdit() && m_model->storedCount() > 0 &&
                                !m_snapshot.current.publication);
    m_exportAction->setEnabled(idle && m_model->storedCount() > 0);
}

Status AssessmentView::exportVisibleRows(const QString& path) const
{
    // Every page: a hidden table over a model of the same rows, sorted and filtered the same,
    // with the columns the table shows.
    std::unique_ptr<AssessmentTableModel> whole = m_model->wholeCopy();
    QTableView all;
    all.setModel(whole.get());
    for (int c = 0; c < AssessmentTableModel::ColumnCount; ++c)
        all.setColumnHidden(c, m_table->isColumnHidden(c));
    const QHeaderView* shown = m_table->horizontalHeader();
    for (int visual = 0; visual < shown->count(); ++visual)
        all.horizontalHeader()->moveSection(
            all.horizontalHeader()->visualIndex(shown->logicalIndex(visual)), visual);
    return TableExport::write(all, path);
}

void AssessmentView::exportRows()
{
    const QString title = tr("Export Visible Rows");
    const QString suggested =
        QFileInfo(m_ledger.path()).absolutePath() + QLatin1Char('/') +
        tr("assessment-%1-%2.csv").arg(m_snapshot.current.scope.extId).arg(m_snapshot.current.year);
    const QString path = FileDialogs::saveFileName(
        this, title, suggested, tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (Status s = exportVisibleRows(path); !s) {
        MessageBoxes::critical(this, title, s.error().text());
        return;
    }
    MessageBoxes::information(this, title,
                              tr("Wrote %n row(s) to %1.", nullptr, m_model->total())
                                  .arg(QDir::toNativeSeparators(path)));
}

} // namespace sl
