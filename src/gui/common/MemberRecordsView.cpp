#include "gui/common/MemberRecordsView.h"

#include "gui/common/MemberContext.h"
#include "gui/common/MemberPicker.h"
#include "gui/common/PeriodFilterCombo.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/TableBehaviour.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"

#include "services/Clock.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>

#include <algorithm>

namespace sl {

MemberRecordsView::MemberRecordsView(RosterService& roster, MemberContext& context,
                                     const QString& title, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    m_header = new ViewHeader(title, this);
    m_picker = new MemberPicker(roster, m_context, m_header);
    m_header->addWidget(m_picker);
}

QHBoxLayout* MemberRecordsView::buildPeriodBar(const QString& periodText, const QString& periodName)
{
    m_period = new PeriodFilterCombo(this);
    m_period->setObjectName(periodName);
    auto* periodLabel = new QLabel(periodText, this);
    periodLabel->setBuddy(m_period);
    m_summary = new QLabel(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    m_periodBar = bar;
    return bar;
}

void MemberRecordsView::buildList(QAbstractItemModel* model, const QString& tableName,
                                  const QList<QAction*>& menuActions)
{
    m_table = new RecordTableView(this);
    m_table->setObjectName(tableName);
    TableBehaviour::sortAndFilter(m_table, model);
    m_filter = TableBehaviour::filterField(m_table, this, tr("Filter the rows…"));
    if (m_periodBar)
        m_periodBar->insertWidget(m_periodBar->indexOf(m_summary) + 1, m_filter);
    TableBehaviour::Options options;
    options.exportStem = QString(tableName).remove(QStringLiteral("TableView"));
    // The first two of the menu are the edit and delete actions; Enter and double-click are the
    // subclass's (activated()).
    options.more = menuActions;
    TableBehaviour::install(m_table, options);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyStateLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
}

void MemberRecordsView::followRecords(LedgerEvents& events, LedgerChanges::Record kind,
                                      std::function<void()> reload)
{
    // The period shown lies in the window's year (referenceDate): a new year reloads at once.
    connect(&m_context, &MemberContext::yearChanged, this, [reload] { reload(); });
    auto* refresher = new ViewRefresher(events, this, std::move(reload));
    connect(&events, &LedgerEvents::memberRecordsChanged, refresher,
            [this, refresher, kind](qint64 member, LedgerChanges::Record changed) {
                if (changed == kind && (member == 0 || member == m_context.memberId()))
                    refresher->touch();
            });
}

Date MemberRecordsView::referenceDate() const
{
    const Date today = Clock::today();
    if (m_context.year() == int(today.year()) || m_context.year() <= 0)
        return today;
    return Date(static_cast<unsigned short>(m_context.year()), 12, 31);
}

bool MemberRecordsView::goToRecordRow(int row)
{
    if (row < 0)
        return false;
    m_table->goToRow(row);
    return true;
}

void MemberRecordsView::keepRowNear(int previousRow)
{
    const int n = m_table->model()->rowCount();
    if (n > 0)
        m_table->goToRow(std::min(std::max(previousRow, 0), n - 1));
}

void MemberRecordsView::showListOr(const QString& problem, const QString& noMember,
                                   const QString& noRows)
{
    QString empty = problem;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(m_table->model());
    if (empty.isEmpty() && m_context.memberId() == 0)
        empty = noMember;
    else if (empty.isEmpty() && proxy->sourceModel()->rowCount() == 0)
        empty = noRows;
    m_empty->setText(empty);
    m_listStack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget*>(m_table) : m_empty);
}

QString MemberRecordsView::summaryText() const
{
    return m_summary->text();
}

QString MemberRecordsView::emptyText() const
{
    return m_listStack->currentWidget() == m_empty ? m_empty->text() : QString();
}

} // namespace sl
