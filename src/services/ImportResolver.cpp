#include "ImportResolver.h"

#include "Access.h"
#include "storage/GroupRepository.h"
#include "storage/SessionRepository.h"

#include "domain/DisplayText.h"

#include <QCoreApplication>

namespace sl {

namespace {

// The message echoes the reference as the file wrote it: escape it and cut it short.
QString echoed(QString message, const QString& ref)
{
    if (!ref.isEmpty())
        message.replace(ref, DisplayText::value(ref));
    return message;
}

} // namespace

std::optional<StudyGroup> ImportResolver::group(int line, const QString& column, const QString& ref)
{
    auto it = m_groups.constFind(ref);
    if (it == m_groups.cend()) {
        Outcome<StudyGroup> outcome;
        auto found = m_roster.resolveGroup(ref);
        if (!found)
            outcome.error = echoed(found.error().message, ref);
        else if (Status allowed = Access(m_ledger).requireGroup(m_session.action(), found->id);
                 !allowed)
            outcome.error = allowed.error().message;
        else
            outcome.value = *found;
        it = m_groups.insert(ref, outcome);
    }
    return report(*it, line, column);
}

std::optional<Member> ImportResolver::member(int line, const QString& column, const QString& ref)
{
    auto it = m_members.constFind(ref);
    if (it == m_members.cend()) {
        Outcome<Member> outcome;
        auto found = m_roster.resolveMember(ref);
        if (!found)
            outcome.error = echoed(found.error().message, ref);
        else
            outcome.value = *found;
        it = m_members.insert(ref, outcome);
    }
    return report(*it, line, column);
}

std::optional<StudySession> ImportResolver::session(int line, const QString& column,
                                                    const QString& extId)
{
    auto it = m_sessions.constFind(extId);
    if (it == m_sessions.cend()) {
        Outcome<StudySession> outcome;
        auto found = SessionRepository(m_ledger.db()).byExtId(extId);
        if (!found)
            outcome.error = echoed(found.error().message, extId);
        else if (!*found)
            outcome.error =
                QCoreApplication::translate("sl::ImportResolver", "no session with number %1")
                    .arg(DisplayText::value(extId));
        else if (Status allowed =
                     Access(m_ledger).requireGroup(m_session.action(), (*found)->groupId);
                 !allowed)
            outcome.error = allowed.error().message;
        else
            outcome.value = **found;
        it = m_sessions.insert(extId, outcome);
    }
    return report(*it, line, column);
}

const std::vector<MembershipRow>& ImportResolver::memberships(qint64 groupId)
{
    auto it = m_memberships.find(groupId);
    if (it == m_memberships.end()) {
        auto rows = GroupRepository(m_ledger.db()).memberships(groupId);
        it = m_memberships.insert(groupId, rows ? *rows : std::vector<MembershipRow>());
    }
    return *it;
}

} // namespace sl
