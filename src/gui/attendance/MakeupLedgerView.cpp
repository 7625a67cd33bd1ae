#include "gui/attendance/MakeupLedgerView.h"

#include "gui/attendance/MakeupCommands.h"
#include "gui/attendance/MakeupDialog.h"
#include "gui/attendance/MakeupLedgerModel.h"
#include "gui/common/ColumnState.h"
#include "gui/common/DatabaseSort.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MemberSearchField.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/PageBar.h"
#include "gui/common/PageRows.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/TableExportAction.h"
#include "gui/common/ViewRefresher.h"

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/MakeupService.h"
#include "services/RosterService.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sl {

namespace {

// The order the database gives a column of the ledger; none for the columns it cannot sort by.
std::optional<MakeupQuery::SortKey> sortKeyOf(int column)
{
    using Key = MakeupQuery::SortKey;
    switch (column) {
    case MakeupLedgerModel::SessionDate:
        return Key::SessionDate;
    case MakeupLedgerModel::Group:
        return Key::Group;
    case MakeupLedgerModel::Topic:
        return Key::Topic;
    case MakeupLedgerModel::Member:
        return Key::Member;
    case MakeupLedgerModel::MakeupDate:
        return Key::MakeupDate;
    default:
        return std::nullopt;
    }
}

} // namespace

MakeupLedgerView::MakeupLedgerView(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_service(std::make_unique<MakeupService>(ledger)),
      m_undo(new QUndoStack(this)), m_undoContext(std::make_shared<LedgerCommand::Context>()),
      m_bar(new GroupYearBar(roster, true, this)), m_member(new MemberSearchField(roster, this)),
      m_state(new QComboBox(this)), m_pages(new PageBar(this)),
      m_model(new MakeupLedgerModel(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_record(new QPushButton(tr("&Record Make-up…"), this)),
      m_clear(new QPushButton(tr("C&lear"), this))
{
    m_undoContext->report = [this](const Error& e) {
        MessageBoxes::warning(this, tr("Make-up Study"), e.message);
    };
    m_member->setObjectName(QStringLiteral("makeupMemberLineEdit"));
    m_member->setNoneAllowed(true);
    m_member->setOffersInactive(true); // the ledger looks back: members who left owe there too
    m_member->setPlaceholderText(tr("Every member"));
    m_member->setMinimumWidth(
        m_member->fontMetrics().horizontalAdvance(QString(16, QChar(0x515A))));
    m_state->addItem(tr("Owed and done"), int(MakeupQuery::State::Any));
    m_state->addItem(tr("Still owed"), int(MakeupQuery::State::Owing));
    m_state->addItem(tr("Made up"), int(MakeupQuery::State::Done));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_bar);
    filters->addWidget(new QLabel(tr("Member:"), this));
    filters->addWidget(m_member);
    filters->addWidget(m_state);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(m_pages);

    m_table->setObjectName(QStringLiteral("makeupTableView"));
    m_table->setModel(m_model);
    RecordTableView::setUpRows(m_table);
    TableExportAction::install(m_table, tr("make-up"));
    m_table->setColumnWidth(MakeupLedgerModel::Topic, 260);
    ColumnState::install(m_table);
    DatabaseSort::install(
        m_table, MakeupLedgerModel::SessionDate, Qt::AscendingOrder,
        [](int column) { return sortKeyOf(column).has_value(); },
        [this](int column, Qt::SortOrder order) {
            m_sortKey = *sortKeyOf(column);
            m_sortOrder = order;
            m_pages->rewind();
            reload();
        });
    connect(m_table, &QTableView::activated, this, &MakeupLedgerView::recordCurrent);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // A new filter starts on the first page.
    auto refilter = [this] {
        m_pages->rewind();
        reload();
    };
    connect(m_member, &MemberSearchField::memberChosen, this, refilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_pages, &PageBar::moved, this, &MakeupLedgerView::reload);
    connect(m_record, &QPushButton::clicked, this, &MakeupLedgerView::recordCurrent);
    connect(m_clear, &QPushButton::clicked, this,
            [this] { clearMakeup(m_table->currentIndex().row()); });
    // 记录补学 needs a line; 清除补学 a line whose make-up is recorded (not one still owed).
    const auto updateButtons = [this] {
        const MakeupRow* row = m_model->row(m_table->currentIndex().row());
        m_record->setEnabled(row != nullptr);
        m_clear->setEnabled(row && !row->record.makeupDate.is_not_a_date());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, updateButtons);
    updateButtons();
    // The make-up records follow the attendance, the sessions, the roster and make-up edits.
    LedgerEvents& events = ledger.events();
    auto* refresher = new ViewRefresher(events, this, [this] { reload(); });
    connect(&events, &LedgerEvents::attendanceChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::sessionsChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::rosterChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::memberRecordsChanged, refresher,
            [refresher](qint64, LedgerChanges::Record kind) {
                if (kind == LedgerChanges::Record::Makeup)
                    refresher->touch();
            });
    // Another group or year: read when the ledger is on screen (a hidden tab of the attendance
    // area does not count a district's make-up records for nobody).
    connect(m_bar, &GroupYearBar::changed, refresher, [this, refresher] {
        m_pages->rewind();
        refresher->reloadWhenShown();
    });
    refresher->reloadWhenShown();
}

MakeupLedgerView::~MakeupLedgerView() = default;

void MakeupLedgerView::reload()
{
    MakeupQuery q;
    if (m_bar->groupId() != 0)
        q.groupIds = {m_bar->groupId()};
    q.rootOrgId = m_bar->rootOrgId(); // the tool bar's organisation
    q.memberId = m_member->memberId();
    q.from = Date(static_cast<unsigned short>(m_bar->year()), 1, 1);
    q.to = Date(static_cast<unsigned short>(m_bar->year()), 12, 31);
    q.state = MakeupQuery::State(m_state->currentData().toInt());
    q.sortKey = m_sortKey;
    q.order = m_sortOrder;
    // The totals are counted by the database, in one pass; only the page shown is read.
    const auto counts = m_service->counts(q);
    const MakeupCounts n = counts ? *counts : MakeupCounts();
    m_pages->setTotal(n.total);
    q.offset = m_pages->offset();
    q.limit = ui::pageRows;
    const int row = m_table->currentIndex().row();
    auto rows = m_service->ledger(q);
    m_model->setRows(rows ? *rows : std::vector<MakeupRow>());
    m_count->setText(tr("%n record(s), %1 still owed", nullptr, int(n.total)).arg(n.owed));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0));
}

