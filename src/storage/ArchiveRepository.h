#pragma once

#include "domain/MemberArchive.h"
#include "domain/Period.h"
#include "domain/Result.h"

#include <vector>

namespace sl {

class Database;

// What one member did in a period, record by record, for the member archive (学习档案) and the
// make-up list of "my year". Each read is one member's rows of one table in a period.
class ArchiveRepository
{
public:
    explicit ArchiveRepository(Database& db) : m_db(db) {}

    // The member's seats whose dates overlap the period (列席 included), by group number.
    Result<std::vector<MembershipEntry>> memberships(qint64 memberId, const Period& period);

    enum class Records
    {
        All,  // every record at a held session (列席 included)
        Owed, // 请假 or 缺席 without a make-up date
    };
    // The member's attendance at held sessions dated in the period, by date and start time.
    Result<std::vector<AttendanceEntry>> attendance(qint64 memberId, const Period& period,
                                                    Records which = Records::All);
    // Speeches at held sessions dated in the period, by date.
    Result<std::vector<SpeechEntry>> speeches(qint64 memberId, const Period& period);
    // Self-study entries dated in the period with their notes, by date.
    Result<std::vector<SelfStudyLine>> selfStudy(qint64 memberId, const Period& period);
    // Writings dated in the period, by date; the length is the explicit one, else the count of
    // the text.
    Result<std::vector<WritingEntry>> writings(qint64 memberId, const Period& period);

private:
    Database& m_db;
};

} // namespace sl
