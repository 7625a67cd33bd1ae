#include "AuditExport.h"

#include "TableFileWriter.h"

#include "services/AuditService.h"

namespace sl {

Result<int> exportAuditCsv(Ledger& ledger, const AuditQuery& query, const QString& path)
{
    AuditService service(ledger);
    if (Status allowed = service.mayRead(); !allowed)
        return allowed.error();
    const auto writer = TableFileWriter::create(path);
    TableFileWriter& out = *writer;
    const std::vector<CellKind> kinds = {CellKind::Text, CellKind::Text,    CellKind::Text,
                                         CellKind::Text, CellKind::Integer, CellKind::Text};
    if (Status s = out.open(AuditService::csvHeader(), kinds); !s)
        return s.error();
    int count = 0;
    Status scanned = service.forEach(query, [&](const AuditEntry& e) {
        ++count;
        return out.add(AuditService::csvFields(e));
    });
    if (!scanned)
        return scanned.error();
    if (Status s = out.commit(); !s)
        return s.error();
    return count;
}

} // namespace sl
