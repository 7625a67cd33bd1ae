#include "gui/myyear/MyYearView.h"

#include "gui/attendance/MakeupOwedModel.h"
#include "gui/common/MemberContext.h"
#include "gui/common/MemberPicker.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/TableExportAction.h"
#include "gui/common/UiLanguage.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"
#include "gui/myyear/ProgressMeter.h"

#include "services/Clock.h"
#include "services/Ledger.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sl {

namespace {

constexpr int minYear = 2000;
constexpr int maxYear = 2100;

// A target as the rubric gives it: whole numbers without decimals.
QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : decimals);
}

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString percent(double value)
{
    return QString::number(qRound(value));
}

} // namespace

MyYearView::MyYearView(Ledger& ledger, RosterService& roster, MemberContext& context,
                       QWidget* parent)
    : QWidget(parent), m_service(ledger), m_roster(roster), m_context(context),
      m_makeup(new MakeupOwedModel(this))
{
    auto* header = new ViewHeader(tr("My year"), this);
    m_picker = new MemberPicker(m_roster, m_context, header);
    m_picker->setOffersInactive(true); // a member who left keeps their archive and years
    m_year = new QSpinBox(header);
    m_year->setObjectName(QStringLiteral("myYearSpinBox"));
    m_year->setRange(minYear, maxYear);
    m_year->setValue(m_context.year());
    m_year->setSuffix(tr(" (year)"));
    header->addWidget(m_picker);
    header->addSpacing(8);
    header->addWidget(m_year);
    m_year->setHidden(m_context.followsWindow()); // the tool bar's year

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("myYearHeadlineLabel"));
    m_headline->setWordWrap(true);

    auto* content = new QWidget(this);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    addRow(grid, Hours, tr("Study hours"));
    addRow(grid, Notes, tr("Notes"));
    addRow(grid, Speeches, tr("Speeches"));
    addRow(grid, Writings, tr("Writings"));

    m_makeupTitle = new QLabel(content);
    QFont bold = m_makeupTitle->font();
    bold.setBold(true);
    m_makeupTitle->setFont(bold);
    m_makeupTable = new RecordTableView(content);
    m_makeupTable->setObjectName(QStringLiteral("makeupOwedTableView"));
    TableExportAction::install(m_makeupTable, tr("make-up-owed"));
    m_makeupTable->setModel(m_makeup);
    m_makeupTable->horizontalHeader()->setStretchLastSection(false);
    m_makeupTable->horizontalHeader()->setSectionResizeMode(MakeupOwedModel::Topic,
                                                            QHeaderView::Stretch);
    m_makeupTable->setColumnWidth(MakeupOwedModel::Date, 110);
    m_makeupTable->setColumnWidth(MakeupOwedModel::Group, 260);
    m_makeupTable->setColumnWidth(MakeupOwedModel::Form, 100);
    m_makeupTable->setColumnWidth(MakeupOwedModel::Status, 70);
    m_makeupTable->setColumnWidth(MakeupOwedModel::Reason, 160);
    m_noMakeup =
        new QLabel(tr("Nothing to make up: every missed session has been made up."), content);
    m_noMakeup->setEnabled(false);

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 8, 0, 0);
    contentLayout->addLayout(grid);
    contentLayout->addSpacing(16);
    contentLayout->addWidget(m_makeupTitle);
    contentLayout->addWidget(m_makeupTable, 1);
    contentLayout->addWidget(m_noMakeup);
    contentLayout->addStretch(0);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("emptyStateLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(content);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(header);
    layout->addWidget(m_headline);
    layout->addWidget(m_stack, 1);

    connect(m_year, &QSpinBox::valueChanged, &m_context, &MemberContext::setYear);
    connect(&m_context, &MemberContext::yearChanged, this, [this](int year) {
        m_year->setValue(year);
        reload();
    });
    connect(&m_context, &MemberContext::memberChanged, this, &MyYearView::reload);
    auto* refresher = new ViewRefresher(ledger.events(), this, [this] { reload(); });
    refresher->followMember([this] { return m_context.memberId(); });
    reload();
}

