#include "gui/common/MemberContext.h"

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/RosterService.h"

#include "gui/common/WorkingScope.h"

#include <QSettings>

#include <algorithm>

namespace sl {

namespace {

const QString memberKey = QStringLiteral("memberAreas/member");
const QString yearKey = QStringLiteral("memberAreas/year");

bool memberInScope(RosterService& roster, qint64 memberId, const ScopeRef& scope)
{
    if (scope.isGroup()) {
        auto seats = roster.memberships(scope.id);
        return seats && std::any_of(seats->begin(), seats->end(), [memberId](const auto& row) {
                   return row.membership.memberId == memberId;
               });
    }
    auto member = roster.member(memberId);
    auto subtree = roster.subtree(scope.id);
    return member && *member && subtree &&
           std::find(subtree->begin(), subtree->end(), (*member)->orgId) != subtree->end();
}

// The first member of the scope: of a group, the first seated today (else the first ever); of an
// organisation, the first by number.
qint64 firstMemberOf(RosterService& roster, const ScopeRef& scope)
{
    if (scope.isGroup()) {
        auto seats = roster.memberships(scope.id);
        if (!seats || seats->empty())
            return 0;
        const Date today = Clock::today();
        for (const MembershipRow& row : *seats) {
            if (row.membership.holdsOn(today))
                return row.membership.memberId;
        }
        return seats->front().membership.memberId;
    }
    MemberQuery query;
    query.orgId = scope.id;
    auto first = roster.memberPage(query, 0, 1);
    return first && !first->empty() ? first->front().member.id : 0;
}

} // namespace

MemberContext::MemberContext(Ledger& ledger, bool persistent, QObject* parent)
    : QObject(parent), m_ledger(ledger), m_persistent(persistent),
      m_year(int(Clock::today().year()))
{
    if (!canChooseMember()) {
        m_memberId = m_ledger.actor().memberId;
        return;
    }
    qint64 remembered = 0;
    if (m_persistent) {
        const QSettings settings;
        remembered = settings.value(memberKey).toLongLong();
        m_year = settings.value(yearKey, m_year).toInt();
    }
    // A remembered member of another database is not taken over.
    RosterService roster(m_ledger);
    if (remembered != 0) {
        auto found = roster.member(remembered);
        if (found && *found)
            m_memberId = remembered;
    }
    if (m_memberId == 0) {
        auto first = roster.memberPage({}, 0, 1);
        if (first && !first->empty())
            m_memberId = first->front().member.id;
    }
}

bool MemberContext::canChooseMember() const
{
    return m_ledger.actor().role != AccountRole::Member || m_ledger.actor().isSingleUser();
}

bool MemberContext::setMemberId(qint64 memberId)
{
    if (memberId == m_memberId)
        return true;
    if (!canChooseMember())
        return false;
    m_memberId = memberId;
    if (m_persistent)
        QSettings().setValue(memberKey, memberId);
    emit memberChanged(memberId);
    return true;
}

void MemberContext::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    if (m_persistent)
        QSettings().setValue(yearKey, year);
    emit yearChanged(year);
}

void MemberContext::follow(WorkingScope& working)
{
    m_following = true;
    setYear(working.year());
    connect(&working, &WorkingScope::yearChanged, this, &MemberContext::setYear);
    connect(this, &MemberContext::yearChanged, &working, &WorkingScope::setYear);
    connect(&working, &WorkingScope::scopeChanged, this, &MemberContext::keepWithin);
    keepWithin(working.scope());
}

void MemberContext::keepWithin(const ScopeRef& scope)
{
    if (!canChooseMember() || !scope.isValid())
        return;
    RosterService roster(m_ledger);
    if (m_memberId != 0 && memberInScope(roster, m_memberId, scope))
        return;
    if (const qint64 first = firstMemberOf(roster, scope); first != 0)
        setMemberId(first);
}

} // namespace sl
