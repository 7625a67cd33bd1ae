#pragma once

#include "domain/AuditRecords.h"
#include "domain/Result.h"

#include <QString>

namespace sl {

class Ledger;

// The audit trail (审计日志) as CSV (CsvFileWriter: UTF-8 with BOM, formulas neutralised, the
// file whole or not at all): the rows of `query`, newest first. Administrators only (the
// AuditService check). Returns the number of rows written.
Result<int> exportAuditCsv(Ledger& ledger, const AuditQuery& query, const QString& path);

} // namespace sl