bool MakeupLedgerView::recordMakeup(int row, const Date& date, const QString& note)
{
    const MakeupRow* r = m_model->row(row);
    if (!r)
        return false;
    m_undo->push(new SetMakeupCommand(*m_service, m_undoContext, r->record.id, r->memberName,
                                      {r->record.makeupDate, r->record.makeupNote},
                                      {date, note.trimmed()}));
    return !m_undoContext->failed; // the ledger follows (LedgerEvents)
}

bool MakeupLedgerView::clearMakeup(int row)
{
    const MakeupRow* r = m_model->row(row);
    if (!r || !dates::isSet(r->record.makeupDate))
        return false;
    if (MessageBoxes::question(this, tr("Make-up Study"),
                               tr("Clear the make-up study of %1?").arg(r->memberName)) !=
        QMessageBox::Yes)
        return false;
    m_undo->push(new SetMakeupCommand(*m_service, m_undoContext, r->record.id, r->memberName,
                                      {r->record.makeupDate, r->record.makeupNote}, {}));
    return !m_undoContext->failed; // the ledger follows (LedgerEvents)
}

void MakeupLedgerView::recordCurrent()
{
    const int row = m_table->currentIndex().row();
    const MakeupRow* r = m_model->row(row);
    if (!r)
        return;
    MakeupDialog dialog(
        r->memberName, tr("%1 — %2").arg(dates::toIso(r->sessionDate), r->topic),
        dates::isSet(r->record.makeupDate) ? r->record.makeupDate : Clock::today(),
        r->record.makeupNote,
        [this, id = r->record.id](const Date& date, const QString& note) {
            return m_service->check(id, date, note);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    recordMakeup(row, dialog.date(), dialog.note());
}

} // namespace sl
