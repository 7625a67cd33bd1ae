#pragma once

#include "exchange/FileImport.h"
#include "exchange/ImportKind.h"

#include "domain/Result.h"

namespace sl {

class Ledger;

// What an export writes: everything, or the subtree of one organisation, or one group.
struct ExportScope
{
    QString orgRef;   // FORMATS.md ID of an organisation; empty: every organisation
    QString groupRef; // FORMATS.md ID of a study group (group-members only)
};

// Import and export of the roster files: orgs, members, groups, group-members.
class RosterFiles
{
public:
    static Result<FileImportResult> importFile(Ledger& ledger, ImportKind kind,
                                               const QString& path);
    // Writes the file as UTF-8 CSV with a BOM and Chinese headers; it imports back unchanged.
    // Returns the number of rows written.
    static Result<int> exportFile(Ledger& ledger, ImportKind kind, const QString& path,
                                  const ExportScope& scope = {});
};

} // namespace sl
