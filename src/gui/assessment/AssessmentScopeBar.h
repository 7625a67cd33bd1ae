#pragma once

#include "domain/ScopeRef.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace sl {

class Ledger;
class RosterService;
class ScopeComboBox;

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

signals:
    void changed();

private:
    Ledger& m_ledger;
    RosterService& m_roster;
    ScopeComboBox* m_scope;
    QSpinBox* m_year;
};

} // namespace sl
