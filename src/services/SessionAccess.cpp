#include "SessionAccess.h"

#include "Ledger.h"

#include "storage/GroupRepository.h"
#include "storage/OrgRepository.h"

#include <algorithm>

namespace sl {

namespace {

bool mayChange(const Actor& a)
{
    return a.isSingleUser() || a.role == AccountRole::Admin || a.role == AccountRole::Secretary;
}

Error denied(const QString& message)
{
    return Error{ErrorCode::Permission, {}, message};
}

} // namespace

Status SessionAccess::mayEdit(Ledger& ledger, qint64 orgId)
{
    if (!mayChange(ledger.actor()))
        return denied(tr("only an administrator or a secretary may change study plans, sessions, "
                         "attendance and the registers"));
    return inScope(ledger, orgId);
}

Status SessionAccess::mayRead(Ledger& ledger, qint64 orgId)
{
    return inScope(ledger, orgId);
}

qint64 SessionAccess::readRoot(const Ledger& ledger)
{
    const Actor& a = ledger.actor();
    return a.isSingleUser() ? 0 : a.orgId;
}

Status SessionAccess::limitRead(Ledger& ledger, qint64& rootOrgId)
{
    const qint64 root = readRoot(ledger);
    if (root == 0)
        return {};
    if (rootOrgId == 0) {
        rootOrgId = root;
        return {};
    }
    return mayRead(ledger, rootOrgId);
}

Status SessionAccess::mayEditGroup(Ledger& ledger, qint64 groupId)
{
    if (!mayChange(ledger.actor()))
        return mayEdit(ledger);
    if (ledger.actor().isSingleUser() || ledger.actor().orgId == 0)
        return {};
    auto group = GroupRepository(ledger.db()).byId(groupId);
    if (!group)
        return group.error();
    if (!*group)
        return Error::notFound(QStringLiteral("group_id"), tr("no such study group"));
    return inScope(ledger, (*group)->orgId);
}

Status SessionAccess::mayReadGroup(Ledger& ledger, qint64 groupId)
{
    if (ledger.actor().isSingleUser() || ledger.actor().orgId == 0)
        return {};
    auto group = GroupRepository(ledger.db()).byId(groupId);
    if (!group)
        return group.error();
    if (!*group)
        return {};
    return inScope(ledger, (*group)->orgId);
}

Status SessionAccess::mayImportInto(const Ledger& ledger)
{
    if (mayChange(ledger.actor()))
        return {};
    return denied(tr("only an administrator or a secretary may import study plans, sessions, "
                     "attendance and speeches"));
}

Status SessionAccess::inScope(Ledger& ledger, qint64 orgId)
{
    const Actor& a = ledger.actor();
    if (a.isSingleUser() || a.orgId == 0 || orgId == 0 || a.orgId == orgId)
        return {};
    auto subtree = OrgRepository(ledger.db()).subtreeIds(a.orgId);
    if (!subtree)
        return subtree.error();
    if (std::find(subtree->begin(), subtree->end(), orgId) != subtree->end())
        return {};
    return denied(tr("outside the organisations of this account"));
}

} // namespace sl
