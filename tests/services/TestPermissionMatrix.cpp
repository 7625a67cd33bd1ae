// The permission matrix (domain/Permissions.h) as the services apply it: for every role, every
// service action (called through the real service) and a target inside and outside the
// account's organisation, the call is allowed or refused as the matrix says, and every refusal is
// ErrorCode::Permission naming the action.

#include "domain/Permissions.h"
#include "services/Access.h"
#include "services/ActivityImportService.h"
#include "services/ArchiveService.h"
#include "services/AssessmentService.h"
#include "services/AttendanceService.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/BulletinService.h"
#include "services/DashboardService.h"
#include "services/ExpertService.h"
#include "services/Ledger.h"
#include "services/LedgerBookService.h"
#include "services/MakeupService.h"
#include "services/ModelUnitService.h"
#include "services/PlanService.h"
#include "services/ProgressService.h"
#include "services/RosterImportService.h"
#include "services/RosterService.h"
#include "services/RubricService.h"
#include "services/SelfStudyService.h"
#include "services/SessionImportService.h"
#include "services/SessionService.h"
#include "services/SpeechService.h"
#include "services/WritingService.h"
#include "support/RecordsFixture.h"
#include "support/RosterRows.h"
#include "support/TempLedger.h"

#include <QFile>
#include <QTest>

#include <functional>
#include <map>

using namespace sl;

namespace {

// Who acts.
enum class Who
{
    SingleUser,
    Admin,
    SecretaryA,
    MemberA, // the account of member MA1, in organisation A
    LeaderA,
    SignedOut
};

// How a case's target relates to a member account's own member: never its own (a whole
// organisation or group), its own for the target inside A (MA1, a group MA1 sits in), or always
// (a list that a member account reads filtered to its own member).
enum class OwnTarget
{
    Never,
    Inside,
    Always
};

// The ids of the fixture: a root committee with sibling branches A and B, a study group in each,
// members MA1, MA2 in A and MB1 in B, a held session of each group with an absence, a plan of
// each group, a model unit of each organisation, a writing of MA1 and of MB1.
struct Ids
{
    qint64 root = 0, orgA = 0, orgB = 0;
    qint64 groupA = 0, groupB = 0;
    qint64 ma1 = 0, ma2 = 0, mb1 = 0;
    qint64 sessionA = 0, sessionB = 0;
    qint64 absenceA = 0, absenceB = 0; // attendance records owing make-up
    qint64 unitA = 0, unitB = 0;
    qint64 writingA = 0, writingB = 0;
    std::map<Who, Actor> actors;

