#include "DemoActivities.h"

#include "DemoContext.h"
#include "DemoTexts.h"
#include "storage/ActivityWriter.h"

#include <algorithm>

namespace sl {

namespace {

using boost::gregorian::date_duration;

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

using F = SessionForm;
// The forms of the twelve items of a 中心组 plan and the ten of a branch plan, in turn: together
// every one of the eight forms.
constexpr F centralForms[] = {F::Collective, F::Seminar, F::Lecture,     F::Collective,
                              F::Research,   F::Seminar, F::ReadingClub, F::Collective,
                              F::Joint,      F::Seminar, F::Lecture,     F::Collective};
constexpr F branchForms[] = {F::PartyLecture, F::PartyDay, F::Collective,   F::Seminar,
                             F::ReadingClub,  F::PartyDay, F::PartyLecture, F::Collective,
                             F::Joint,        F::PartyDay};

// Duration range in quarter hours.
std::pair<int, int> quarters(SessionForm form, bool central)
{
    switch (form) {
    case F::Research:
        return {12, 16};
    case F::Seminar:
        return central ? std::pair{10, 16} : std::pair{6, 10};
    case F::PartyDay:
        return {6, 12};
    case F::PartyLecture:
        return {4, 6};
    default:
        return central ? std::pair{8, 12} : std::pair{4, 8};
    }
}

// Per mille of present, late, early leave, excused by diligence; the rest is absent.
constexpr int statusOdds[3][4] = {{680, 80, 50, 120}, {870, 40, 25, 55}, {950, 20, 10, 20}};

} // namespace

DemoActivities::DemoActivities(DemoContext& context, const DemoWorld& world, quint32 seed)
    : m_context(context), m_world(world), m_rng(seed), m_year(world.year), m_asOf(world.asOf)
{
}

Status DemoActivities::build()
{
    if (Status s = m_context.beginStage(u8("正在生成学习活动和考勤")); !s)
        return s;
    for (const DemoGroup& g : m_world.groups) {
        if (Status s = writeGroupYear(g); !s)
            return s;
    }
    return {};
}

Date DemoActivities::meetingDay(int month)
{
    Date d(static_cast<unsigned short>(m_year), static_cast<unsigned short>(month),
           static_cast<unsigned short>(m_rng.between(11, 28)));
    const int weekday = d.day_of_week().as_number(); // 0 Sunday … 6 Saturday
    if (weekday == 6)
        d -= date_duration(1);
    else if (weekday == 0)
        d -= date_duration(2);
    return d;
}

std::vector<DemoActivities::Planned> DemoActivities::planYear(const DemoGroup& g)
{
    std::vector<Planned> out;
    std::vector<int> leads; // seats that lead study: everyone but the observer
    for (const DemoSeat& s : g.seats) {
        if (s.role != GroupRole::Observer)
            leads.push_back(s.person);
    }
    if (g.central) {
        const int cancelled = m_rng.pick(std::array{3, 5, 7, 9});
        // The three musts fall on items studied as collective study, seminar or lecture.
        const int decision = m_rng.between(0, 2);
        int problem = m_rng.pick(std::array{5, 7});
        int longTerm = m_rng.pick(std::array{9, 10});
        if (problem == cancelled)
            problem = 12 - problem;
        if (longTerm == cancelled)
            longTerm = 10;
        for (int i = 0; i < 12; ++i) {
            Planned p;
            p.item = i;
            p.date = meetingDay(i + 1);
            p.form = centralForms[i];
            p.lead = leads[static_cast<size_t>(i) % leads.size()];
            if (i == decision)
                p.trigger = Trigger::Decision;
            else if (i == problem)
                p.trigger = Trigger::Problem;
            else if (i == longTerm)
                p.trigger = Trigger::LongTerm;
            p.topic = p.trigger ? DemoTexts::triggerTopic(m_rng, *p.trigger)
                                : DemoTexts::topic(m_rng, p.form, i + 1);
            p.status = i == cancelled ? SessionStatus::Cancelled
                       : i == 11      ? SessionStatus::Planned
                                      : SessionStatus::Held;
            out.push_back(std::move(p));
        }
        // A pressing problem studied beyond the plan.
        Planned extra;
        extra.date = meetingDay(m_rng.between(3, 11));
        extra.form = F::Seminar;
        extra.trigger = Trigger::Problem;
        extra.topic = DemoTexts::triggerTopic(m_rng, Trigger::Problem);
        extra.lead = g.host;
        out.push_back(std::move(extra));
    } else {
        // Ten items; the two months left out hold a 主题党日 beyond the plan.
        const int skipA = m_rng.pick(std::array{1, 2, 8});
        const int skipB = m_rng.pick(std::array{4, 10, 12});
        const int triggered = m_rng.perMille(150) ? m_rng.below(10) : -1;
        int item = 0;
        for (int month = 1; month <= 12; ++month) {
            Planned p;
            p.date = meetingDay(month);
            p.lead = m_rng.pick(leads);
            if (month == skipA || month == skipB) {
                p.form = F::PartyDay;
                p.topic = DemoTexts::topic(m_rng, p.form, month);
                out.push_back(std::move(p));
                continue;
            }
            p.item = item;
            p.form = branchForms[item];
            if (p.form == F::PartyLecture)
                p.lead = g.host;
            if (item == triggered)
                p.trigger = static_cast<Trigger>(m_rng.below(3));
            p.topic = p.trigger ? DemoTexts::triggerTopic(m_rng, *p.trigger)
                                : DemoTexts::topic(m_rng, p.form, month);
            const int fate = m_rng.below(1000);
            p.status = fate < 30 ? SessionStatus::Cancelled : SessionStatus::Held;
            if (fate >= 30 && fate < 100)
                p.status = SessionStatus::Planned; // marked as undone below
            out.push_back(std::move(p));
            ++item;
        }
    }
    return out;
}

Status DemoActivities::writeGroupYear(const DemoGroup& g)
{
    ActivityWriter& w = m_context.writer();
    std::vector<Planned> year = planYear(g);

    StudyPlan plan;
    plan.groupId = g.id;
    plan.year = m_year;
    plan.approvedOn = Date(static_cast<unsigned short>(m_year), 1,
                           static_cast<unsigned short>(m_rng.between(3, 10)));
    auto planId = w.insertPlan(plan);
    if (!planId)
        return planId.error();
    if (Status s = m_context.row(); !s)
        return s;

    std::vector<qint64> itemIds;
    for (const Planned& p : year) {
        if (p.item < 0)
            continue;
        PlanItem item;
        item.planId = *planId;
        item.itemNo = p.item + 1;
        item.month = static_cast<int>(p.date.month());
        item.topic = p.topic;
        item.form = p.form;
        item.lead = m_world.people[static_cast<size_t>(p.lead)].name;
        item.trigger = p.trigger;
        auto id = w.insertPlanItem(item);
        if (!id)
            return id.error();
        itemIds.push_back(*id);
        if (Status s = m_context.row(); !s)
            return s;
    }

    // A branch item drawn as "planned" is simply not done: no session at all.
    std::erase_if(year, [&](const Planned& p) {
        return !g.central && p.item >= 0 && p.status == SessionStatus::Planned;
    });
    std::stable_sort(year.begin(), year.end(),
                     [](const Planned& a, const Planned& b) { return a.date < b.date; });
    for (const Planned& p : year) {
        const qint64 itemId = p.item >= 0 ? itemIds[static_cast<size_t>(p.item)] : 0;
        if (Status s = writeSession(g, p, itemId); !s)
            return s;
    }
    return {};
}

Status DemoActivities::writeSession(const DemoGroup& g, const Planned& p, qint64 planItemId)
{
    const DemoPerson& host = m_world.people[static_cast<size_t>(g.host)];
    const DemoPerson& lead = m_world.people[static_cast<size_t>(p.lead)];
    StudySession s;
    s.extId = QString::asprintf("S%07d", ++m_sessionNo);
    s.groupId = g.id;
    s.date = p.date;
    s.start = g.central
                  ? m_rng.pick(std::array{QTime(9, 0), QTime(14, 30)})
                  : m_rng.pick(std::array{QTime(9, 0), QTime(14, 30), QTime(15, 0), QTime(16, 0)});
    const auto [lo, hi] = quarters(p.form, g.central);
    s.minutes = 15 * m_rng.between(lo, hi);
    s.form = p.form;
    s.topic = p.topic;
    s.trigger = p.trigger;
    s.planItemId = planItemId;
    if (p.form == F::Lecture && !m_world.experts.empty()) {
        const DemoExpert& e = m_rng.pick(m_world.experts);
        s.speaker = e.name;
        s.speakerExpertId = e.id;
    } else {
        s.speaker = lead.name;
        s.speakerMemberId = lead.id;
    }
    s.host = host.name;
    s.recorder = m_world.people[static_cast<size_t>(g.recorder)].name;
    s.location = DemoTexts::location(m_rng, g.central);
    // A session "held" after the demo's last day is still to come.
    s.status =
        p.status == SessionStatus::Held && p.date > m_asOf ? SessionStatus::Planned : p.status;
    if (s.status == SessionStatus::Held)
        s.minutesText = DemoTexts::sessionMinutes(m_rng, s.host, s.speaker, s.topic);
    else if (s.status == SessionStatus::Cancelled)
        s.minutesText = u8("因工作安排调整，本次学习取消，内容并入下次学习。");
    auto id = m_context.writer().insertSession(s);
    if (!id)
        return id.error();
    if (Status st = m_context.row(); !st)
        return st;
    if (s.status != SessionStatus::Held)
        return {};
    return writeAttendance(g, *id, p.date, p.form);
}

AttendanceStatus DemoActivities::drawStatus(DemoDiligence diligence)
{
    const int* odds = statusOdds[static_cast<int>(diligence)];
    int r = m_rng.below(1000);
    for (int i = 0; i < 4; ++i) {
        if (r < odds[i])
            return static_cast<AttendanceStatus>(i);
        r -= odds[i];
    }
    return AttendanceStatus::Absent;
}

Status DemoActivities::writeAttendance(const DemoGroup& g, qint64 sessionId, const Date& date,
                                       SessionForm form)
{
    ActivityWriter& w = m_context.writer();
    m_attendees.clear();
    Attendance a;
    a.sessionId = sessionId;
    for (const DemoSeat& seat : g.seats) {
        if (seat.from > date)
            continue; // not yet in the group on that day
        const DemoPerson& person = m_world.people[static_cast<size_t>(seat.person)];
        a.memberId = person.id;
        a.status = seat.role == GroupRole::Observer ? AttendanceStatus::Observer
                                                    : drawStatus(person.diligence);
        a.reason.clear();
        a.makeupDate = Date();
        a.makeupNote.clear();
        if (a.status == AttendanceStatus::Excused)
            a.reason = DemoTexts::leaveReason(m_rng);
        if (a.owesMakeup()) {
            const int chance = a.status == AttendanceStatus::Excused
                                   ? (person.diligence == DemoDiligence::Low ? 500 : 800)
                                   : 450;
            if (m_rng.perMille(chance)) {
                a.makeupDate = std::min(date + date_duration(m_rng.between(1, 21)), m_asOf);
                a.makeupNote = DemoTexts::makeupNote(m_rng);
            }
        }
        auto id = w.insertAttendance(a);
        if (!id)
            return id.error();
        if (Status s = m_context.row(); !s)
            return s;
        if (a.status == AttendanceStatus::Present || a.status == AttendanceStatus::Late ||
            a.status == AttendanceStatus::EarlyLeave)
            m_attendees.push_back(seat.person);
    }

    // Speeches by some of those who came; more at a seminar.
    int speakers = m_world.district ? m_rng.between(1, 2) : m_rng.between(2, 4);
    if (form == F::Seminar)
        ++speakers;
    speakers = std::min(speakers, static_cast<int>(m_attendees.size()));
    for (int k = 0; k < speakers; ++k) {
        const int pick = k + m_rng.below(static_cast<int>(m_attendees.size()) - k);
        std::swap(m_attendees[static_cast<size_t>(k)], m_attendees[static_cast<size_t>(pick)]);
        Speech sp;
        sp.sessionId = sessionId;
        sp.memberId = m_world.people[static_cast<size_t>(m_attendees[size_t(k)])].id;
        sp.title = DemoTexts::speechTitle(m_rng);
        auto id = w.insertSpeech(sp);
        if (!id)
            return id.error();
        if (Status s = m_context.row(); !s)
            return s;
    }
    return {};
}

} // namespace sl
