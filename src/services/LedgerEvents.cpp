#include "LedgerEvents.h"

namespace sl {

bool LedgerChanges::isEmpty() const
{
    return sessionGroups.isEmpty() && attendanceSessions.isEmpty() && memberRecords.isEmpty() &&
           plans.isEmpty() && assessments.isEmpty() && settingsYears.isEmpty() &&
           bulletinOrgs.isEmpty() && !roster && !registers;
}

void LedgerChanges::merge(const LedgerChanges& other)
{
    sessionGroups.unite(other.sessionGroups);
    attendanceSessions.unite(other.attendanceSessions);
    memberRecords.unite(other.memberRecords);
    plans.unite(other.plans);
    assessments.unite(other.assessments);
    settingsYears.unite(other.settingsYears);
    bulletinOrgs.unite(other.bulletinOrgs);
    roster = roster || other.roster;
    registers = registers || other.registers;
}

void LedgerEvents::closed(const LedgerChanges* committed)
{
    if (committed)
        m_pending.merge(*committed);
    if (--m_depth > 0)
        return;
    m_depth = 0;
    LedgerChanges changes;
    std::swap(changes, m_pending);
    // Only the outermost commit reaches the database: a rolled-back outermost write drops what
    // its nested writes collected.
    if (committed && !changes.isEmpty())
        publish(changes);
}

void LedgerEvents::publish(const LedgerChanges& changes)
{
    if (changes.roster)
        emit rosterChanged();
    if (changes.registers)
        emit registersChanged();
    for (int year : changes.settingsYears)
        emit settingsChanged(year);
    for (qint64 org : changes.bulletinOrgs)
        emit bulletinsChanged(org);
    for (const auto& [group, year] : changes.plans)
        emit planChanged(group, year);
    for (const auto& [group, year] : changes.assessments)
        emit assessmentChanged(group, year);
    for (qint64 group : changes.sessionGroups)
        emit sessionsChanged(group);
    for (qint64 session : changes.attendanceSessions)
        emit attendanceChanged(session);
    for (const auto& [member, kind] : changes.memberRecords)
        emit memberRecordsChanged(member, LedgerChanges::Record(kind));
    emit committed();
}

} // namespace sl
