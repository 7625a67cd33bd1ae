#pragma once

#include "domain/Result.h"
#include "domain/StudySession.h"

#include <Qt>

#include <functional>
#include <optional>
#include <vector>

// The rows and queries of session lists, as the storage layer returns them and the
// services and views use them (plain values, no SQL).
namespace sl {

// What a session list asks for. Every set criterion must hold.
struct SessionQuery
{
    std::vector<qint64> groupIds; // empty: every group (within rootOrgId)
    qint64 rootOrgId = 0;         // groups of the organisation and its descendants; 0: all
    Date from;                    // not set: no lower bound
    Date to;                      // not set: no upper bound
    std::optional<SessionForm> form;
    std::optional<SessionStatus> status;
    std::optional<Trigger> trigger;
    bool withTriggerOnly = false; // only sessions with a "three musts" trigger
    qint64 planItemId = 0;        // only sessions carrying out this plan item
    qint64 expertId = 0;          // only sessions given by this expert
    qint64 memberId = 0; // only sessions of the groups the member belonged to on their date
    bool withoutAttendanceOnly = false; // only sessions that have no attendance record yet
    // The order of a list (the columns the database sorts by; text in pinyin order); ties by
    // date, start and number.
    enum class SortKey
    {
        ByDate,
        ByMinutes,
        ByForm,
        ByTopic,
        ByStatus,
        ByGroup
    };
    SortKey sortKey = SortKey::ByDate;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = -1; // -1: no limit
};

// A session with what lists and files show beside it.
struct SessionRow
{
    StudySession session;
    QString groupExtId;
    QString groupName;
    int planItemNo = 0;         // the number of the plan item it carries out, 0: none
    QString speakerMemberExtId; // when the speaker is a member
};

} // namespace sl
