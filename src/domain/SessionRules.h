#pragma once

#include "Registers.h"
#include "Result.h"
#include "StudyPlan.h"
#include "StudySession.h"

#include <optional>
#include <vector>

namespace sl {

// The rules a single plan, plan item, session, attendance record, speech, expert or model unit
// must keep on its own (references to other records, such as the group, the plan item or the
// membership of the member, are checked by the services). Each check returns every broken
// rule, the field named by its import column key (FORMATS.md, English): plans: year, item_no,
// month, topic, form, lead, trigger, approved_on; sessions: id, date, start, minutes, topic,
// speaker, host, recorder, location, status; attendance: status, reason, makeup_date,
// makeup_note; speeches: title.
namespace rules {

// Session durations are whole minutes from 1 to 1440 (FORMATS.md).
constexpr int minSessionMinutes = 1;
constexpr int maxSessionMinutes = 1440;
// Longest topic and title, and longest name-like field (speaker, host, recorder, location).
constexpr int maxTopicLength = 200;
constexpr int maxPersonLength = 100;
constexpr int maxReasonLength = 200;

std::vector<Error> checkPlanYear(int year);
std::vector<Error> checkPlanItem(const PlanItem& item);
std::vector<Error> checkSession(const StudySession& session);

// 请假 needs a reason; only 请假 and 缺席 carry a make-up date or note; a make-up date is not
// before the session date (`sessionDate`, when set).
std::vector<Error> checkAttendance(const Attendance& record, const Date& sessionDate);

std::vector<Error> checkSpeech(const Speech& speech);
std::vector<Error> checkExpert(const Expert& expert);
std::vector<Error> checkModelUnit(const ModelUnit& unit);

// A demonstration site or brand activity moves 申报 → 认定, 申报 → 撤销 or 认定 → 撤销;
// any other change (back to 申报, out of 撤销, to the same status) is refused ("status").
std::optional<Error> checkModelTransition(ModelStatus from, ModelStatus to);

} // namespace rules
} // namespace sl
