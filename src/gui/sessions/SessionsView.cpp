#include "gui/sessions/SessionsView.h"

#include "gui/common/ColumnState.h"
#include "gui/common/DatabaseSort.h"
#include "gui/common/EnumCombo.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/Mnemonic.h"
#include "gui/common/PageBar.h"
#include "gui/common/PageRows.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/TableExportAction.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"
#include "gui/sessions/SeriesDialog.h"
#include "gui/sessions/SessionDocuments.h"
#include "gui/sessions/SessionEditor.h"
#include "gui/sessions/SessionListCommands.h"
#include "gui/sessions/SessionTableModel.h"

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/SessionService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sl {

namespace {

// The order the database gives a column of the list; none for the columns it cannot sort by.
std::optional<SessionQuery::SortKey> sortKeyOf(int column)
{
    using Key = SessionQuery::SortKey;
    switch (column) {
    case SessionTableModel::Date:
    case SessionTableModel::Start:
        return Key::ByDate;
    case SessionTableModel::Minutes:
        return Key::ByMinutes;
    case SessionTableModel::Form:
        return Key::ByForm;
    case SessionTableModel::Topic:
        return Key::ByTopic;
    case SessionTableModel::Status:
        return Key::ByStatus;
    case SessionTableModel::Group:
        return Key::ByGroup;
    default:
        return std::nullopt;
    }
}

} // namespace

SessionsView::SessionsView(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_roster(roster),
      m_service(std::make_unique<SessionService>(ledger)),
      m_bar(new GroupYearBar(roster, true, this)), m_form(new QComboBox(this)),
      m_status(new QComboBox(this)), m_trigger(new QComboBox(this)),
      m_model(new SessionTableModel(this)), m_table(new QTableView(this)),
      m_empty(new QLabel(this)), m_count(new QLabel(this)), m_pages(new PageBar(this)),
      m_undo(new QUndoStack(this)), m_undoContext(std::make_shared<LedgerCommand::Context>())
{
    m_undoContext->report = [this](const Error& e) {
        MessageBoxes::warning(this, tr("Sessions"), e.text());
    };
    enumcombo::fill<SessionForm>(m_form, tr("Every form"));
    enumcombo::fill<SessionStatus>(m_status, tr("Every status"));
    enumcombo::fill<Trigger>(m_trigger, tr("Any trigger"));

    m_newAction = new QAction(tr("+ &New Session…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction = new QAction(tr("&Edit Session…"), this);
    m_deleteAction = new QAction(tr("&Delete Session…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_seriesAction = new QAction(tr("New &Series…"), this);
    m_attendanceAction = new QAction(tr("&Attendance"), this);
    connect(m_newAction, &QAction::triggered, this, &SessionsView::newSession);
    connect(m_editAction, &QAction::triggered, this, &SessionsView::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &SessionsView::deleteCurrent);
    connect(m_seriesAction, &QAction::triggered, this, &SessionsView::newSeries);
    connect(m_attendanceAction, &QAction::triggered, this, [this] {
        if (const SessionRow* r = m_model->row(m_table->currentIndex().row()))
            emit attendanceRequested(r->session.id);
    });
    m_printSigninAction = new QAction(tr("&Print Sign-in Sheet…"), this);
    m_exportSigninAction = new QAction(tr("Export Sign-in Sheet as P&DF…"), this);
    connect(m_printSigninAction, &QAction::triggered, this, &SessionsView::printSigninSheet);
    connect(m_exportSigninAction, &QAction::triggered, this, &SessionsView::exportSigninSheet);
    addAction(m_newAction);

    auto* header = new ViewHeader(tr("Sessions"), this);
    header->addWidget(m_bar);
    for (QAction* a : {m_attendanceAction, m_seriesAction, m_newAction}) {
        auto* b = new QToolButton(this);
        ui::plainIconText(a); // no dead "(N)" on the button
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->addWidget(b);
    }
    // A push button: its menu arrow is part of its size (a text-only tool button's is drawn over
    // the text).
    auto* signin = new QPushButton(tr("Sign-in Sheet"), this);
    signin->setObjectName(QStringLiteral("signinPushButton"));
    auto* signinMenu = new QMenu(signin);
    signinMenu->addAction(m_printSigninAction);
    signinMenu->addAction(m_exportSigninAction);
    signin->setMenu(signinMenu);
    header->addWidget(signin);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Filter:"), this));
    filters->addWidget(m_form);
    filters->addWidget(m_status);
    filters->addWidget(m_trigger);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(m_pages);

    m_table->setObjectName(QStringLiteral("sessionsTableView"));
    m_table->setModel(m_model);
    RecordTableView::setUpRows(m_table);
    TableExportAction::install(m_table, tr("sessions"));
    m_table->setColumnWidth(SessionTableModel::Date, 100);
    m_table->setColumnWidth(SessionTableModel::Start, 60);
    m_table->setColumnWidth(SessionTableModel::Minutes, 60);
    m_table->setColumnWidth(SessionTableModel::Topic, 320);
    m_table->setColumnWidth(SessionTableModel::Trigger, 110);
    m_table->setColumnWidth(SessionTableModel::PlanItem, 70);
    ColumnState::install(m_table);
    DatabaseSort::install(
        m_table, SessionTableModel::Date, Qt::AscendingOrder,
        [](int column) { return sortKeyOf(column).has_value(); },
        [this](int column, Qt::SortOrder order) {
            m_sortKey = *sortKeyOf(column);
            m_sortOrder = order;
            m_pages->rewind();
            reload();
        });
    m_table->addAction(m_deleteAction);
    connect(m_table, &QTableView::activated, this, &SessionsView::editCurrent);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No sessions in this period — + New Session (Ctrl+N), New Series…, or "
                        "create one from an item of the study plan"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    // A new filter starts on the first page.
    auto refilter = [this] {
        m_pages->rewind();
        reload();
    };
    connect(m_bar, &GroupYearBar::changed, this, refilter);
    for (QComboBox* c : {m_form, m_status, m_trigger})
        connect(c, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_pages, &PageBar::moved, this, &SessionsView::reload);

    LedgerEvents& events = ledger.events();
    auto* refresher = new ViewRefresher(events, this, [this] { reload(); });
    auto shown = [this](qint64 groupId) {
        return groupId == 0 || m_bar->groupId() == 0 || groupId == m_bar->groupId();
    };
    connect(&events, &LedgerEvents::sessionsChanged, refresher, [refresher, shown](qint64 group) {
        if (shown(group))
            refresher->touch();
    });
    connect(&events, &LedgerEvents::planChanged, refresher, [refresher, shown](qint64 group, int) {
        if (shown(group))
            refresher->touch();
    });
    connect(&events, &LedgerEvents::rosterChanged, refresher, &ViewRefresher::touch);
    reload();
}

SessionsView::~SessionsView() = default;

QList<QAction*> SessionsView::editActions() const
{
    return {m_newAction, m_editAction, m_deleteAction, nullptr, m_seriesAction, m_attendanceAction};
}

void SessionsView::reload()
{
    const qint64 keep = currentSessionId();
    SessionQuery q;
    if (m_bar->groupId() != 0)
        q.groupIds = {m_bar->groupId()};
    q.rootOrgId = m_bar->rootOrgId(); // the tool bar's organisation
    q.from = Date(static_cast<unsigned short>(m_bar->year()), 1, 1);
    q.to = Date(static_cast<unsigned short>(m_bar->year()), 12, 31);
    q.form = enumcombo::value<SessionForm>(m_form);
    q.status = enumcombo::value<SessionStatus>(m_status);
    q.trigger = enumcombo::value<Trigger>(m_trigger);
    q.sortKey = m_sortKey;
    q.order = m_sortOrder;
    // Counted by the database; a page is read.
    auto total = m_service->count(q);
    m_pages->setTotal(total ? *total : 0);
    q.offset = m_pages->offset();
    q.limit = ui::pageRows;
    auto rows = m_service->list(q);
    m_model->setRows(rows ? *rows : std::vector<SessionRow>());
    m_table->setColumnHidden(SessionTableModel::Group, m_bar->groupId() != 0);
    m_count->setText(tr("%n session(s)", nullptr, int(total ? *total : 0)));
    m_table->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    if (!selectSession(keep) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

qint64 SessionsView::currentSessionId() const
{
    const SessionRow* r = m_model->row(m_table->currentIndex().row());
    return r ? r->session.id : 0;
}

void SessionsView::printSigninSheet()
{
    if (const qint64 id = currentSessionId(); id != 0)
        SessionDocuments::print(this, m_ledger, id, SessionDocuments::Kind::SigninSheet);
}

bool SessionsView::exportSigninSheet()
{
    const qint64 id = currentSessionId();
    return id != 0 &&
           SessionDocuments::exportAs(this, m_ledger, id, SessionDocuments::Kind::SigninSheet,
                                      DocumentFormat::Pdf);
}

bool SessionsView::selectSession(qint64 id)
{
    const int row = id != 0 ? m_model->rowOfSession(id) : -1;
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

SessionEditor* SessionsView::createEditor(const StudySession& session)
{
    return new SessionEditor(m_ledger, m_roster, session, this);
}

SessionEditor* SessionsView::createEditor(qint64 sessionId)
{
    auto s = m_service->session(sessionId);
    if (!s || !s->has_value()) {
        MessageBoxes::warning(this, tr("Sessions"),
                              s ? tr("The session no longer exists.") : s.error().message);
        return nullptr;
    }
    return createEditor(**s);
}

SeriesDialog* SessionsView::createSeriesDialog()
{
    return new SeriesDialog(m_ledger, m_bar->groupId(), m_bar->year(), this);
}

bool SessionsView::runEditor(SessionEditor* editor)
{
    if (!editor)
        return false;
    const qint64 editedId = editor->session().id;
    std::optional<StudySession> before;
    if (editedId != 0)
        if (auto stored = m_service->session(editedId); stored && *stored)
            before = **stored;
    const bool saved = editor->exec() == QDialog::Accepted;
    const qint64 id = editor->savedId();
    delete editor;
    if (!saved)
        return false;
    pushSaved(before, id);
    selectSession(id); // the list followed the save (LedgerEvents)
    return true;
}

void SessionsView::pushSaved(const std::optional<StudySession>& before, qint64 savedId)
{
    auto after = m_service->session(savedId);
    if (!after || !*after || (before && *before == **after))
        return;
    if (before)
        push(new SessionChangedCommand(*m_service, m_undoContext, *before, **after));
    else
        push(SessionPresenceCommand::created(*m_service, m_undoContext, **after));
}

void SessionsView::push(LedgerCommand* command)
{
    m_undo->push(command); // deleted at once when its first redo failed (and told)
}

void SessionsView::newSession()
{
    if (m_bar->groupId() == 0) {
        MessageBoxes::information(this, tr("Sessions"), tr("Choose a study group first."));
        return;
    }
    StudySession s;
    s.groupId = m_bar->groupId();
    const Date today = Clock::today();
    s.date = today.year() == m_bar->year() ? today
                                           : Date(static_cast<unsigned short>(m_bar->year()), 1, 1);
    s.start = QTime(14, 30);
    s.minutes = 90;
    s.status = s.date > today ? SessionStatus::Planned : SessionStatus::Held;
    runEditor(createEditor(s));
}

void SessionsView::editCurrent()
{
    if (const qint64 id = currentSessionId(); id != 0)
        runEditor(createEditor(id));
}

void SessionsView::deleteCurrent()
{
    const SessionRow* r = m_model->row(m_table->currentIndex().row());
    if (!r)
        return;
    if (MessageBoxes::question(this, tr("Delete Session"),
                               tr("Delete the session of %1 “%2” with its attendance, speeches "
                                  "and materials?")
                                   .arg(dates::toIso(r->session.date), r->session.topic)) !=
        QMessageBox::Yes)
        return;
    push(SessionPresenceCommand::removed(*m_service, m_undoContext, r->session));
}

void SessionsView::newSeries()
{
    if (m_bar->groupId() == 0) {
        MessageBoxes::information(this, tr("Sessions"), tr("Choose a study group first."));
        return;
    }
    std::unique_ptr<SeriesDialog> dialog(createSeriesDialog());
    if (dialog->exec() == QDialog::Accepted) // the list follows the new sessions (LedgerEvents)
        pushSeries(dialog->createdIds());
}

void SessionsView::pushSeries(const std::vector<qint64>& ids)
{
    if (!ids.empty())
        push(SessionPresenceCommand::series(*m_service, m_undoContext, ids));
}

void SessionsView::newFromPlanItem(qint64 itemId)
{
    auto draft = m_service->draftFromPlanItem(itemId, Clock::today());
    if (!draft) {
        MessageBoxes::warning(this, tr("Sessions"), draft.error().message);
        return;
    }
    m_bar->setGroupId(draft->groupId);
    runEditor(createEditor(*draft));
}

} // namespace sl
