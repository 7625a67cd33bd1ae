#include "gui/members/MembersView.h"

#include "gui/common/ColumnState.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/TableExportAction.h"
#include "gui/common/ViewRefresher.h"
#include "gui/members/BranchActions.h"
#include "gui/members/MemberDetailPane.h"
#include "gui/members/MemberDialog.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MemberTableView.h"
#include "gui/members/OrgTreeModel.h"

#include "services/LedgerEvents.h"
#include "services/RosterService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace sl {

namespace {

constexpr int filterDelayMs = 150;

} // namespace

MembersView::MembersView(RosterService& roster, LedgerEvents& events, QWidget* parent)
    : QWidget(parent), m_roster(roster), m_orgModel(new OrgTreeModel(this)),
      m_model(new MemberTableModel(nullptr, this))
{
    buildActions();

    m_orgTree = new QTreeView(this);
    m_orgTree->setObjectName(QStringLiteral("orgTreeView"));
    m_orgTree->setModel(m_orgModel);
    m_orgTree->setUniformRowHeights(true);
    m_orgTree->setAlternatingRowColors(false);
    m_orgTree->header()->setStretchLastSection(false);
    m_orgTree->header()->setSectionResizeMode(OrgTreeModel::Name, QHeaderView::Stretch);
    m_orgTree->header()->setSectionResizeMode(OrgTreeModel::Kind, QHeaderView::ResizeToContents);

    m_hSplit = new QSplitter(Qt::Horizontal, this);
    m_hSplit->setChildrenCollapsible(false);
    m_hSplit->addWidget(m_orgTree);
    m_hSplit->addWidget(buildMembersPane());
    m_hSplit->setStretchFactor(0, 0);
    m_hSplit->setStretchFactor(1, 1);
    m_hSplit->setSizes({250, 950});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hSplit);

    connect(m_orgTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MembersView::onOrgChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersView::onModelReloaded);
    connect(m_model, &MemberTableModel::totalCountChanged, this, &MembersView::memberCountChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersView::onCurrentMemberChanged);
    connect(m_table, &QAbstractItemView::activated, this, &MembersView::editCurrent);

    // Attached only now, so that setting up the sort order above read nothing.
    m_model->setRoster(&m_roster);
    auto* refresher = new ViewRefresher(events, this, [this] {
        // The selected member stays selected (an edit of their groups, an undo).
        const qint64 keep = currentMemberId();
        reloadOrganisations();
        m_model->reload();
        selectMember(keep);
    });
    connect(&events, &LedgerEvents::rosterChanged, refresher, &ViewRefresher::touch);
    reloadOrganisations();
}

void MembersView::buildActions()
{
    m_newAction = new QAction(tr("&New Member…"), this);
    // Window-wide while the view is shown (a hidden view's shortcuts are inactive).
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_newAction, &QAction::triggered, this, &MembersView::newMember);

    m_editAction = new QAction(tr("&Edit Member…"), this);
    connect(m_editAction, &QAction::triggered, this, &MembersView::editCurrent);

    m_deleteAction = new QAction(tr("&Delete Member…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    // Deleting is MemberLeavingActions' (refused for a member with records, undoable).

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, &MembersView::focusFilter);

    addAction(m_newAction);
    addAction(m_findAction);
}

