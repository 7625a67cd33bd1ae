#include "ActivityAccess.h"

namespace sl {

namespace {

Error denied(const QString& message)
{
    return Error{ErrorCode::Permission, {}, message};
}

bool seesEveryone(const Actor& actor)
{
    return actor.isSingleUser() || actor.role == AccountRole::Admin ||
           actor.role == AccountRole::Secretary;
}

} // namespace

bool ActivityAccess::ownRecordsOnly(const Actor& actor)
{
    return !actor.isSingleUser() && actor.role == AccountRole::Member;
}

Status ActivityAccess::mayEdit(const Actor& actor, qint64 memberId)
{
    if (seesEveryone(actor))
        return {};
    if (actor.role == AccountRole::Member) {
        if (actor.memberId == 0)
            return denied(tr("this account is not linked to a member"));
        if (actor.memberId == memberId)
            return {};
        return denied(tr("a member may change only their own records"));
    }
    return denied(tr("this account may read records but not change them"));
}

Status ActivityAccess::mayRead(const Actor& actor, qint64 memberId)
{
    if (seesEveryone(actor) || actor.role == AccountRole::Leader)
        return {};
    if (actor.memberId != 0 && actor.memberId == memberId)
        return {};
    return denied(tr("a member may read only their own records"));
}

Status ActivityAccess::mayReadAll(const Actor& actor)
{
    if (seesEveryone(actor) || actor.role == AccountRole::Leader)
        return {};
    return denied(tr("a member may read only their own records"));
}

Status ActivityAccess::mayImport(const Actor& actor)
{
    if (seesEveryone(actor))
        return {};
    if (actor.role == AccountRole::Member) {
        if (actor.memberId == 0)
            return denied(tr("this account is not linked to a member"));
        return {};
    }
    return denied(tr("this account may read records but not change them"));
}

Status ActivityAccess::mayAppraise(const Actor& actor)
{
    if (seesEveryone(actor))
        return {};
    return denied(tr("only a secretary or an admin sets the appraisal result (评选结果)"));
}

} // namespace sl
