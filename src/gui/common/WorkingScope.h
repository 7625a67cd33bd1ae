#pragma once

#include "domain/ScopeRef.h"

#include <QObject>

class QSpinBox;

namespace sl {

class Ledger;
class ScopeComboBox;

// The scope (an organisation with its descendants, or a study group) and the year that every
// area of the window shows: chosen in the tool bar (ScopeToolBar), followed by the areas. The
// choice is saved in the settings when `persistent` and restored when a ledger is set, unless
// the saved scope no longer exists or the account may not see it (then the account's
// organisation); the year opens on one with records (WorkingScopeService::defaultYear).
class WorkingScope : public QObject
{
    Q_OBJECT

public:
    explicit WorkingScope(bool persistent, QObject* parent = nullptr);

    // Chooses the scope and year for a ledger just opened (or its account changed); emits
    // changed() when either differs from before. Null: none (no scope, the current year).
    void setLedger(Ledger* ledger);

    ScopeRef scope() const { return m_scope; }
    int year() const { return m_year; }
    // False for an account that reads its own records only: the scope stays unset.
    bool choosesScope() const { return m_choosesScope; }

    // Refused (false) for a scope the account may not see.
    bool setScope(const ScopeRef& scope);
    void setYear(int year);

    // Ties an area's own year box to the window's year both ways: it shows the window's year,
    // and a year set in it (by the area's code: a link to another year) becomes the window's.
    void bindYear(QSpinBox* year);
    // The same for an area's own scope chooser; a scope refused (setScope) is taken back.
    void bindScope(ScopeComboBox* scope);

signals:
    void scopeChanged(const ScopeRef& scope);
    void yearChanged(int year);
    // Either changed (once for a new ledger).
    void changed();

private:
    void save() const;

    Ledger* m_ledger = nullptr;
    bool m_persistent;
    bool m_choosesScope = false;
    ScopeRef m_scope;
    int m_year;
};

} // namespace sl
