#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sl {

class Database;

// One figure of a roll-up (migration 0006) that is not what the records add up to.
struct RollupDifference
{
    QString table; // attendance_rollup, study_rollup or session_rollup
    qint64 memberId = 0;
    qint64 groupId = 0;   // attendance_rollup only
    qint64 sessionId = 0; // session_rollup only (no member, year or month)
    int year = 0;
    int month = 0;  // 0: the row of the whole year
    QString column; // "(row)" when a row of zeros is stored or missing
    qint64 stored = 0;
    qint64 recounted = 0;
};

// The roll-ups against a full recount from the records. The triggers of migration 0006 keep them
// equal in every transaction; this finds where they are not (a file changed by something other
// than this program, or a bug). Rows are equal when they have the same key and every count is
// equal; a row that exists on one side only is compared with zeros.
class RollupRepository
{
public:
    explicit RollupRepository(Database& db) : m_db(db) {}

    // Every difference, by table, member, year, month and group.
    Result<std::vector<RollupDifference>> differences();

    // "roll-up attendance_rollup: member M0001 (id 1), group G01 (id 3), 2025-03, present:
    // stored 4, recounted 5" (a member or group that no longer exists shows its id only): one
    // line per difference, at most `limit`, then a line with how many more there are.
    Result<QStringList> problems(int limit = 100);

    // The recount of a roll-up table from the records, with the table's own columns, as a
    // statement (for the comparison here and the tests).
    static QString recountSql(const QString& table);

private:
    Database& m_db;
};

} // namespace sl
