#pragma once

#include "domain/ScopeRef.h"

#include <QComboBox>

namespace sl {

class Ledger;
class RosterService;

// The scope chooser of the assessment, the dashboard and what comes after them: the
// organisations as a tree (each standing for itself with all its descendants), then the study
// groups (中心组 first, then by number). An account bound to an organisation sees that
// organisation's subtree only.
class ScopeComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ScopeComboBox(QWidget* parent = nullptr);

    // Lists the organisations and groups again, keeping the scope chosen when it still exists
    // (else the first entry).
    void reload(Ledger& ledger, RosterService& roster);
    ScopeRef scope() const;
    bool setScope(const ScopeRef& scope);
};

} // namespace sl
