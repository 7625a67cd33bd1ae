#include "SessionImportService.h"

#include "ExpertService.h"
#include "ImportResolver.h"
#include "SessionService.h"

#include "domain/SessionRules.h"
#include "storage/MemberRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SessionRepository.h"

namespace sl {

namespace {

const QChar separator(0x1f);

// The plan of a group for a year: found once, created (inside the import's transaction) when
// missing.
class PlanCache
{
public:
    explicit PlanCache(Ledger& ledger) : m_repo(ledger.db()) {}

    struct Entry
    {
        StudyPlan plan; // the plan as stored before the file, items included
        bool existed = false;
        int firstLine = 0;    // the first row of the file for this plan
        bool dateSet = false; // a row of the file gave the approval date
        Date fileApprovedOn;  // that date
    };

    Result<Entry*> get(qint64 groupId, int year)
    {
        const QString key = QString::number(groupId) + separator + QString::number(year);
        auto it = m_entries.find(key);
        if (it != m_entries.end())
            return &*it;
        auto found = m_repo.plan(groupId, year);
        if (!found)
            return found.error();
        Entry entry;
        if (*found) {
            entry.plan = **found;
            entry.existed = true;
        } else {
            entry.plan.groupId = groupId;
            entry.plan.year = year;
            auto id = m_repo.insertPlan(entry.plan);
            if (!id)
                return id.error();
            entry.plan.id = *id;
        }
        return &*m_entries.insert(key, entry);
    }

private:
    PlanRepository m_repo;
    QHash<QString, Entry> m_entries;
};

} // namespace

Result<ImportReport>
SessionImportService::importPlans(const std::vector<ImportRow<PlanRecord>>& rows,
                                  const std::vector<RowError>& readErrors)
{
    VectorRows<PlanRecord> source(rows, readErrors);
    return importPlans(source);
}

Result<ImportReport> SessionImportService::importPlans(ImportRows<PlanRecord>& rows)
{
    ImportSession session(m_ledger, QStringLiteral("plans"), Action::PlanWrite);
    if (Status s = session.begin(); !s)
        return s.error();
    ImportResolver resolve(m_ledger, session);
    PlanCache plans(m_ledger);
    PlanRepository repo(m_ledger.db());
    QHash<QString, int> firstLine;
    const Status ran = session.each(rows, [&](const ImportRow<PlanRecord>& row) -> Status {
        const PlanRecord& r = row.record;
        PlanItem item = r.item;
        item.topic = item.topic.trimmed();
        item.lead = item.lead.trimmed();
        auto problems = rules::checkPlanYear(r.year);
        for (const Error& e : rules::checkPlanItem(item))
            problems.push_back(e);
        session.errors(row.line, problems);
        const auto group = resolve.group(row.line, QStringLiteral("group_id"), r.groupRef);
        if (!problems.empty() || !group)
            return {};
        const QString key = QString::number(group->id) + separator + QString::number(r.year) +
                            separator + QString::number(item.itemNo);
        if (const int first = firstLine.value(key)) {
            session.error(row.line, QStringLiteral("item_no"),
                          tr("item %1 of the %2 plan of %3 is on line %4 already")
                              .arg(item.itemNo)
                              .arg(r.year)
                              .arg(group->extId)
                              .arg(first));
            return {};
        }
        firstLine.insert(key, row.line);

        auto entry = plans.get(group->id, r.year);
        if (!entry)
            return entry.error();
        PlanCache::Entry& e = **entry;
        bool planChanged = false;
        if (r.hasApprovedOn) {
            if (e.dateSet && e.fileApprovedOn != r.approvedOn) {
                session.error(row.line, QStringLiteral("approved_on"),
                              tr("differs from line %1 of the same plan").arg(e.firstLine));
                return {};
            }
            if (!e.dateSet) {
                e.dateSet = true;
                e.fileApprovedOn = r.approvedOn;
                e.firstLine = row.line;
                if (e.plan.approvedOn != r.approvedOn) {
                    StudyPlan changed = e.plan;
                    changed.approvedOn = r.approvedOn;
                    if (Status s = repo.updatePlan(changed); !s)
                        return s.error();
                    planChanged = e.existed;
                }
            }
        } else if (e.firstLine == 0) {
            e.firstLine = row.line;
        }

        item.planId = e.plan.id;
        const PlanItem* before = nullptr;
        for (const PlanItem& stored : e.plan.items) {
            if (stored.itemNo == item.itemNo)
                before = &stored;
        }
        bool changed = true;
        if (before) {
            item.id = before->id;
            changed = !(item == *before);
            if (changed) {
                if (Status s = repo.updateItem(item); !s)
                    return s.error();
            }
        } else if (auto id = repo.insertItem(item); !id) {
            return id.error();
        }
        session.count(before != nullptr, changed || planChanged);
        return {};
    });
    if (!ran)
        return ran.error();
    return session.finish();
}

Result<ImportReport>
SessionImportService::importSessions(const std::vector<ImportRow<SessionRecord>>& rows,
                                     const std::vector<RowError>& readErrors)
{
    VectorRows<SessionRecord> source(rows, readErrors);
    return importSessions(source);
}

Result<ImportReport> SessionImportService::importSessions(ImportRows<SessionRecord>& rows)
{
    ImportSession session(m_ledger, QStringLiteral("sessions"), Action::SessionWrite);
    if (Status s = session.begin(); !s)
        return s.error();
    ImportResolver resolve(m_ledger, session);
    SessionService sessions(m_ledger);
    ExpertService experts(m_ledger);
    SessionRepository repo(m_ledger.db());
    PlanRepository planRepo(m_ledger.db());
    MemberRepository memberRepo(m_ledger.db());
    QHash<QString, qint64> planOf; // group id + year → plan id (0: none)
    const Status ran = session.each(rows, [&](const ImportRow<SessionRecord>& row) -> Status {
        session.rejectDuplicateKey(row.line, row.record.session.extId, QStringLiteral("id"));
        const SessionRecord& r = row.record;
        StudySession s = r.session;
        s.topic = s.topic.trimmed();
        const auto group = resolve.group(row.line, QStringLiteral("group_id"), r.groupRef);
        if (!group) {
            session.errors(row.line, rules::checkSession(s));
            return {};
        }
        s.groupId = group->id;

        bool resolved = true;
        if (r.planItemNo > 0 && dates::isSet(s.date)) {
            const int year = s.date.year();
            const QString key = QString::number(s.groupId) + separator + QString::number(year);
            if (!planOf.contains(key)) {
                auto plan = planRepo.plan(s.groupId, year);
                if (!plan)
                    return plan.error();
                planOf.insert(key, *plan ? (*plan)->id : 0);
            }
            auto item = planRepo.itemByNo(planOf.value(key), r.planItemNo);
            if (!item)
                return item.error();
            if (!*item) {
                session.error(row.line, QStringLiteral("plan_item"),
                              tr("the %1 plan of %2 has no item %3")
                                  .arg(year)
                                  .arg(group->extId)
                                  .arg(r.planItemNo));
                resolved = false;
            } else {
                s.planItemId = (*item)->id;
            }
        }

        s.speaker = r.speakerRef.trimmed();
        s.speakerMemberId = 0;
        s.speakerExpertId = 0;
        if (!s.speaker.isEmpty()) {
            auto byNumber = memberRepo.byExtId(s.speaker);
            if (!byNumber)
                return byNumber.error();
            if (*byNumber) {
                s.speakerMemberId = (*byNumber)->id;
                s.speaker = (*byNumber)->name;
            } else {
                auto expert = experts.uniqueByName(s.speaker);
                if (!expert)
                    return expert.error();
                if (*expert) {
                    s.speakerExpertId = (*expert)->id;
                } else {
                    auto named = memberRepo.byName(s.speaker);
                    if (!named)
                        return named.error();
                    if (named->size() == 1)
                        s.speakerMemberId = named->front().id;
                }
            }
        }

        auto existing = repo.byExtId(s.extId);
        if (!existing)
            return existing.error();
        if (*existing) {
            s.id = (*existing)->id;
            if (!r.hasMinutesText)
                s.minutesText = (*existing)->minutesText;
        }
        const auto problems = sessions.check(s);
        session.errors(row.line, problems);
        // An imported session needs its number (the form may leave it to the ledger; a file
        // cannot, or the row would reach the database blank).
        if (s.extId.isEmpty())
            session.error(row.line, QStringLiteral("id"), tr("is required"));
        if (!problems.empty() || !resolved || s.extId.isEmpty())
            return {};
        const bool changed = !*existing || !(s == **existing);
        if (!*existing) {
            if (auto id = repo.insert(s); !id)
                return id.error();
        } else if (changed) {
            if (Status st = repo.update(s); !st)
                return st.error();
        }
        session.count(existing->has_value(), changed);
        return {};
    });
    if (!ran)
        return ran.error();
    return session.finish();
}

} // namespace sl
