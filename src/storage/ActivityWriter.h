#pragma once

#include "domain/Member.h"
#include "domain/Registers.h"
#include "domain/Result.h"
#include "domain/SelfStudyEntry.h"
#include "domain/StudyGroup.h"
#include "domain/StudyPlan.h"
#include "domain/StudySession.h"
#include "domain/Writing.h"

#include <QStringList>

#include <memory>

namespace sl {

class Database;

// Fast inserts for bulk loads (the demo data generator, large imports): each kind of row has one
// prepared statement, prepared on first use and reused for every row, and dates, enumeration
// codes and empty values are bound from cached values. The writer does no checking beyond the
// schema's own constraints and opens no transaction: callers wrap a stage (or a chunk of rows)
// in one Transaction. A writer must not outlive its Database.
class ActivityWriter
{
public:
    // The tables the writer fills or counts (no table name ever comes from outside).
    enum class Table
    {
        Organisations,
        Members,
        StudyGroups,
        GroupMemberships,
        Experts,
        StudyPlans,
        PlanItems,
        Sessions,
        Attendance,
        Speeches,
        SelfStudy,
        Writings,
        AuditLog,
    };
    static constexpr int tableCount = 13;

    explicit ActivityWriter(Database& db);
    ~ActivityWriter();
    ActivityWriter(const ActivityWriter&) = delete;
    ActivityWriter& operator=(const ActivityWriter&) = delete;

    // The bulk path of MemberRepository::insert and GroupRepository::insertMembership.
    Result<qint64> insertMember(const Member& member);
    Result<qint64> insertMembership(const GroupMembership& membership);

    Result<qint64> insertExpert(const Expert& expert);
    // The plan row only (group, year, approval date); its items go through insertPlanItem.
    Result<qint64> insertPlan(const StudyPlan& plan);
    Result<qint64> insertPlanItem(const PlanItem& item);
    Result<qint64> insertSession(const StudySession& session);
    Result<qint64> insertAttendance(const Attendance& attendance);
    Result<qint64> insertSpeech(const Speech& speech);
    // Stores notes_chars = countCharacters(notes).
    Result<qint64> insertSelfStudy(const SelfStudyEntry& entry);
    // The text goes to `body` (NULL when empty), the explicit length to `chars` (NULL when
    // unset); the schema requires one of them.
    Result<qint64> insertWriting(const Writing& writing);

    // Bulk-load settings for a new database: no fsync and a large page cache while loading.
    // Safe against a crash of the program, not of the machine; switch it off when done.
    Status setBulkLoad(bool on);
    // Moves the write-ahead log into the database file and truncates it.
    Status checkpoint();

    // Number of rows of a table.
    Result<qint64> countRows(Table table);
    // Every row of a table ordered by id, each as its columns joined by '|' (NULL as "\\N"):
    // for tests that compare two databases.
    Result<QStringList> dumpRows(Table table);

private:
    struct Statements; // the prepared queries, kept out of this header (no Qt Sql outside storage)

    Database& m_db;
    std::unique_ptr<Statements> m_s;
};

} // namespace sl
