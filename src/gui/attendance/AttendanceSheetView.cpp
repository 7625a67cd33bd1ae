#include "gui/attendance/AttendanceSheetView.h"

#include "gui/attendance/AttendanceModel.h"
#include "gui/common/FormErrors.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/PageRows.h"
#include "gui/common/TableBehaviour.h"
#include "gui/common/TableExportAction.h"
#include "gui/common/TableSortProxy.h"
#include "gui/common/UiLanguage.h"
#include "gui/common/ViewRefresher.h"
#include "gui/sessions/SpeechesPanel.h"

#include "services/AttendanceService.h"
#include "services/Ledger.h"
#include "services/SessionService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sl {

namespace {

std::optional<AttendanceStatus> statusOfKey(int key)
{
    switch (key) {
    case Qt::Key_1:
        return AttendanceStatus::Present;
    case Qt::Key_2:
        return AttendanceStatus::Late;
    case Qt::Key_3:
        return AttendanceStatus::EarlyLeave;
    case Qt::Key_4:
        return AttendanceStatus::Excused;
    case Qt::Key_5:
        return AttendanceStatus::Absent;
    case Qt::Key_0:
        return AttendanceStatus::Observer;
    default:
        return std::nullopt;
    }
}

} // namespace

AttendanceSheetView::AttendanceSheetView(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_service(std::make_unique<AttendanceService>(ledger)),
      m_sessions(std::make_unique<SessionService>(ledger)), m_undo(new QUndoStack(this)),
      m_model(new AttendanceModel(m_undo, this)), m_bar(new GroupYearBar(roster, false, this)),
      m_sessionCombo(new QComboBox(this)), m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_totals(new QLabel(this)), m_problems(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_markAllButton(new QPushButton(tr("Everyone &present"), this)),
      m_speeches(new SpeechesPanel(ledger, this))
{
    m_sessionCombo->setObjectName(QStringLiteral("sessionComboBox"));
    m_sessionCombo->setMinimumContentsLength(30);
    m_sessionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_bar);
    chooser->addSpacing(8);
    auto* sessionLabel = new QLabel(tr("Held sessi&on:"), this);
    sessionLabel->setBuddy(m_sessionCombo);
    chooser->addWidget(sessionLabel);
    chooser->addWidget(m_sessionCombo, 1);

    m_table->setObjectName(QStringLiteral("attendanceTableView"));
    // Sorted by a click on a header; at first in the model's order (role, then name in pinyin).
    m_proxy = TableBehaviour::sortAndFilter(m_table, m_model, {AttendanceModel::Name});
    TableExportAction::install(m_table, tr("attendance"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(AttendanceModel::Name, 110);
    m_table->setColumnWidth(AttendanceModel::Role, 90);
    m_table->setColumnWidth(AttendanceModel::Status, 90);
    m_table->setColumnWidth(AttendanceModel::Reason, 200);
    m_table->setColumnWidth(AttendanceModel::MakeupDate, 110);
    m_table->installEventFilter(this);
    m_table->setToolTip(
        tr("1 present · 2 late · 3 left early · 4 excused · 5 absent · 0 observer"));
    TableBehaviour::install(m_table, {});

    m_empty->setObjectName(QStringLiteral("attendanceEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("attendanceTotalsLabel"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("attendanceProblemsLabel"));
    FormErrors::setErrorStyle(m_problems);
    m_problems->hide();

    m_markAll = new QAction(tr("Everyone &present"), this);
    m_markAll->setObjectName(QStringLiteral("markAllPresentAction"));
    m_markAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_markAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markAll->setToolTip(
        tr("Sets every member without a status to present (observers to observer)"));
    addAction(m_markAll);
    connect(m_markAll, &QAction::triggered, this, [this] { m_model->markAllPresent(); });
    connect(m_markAllButton, &QPushButton::clicked, m_markAll, &QAction::trigger);
    m_save->setObjectName(QStringLiteral("attendanceSaveButton"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    auto* revert = new QPushButton(tr("&Revert"), this);
    connect(revert, &QPushButton::clicked, this, [this] {
        if (m_loaded != 0 &&
            (!isModified() ||
             MessageBoxes::question(this, tr("Revert"), tr("Drop the changes of this sheet?")) ==
                 QMessageBox::Yes))
            loadSession(m_loaded);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_totals, 1);
    buttons->addWidget(m_markAllButton);
    buttons->addWidget(revert);
    buttons->addWidget(m_save);

    auto* sheet = new QWidget(this);
    auto* sheetLayout = new QVBoxLayout(sheet);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    sheetLayout->addWidget(m_table, 1);
    sheetLayout->addWidget(m_empty, 1);
    sheetLayout->addWidget(m_problems);
    sheetLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(sheet);
    split->addWidget(m_speeches);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({900, 300});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(chooser);
    layout->addWidget(split, 1);

    connect(m_model, &AttendanceModel::totalsChanged, this, &AttendanceSheetView::updateTotals);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { updateTotals(); });
    connect(m_bar, &GroupYearBar::changed, this, &AttendanceSheetView::reloadSessions);
    connect(m_sessionCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_sessionCombo->itemData(index).toLongLong();
        if (id == m_loaded)
            return;
        if (!confirmLeave()) {
            const QSignalBlocker block(m_sessionCombo);
            m_sessionCombo->setCurrentIndex(m_sessionCombo->findData(m_loaded));
            return;
        }
        loadSession(id);
    });

    // The held sessions of the group and year, and the sheet shown (unless it has changes of
    // its own, which saving or reverting reloads).
    LedgerEvents& events = ledger.events();
    auto* refresher = new ViewRefresher(events, this, [this] { refresh(); });
    connect(&events, &LedgerEvents::sessionsChanged, refresher, [this, refresher](qint64 group) {
        if (group == 0 || m_bar->groupId() == 0 || group == m_bar->groupId())
            refresher->touch();
    });
    connect(&events, &LedgerEvents::attendanceChanged, refresher,
            [this, refresher](qint64 session) {
                if (session == 0 || session == m_loaded)
                    refresher->touch();
            });
    connect(&events, &LedgerEvents::rosterChanged, refresher, &ViewRefresher::touch);
    reloadSessions();
}

AttendanceSheetView::~AttendanceSheetView()
{
    m_undo->disconnect(this);
    m_model->disconnect(this);
    m_undo->clear();
}

QList<QAction*> AttendanceSheetView::editActions() const
{
    return {m_markAll};
}

void AttendanceSheetView::refresh()
{
    const qint64 shown = m_loaded;
    reloadSessions();
    if (m_loaded == 0 || m_loaded != shown || isModified())
        return;
    const int row = currentLine();
    loadSession(m_loaded);
    if (row >= 0 && row < m_model->rowCount())
        goToLine(row);
}

void AttendanceSheetView::reloadSessions()
{
    SessionQuery q;
    if (m_bar->groupId() != 0)
        q.groupIds = {m_bar->groupId()};
    q.rootOrgId = m_bar->rootOrgId(); // the tool bar's organisation
    q.from = Date(static_cast<unsigned short>(m_bar->year()), 1, 1);
    q.to = Date(static_cast<unsigned short>(m_bar->year()), 12, 31);
    q.status = SessionStatus::Held;
    // The latest held sessions, newest first: a page, not a district's year of sessions (25,000
    // over every group); one group's year fits in it.
    q.order = Qt::DescendingOrder;
    q.limit = ui::pageRows;
    {
        const QSignalBlocker block(m_sessionCombo);
        m_sessionCombo->clear();
        if (auto rows = m_sessions->list(q)) {
            for (const SessionRow& r : *rows)
                m_sessionCombo->addItem(QStringLiteral("%1  %2  %3")
                                            .arg(dates::toIso(r.session.date),
                                                 ui::label(r.session.form), r.session.topic),
                                        r.session.id);
        }
    }
    const int keep = m_sessionCombo->findData(m_loaded);
    if (keep >= 0) {
        m_sessionCombo->setCurrentIndex(keep);
        return;
    }
    if (!confirmLeave())
        return;
    loadSession(m_sessionCombo->count() > 0 ? m_sessionCombo->itemData(0).toLongLong() : 0);
}

bool AttendanceSheetView::openSession(qint64 sessionId)
{
    auto s = m_sessions->session(sessionId);
    if (!s || !s->has_value() || (*s)->status != SessionStatus::Held)
        return false;
    if (sessionId != m_loaded && !confirmLeave())
        return false;
    m_loaded = 0;
    {
        const QSignalBlocker block(m_bar);
        m_bar->setGroupId((*s)->groupId);
        m_bar->setYear((*s)->date.year());
    }
    reloadSessions();
    loadSession(sessionId);
    return m_loaded == sessionId;
}

qint64 AttendanceSheetView::sessionId() const
{
    return m_loaded;
}

void AttendanceSheetView::loadSession(qint64 id)
{
    m_undo->clear();
    m_problems->hide();
    m_loaded = 0;
    if (id != 0) {
        auto sheet = m_service->sheet(id);
        if (sheet) {
            m_model->setSheet(*sheet);
            m_loaded = id;
        } else {
            m_model->clear();
            MessageBoxes::warning(this, tr("Attendance"), sheet.error().message);
        }
    } else {
        m_model->clear();
    }
    const QSignalBlocker block(m_sessionCombo);
    m_sessionCombo->setCurrentIndex(m_sessionCombo->findData(m_loaded));
    const bool has = m_loaded != 0;
    m_table->setVisible(has);
    m_empty->setVisible(!has);
    m_empty->setText(tr("No held session of this group in %1 — record a session as held in "
                        "Sessions, then take its attendance here.")
                         .arg(m_bar->year()));
    m_save->setEnabled(has);
    m_markAll->setEnabled(has);
    m_markAllButton->setEnabled(has);
    std::vector<std::pair<qint64, QString>> people;
    for (int r = 0; r < m_model->rowCount(); ++r)
        people.emplace_back(m_model->line(r).sheet.memberId, m_model->line(r).sheet.memberName);
    m_speeches->setSession(m_loaded, people);
    if (has && m_model->rowCount() > 0)
        goToLine(0);
    updateTotals();
}

int AttendanceSheetView::currentLine() const
{
    return TableBehaviour::currentSourceRow(m_table);
}

void AttendanceSheetView::goToLine(int row)
{
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, AttendanceModel::Status)));
}

bool AttendanceSheetView::isModified() const
{
    return !m_undo->isClean();
}

void AttendanceSheetView::discardPendingChanges()
{
    if (m_loaded != 0)
        loadSession(m_loaded);
}

QString AttendanceSheetView::pendingChangesQuestion() const
{
    return tr("The attendance sheet of “%1” has unsaved changes. Save them?")
        .arg(m_sessionCombo->currentText().simplified());
}

bool AttendanceSheetView::confirmLeave()
{
    return pendingchanges::settle(this, {this});
}

bool AttendanceSheetView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && m_loaded != 0) {
        auto* key = static_cast<QKeyEvent*>(event);
        const auto mods = key->modifiers() & ~Qt::KeypadModifier;
        const auto status = statusOfKey(key->key());
        const int row = currentLine();
        if (status && mods == Qt::NoModifier && row >= 0) {
            m_model->setStatus(row, *status);
            if (*status == AttendanceStatus::Excused) {
                const QModelIndex reason =
                    m_proxy->mapFromSource(m_model->index(row, AttendanceModel::Reason));
                m_table->setCurrentIndex(reason);
                m_table->edit(reason);
            } else {
                // The next line as the table shows them.
                const int next = m_proxy->mapFromSource(m_model->index(row, 0)).row() + 1;
                if (next < m_proxy->rowCount())
                    m_table->setCurrentIndex(m_proxy->index(next, AttendanceModel::Status));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString AttendanceSheetView::totalsText() const
{
    return m_totals->text();
}

QString AttendanceSheetView::problemsText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void AttendanceSheetView::updateTotals()
{
    if (m_loaded == 0) {
        m_totals->clear();
        return;
    }
    const AttendanceTotals t = m_model->totals();
    QString text = tr("Expected %1: present %2, late %3, left early %4, excused %5, absent %6; "
                      "observers %7")
                       .arg(t.expected)
                       .arg(t.present)
                       .arg(t.late)
                       .arg(t.earlyLeave)
                       .arg(t.excused)
                       .arg(t.absent)
                       .arg(t.observers);
    if (const int unset = m_model->unsetCount(); unset > 0)
        text += tr("; without status %1").arg(unset);
    text += tr(" — participation %1%").arg(QString::number(t.participationRate() * 100.0, 'f', 1));
    if (isModified())
        text += tr(" (not saved)");
    m_totals->setText(text);
}

void AttendanceSheetView::showProblems(const QStringList& lines)
{
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

bool AttendanceSheetView::save()
{
    if (m_loaded == 0)
        return false;
    if (const int unset = m_model->unsetCount(); unset > 0) {
        const auto answer = MessageBoxes::question(
            this, tr("Attendance"),
            tr("%n member(s) have no status yet. Record them as present?", nullptr, unset),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Yes)
            m_model->markAllPresent();
    }
    const std::vector<Attendance> records = m_model->records();
    const std::vector<int> rows = m_model->recordRows();
    const auto problems = m_service->check(m_loaded, records);
    if (!problems.empty()) {
        QStringList lines;
        for (const SheetProblem& p : problems) {
            const QString who = p.index >= 0 && size_t(p.index) < rows.size()
                                    ? m_model->line(rows[size_t(p.index)]).sheet.memberName
                                    : tr("Session");
            QString field;
            if (p.error.field == QLatin1String("reason"))
                field = tr("Reason");
            else if (p.error.field == QLatin1String("makeup_date"))
                field = tr("Make-up date");
            else if (p.error.field == QLatin1String("makeup_note"))
                field = tr("Make-up note");
            else if (p.error.field == QLatin1String("status"))
                field = tr("Status");
            else if (p.error.field == QLatin1String("member_id"))
                field = tr("Member");
            lines << (field.isEmpty() ? tr("%1: %2").arg(who, p.error.message)
                                      : tr("%1 — %2: %3").arg(who, field, p.error.message));
        }
        showProblems(lines);
        const SheetProblem& first = problems.front();
        if (first.index >= 0 && size_t(first.index) < rows.size())
            goToLine(rows[size_t(first.index)]);
        return false;
    }
    const Status stored = m_service->save(m_loaded, records);
    if (!stored) {
        showProblems({stored.error().message});
        return false;
    }
    const int row = currentLine();
    loadSession(m_loaded);
    if (row >= 0 && row < m_model->rowCount())
        goToLine(row);
    return true;
}

} // namespace sl
