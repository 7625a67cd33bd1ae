#pragma once

#include "exchange/ExportScope.h"
#include "exchange/FileImport.h"
#include "exchange/ImportKind.h"

#include "domain/Result.h"

namespace sl {

class Ledger;

// Import and export of the secretary's files: plans, sessions, attendance and speeches
// (FORMATS.md, with two columns added: 批准日期/approved_on in plans, 纪要/minutes_text in
// sessions). The minutes (纪要) are read exactly as written, not trimmed, so that line breaks go
// through an export and a re-import unchanged.
class SessionFiles
{
public:
    static Result<FileImportResult> importFile(Ledger& ledger, ImportKind kind,
                                               const QString& path);
    // Writes UTF-8 CSV with a BOM and Chinese headers; it imports back unchanged. `scope.year`
    // selects the plans of that year and the sessions (and their attendance and speeches)
    // dated in it; `scope.groupRef` one group; `scope.orgRef` the groups of an organisation and
    // its descendants. Returns the number of rows.
    static Result<int> exportFile(Ledger& ledger, ImportKind kind, const QString& path,
                                  const ExportScope& scope = {});
};

} // namespace sl
