#pragma once

#include "domain/ScopeRef.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace sl {

class RosterService;

// The scope and year the assessment area shows: one combo listing the organisations (as a tree,
// each with all its descendants) and then the study groups, and the year. Remembers nothing yet.
class AssessmentScopeBar : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentScopeBar(RosterService& roster, QWidget* parent = nullptr);

    // Reads the organisations and groups again, keeping the scope chosen when it still exists.
    void reload();
    ScopeRef scope() const;
    bool setScope(const ScopeRef& scope);
    int year() const;
    void setYear(int year);
    QComboBox* scopeCombo() const { return m_scope; }
    QSpinBox* yearSpin() const { return m_year; }

signals:
    void changed();

private:
    int indexOf(const ScopeRef& scope) const;

    RosterService& m_roster;
    QComboBox* m_scope;
    QSpinBox* m_year;
};

} // namespace sl
