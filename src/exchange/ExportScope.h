#pragma once

#include "domain/DateBridge.h"
#include "domain/Result.h"

#include <QString>

namespace sl {

// What an export writes (`export KIND … [--year Y] [--org ID | --group ID]`): everything, or
// the subtree of one organisation, or one group; kinds with dates also by year.
struct ExportScope
{
    QString orgRef;   // FORMATS.md ID of an organisation; empty: every organisation
    QString groupRef; // FORMATS.md ID of a study group (group-members, selfstudy, writings)
    int year = 0;     // records dated in that calendar year (selfstudy, writings); 0: all
    bool includeCancelled = false; // the calendar: also cancelled sessions
};

class Ledger;

// An export scope with its references resolved: the period of its year and the ids of its
// organisation and group (0 where the scope names none).
struct ResolvedScope
{
    Date from;
    Date to;
    qint64 rootOrgId = 0;
    qint64 groupId = 0;
};

Result<ResolvedScope> resolveScope(Ledger& ledger, const ExportScope& scope);

} // namespace sl
