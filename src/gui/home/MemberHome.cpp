#include "gui/home/MemberHome.h"

#include "gui/attendance/MakeupOwedModel.h"
#include "gui/common/MemberContext.h"
#include "gui/common/MemberPicker.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/ViewRefresher.h"
#include "gui/home/HomeSection.h"
#include "gui/home/HomeSessionModel.h"
#include "gui/myyear/ProgressMeter.h"

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/ProgressService.h"
#include "services/SessionService.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sl {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

MemberHome::MemberHome(Ledger& ledger, RosterService& roster, MemberContext& context,
                       QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_context(context), m_headline(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_message(new QLabel(this)),
      m_makeup(new MakeupOwedModel(this)), m_next(new HomeSessionModel(this)),
      m_makeupSection(new HomeSection(QStringLiteral("memberMakeup"), m_makeup, this)),
      m_nextSection(new HomeSection(QStringLiteral("memberNextSessions"), m_next, this))
{
    setObjectName(QStringLiteral("memberHome"));
    auto* top = new QHBoxLayout;
    if (m_context.canChooseMember()) {
        m_picker = new MemberPicker(roster, m_context, this);
        top->addWidget(m_picker);
    }
    m_headline->setObjectName(QStringLiteral("memberHomeHeadlineLabel"));
    m_headline->setWordWrap(true);
    top->addWidget(m_headline, 1);
    auto* myYear = new QPushButton(tr("Open My Year"), this);
    myYear->setObjectName(QStringLiteral("openMyYearPushButton"));
    top->addWidget(myYear);

    auto* content = new QWidget(this);
    auto* bars = new QGridLayout;
    bars->setHorizontalSpacing(12);
    bars->setColumnStretch(1, 1);
    bars->setColumnStretch(4, 1);
    const QString names[ItemCount] = {tr("Study hours"), tr("Notes"), tr("Speeches"),
                                      tr("Writings")};
    for (int i = 0; i < ItemCount; ++i) {
        auto* name = new QLabel(names[i], content);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_meters[i] = new ProgressMeter(content);
        m_figures[i] = new QLabel(content);
        m_figures[i]->setObjectName(QStringLiteral("homeFiguresLabel%1").arg(i));
        const int row = i / 2;
        const int col = (i % 2) * 3;
        bars->addWidget(name, row, col, Qt::AlignRight | Qt::AlignVCenter);
        bars->addWidget(m_meters[i], row, col + 1);
        bars->addWidget(m_figures[i], row, col + 2);
    }
    m_makeupSection->table()->setColumnHidden(MakeupOwedModel::Form, true);
    m_makeupSection->setStretchColumn(MakeupOwedModel::Topic);
    auto* lists = new QHBoxLayout;
    lists->setSpacing(16);
    lists->addWidget(m_nextSection, 1);
    lists->addWidget(m_makeupSection, 1);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 0, 0);
    contentLayout->addLayout(bars);
    contentLayout->addSpacing(12);
    contentLayout->addLayout(lists, 1);

    m_message->setObjectName(QStringLiteral("memberHomeMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(content);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(myYear, &QPushButton::clicked, this,
            [this] { emit areaRequested(QStringLiteral("my-year")); });
    connect(m_nextSection, &HomeSection::rowActivated, this, [this](int row) {
        if (const SessionRow* r = m_next->row(row))
            emit sessionRequested(r->session.id);
    });
    connect(&m_context, &MemberContext::memberChanged, this, &MemberHome::reload);
    connect(&m_context, &MemberContext::yearChanged, this, &MemberHome::reload);
    auto* refresher = new ViewRefresher(ledger.events(), this, [this] { reload(); });
    refresher->followMember([this] { return m_context.memberId(); });
    reload();
}

void MemberHome::reload()
{
    const qint64 memberId = m_context.memberId();
    if (memberId == 0) {
        m_headline->clear();
        m_message->setText(tr("Choose a member above to see their year, the make-up study they "
                              "owe and their next sessions."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    loadYear(memberId);
    loadSessions(memberId);
}

void MemberHome::loadYear(qint64 memberId)
{
    // The window's year, as of today — or as of its last day (first day) for a past (future)
    // year: its targets are then due whole (not yet).
    const Date today = Clock::today();
    const int year = m_context.year() > 0 ? m_context.year() : int(today.year());
    const Date asOf = std::clamp(today, Date(year, 1, 1), Date(year, 12, 31));
    const bool current = asOf == today;
    auto progress = ProgressService(m_ledger).memberYear(memberId, year, asOf);
    if (!progress) {
        m_headline->clear();
        m_message->setText(tr("The figures cannot be read: %1").arg(progress.error().message));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    const MemberProgress& p = *progress;
    m_headline->setText(
        tr("%1 — year %2, as of %3").arg(p.member.name).arg(p.year).arg(dates::toIso(p.asOf)));
    const ProgressItem* items[ItemCount] = {&p.hours, &p.notes, &p.speeches, &p.writings};
    const QString units[ItemCount] = {tr("hours"), tr("characters"), tr("speeches"), tr("units")};
    for (int i = 0; i < ItemCount; ++i) {
        const ProgressItem& item = *items[i];
        m_meters[i]->setValues(item.actual, item.target, item.due);
        if (current)
            m_meters[i]->setToolTip(item.onTrack()
                                        ? tr("On track: the part due by today is reached")
                                        : tr("Behind: below the part due by today"));
        else
            m_meters[i]->setToolTip(
                item.onTrack() ? tr("The part due by %1 is reached").arg(dates::toIso(asOf))
                               : tr("Below the part due by %1").arg(dates::toIso(asOf)));
        m_figures[i]->setText(
            tr("%1 / %2 %3").arg(number(item.actual), number(item.target), units[i]));
    }
    m_makeup->setRecords(p.makeupOwed);
    m_makeupSection->setTexts(tr("Make-up study owed"),
                              tr("Nothing to make up: every missed session has been made up."));
    m_makeupSection->update(qint64(p.makeupOwed.size()));
    m_stack->setCurrentIndex(0);
}

void MemberHome::loadSessions(qint64 memberId)
{
    SessionService sessions(m_ledger);
    SessionQuery query;
    query.memberId = memberId;
    query.from = Clock::today();
    query.status = SessionStatus::Planned;
    m_nextSection->setTexts(tr("My next sessions"),
                            tr("No session of your study groups is planned yet — the secretary "
                               "schedules them; meanwhile log your self-study."));
    auto total = sessions.count(query);
    query.limit = rowLimit;
    auto rows = sessions.list(query);
    if (!rows || !total) {
        m_next->setRows({});
        m_nextSection->showError(rows ? total.error().message : rows.error().message);
        return;
    }
    m_next->setRows(std::move(rows).value());
    m_nextSection->update(*total);
}

QString MemberHome::figuresText(Item item) const
{
    return m_figures[item]->text();
}

QString MemberHome::headlineText() const
{
    return m_headline->text();
}

QString MemberHome::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

} // namespace sl
