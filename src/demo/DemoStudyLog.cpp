#include "DemoStudyLog.h"

#include "DemoContext.h"
#include "DemoStudyTexts.h"
#include "storage/ActivityWriter.h"

#include <algorithm>

namespace sl {

namespace {

using boost::gregorian::date_duration;
using boost::gregorian::gregorian_calendar;

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

DemoStudyLog::DemoStudyLog(DemoContext& context, const DemoWorld& world, quint32 seed)
    : m_context(context), m_world(world), m_rng(seed), m_year(world.year)
{
}

Status DemoStudyLog::build()
{
    buildPools();
    if (Status s = m_context.beginStage(u8("正在生成个人自学")); !s)
        return s;
    for (const DemoPerson& p : m_world.people) {
        if (Status s = writeSelfStudy(p); !s)
            return s;
    }
    if (Status s = m_context.beginStage(u8("正在生成心得与调研")); !s)
        return s;
    for (const DemoPerson& p : m_world.people) {
        if (Status s = writeWritings(p); !s)
            return s;
    }
    return {};
}

// Materials, the district's short notes and writing titles are drawn from pools made once.
void DemoStudyLog::buildPools()
{
    for (const auto& e : EnumTraits<Medium>::entries) {
        std::vector<QString> pool;
        for (int i = 0; i < 48; ++i)
            pool.push_back(DemoStudyTexts::material(m_rng, e.value, m_year));
        m_materials.push_back(std::move(pool));
    }
    if (m_world.district) {
        for (int i = 0; i < 4096; ++i)
            m_shortNotes.push_back(DemoStudyTexts::note(m_rng, m_rng.between(1, 2)));
    }
    for (const auto& e : EnumTraits<WritingKind>::entries) {
        std::vector<QString> titles;
        for (int i = 0; i < DemoStudyTexts::titleCount(e.value); ++i)
            titles.push_back(DemoStudyTexts::writingTitle(e.value, i));
        m_titles.push_back(std::move(titles));
    }
}

Date DemoStudyLog::randomDay()
{
    const int days =
        gregorian_calendar::is_leap_year(static_cast<unsigned short>(m_year)) ? 366 : 365;
    return Date(static_cast<unsigned short>(m_year), 1, 1) + date_duration(m_rng.below(days));
}

Status DemoStudyLog::writeSelfStudy(const DemoPerson& person)
{
    ActivityWriter& w = m_context.writer();
    const bool district = m_world.district;
    const int d = static_cast<int>(person.diligence);
    // Entries a month: low 0–1, normal 1–3 (district 1–2), high 2–3 (district 1–2).
    const int lo[3] = {0, 1, district ? 1 : 2};
    const int hi[3] = {1, district ? 2 : 3, district ? 2 : 3};
    // The district writes fewer and shorter notes, to keep its file at a few hundred megabytes.
    const int noteChance[3] = {district ? 350 : 550, district ? 600 : 800, district ? 850 : 950};
    SelfStudyEntry e;
    e.memberId = person.id;
    for (int month = 1; month <= 12; ++month) {
        const int count = m_rng.between(lo[d], hi[d]);
        const int days = gregorian_calendar::end_of_month_day(static_cast<unsigned short>(m_year),
                                                              static_cast<unsigned short>(month));
        int used[3] = {0, 0, 0};
        for (int k = 0; k < count; ++k) {
            int day = m_rng.between(1, days);
            while (std::find(used, used + k, day) != used + k)
                day = day % days + 1; // one entry a day: (member, date, material) stays unique
            used[k] = day;
        }
        for (int i = 1; i < count; ++i) { // in date order (three at most)
            for (int j = i; j > 0 && used[j - 1] > used[j]; --j)
                std::swap(used[j - 1], used[j]);
        }
        for (int k = 0; k < count; ++k) {
            e.date = Date(static_cast<unsigned short>(m_year), static_cast<unsigned short>(month),
                          static_cast<unsigned short>(used[k]));
            e.minutes = 5 * m_rng.between(6, 24);
            const int r = m_rng.below(100);
            e.medium = r < 35   ? Medium::Book
                       : r < 65 ? Medium::Article
                       : r < 80 ? Medium::AudioVideo
                       : r < 95 ? Medium::OnlineCourse
                                : Medium::Other;
            e.material = m_rng.pick(m_materials[static_cast<size_t>(*e.medium)]);
            if (!m_rng.perMille(noteChance[d]))
                e.notes.clear();
            else if (district)
                e.notes = m_rng.pick(m_shortNotes);
            else
                e.notes = DemoStudyTexts::note(m_rng, m_rng.between(4 + 3 * d, 8 + 4 * d));
            if (e.date > m_world.asOf)
                continue; // drawn all the same, so that the days before stay as they are
            auto id = w.insertSelfStudy(e);
            if (!id)
                return id.error();
            if (Status s = m_context.row(); !s)
                return s;
        }
    }
    return {};
}

Status DemoStudyLog::writeWritings(const DemoPerson& person)
{
    const bool district = m_world.district;
    const int d = static_cast<int>(person.diligence);
    const int lo[3] = {0, 1, district ? 1 : 2};
    const int hi[3] = {1, district ? 1 : 2, district ? 2 : 3};
    const int count = m_rng.between(lo[d], hi[d]) + (person.leader ? 1 : 0);
    std::pair<int, int> used[4];
    for (int k = 0; k < count; ++k) {
        Writing w;
        w.memberId = person.id;
        const int r = m_rng.below(1000);
        w.kind = person.leader && k == 0 ? WritingKind::Report
                 : r < 600               ? WritingKind::Reflection
                 : r < 850               ? WritingKind::Article
                                         : WritingKind::Report;
        const int kind = static_cast<int>(w.kind);
        const auto& titles = m_titles[static_cast<size_t>(kind)];
        int index = m_rng.below(static_cast<int>(titles.size()));
        while (std::find(used, used + k, std::pair{kind, index}) != used + k)
            index = (index + 1) % static_cast<int>(titles.size()); // (member, title) is unique
        used[k] = {kind, index};
        w.title = titles[static_cast<size_t>(index)];
        w.date = randomDay();
        if (!district && m_rng.perMille(350)) {
            w.text = DemoStudyTexts::writingText(m_rng, m_rng.between(3, 5));
        } else {
            const int base = w.kind == WritingKind::Report    ? 3000
                             : w.kind == WritingKind::Article ? 2500
                                                              : 1200;
            w.chars = 100 * m_rng.between(base / 100, base / 100 * 3);
        }
        w.published = DemoStudyTexts::publishedIn(m_rng);
        const int a = m_rng.below(1000);
        if (a < 10)
            w.award = Award::First;
        else if (a < 30)
            w.award = Award::Second;
        else if (a < 65)
            w.award = Award::Third;
        else if (a < 115)
            w.award = Award::Excellent;
        if (w.date > m_world.asOf)
            continue;
        auto id = m_context.writer().insertWriting(w);
        if (!id)
            return id.error();
        if (Status s = m_context.row(); !s)
            return s;
    }
    return {};
}

} // namespace sl
