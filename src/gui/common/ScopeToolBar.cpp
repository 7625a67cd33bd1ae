#include "gui/common/ScopeToolBar.h"

#include "gui/common/ScopeComboBox.h"
#include "gui/common/WorkingScope.h"
#include "gui/common/YearSpinBox.h"

#include "domain/Period.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace sl {

ScopeToolBar::ScopeToolBar(WorkingScope& working, QWidget* parent)
    : QToolBar(tr("Scope and year"), parent), m_working(working), m_scopeLabel(new QLabel(this)),
      m_scope(new ScopeComboBox(this)), m_year(new YearSpinBox(this))
{
    setObjectName(QStringLiteral("scopeToolBar"));
    setMovable(false);
    setFloatable(false);
    // On the right, as UX.md draws it.
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    m_scopeLabel->setText(tr("S&cope:"));
    m_scopeLabel->setBuddy(m_scope);
    m_scopeLabel->setContentsMargins(0, 0, 4, 0);
    m_scope->setObjectName(QStringLiteral("toolBarScopeComboBox"));
    m_scope->setToolTip(tr("The organisation (with its subordinate organisations) or the study "
                           "group that every area shows"));
    m_scope->filterEdit()->setObjectName(QStringLiteral("toolBarScopeFilterLineEdit"));
    m_scope->filterEdit()->setPlaceholderText(tr("Find an organisation or group…"));
    m_scope->filterEdit()->setMinimumWidth(160);
    m_scopeLabelAction = addWidget(m_scopeLabel);
    m_filterAction = addWidget(m_scope->filterEdit());
    m_scopeAction = addWidget(m_scope);
    m_year->setObjectName(QStringLiteral("toolBarYearSpinBox"));
    m_year->setRange(Period::kMinYear, Period::kMaxYear);
    m_year->setToolTip(tr("The year that every area shows"));
    addSeparator();
    addWidget(m_year);
    m_working.bindYear(m_year);
    m_working.bindScope(m_scope);
}

void ScopeToolBar::setLedger(Ledger& ledger, RosterService& roster)
{
    {
        // The lists still hold the previous ledger's entries: they must not answer.
        const QSignalBlocker blockScope(m_scope);
        const QSignalBlocker blockYear(m_year);
        m_working.setLedger(&ledger);
    }
    reload(ledger, roster);
}

void ScopeToolBar::reload(Ledger& ledger, RosterService& roster)
{
    {
        const QSignalBlocker block(m_scope);
        m_scope->reload(ledger, roster);
        m_scope->setScope(m_working.scope());
    }
    const bool chooses = m_working.choosesScope();
    m_scopeLabelAction->setVisible(chooses);
    m_scopeAction->setVisible(chooses);
    m_filterAction->setVisible(chooses && m_scope->needsFilter());
    const QSignalBlocker block(m_year);
    m_year->setValue(m_working.year());
}

} // namespace sl