    qint64 org(bool in) const { return in ? orgA : orgB; }
    qint64 group(bool in) const { return in ? groupA : groupB; }
    qint64 member(bool in) const { return in ? ma1 : mb1; }
    qint64 session(bool in) const { return in ? sessionA : sessionB; }
    const char* orgExt(bool in) const { return in ? "A" : "B"; }
    const char* groupExt(bool in) const { return in ? "GA" : "GB"; }
    const char* memberExt(bool in) const { return in ? "MA1" : "MB1"; }
};

using Call = std::function<Status(Ledger&, const Ids&, bool in)>;

struct Case
{
    const char* name;
    Action action;
    bool scoped; // false: the target does not matter (the role alone decides)
    OwnTarget own;
    Call call;
};

template <typename T> Status status(const Result<T>& r)
{
    if (r)
        return {};
    return r.error();
}

template <typename T> Status importStatus(const Result<T>& r)
{
    if (!r)
        return r.error();
    if (r->ok())
        return {};
    // A refused row: the first error, as the service reported it (a refusal of the matrix
    // reads "not allowed: …").
    const RowError& e = r->errors.front();
    if (e.message.startsWith(QLatin1String("not allowed:")))
        return Error{ErrorCode::Permission, e.column, e.message};
    return Error::invalid(e.column, e.message);
}

int counter()
{
    static int n = 0;
    return ++n;
}

// Runs `fn` in single-user mode (to prepare a target), then restores the actor.
template <typename F> auto asSingleUser(Ledger& ledger, F fn)
{
    const Actor before = ledger.actor();
    ledger.setActor(Actor{});
    auto out = fn();
    ledger.setActor(before);
    return out;
}

const Date kDay(2025, 3, 10);

std::vector<Case> cases()
{
    std::vector<Case> c;
    // Roster.
    c.push_back({"roster.member", Action::RosterRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(RosterService(l).member(ids.member(in)));
                 }});
    c.push_back({"roster.memberPage", Action::RosterRead, true, OwnTarget::Always,
                 [](Ledger& l, const Ids& ids, bool in) {
                     MemberQuery q;
                     q.orgId = ids.org(in);
                     return status(RosterService(l).memberPage(q, 0, 10));
                 }});
    c.push_back(
        {"roster.organisations", Action::RosterRead, false, OwnTarget::Always,
         [](Ledger& l, const Ids&, bool) { return status(RosterService(l).organisations()); }});
    c.push_back({"roster.saveMember", Action::RosterWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     auto m =
                         asSingleUser(l, [&] { return RosterService(l).member(ids.member(in)); });
                     return status(RosterService(l).saveMember(**m));
                 }});
    c.push_back({"roster.removeMember", Action::RosterWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     const QByteArray ext = "X" + QByteArray::number(counter());
                     auto r = asSingleUser(l, [&] {
                         return RosterImportService(l).importMembers(
                             {roster_rows::member(2, ext.constData(), "临时", ids.orgExt(in))});
                     });
                     const qint64 id = records_fixture::memberId(l, ext.constData());
                     Q_UNUSED(r);
                     return RosterService(l).removeMember(id != 0 ? id : asSingleUser(l, [&] {
                         return records_fixture::memberId(l, ext.constData());
                     }));
                 }});
    c.push_back({"import.members", Action::RosterWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     const QByteArray ext = "Y" + QByteArray::number(counter());
                     return importStatus(RosterImportService(l).importMembers(
                         {roster_rows::member(2, ext.constData(), "新人", ids.orgExt(in))}));
                 }});
    c.push_back({"import.orgs", Action::RosterWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     const QByteArray ext = "O" + QByteArray::number(counter());
                     return importStatus(RosterImportService(l).importOrgs(
                         {roster_rows::org(2, ext.constData(), ids.orgExt(in), OrgKind::Branch)}));
                 }});
    c.push_back({"import.group-members", Action::RosterWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     MembershipRecord r;
                     r.groupRef = QString::fromLatin1(ids.groupExt(in));
                     r.memberRef = QString::fromLatin1(ids.memberExt(in));
                     r.membership.from = Date(2024, 1, 1);
                     return importStatus(RosterImportService(l).importMemberships({{2, r}}));
                 }});
    // The secretary's records, read.
    c.push_back({"plan.plan", Action::RecordsRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(PlanService(l).plan(ids.group(in), 2025));
                 }});
    c.push_back({"plan.dueInMonth", Action::RecordsRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(PlanService(l).dueInMonth(2025, 3, ids.org(in)));
                 }});
    c.push_back({"plan.exportRows", Action::RecordsRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     PlanFilter f;
                     f.rootOrgId = ids.org(in);
                     return PlanService(l).exportRows(f, [](const PlanRow&) { return Status(); });
                 }});
    c.push_back({"session.session", Action::RecordsRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(SessionService(l).session(ids.session(in)));
                 }});
    c.push_back({"session.list", Action::RecordsRead, true, OwnTarget::Always,
                 [](Ledger& l, const Ids& ids, bool in) {
                     SessionQuery q;
                     q.rootOrgId = ids.org(in);
                     return status(SessionService(l).list(q));
                 }});
    c.push_back({"session.materials", Action::RecordsRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(SessionService(l).materials(ids.session(in)));
                 }});
    c.push_back({"attendance.sheet", Action::RecordsRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(AttendanceService(l).sheet(ids.session(in)));
                 }});
    c.push_back({"attendance.exportRows", Action::RecordsRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     SessionQuery q;
                     q.rootOrgId = ids.org(in);
                     return AttendanceService(l).exportRows(
                         q, [](const AttendanceRow&) { return Status(); });
                 }});
    c.push_back({"speech.speeches", Action::RecordsRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(SpeechService(l).speeches(ids.session(in)));
                 }});
    c.push_back({"makeup.ledger", Action::RecordsRead, true, OwnTarget::Always,
                 [](Ledger& l, const Ids& ids, bool in) {
                     MakeupQuery q;
                     q.rootOrgId = ids.org(in);
                     return status(MakeupService(l).ledger(q));
                 }});
    c.push_back({"expert.experts", Action::RecordsRead, false, OwnTarget::Always,
                 [](Ledger& l, const Ids&, bool) { return status(ExpertService(l).experts()); }});
    c.push_back({"modelunit.units", Action::RecordsRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     ModelUnitQuery q;
                     q.rootOrgId = ids.org(in);
                     return status(ModelUnitService(l).units(q));
                 }});
    c.push_back({"book.signinSheet", Action::RecordsRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(LedgerBookService(l).signinSheet(ids.session(in)));
                 }});
    c.push_back({"book.volume", Action::RecordsRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(
                         LedgerBookService(l).volume(ScopeRef::group(ids.group(in)), 2025));
                 }});
    // The secretary's records, written.
    c.push_back({"plan.savePlan", Action::PlanWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(PlanService(l).savePlan(ids.group(in), 2025, Date(2025, 1, 5)));
                 }});
    c.push_back({"import.plans", Action::PlanWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     PlanRecord r;
                     r.groupRef = QString::fromLatin1(ids.groupExt(in));
                     r.year = 2025;
                     r.item.itemNo = 1;
                     r.item.month = 3;
                     r.item.topic = QStringLiteral("专题学习");
                     return importStatus(SessionImportService(l).importPlans({{2, r}}));
                 }});
    c.push_back({"session.save", Action::SessionWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     auto s = asSingleUser(
                         l, [&] { return SessionService(l).session(ids.session(in)); });
                     return status(SessionService(l).save(**s));
                 }});
    c.push_back({"session.nextExtId", Action::SessionWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(SessionService(l).nextExtId(ids.group(in), kDay));
                 }});
    c.push_back({"attendance.save", Action::AttendanceWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     auto sheet = asSingleUser(
                         l, [&] { return AttendanceService(l).sheet(ids.session(in)); });
                     std::vector<Attendance> records;
                     for (const SheetLine& line : sheet->lines)
                         records.push_back(line.record);
                     return AttendanceService(l).save(ids.session(in), records);
                 }});
    c.push_back({"makeup.record", Action::MakeupWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return MakeupService(l).record(in ? ids.absenceA : ids.absenceB,
                                                    Date(2025, 3, 20), QStringLiteral("补学"));
                 }});
    c.push_back({"speech.save", Action::SpeechWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     Speech s;
                     s.sessionId = ids.session(in);
                     s.memberId = in ? ids.ma2 : ids.mb1;
                     s.title = QStringLiteral("发言%1").arg(counter());
                     return status(SpeechService(l).save(s));
                 }});
    c.push_back({"expert.save", Action::RegisterWrite, false, OwnTarget::Never,
                 [](Ledger& l, const Ids&, bool) {
                     Expert e;
                     e.name = QStringLiteral("专家%1").arg(counter());
                     return status(ExpertService(l).save(e));
                 }});
    c.push_back({"modelunit.edit", Action::RegisterWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     auto u = asSingleUser(
                         l, [&] { return ModelUnitService(l).unit(in ? ids.unitA : ids.unitB); });
                     return ModelUnitService(l).edit(**u);
                 }});
    // Members' records.
    c.push_back({"selfstudy.list", Action::MemberRecordsRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(SelfStudyService(l).list(ids.member(in)));
                 }});
    c.push_back({"writing.list", Action::MemberRecordsRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(WritingService(l).list(ids.member(in)));
                 }});
    c.push_back({"selfstudy.exportRows", Action::MemberRecordsRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     ActivityFilter f;
                     f.rootOrgId = ids.org(in);
                     return SelfStudyService(l).exportRows(
                         f, [](const SelfStudyRow&) { return Status(); });
                 }});
    c.push_back({"selfstudy.log", Action::SelfStudyWrite, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     SelfStudyEntry e;
                     e.memberId = ids.member(in);
                     e.date = kDay;
                     e.material = QStringLiteral("材料%1").arg(counter());
                     return status(SelfStudyService(l).log(e));
                 }});
    c.push_back({"import.selfstudy", Action::SelfStudyWrite, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     SelfStudyRecord r;
                     r.memberRef = QString::fromLatin1(ids.memberExt(in));
                     r.entry.date = kDay;
                     r.entry.material = QStringLiteral("导入材料%1").arg(counter());
                     return importStatus(ActivityImportService(l).importSelfStudy({{2, r}}));
                 }});
    c.push_back({"writing.save", Action::WritingWrite, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     Writing w;
                     w.memberId = ids.member(in);
                     w.date = kDay;
                     w.title = QStringLiteral("心得%1").arg(counter());
                     w.chars = 1200;
                     return status(WritingService(l).save(w));
                 }});
    c.push_back({"writing.setAward", Action::WritingAppraise, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return WritingService(l).setAward(in ? ids.writingA : ids.writingB,
                                                       counter() % 2 ? Award::Excellent
                                                                     : Award::First);
                 }});
    c.push_back({"archive.archive", Action::ArchiveRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(ArchiveService(l).archive(ids.member(in), 2025));
                 }});
    c.push_back({"progress.memberYear", Action::ArchiveRead, true, OwnTarget::Inside,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(
                         ProgressService(l).memberYear(ids.member(in), 2025, Date(2025, 6, 30)));
                 }});
    // Assessment, rubric, dashboard, bulletins.
    c.push_back({"assessment.assess", Action::AssessmentRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(
                         AssessmentService(l).assess(ScopeRef::group(ids.group(in)), 2025));
                 }});
    c.push_back({"assessment.published", Action::AssessmentRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(
                         AssessmentService(l).published(ScopeRef::organisation(ids.org(in)), 2025));
                 }});
    c.push_back({"assessment.setAdjustment", Action::AssessmentAdjust, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return AssessmentService(l).setAdjustment(ScopeRef::group(ids.group(in)),
                                                               ids.member(in), 2025, 1.0,
                                                               QStringLiteral("表现突出"));
                 }});
    c.push_back({"assessment.publish", Action::AssessmentPublish, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return AssessmentService(l).publish(ScopeRef::organisation(ids.org(in)), 2024);
                 }});
    c.push_back(
        {"rubric.rubric", Action::RubricRead, false, OwnTarget::Always,
         [](Ledger& l, const Ids&, bool) { return status(RubricService(l).rubric(2025)); }});
    c.push_back({"rubric.save", Action::RubricWrite, false, OwnTarget::Never,
                 [](Ledger& l, const Ids&, bool) {
                     auto r = asSingleUser(l, [&] { return RubricService(l).rubric(2023); });
                     return RubricService(l).save(*r);
                 }});
    c.push_back({"dashboard.dashboard", Action::DashboardRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(DashboardService(l).dashboard(
                         ScopeRef::organisation(ids.org(in)), Period::year(2025)));
                 }});
    c.push_back({"bulletin.figures", Action::BulletinRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(BulletinService(l).figures(ScopeRef::organisation(ids.org(in)),
                                                              Period::year(2025)));
                 }});
    c.push_back({"bulletin.settings", Action::BulletinRead, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     return status(BulletinService(l).settings(ids.org(in)));
                 }});
    c.push_back({"bulletin.setSettings", Action::BulletinWrite, true, OwnTarget::Never,
                 [](Ledger& l, const Ids& ids, bool in) {
                     auto s =
                         asSingleUser(l, [&] { return BulletinService(l).settings(ids.org(in)); });
                     BulletinSettings changed = *s;
                     changed.numberPrefix = QStringLiteral("学通%1").arg(counter() % 10);
                     return BulletinService(l).setSettings(changed);
                 }});
    c.push_back({"audit.count", Action::AuditRead, false, OwnTarget::Never,
                 [](Ledger& l, const Ids&, bool) { return status(AuditService(l).count({})); }});
    c.push_back(
        {"ledger.backup", Action::Backup, false, OwnTarget::Never, [](Ledger& l, const Ids&, bool) {
             return l.backup(l.path() + QStringLiteral(".copy%1").arg(counter()));
         }});
    c.push_back({"ledger.backup (with materials)", Action::Backup, false, OwnTarget::Never,
                 [](Ledger& l, const Ids&, bool) {
                     return status(BackupService(l).backup(
                         l.path() + QStringLiteral(".full%1").arg(counter())));
                 }});
    // Allowed, an empty file is refused as a backup (Invalid); nothing is ever replaced here.
    c.push_back({"ledger.restore", Action::Restore, false, OwnTarget::Never,
                 [](Ledger& l, const Ids&, bool) {
                     const QString empty = l.path() + QStringLiteral(".empty%1").arg(counter());
                     QFile file(empty);
                     static_cast<void>(file.open(QIODevice::WriteOnly));
                     return status(BackupService(l).restore(empty));
                 }});
    return c;
}

