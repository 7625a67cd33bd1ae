#include "ScopeSets.h"

#include "NativeRows.h"
#include "ScopeSql.h"

namespace sl {

Result<ScopeSets> readScopeSets(Database& db, qint64 orgId)
{
    ScopeSets out;
    if (Status ok = scanNativeRows(db, sqlv::orgSubtreeSelect(), {orgId},
                                   [&](const NativeRow& q) -> Status {
                                       out.orgs.insert(q.integer(0));
                                       return {};
                                   });
        !ok)
        return ok.error();
    qint64 allOrgs = 0;
    if (Status ok = scanNativeRows(db, QStringLiteral("SELECT count(*) FROM organisations"), {},
                                   [&](const NativeRow& q) -> Status {
                                       allOrgs = q.integer(0);
                                       return {};
                                   });
        !ok)
        return ok.error();
    out.large = !out.orgs.empty() && qint64(out.orgs.size()) * 4 >= allOrgs;
    if (Status ok = scanNativeRows(db, QStringLiteral("SELECT id, org_id FROM study_groups"), {},
                                   [&](const NativeRow& q) -> Status {
                                       if (out.orgs.count(q.integer(1)))
                                           out.groups.insert(q.integer(0));
                                       return {};
                                   });
        !ok)
        return ok.error();
    return out;
}

} // namespace sl
