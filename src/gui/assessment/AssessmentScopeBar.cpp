#include "gui/assessment/AssessmentScopeBar.h"

#include "gui/common/ScopeComboBox.h"
#include "gui/common/WorkingScope.h"
#include "gui/common/YearSpinBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace sl {

AssessmentScopeBar::AssessmentScopeBar(Ledger& ledger, RosterService& roster, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_roster(roster), m_scope(new ScopeComboBox(this)),
      m_year(new YearSpinBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scopeLabel = new QLabel(tr("&Scope:"), this);
    m_scopeLabel->setBuddy(m_scope);
    layout->addWidget(m_scopeLabel);
    layout->addWidget(m_scope->filterEdit());
    layout->addWidget(m_scope);
    layout->addSpacing(8);
    layout->addWidget(m_year);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AssessmentScopeBar::changed);
    connect(m_year, &QSpinBox::valueChanged, this, &AssessmentScopeBar::changed);
    reload();
}

void AssessmentScopeBar::reload()
{
    m_scope->reload(m_ledger, m_roster);
    m_scope->filterEdit()->setVisible(!m_following && m_scope->needsFilter());
}

void AssessmentScopeBar::follow(WorkingScope& working)
{
    m_following = true;
    for (QWidget* own : QList<QWidget*>{m_scopeLabel, m_scope->filterEdit(), m_scope, m_year})
        own->hide();
    working.bindScope(m_scope);
    working.bindYear(m_year);
}

QComboBox* AssessmentScopeBar::scopeCombo() const
{
    return m_scope;
}

ScopeRef AssessmentScopeBar::scope() const
{
    return m_scope->scope();
}

bool AssessmentScopeBar::setScope(const ScopeRef& scope)
{
    return m_scope->setScope(scope);
}

int AssessmentScopeBar::year() const
{
    return m_year->value();
}

void AssessmentScopeBar::setYear(int year)
{
    m_year->setValue(year);
}

} // namespace sl