const char* whoName(Who w)
{
    switch (w) {
    case Who::SingleUser:
        return "single-user";
    case Who::Admin:
        return "admin";
    case Who::SecretaryA:
        return "secretary@A";
    case Who::MemberA:
        return "member(MA1)";
    case Who::LeaderA:
        return "leader@A";
    case Who::SignedOut:
        return "signed-out";
    }
    return "";
}

// What the matrix says for the case.
bool expectedAllowed(Who who, const Case& c, bool in)
{
    AccountRole role = AccountRole::Admin;
    switch (who) {
    case Who::SingleUser:
        return true;
    case Who::SignedOut:
        return false;
    case Who::Admin:
        role = AccountRole::Admin;
        break;
    case Who::SecretaryA:
        role = AccountRole::Secretary;
        break;
    case Who::MemberA:
        role = AccountRole::Member;
        break;
    case Who::LeaderA:
        role = AccountRole::Leader;
        break;
    }
    switch (reach(role, c.action)) {
    case Reach::None:
        return false;
    case Reach::All:
        return true;
    case Reach::Subtree:
        return !c.scoped || in;
    case Reach::Own:
        return c.own == OwnTarget::Always || (c.own == OwnTarget::Inside && in);
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Who)

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    Ids m_ids;
    std::vector<Case> m_cases = cases();

    Ledger& ledger() { return *m_ledger; }

    qint64 orgId(const char* ext)
    {
        auto o = RosterService(ledger()).resolveOrg(QString::fromLatin1(ext));
        return o ? o->id : 0;
    }
    qint64 groupId(const char* ext)
    {
        auto g = RosterService(ledger()).resolveGroup(QString::fromLatin1(ext));
        return g ? g->id : 0;
    }

    // A held session of the group with MA2/MB1 absent, the others present.
    qint64 heldSession(qint64 group, const char* ext, qint64 absent, qint64* absence)
    {
        StudySession s;
        s.extId = QString::fromLatin1(ext);
        s.groupId = group;
        s.date = kDay;
        s.start = QTime(9, 0);
        s.topic = QStringLiteral("学习贯彻");
        s.status = SessionStatus::Held;
        auto id = SessionService(ledger()).save(s);
        if (!id) {
            qWarning("%s", qPrintable(id.error().text()));
            return 0;
        }
        auto sheet = AttendanceService(ledger()).sheet(*id);
        std::vector<Attendance> records;
        for (const SheetLine& line : sheet->lines) {
            Attendance a = line.record;
            if (a.memberId == absent)
                a.status = AttendanceStatus::Absent;
            records.push_back(a);
        }
        if (Status saved = AttendanceService(ledger()).save(*id, records); !saved)
            qWarning("%s", qPrintable(saved.error().text()));
        auto again = AttendanceService(ledger()).sheet(*id);
        for (const SheetLine& line : again->lines) {
            if (line.memberId == absent)
                *absence = line.record.id;
        }
        return *id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        using roster_rows::member;
        using roster_rows::org;
        RosterImportService roster(ledger());
        auto orgs = roster.importOrgs({org(2, "D", "", OrgKind::Committee),
                                       org(3, "A", "D", OrgKind::Branch),
                                       org(4, "B", "D", OrgKind::Branch)});
        QVERIFY(orgs && orgs->ok());
        auto members =
            roster.importMembers({member(2, "MA1", "张三", "A"), member(3, "MA2", "李四", "A"),
                                  member(4, "MB1", "王五", "B")});
        QVERIFY(members && members->ok());
        std::vector<ImportRow<GroupRecord>> groups;
        for (const auto& [line, ext, orgExt] :
             {std::tuple{2, "GA", "A"}, std::tuple{3, "GB", "B"}}) {
            GroupRecord g;
            g.group.extId = QString::fromLatin1(ext);
            g.group.name = QStringLiteral("学习组") + g.group.extId;
            g.orgRef = QString::fromLatin1(orgExt);
            groups.push_back({line, g});
        }
        auto groupsIn = roster.importGroups(groups);
        QVERIFY(groupsIn && groupsIn->ok());
        std::vector<ImportRow<MembershipRecord>> seats;
        for (const auto& [line, group, who] :
             {std::tuple{2, "GA", "MA1"}, std::tuple{3, "GA", "MA2"}, std::tuple{4, "GB", "MB1"}}) {
            MembershipRecord m;
            m.groupRef = QString::fromLatin1(group);
            m.memberRef = QString::fromLatin1(who);
            m.membership.from = Date(2024, 1, 1);
            seats.push_back({line, m});
        }
        auto seatsIn = roster.importMemberships(seats);
        QVERIFY2(seatsIn && seatsIn->ok(), seatsIn ? "" : qPrintable(seatsIn.error().text()));

        m_ids.root = orgId("D");
        m_ids.orgA = orgId("A");
        m_ids.orgB = orgId("B");
        m_ids.groupA = groupId("GA");
        m_ids.groupB = groupId("GB");
        m_ids.ma1 = records_fixture::memberId(ledger(), "MA1");
        m_ids.ma2 = records_fixture::memberId(ledger(), "MA2");
        m_ids.mb1 = records_fixture::memberId(ledger(), "MB1");
        QVERIFY(m_ids.orgA && m_ids.orgB && m_ids.groupA && m_ids.groupB && m_ids.ma1 && m_ids.mb1);

        QVERIFY(PlanService(ledger()).savePlan(m_ids.groupA, 2025, Date(2025, 1, 5)));
        QVERIFY(PlanService(ledger()).savePlan(m_ids.groupB, 2025, Date(2025, 1, 5)));
        m_ids.sessionA = heldSession(m_ids.groupA, "SA", m_ids.ma2, &m_ids.absenceA);
        m_ids.sessionB = heldSession(m_ids.groupB, "SB", m_ids.mb1, &m_ids.absenceB);
        QVERIFY(m_ids.sessionA && m_ids.sessionB && m_ids.absenceA && m_ids.absenceB);

        for (bool in : {true, false}) {
            ModelUnit u;
            u.name = QStringLiteral("示范点") + QString::fromLatin1(m_ids.orgExt(in));
            u.orgId = m_ids.org(in);
            u.year = 2025;
            auto id = ModelUnitService(ledger()).apply(u, kDay);
            QVERIFY2(id, qPrintable(records_fixture::why(id)));
            (in ? m_ids.unitA : m_ids.unitB) = *id;
            Writing w;
            w.memberId = m_ids.member(in);
            w.date = kDay;
            w.title = QStringLiteral("心得体会");
            w.chars = 1500;
            auto wid = WritingService(ledger()).save(w);
            QVERIFY2(wid, qPrintable(records_fixture::why(wid)));
            (in ? m_ids.writingA : m_ids.writingB) = *wid;
        }

        // The accounts: rows in accounts for the audit trail's account_id.
        using records_fixture::account;
        m_ids.actors[Who::SingleUser] = Actor{};
        m_ids.actors[Who::Admin] = account(ledger(), AccountRole::Admin);
        Actor secretary = account(ledger(), AccountRole::Secretary);
        secretary.orgId = m_ids.orgA;
        m_ids.actors[Who::SecretaryA] = secretary;
        m_ids.actors[Who::MemberA] = account(ledger(), AccountRole::Member, m_ids.ma1);
        Actor leader = account(ledger(), AccountRole::Leader);
        leader.orgId = m_ids.orgA;
        m_ids.actors[Who::LeaderA] = leader;
        m_ids.actors[Who::SignedOut] = Actor::nobody();
    }

    void cleanup() { ledger().setActor(Actor{}); }

    void matrix_data()
    {
        QTest::addColumn<Who>("who");
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<bool>("inside");
        for (Who who : {Who::SingleUser, Who::Admin, Who::SecretaryA, Who::MemberA, Who::LeaderA,
                        Who::SignedOut}) {
            for (int i = 0; i < int(m_cases.size()); ++i) {
                for (bool in : {true, false}) {
                    if (!m_cases[std::size_t(i)].scoped && !in)
                        continue;
                    QTest::addRow("%s %s %s", whoName(who), m_cases[std::size_t(i)].name,
                                  in ? "in A" : "in B")
                        << who << i << in;
                }
            }
        }
    }

    void matrix()
    {
        QFETCH(Who, who);
        QFETCH(int, caseIndex);
        QFETCH(bool, inside);
        const Case& c = m_cases[std::size_t(caseIndex)];
        ledger().setActor(m_ids.actors.at(who));
        const Status got = c.call(ledger(), m_ids, inside);
        ledger().setActor(Actor{});
        const bool allowed = expectedAllowed(who, c, inside);
        if (allowed) {
            // Allowed: anything but a refusal (a rule of the data may still say no).
            if (!got && qEnvironmentVariableIsSet("SL_SHOW_RULE_ERRORS"))
                qWarning("%s", qPrintable(got.error().text()));
            QVERIFY2(got || got.error().code != ErrorCode::Permission,
                     qPrintable(got ? QString() : got.error().text()));
        } else {
            QVERIFY2(!got, "allowed, but the matrix refuses it");
            QVERIFY2(got.error().code == ErrorCode::Permission, qPrintable(got.error().text()));
            QVERIFY2(got.error().message.contains(permissions::code(c.action)),
                     qPrintable(got.error().message));
        }
    }

    // The matrix as data: single-user mode and admins reach everything; admin-only actions.
    void theTableItself()
    {
        for (const permissions::Rule& r : permissions::kMatrix) {
            QCOMPARE(r.admin, Reach::All);
            QVERIFY(r.leader == Reach::None || r.leader == Reach::Subtree ||
                    r.leader == Reach::All);
            if (permissions::isWrite(r.action))
                QCOMPARE(r.leader, Reach::None);
        }
        QCOMPARE(reach(AccountRole::Secretary, Action::RubricWrite), Reach::None);
        QCOMPARE(reach(AccountRole::Member, Action::WritingAppraise), Reach::None);
        QCOMPARE(reach(AccountRole::Member, Action::SelfStudyWrite), Reach::Own);
        QCOMPARE(permissions::name(Action::AttendanceWrite),
                 QStringLiteral("record attendance (attendance.write)"));
    }

    // A refusal names the action and the reason.
    void messagesNameActionAndReason()
    {
        ledger().setActor(m_ids.actors.at(Who::LeaderA));
        auto saved = AttendanceService(ledger()).save(m_ids.sessionA, {});
        QVERIFY(!saved);
        QCOMPARE(saved.error().message,
                 QStringLiteral("not allowed: record attendance (attendance.write) — a leader "
                                "account only reads"));
        ledger().setActor(m_ids.actors.at(Who::SecretaryA));
        saved = AttendanceService(ledger()).save(m_ids.sessionB, {});
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(
                     QStringLiteral("outside the organisations of this account")),
                 qPrintable(saved.error().message));
        ledger().setActor(Actor::nobody());
        auto read = RosterService(ledger()).organisations();
        QVERIFY(!read);
        QCOMPARE(read.error().message,
                 QStringLiteral("not allowed: read organisations and members (roster.read) — log "
                                "in first"));
    }

    // An import with one row outside the account's organisations changes nothing and names
    // the row's line.
    void anImportOutsideTheScopeIsRefusedWhole()
    {
        ledger().setActor(m_ids.actors.at(Who::SecretaryA));
        auto report = RosterImportService(ledger()).importMembers(
            {roster_rows::member(2, "Z1", "甲", "A"), roster_rows::member(3, "Z2", "乙", "B")});
        QVERIFY(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->errors.size(), std::size_t(1));
        QCOMPARE(report->errors.front().line, 3);
        QVERIFY(report->errors.front().message.contains(QStringLiteral("roster.write")));
        ledger().setActor(Actor{});
        QCOMPARE(records_fixture::memberId(ledger(), "Z1"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "TestPermissionMatrix.moc"
