#include "gui/common/ScopePeriodBar.h"

#include "gui/common/ScopeComboBox.h"
#include "gui/common/UiLanguage.h"
#include "gui/common/WorkingScope.h"
#include "gui/common/YearSpinBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace sl {

namespace {

enum PeriodKind
{
    WholeYear = 0,
    Half = 1,    // 1, 2
    Quarter = 3, // 3…6
    Month = 7,   // 7…18
    PeriodCount = 19
};

} // namespace

ScopePeriodBar::ScopePeriodBar(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_roster(roster), m_scope(new ScopeComboBox(this)),
      m_year(new YearSpinBox(this)), m_period(new QComboBox(this))
{
    m_year->setRange(Period::kMinYear, Period::kMaxYear);
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
    m_scopeLabel = new QLabel(tr("&Scope:"), this);
    m_scopeLabel->setBuddy(m_scope);
    layout->addWidget(m_scopeLabel);
    layout->addWidget(m_scope->filterEdit());
    layout->addWidget(m_scope);
    layout->addSpacing(8);
    layout->addWidget(m_year);
    layout->addWidget(m_period);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ScopePeriodBar::changed);
    connect(m_year, &QSpinBox::valueChanged, this, &ScopePeriodBar::changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ScopePeriodBar::changed);
    reload();
}

void ScopePeriodBar::reload()
{
    m_scope->reload(m_ledger, m_roster);
    m_scope->filterEdit()->setVisible(!m_following && m_scope->needsFilter());
}

void ScopePeriodBar::follow(WorkingScope& working)
{
    m_following = true;
    for (QWidget* own : QList<QWidget*>{m_scopeLabel, m_scope->filterEdit(), m_scope, m_year})
        own->hide();
    working.bindScope(m_scope);
    working.bindYear(m_year);
}

QComboBox* ScopePeriodBar::scopeCombo() const
{
    return m_scope;
}

ScopeRef ScopePeriodBar::scope() const
{
    return m_scope->scope();
}

bool ScopePeriodBar::setScope(const ScopeRef& scope)
{
    return m_scope->setScope(scope);
}

int ScopePeriodBar::year() const
{
    return m_year->value();
}

void ScopePeriodBar::setYear(int year)
{
    m_year->setValue(year);
}

void ScopePeriodBar::setPeriodIndex(int index)
{
    if (index >= 0 && index < PeriodCount)
        m_period->setCurrentIndex(index);
}

Period ScopePeriodBar::period() const
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

QString ScopePeriodBar::periodText() const
{
    const Period p = period();
    return ui::isEnglish() ? p.labelEn() : p.label();
}

} // namespace sl
