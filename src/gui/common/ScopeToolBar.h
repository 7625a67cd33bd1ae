#pragma once

#include <QToolBar>

class QLabel;
class QSpinBox;

namespace sl {

class Ledger;
class RosterService;
class ScopeComboBox;
class WorkingScope;

// The window's tool bar with the scope and the year that every area shows (UX.md: on the right
// of the tool bar): the organisations as a tree and the study groups (ScopeComboBox, a page of
// them at most, a search field when there are more) and the year. It shows and sets the
// WorkingScope; an account without scopes to choose (a member's own) sees the year only.
class ScopeToolBar : public QToolBar
{
    Q_OBJECT

public:
    ScopeToolBar(WorkingScope& working, QWidget* parent = nullptr);

    // A ledger was opened or its account changed: the working scope chooses its scope and year
    // for it (WorkingScope::setLedger), and the bar lists what the account may see.
    void setLedger(Ledger& ledger, RosterService& roster);
    // Lists the organisations and groups of the ledger the account may see, and shows the
    // working scope and year.
    void reload(Ledger& ledger, RosterService& roster);

    ScopeComboBox* scopeCombo() const { return m_scope; }
    QSpinBox* yearSpin() const { return m_year; }

private:
    WorkingScope& m_working;
    QLabel* m_scopeLabel;
    ScopeComboBox* m_scope;
    QAction* m_filterAction;
    QAction* m_scopeLabelAction;
    QAction* m_scopeAction;
    QSpinBox* m_year;
};

} // namespace sl
