#include "gui/common/MemberContext.h"

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QSettings>

namespace sl {

namespace {

const QString memberKey = QStringLiteral("memberAreas/member");
const QString yearKey = QStringLiteral("memberAreas/year");

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

} // namespace sl
