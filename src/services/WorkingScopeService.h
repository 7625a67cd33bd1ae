#pragma once

#include "domain/ScopeRef.h"

namespace sl {

class Ledger;

// What the window's scope and year start on and may be (the tool bar's choice): a scope the
// account may read the records of, the account's organisation first; the year of the latest
// records rather than an empty current year.
class WorkingScopeService
{
public:
    explicit WorkingScopeService(Ledger& ledger) : m_ledger(ledger) {}

    // False for an account that reads its own member's records only (a member account): it
    // has no scope to choose.
    bool choosesScope() const;
    // The scope exists and the account may read its records (an organisation within the
    // account's subtree, a group of such an organisation).
    bool maySee(const ScopeRef& scope) const;
    // The account's organisation, else the first top-level organisation, else the first group;
    // invalid when the ledger has none the account may see.
    ScopeRef defaultScope() const;
    // The year to open on: `saved` when it holds records (sessions or self-study), else the
    // current year when it does, else the latest earlier year that does, else the current year.
    // `saved` 0: none saved.
    int defaultYear(int saved) const;

private:
    Ledger& m_ledger;
};

} // namespace sl