void MyYearView::addRow(QGridLayout* grid, Item item, const QString& name)
{
    Row& row = m_rows[item];
    row.name = new QLabel(name, this);
    QFont bold = row.name->font();
    bold.setBold(true);
    row.name->setFont(bold);
    row.meter = new ProgressMeter(this);
    row.figures = new QLabel(this);
    row.figures->setObjectName(QStringLiteral("figuresLabel%1").arg(int(item)));
    row.detail = new QLabel(this);
    row.detail->setEnabled(false); // the quieter text colour
    const int r = int(item) * 2;
    grid->addWidget(row.name, r, 0, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(row.meter, r, 1);
    grid->addWidget(row.figures, r, 2);
    grid->addWidget(row.detail, r + 1, 1, 1, 2);
    grid->setRowMinimumHeight(r + 1, row.detail->sizeHint().height() + 10);
}

void MyYearView::reload()
{
    m_progress.reset();
    if (m_context.memberId() == 0) {
        m_headline->clear();
        m_message->setText(tr("Choose a member above to see where they stand in the year."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    auto progress = m_service.memberYear(m_context.memberId(), m_context.year(), Clock::today());
    if (!progress) {
        m_headline->clear();
        m_message->setText(tr("The figures cannot be read: %1").arg(progress.error().message));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_progress = std::move(progress).value();
    showProgress(*m_progress);
    m_stack->setCurrentIndex(0);
}

void MyYearView::showItem(Item item, const ProgressItem& value, const QString& figures,
                          const QString& detail)
{
    Row& row = m_rows[item];
    row.meter->setValues(value.actual, value.target, value.due);
    row.meter->setToolTip(value.onTrack() ? tr("On track: the part due by today is reached")
                                          : tr("Behind: below the part due by today"));
    row.figures->setText(figures);
    row.detail->setText(detail);
}

void MyYearView::showProgress(const MemberProgress& p)
{
    const MemberFigures& f = p.figures;
    const bool cadre = p.member.cadreLevel != CadreLevel::NotCadre;
    const int elapsed = Progress::elapsedDays(p.period, p.asOf);
    const double passed = p.period.days() > 0 ? 100.0 * elapsed / p.period.days() : 0;
    m_headline->setText(tr("%1 (%2) — %3, as of %4: %5% of the year has passed")
                            .arg(p.member.name,
                                 cadre ? tr("cadre, %1").arg(ui::label(p.member.cadreLevel))
                                       : tr("ordinary member"),
                                 tr("year %1").arg(p.year), dates::toIso(p.asOf), percent(passed)));

    showItem(
        Hours, p.hours,
        tr("%1 / %2 hours (due by now: %3)")
            .arg(oneDecimal(p.hours.actual), number(p.hours.target, 1), oneDecimal(p.hours.due)),
        tr("%1% of the year's target · collective study %2 h + self-study %3 h")
            .arg(percent(p.hours.percentOfTarget()), oneDecimal(f.collectiveMinutes / 60.0),
                 oneDecimal(f.selfStudyMinutes / 60.0)));
    showItem(Notes, p.notes,
             tr("%1 / %2 characters (due by now: %3)")
                 .arg(QLocale().toString(qint64(p.notes.actual)),
                      QLocale().toString(qint64(p.notes.target)),
                      QLocale().toString(qint64(qRound64(p.notes.due)))),
             tr("%1% of the year's target · notes of the self-study entries")
                 .arg(percent(p.notes.percentOfTarget())));
    showItem(Speeches, p.speeches,
             tr("%1 / %2 speeches (due by now: %3)")
                 .arg(QString::number(qRound(p.speeches.actual)), number(p.speeches.target, 0),
                      oneDecimal(p.speeches.due)),
             tr("%1% of the year's target · speeches at study sessions")
                 .arg(percent(p.speeches.percentOfTarget())));
    showItem(Writings, p.writings,
             tr("%1 / %2 units (due by now: %3)")
                 .arg(QString::number(qRound(p.writings.actual)), number(p.writings.target, 0),
                      oneDecimal(p.writings.due)),
             tr("%1% of the year's target · reflections %2, theory articles %3, research reports "
                "%4 (a report counts 2)")
                 .arg(percent(p.writings.percentOfTarget()))
                 .arg(f.reflections)
                 .arg(f.articles)
                 .arg(f.reports));

    const int owed = int(p.makeupOwed.size());
    m_makeup->setRecords(p.makeupOwed);
    m_makeupTitle->setText(tr("Make-up study owed: %n session(s)", nullptr, owed));
    m_makeupTable->setVisible(owed > 0);
    m_noMakeup->setVisible(owed == 0);
}

QString MyYearView::figuresText(Item item) const
{
    return m_rows[item].figures->text();
}

QString MyYearView::detailText(Item item) const
{
    return m_rows[item].detail->text();
}

QString MyYearView::headlineText() const
{
    return m_headline->text();
}

} // namespace sl
