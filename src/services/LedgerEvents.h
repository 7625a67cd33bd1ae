#pragma once

#include <QObject>
#include <QSet>

#include <utility>

namespace sl {

// What one committed write changed: the keys the signals of LedgerEvents carry. A key of 0
// (a group, session, member or year) means "any": an import that touched many.
struct LedgerChanges
{
    // The kinds of a member's own records.
    enum class Record
    {
        SelfStudy,
        Writing,
        Speech,
        Makeup
    };

    QSet<qint64> sessionGroups;                 // sessions of these groups
    QSet<qint64> attendanceSessions;            // attendance (and speeches) of these sessions
    QSet<std::pair<qint64, int>> memberRecords; // (member id, Record)
    QSet<std::pair<qint64, int>> plans;         // (group id, year)
    QSet<std::pair<qint64, int>> assessments;   // adjustments of (group id, year)
    QSet<int> settingsYears;                    // the targets and rubric of these years
    QSet<qint64> bulletinOrgs; // bulletin settings or issued bulletins of these organisations
    bool roster = false;       // organisations, members, groups, memberships
    bool registers = false;    // experts and model units

    void session(qint64 groupId) { sessionGroups.insert(groupId); }
    void attendance(qint64 sessionId) { attendanceSessions.insert(sessionId); }
    void records(qint64 memberId, Record kind) { memberRecords.insert({memberId, int(kind)}); }
    void plan(qint64 groupId, int year) { plans.insert({groupId, year}); }
    void assessment(qint64 groupId, int year) { assessments.insert({groupId, year}); }
    void settings(int year) { settingsYears.insert(year); }
    void bulletins(qint64 orgId) { bulletinOrgs.insert(orgId); }
    void rosterChanged() { roster = true; }
    void registersChanged() { registers = true; }

    bool isEmpty() const;
    void merge(const LedgerChanges& other);
};

// The open ledger as a document: after each successful commit of a service write it tells what
// changed, so that item models and views reload what they show (and no view refreshes another).
// Owned by the Ledger; fired only by LedgerWrite (src/services/LedgerWrite.h), after the
// outermost commit, never on a rollback.
class LedgerEvents : public QObject
{
    Q_OBJECT

public:
    using Record = LedgerChanges::Record;

    explicit LedgerEvents(QObject* parent = nullptr) : QObject(parent) {}

    // How many writes are open (nested writes join the outermost).
    int openWrites() const { return m_depth; }

signals:
    // The sessions of a study group (0: of any group) were added, changed or removed.
    void sessionsChanged(qint64 groupId);
    // The attendance sheet or the speeches of a session (0: of any session) changed.
    void attendanceChanged(qint64 sessionId);
    // A member's (0: any member's) own records of one kind changed.
    void memberRecordsChanged(qint64 memberId, sl::LedgerChanges::Record kind);
    // The plan of a group for a year (0, 0: any plan) changed, its items included.
    void planChanged(qint64 groupId, int year);
    // Organisations, members, groups or memberships changed.
    void rosterChanged();
    // The expert pool or the model units changed.
    void registersChanged();
    // The assessment adjustments of a group for a year changed.
    void assessmentChanged(qint64 groupId, int year);
    // The targets or the rubric of a year (0: any year) changed.
    void settingsChanged(int year);
    // The bulletin settings of an organisation changed, or it issued a bulletin.
    void bulletinsChanged(qint64 orgId);
    // After the typed signals of one commit: something changed (for views that show a bit of
    // everything, such as the member archive).
    void committed();

private:
    friend class LedgerWrite;

    void opened() { ++m_depth; }
    // A write ended: its changes (empty when it rolled back) join the pending ones; the
    // outermost publishes them when it committed, else drops them.
    void closed(const LedgerChanges* committed);
    void publish(const LedgerChanges& changes);

    int m_depth = 0;
    LedgerChanges m_pending;
};

} // namespace sl

Q_DECLARE_METATYPE(sl::LedgerChanges::Record)
