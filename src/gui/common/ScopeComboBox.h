#pragma once

#include "domain/ScopeRef.h"

#include <QComboBox>

class QLineEdit;

namespace sl {

class FilteredChoices;
class Ledger;
class RosterService;

// The scope chooser of the assessment, the dashboard and what comes after them: the
// organisations as a tree (each standing for itself with all its descendants), then the study
// groups (中心组 first, then by number). An account bound to an organisation sees that
// organisation's subtree only. The combo holds a page of them at most (FilteredChoices): with
// more, the filter line (placed by the bar beside the combo) finds them by name or number.
class ScopeComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ScopeComboBox(QWidget* parent = nullptr);

    // The filter line, a sibling of the combo (shown only when not every entry fits).
    QLineEdit* filterEdit() const { return m_filter; }
    // More entries than a page: the bar shows the filter line.
    bool needsFilter() const;

    // Lists the organisations and groups again, keeping the scope chosen when it still exists
    // (else the first entry).
    void reload(Ledger& ledger, RosterService& roster);
    ScopeRef scope() const;
    bool setScope(const ScopeRef& scope);

private:
    QLineEdit* m_filter;
    FilteredChoices* m_choices;
};

} // namespace sl
