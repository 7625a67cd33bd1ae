#include "gui/dashboard/DashboardScopeBar.h"

#include "gui/common/UiLanguage.h"

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <functional>

namespace sl {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

enum PeriodKind
{
    WholeYear = 0,
    Half = 1,    // 1, 2
    Quarter = 3, // 3…6
    Month = 7,   // 7…18
    PeriodCount = 19
};

} // namespace

DashboardScopeBar::DashboardScopeBar(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_roster(roster), m_scope(new QComboBox(this)),
      m_year(new QSpinBox(this)), m_period(new QComboBox(this))
{
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setMaxVisibleItems(20);
    m_year->setObjectName(QStringLiteral("yearSpinBox"));
    m_year->setRange(Period::kMinYear, Period::kMaxYear);
    m_year->setSuffix(tr(" (year)"));
    m_year->setValue(Clock::today().year());
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_period->addItem(tr("Whole year"));
    m_period->addItem(tr("First half"));
    m_period->addItem(tr("Second half"));
    for (int q = 1; q <= 4; ++q)
        m_period->addItem(tr("Q%1").arg(q));
    for (int m = 1; m <= 12; ++m)
        m_period->addItem(QLocale().standaloneMonthName(m));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scope);
    layout->addWidget(scopeLabel);
    layout->addWidget(m_scope);
    layout->addSpacing(8);
    layout->addWidget(m_year);
    layout->addWidget(m_period);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &DashboardScopeBar::changed);
    connect(m_year, &QSpinBox::valueChanged, this, &DashboardScopeBar::changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardScopeBar::changed);
    reload();
}

void DashboardScopeBar::reload()
{
    const ScopeRef current = scope();
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    auto orgs = m_roster.organisations();
    if (!orgs)
        return;
    // Only the account's organisation and its descendants.
    QSet<qint64> visible;
    const Actor& actor = m_ledger.actor();
    const bool limited = !actor.isSingleUser() && actor.orgId != 0;
    if (limited) {
        auto ids = m_roster.subtree(actor.orgId);
        for (qint64 id : ids ? *ids : std::vector<qint64>())
            visible.insert(id);
    }
    std::vector<Organisation> list = *orgs;
    std::sort(list.begin(), list.end(),
              [](const Organisation& a, const Organisation& b) { return a.extId < b.extId; });
    QSet<qint64> known;
    for (const Organisation& o : list)
        known.insert(o.id);
    // Depth first from the roots (or from the account's organisation).
    std::function<void(qint64, int)> addChildren = [&](qint64 parent, int depth) {
        for (const Organisation& o : list) {
            const bool root =
                limited ? o.id == actor.orgId : (o.parentId == 0 || !known.contains(o.parentId));
            if (parent == 0 ? !root : o.parentId != parent)
                continue;
            m_scope->addItem(QString(depth * 2, QChar(0x3000)) + o.name, o.id);
            m_scope->setItemData(m_scope->count() - 1, int(ScopeKind::Organisation), KindRole);
            addChildren(o.id, depth + 1);
        }
    };
    addChildren(0, 0);
    auto groups = m_roster.groups();
    if (groups && !groups->empty()) {
        m_scope->insertSeparator(m_scope->count());
        for (const StudyGroup& g : *groups) {
            if (limited && !visible.contains(g.orgId))
                continue;
            m_scope->addItem(tr("Group: %1").arg(g.name), g.id);
            m_scope->setItemData(m_scope->count() - 1, int(ScopeKind::Group), KindRole);
        }
    }
    if (!current.isValid() || !setScope(current))
        m_scope->setCurrentIndex(m_scope->count() > 0 ? 0 : -1);
}

ScopeRef DashboardScopeBar::scope() const
{
    const int i = m_scope->currentIndex();
    if (i < 0 || !m_scope->itemData(i, KindRole).isValid())
        return {};
    return ScopeRef{ScopeKind(m_scope->itemData(i, KindRole).toInt()),
                    m_scope->itemData(i).toLongLong()};
}

bool DashboardScopeBar::setScope(const ScopeRef& scope)
{
    for (int i = 0; i < m_scope->count(); ++i) {
        if (m_scope->itemData(i).toLongLong() == scope.id &&
            m_scope->itemData(i, KindRole).isValid() &&
            ScopeKind(m_scope->itemData(i, KindRole).toInt()) == scope.kind) {
            m_scope->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

int DashboardScopeBar::year() const
{
    return m_year->value();
}

void DashboardScopeBar::setYear(int year)
{
    m_year->setValue(year);
}

void DashboardScopeBar::setPeriodIndex(int index)
{
    if (index >= 0 && index < PeriodCount)
        m_period->setCurrentIndex(index);
}

Period DashboardScopeBar::period() const
{
    const int y = year();
    const int i = std::max(0, m_period->currentIndex());
    if (i >= Month)
        return Period::month(y, i - Month + 1);
    if (i >= Quarter)
        return Period::quarter(y, i - Quarter + 1);
    if (i >= Half)
        return Period::half(y, i - Half + 1);
    return Period::year(y);
}

QString DashboardScopeBar::periodText() const
{
    const Period p = period();
    return ui::isEnglish() ? p.labelEn() : p.label();
}

} // namespace sl