QWidget* MembersView::buildMembersPane()
{
    auto* pane = new QWidget(this);

    m_title = new QLabel(pane);
    m_title->setTextFormat(Qt::PlainText); // an organisation's name, never markup
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_filter = new QLineEdit(pane);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setPlaceholderText(tr("Search name, number, phone… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(filterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &MembersView::applyFilter);

    m_newButton = new QPushButton(tr("+ New"), pane);
    m_newButton->setToolTip(m_newAction->toolTip() + QStringLiteral(" (") +
                            m_newAction->shortcut().toString(QKeySequence::NativeText) +
                            QLatin1Char(')'));
    connect(m_newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);

    auto* bar = new QHBoxLayout;
    m_bar = bar;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_filter);
    bar->addWidget(m_newButton);

    m_table = new MemberTableView(m_model, pane);
    m_table->setObjectName(QStringLiteral("membersTableView"));
    m_table->addAction(m_deleteAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    TableExportAction::install(m_table, tr("members"));
    ColumnState::install(m_table);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_editAction);
        menu.addAction(m_deleteAction);
        menu.addSeparator();
        menu.addActions(m_memberActions);
        if (!m_memberActions.isEmpty())
            menu.addSeparator();
        menu.addAction(m_newAction);
        TableExportAction::addTo(menu, m_table);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    m_empty = new QLabel(pane);
    m_empty->setObjectName(QStringLiteral("emptyStateLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);

    m_tableStack = new QStackedWidget(pane);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);

    m_detail = new MemberDetailPane(pane);
    m_vSplit = new QSplitter(Qt::Vertical, pane);
    m_vSplit->addWidget(m_tableStack);
    m_vSplit->addWidget(m_detail);
    m_vSplit->setStretchFactor(0, 1);
    m_vSplit->setStretchFactor(1, 0);
    m_vSplit->setCollapsible(0, false);
    m_vSplit->setSizes({600, 140});

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_vSplit, 1);
    return pane;
}

QString MembersView::emptyText() const
{
    return m_tableStack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void MembersView::reloadOrganisations()
{
    const qint64 previous = currentOrgId();
    auto orgs = m_roster.organisations();
    m_orgError = orgs ? QString() : orgs.error().message;
    m_orgModel->setOrganisations(orgs ? std::move(orgs).value() : std::vector<Organisation>());
    m_orgTree->expandToDepth(0);
    // Else the organisation of the account (a secretary or leader reads its subtree only).
    if (!selectOrg(previous) && !selectOrg(m_roster.accountOrgId())) {
        const QModelIndex first = m_orgModel->index(0, 0);
        if (first.isValid())
            m_orgTree->setCurrentIndex(first);
        else
            onOrgChanged();
    }
}

bool MembersView::selectOrg(qint64 orgId)
{
    const QModelIndex index = m_orgModel->indexOfOrg(orgId);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_orgTree->expand(p);
    m_orgTree->setCurrentIndex(index);
    m_orgTree->scrollTo(index);
    return true;
}

void MembersView::addToBar(QWidget* widget)
{
    m_bar->insertWidget(m_bar->indexOf(m_newButton), widget);
}

qint64 MembersView::currentOrgId() const
{
    const Organisation* org = m_orgModel->orgAt(m_orgTree->currentIndex());
    return org ? org->id : 0;
}

qint64 MembersView::currentMemberId() const
{
    const MemberRow* row = currentRow();
    return row ? row->member.id : 0;
}

void MembersView::onOrgChanged()
{
    const Organisation* org = m_orgModel->orgAt(m_orgTree->currentIndex());
    m_title->setText(org ? org->name : tr("Members"));
    m_model->setOrg(org ? org->id : 0, true);
}

void MembersView::applyFilter()
{
    if (m_filter->text().trimmed() != m_model->query().filter)
        m_model->setFilter(m_filter->text());
}

void MembersView::onModelReloaded()
{
    updateEmptyState();
    onCurrentMemberChanged();
}

void MembersView::updateEmptyState()
{
    QString text;
    if (!m_orgError.isEmpty() || !m_model->lastError().isEmpty())
        text = tr("The members cannot be read: %1")
                   .arg(m_orgError.isEmpty() ? m_model->lastError() : m_orgError);
    else if (m_orgModel->isEmpty())
        text = tr("No organisations yet — import them with “studyledger-cli import orgs FILE”, "
                  "then add members here.");
    else if (m_model->totalCount() == 0 && !m_model->query().filter.isEmpty())
        text = tr("No member matches “%1”.").arg(m_model->query().filter);
    else if (m_model->totalCount() == 0)
        text = tr("No members in this organisation yet — click “+ New” to add one, or import a "
                  "list with “studyledger-cli import members FILE”.");
    m_empty->setText(text);
    m_tableStack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget*>(m_table) : m_empty);
    m_newButton->setEnabled(!m_orgModel->isEmpty());
    updateActions();
}

void MembersView::onCurrentMemberChanged()
{
    m_detail->showMember(currentRow());
    updateActions();
    emit currentMemberChanged();
}

const MemberRow* MembersView::currentRow() const
{
    return m_model->rowAt(m_table->currentIndex().row());
}

void MembersView::addMemberActions(const QList<QAction*>& actions)
{
    m_memberActions += actions;
}

void MembersView::updateActions()
{
    const bool hasMember = currentMemberId() != 0;
    m_newAction->setEnabled(!m_orgModel->isEmpty());
    m_editAction->setEnabled(hasMember);
    m_deleteAction->setEnabled(hasMember);
}

void MembersView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void MembersView::newMember()
{
    if (!m_orgModel->isEmpty())
        openDialog(0);
}

void MembersView::editCurrent()
{
    if (const qint64 id = currentMemberId())
        openDialog(id);
}

MemberDialog* MembersView::createDialog(qint64 memberId)
{
    Member member;
    member.orgId = currentOrgId();
    if (memberId != 0) {
        auto found = m_roster.member(memberId);
        if (!found || !*found) {
            MessageBoxes::warning(this, tr("Edit member"),
                                  found ? tr("The member no longer exists.")
                                        : found.error().message);
            m_model->reload();
            return nullptr;
        }
        member = **found;
    }
    std::vector<MemberDialog::OrgChoice> orgs;
    for (const auto& e : m_orgModel->depthFirst())
        orgs.push_back({e.org->id, e.org->name, e.depth});
    return new MemberDialog(m_roster, std::move(orgs), member, this);
}

bool MembersView::openDialog(qint64 memberId)
{
    std::unique_ptr<MemberDialog> dialog(createDialog(memberId));
    if (!dialog)
        return false;
    std::optional<Member> before;
    if (memberId != 0) {
        if (auto stored = m_roster.member(memberId); stored && *stored)
            before = **stored;
    }
    if (dialog->exec() != QDialog::Accepted)
        return false;
    // One undoable step (Edit › Undo) on the area's stack.
    auto after = m_roster.member(dialog->savedId());
    if (auto* branch = findChild<BranchActions*>(); branch && after && *after)
        branch->memberSaved(before, **after);
    m_model->reload();
    selectMember(dialog->savedId());
    return true;
}

bool MembersView::selectMember(qint64 memberId)
{
    const int row = m_model->rowOfMember(memberId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, MemberTableModel::Name);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void MembersView::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("members/orgSplitter"), m_hSplit->saveState());
    settings.setValue(QStringLiteral("members/detailSplitter"), m_vSplit->saveState());
    settings.setValue(QStringLiteral("members/columns"), m_table->saveColumns());
}

void MembersView::restoreState(const QSettings& settings)
{
    m_hSplit->restoreState(settings.value(QStringLiteral("members/orgSplitter")).toByteArray());
    m_vSplit->restoreState(settings.value(QStringLiteral("members/detailSplitter")).toByteArray());
    m_table->restoreColumns(settings.value(QStringLiteral("members/columns")).toByteArray());
}

} // namespace sl
