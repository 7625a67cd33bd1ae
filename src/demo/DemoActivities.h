#pragma once

#include "DemoRandom.h"
#include "DemoWorld.h"

#include "domain/Result.h"
#include "domain/StudySession.h"

#include <optional>
#include <vector>

namespace sl {

class DemoContext;

// The collective study of the demo year, for the groups of a DemoWorld: per group its plan and
// the sessions carrying it out (held, a few cancelled or still planned, some beyond the plan),
// attendance of every member holding a seat on the day, with make-up study, and speeches.
class DemoActivities
{
public:
    DemoActivities(DemoContext& context, const DemoWorld& world, quint32 seed);

    Status build();

private:
    // A session to be written: from a plan item (item >= 0) or beyond the plan.
    struct Planned
    {
        Date date;
        int item = -1;
        SessionForm form = SessionForm::Collective;
        QString topic;
        std::optional<Trigger> trigger;
        SessionStatus status = SessionStatus::Held;
        int lead = 0; // person
    };

    Status writeGroupYear(const DemoGroup& group);
    std::vector<Planned> planYear(const DemoGroup& group);
    Status writeSession(const DemoGroup& group, const Planned& p, qint64 planItemId);
    Status writeAttendance(const DemoGroup& group, qint64 sessionId, const Date& date,
                           SessionForm form);

    Date meetingDay(int month);
    AttendanceStatus drawStatus(DemoDiligence diligence);

    DemoContext& m_context;
    const DemoWorld& m_world;
    DemoRandom m_rng;
    int m_year = 0;
    int m_sessionNo = 0;
    Date m_asOf;
    std::vector<int> m_attendees;                  // scratch: seats present at the current session
    std::vector<std::vector<QString>> m_materials; // per Medium
    std::vector<QString> m_shortNotes;             // the district's notes
    std::vector<std::vector<QString>> m_titles;    // per WritingKind
};

} // namespace sl
