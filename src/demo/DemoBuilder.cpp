#include "DemoBuilder.h"

#include "DemoActivities.h"
#include "DemoContext.h"
#include "DemoLayout.h"
#include "DemoRoster.h"
#include "DemoStudyLog.h"
#include "services/Clock.h"
#include "services/Ledger.h"

#include "storage/ActivityWriter.h"
#include "storage/AuditRepository.h"
#include "storage/OrgRepository.h"

#include <QCoreApplication>

namespace sl {

namespace {

constexpr int minMembers = 20;
constexpr int maxMembers = 1000000;
constexpr int minYear = 2000;
constexpr int maxYear = 2100;

// Each stage draws from its own stream, so that a change to one leaves the others alone.
quint32 stageSeed(quint32 seed, quint32 stage)
{
    return seed ^ (stage * 0x9E3779B9u);
}

// A rough count of the rows to come, for the progress report.
qint64 expectedRows(int members, bool district)
{
    // Members, memberships, attendance, speeches, sessions and plans, self-study, writings.
    const double perMember = district ? 1 + 1.0 + 10.9 + 0.4 + 0.5 + 16.2 + 1.0
                                      : 1 + 1.15 + 11.0 + 2.4 + 1.7 + 23.5 + 1.75;
    return static_cast<qint64>(members * perMember) + 200;
}

// Switches the bulk-load settings on for the lifetime of the guard.
class BulkLoad
{
public:
    explicit BulkLoad(ActivityWriter& writer) : m_writer(writer)
    {
        m_on = m_writer.setBulkLoad(true).ok();
    }
    ~BulkLoad()
    {
        if (m_on)
            (void)m_writer.setBulkLoad(false);
    }
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

private:
    ActivityWriter& m_writer;
    bool m_on = false;
};

Status checkOptions(const DemoOptions& options, int year)
{
    if (options.members < minMembers || options.members > maxMembers)
        return Error::invalid(QStringLiteral("members"),
                              QCoreApplication::translate("sl", "must lie between %1 and %2")
                                  .arg(minMembers)
                                  .arg(maxMembers));
    if (year < minYear || year > maxYear)
        return Error::invalid(QStringLiteral("year"),
                              QCoreApplication::translate("sl", "must lie between %1 and %2")
                                  .arg(minYear)
                                  .arg(maxYear));
    return {};
}

Result<DemoSummary> summarise(ActivityWriter& writer, int year)
{
    using T = ActivityWriter::Table;
    DemoSummary out;
    out.year = year;
    const std::pair<T, qint64*> counts[] = {
        {T::Organisations, &out.organisations},
        {T::Members, &out.members},
        {T::StudyGroups, &out.groups},
        {T::GroupMemberships, &out.memberships},
        {T::Experts, &out.experts},
        {T::StudyPlans, &out.plans},
        {T::PlanItems, &out.planItems},
        {T::Sessions, &out.sessions},
        {T::Attendance, &out.attendance},
        {T::Speeches, &out.speeches},
        {T::SelfStudy, &out.selfStudy},
        {T::Writings, &out.writings},
    };
    for (const auto& [table, target] : counts) {
        auto n = writer.countRows(table);
        if (!n)
            return n.error();
        *target = *n;
    }
    return out;
}

} // namespace

Result<DemoSummary> buildDemo(Ledger& ledger, const DemoOptions& options,
                              const DemoProgress& progress)
{
    const int year = options.year == 0 ? static_cast<int>(Clock::today().year()) : options.year;
    if (Status s = checkOptions(options, year); !s)
        return s.error();
    if (Status s = ledger.requireRosterEdit(); !s)
        return s.error();
    auto orgs = OrgRepository(ledger.db()).count();
    if (!orgs)
        return orgs.error();
    if (*orgs > 0)
        return Error::invalid({}, QCoreApplication::translate("sl", "the database is not empty"));

    DemoRandom layoutRng(stageSeed(options.seed, 0));
    DemoLayout layout = DemoLayout::plan(layoutRng, options.members, year);
    const qint64 expected = expectedRows(options.members, layout.district);
    ActivityWriter settings(ledger.db());
    BulkLoad bulk(settings); // outlives the transactions of the context
    // The demo is all or nothing, a district too.
    DemoContext context(ledger.db(), progress, expected);

    DemoRoster roster(context, std::move(layout), stageSeed(options.seed, 1));
    auto world = roster.build();
    if (!world)
        return world.error();
    world.value().asOf = std::min(Date(static_cast<unsigned short>(year), 12, 31), Clock::today());
    DemoActivities activities(context, *world, stageSeed(options.seed, 2));
    if (Status s = activities.build(); !s)
        return s.error();
    DemoStudyLog studyLog(context, *world, stageSeed(options.seed, 3));
    if (Status s = studyLog.build(); !s)
        return s.error();

    if (Status s = context.beginStage(QStringLiteral("正在完成")); !s)
        return s.error();
    const QString detail = QStringLiteral("seed=%1 members=%2 year=%3")
                               .arg(options.seed)
                               .arg(options.members)
                               .arg(year);
    if (Status s = AuditRepository(ledger.db())
                       .record(ledger.actor().accountId, QStringLiteral("demo"),
                               QStringLiteral("database"), 0, detail);
        !s)
        return s.error();
    if (Status s = context.commit(); !s)
        return s.error();
    (void)context.writer().checkpoint(); // a full file; a busy reader only delays this
    auto summary = summarise(context.writer(), year);
    if (summary)
        context.finish(QStringLiteral("完成"));
    return summary;
}

} // namespace sl
