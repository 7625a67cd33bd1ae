#pragma once

#include <QString>

namespace bench {

// The anchor of an import: the rows that `export KIND` wrote from `source` (members or
// selfstudy), read from `source` beforehand and inserted into `target` by one prepared
// statement in one transaction through the sqlite3 C API, numbers resolved to the target's ids
// beforehand too. Returns the seconds the insert loop and its commit took, or -1 on an error
// (printed to standard error). The rows are those the import stores: a member's row carries
// its stored pinyin initials (`name_initials`, indexed), which the import derives from the name.
double rawInsertSeconds(const QString& kind, const QString& source, const QString& target);

} // namespace bench
