#pragma once

#include <QString>

namespace sl {

// What an export writes (`export KIND … [--year Y] [--org ID | --group ID]`): everything, or
// the subtree of one organisation, or one group; kinds with dates also by year.
struct ExportScope
{
    QString orgRef;   // FORMATS.md ID of an organisation; empty: every organisation
    QString groupRef; // FORMATS.md ID of a study group (group-members, selfstudy, writings)
    int year = 0;     // records dated in that calendar year (selfstudy, writings); 0: all
};

} // namespace sl
