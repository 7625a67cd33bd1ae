#pragma once

#include "exchange/ExportScope.h"
#include "exchange/FileImport.h"
#include "exchange/ImportKind.h"

#include "domain/Result.h"

namespace sl {

class Ledger;

// Import and export of the roster files: orgs, members, groups, group-members (the record kinds
// selfstudy and writings are ActivityFiles' and refused here).
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
