#pragma once

#include "domain/ScopeRef.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace sl {

class Ledger;
class RosterService;
class ScopeComboBox;
class WorkingScope;

// The scope and year the assessment area shows: the scope chooser (common/ScopeComboBox) and the
// year. Remembers nothing yet.
class AssessmentScopeBar : public QWidget
{
    Q_OBJECT

public:
    AssessmentScopeBar(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);

    // Reads the organisations and groups again, keeping the scope chosen when it still exists.
    void reload();
    ScopeRef scope() const;
    bool setScope(const ScopeRef& scope);
    int year() const;
    void setYear(int year);
    QComboBox* scopeCombo() const;
    QSpinBox* yearSpin() const { return m_year; }

    // Follows the window's scope and year (the tool bar): the bar's own scope chooser and year
    // are hidden, and a scope or year set through the bar becomes the window's.
    void follow(WorkingScope& working);

signals:
    void changed();

private:
    Ledger& m_ledger;
    RosterService& m_roster;
    ScopeComboBox* m_scope;
    QLabel* m_scopeLabel = nullptr;
    bool m_following = false;
    QSpinBox* m_year;
};

} // namespace sl
