#pragma once

#include "domain/Period.h"
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

// The scope and period of the dashboard and the bulletin: the scope (an organisation with its
// descendants, or a study group; only those within the account's organisation) and the period
// (a year, a half, a quarter or a month of it).
class ScopePeriodBar : public QWidget
{
    Q_OBJECT

public:
    ScopePeriodBar(Ledger& ledger, RosterService& roster, QWidget* parent = nullptr);

    // Lists the organisations and groups again, keeping the choice when it is still there.
    void reload();

    ScopeRef scope() const;
    bool setScope(const ScopeRef& scope);
    Period period() const;
    int year() const;
    void setYear(int year);
    // 0: the whole year; 1, 2: a half; 3…6: Q1…Q4; 7…18: January…December.
    void setPeriodIndex(int index);
    // The chosen period as the interface writes it ("2025年第一季度").
    QString periodText() const;

    QComboBox* scopeCombo() const;
    QComboBox* periodCombo() const { return m_period; }
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
    QComboBox* m_period;
};

} // namespace sl
