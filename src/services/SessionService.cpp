#include "SessionService.h"

#include "Access.h"
#include "Clock.h"
#include "Ledger.h"

#include "LedgerWrite.h"
#include "domain/AuditDetails.h"
#include "domain/RosterRules.h"
#include "domain/SessionRules.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ExpertRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MemberRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sl {

namespace {

// A session number as a folder name: characters that file systems refuse become '_'.
QString folderName(const QString& extId)
{
    QString out = extId;
    for (QChar& c : out) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    if (out == QLatin1String(".") || out == QLatin1String(".."))
        out = QStringLiteral("_");
    return out;
}

} // namespace

Result<std::vector<SessionRow>> SessionService::list(const SessionQuery& query)
{
    SessionQuery scoped = query;
    if (Status s =
            Access(m_ledger).limitMember(Action::RecordsRead, scoped.memberId, scoped.rootOrgId);
        !s)
        return s.error();
    return SessionRepository(m_ledger.db()).list(scoped);
}

Result<qint64> SessionService::count(const SessionQuery& query)
{
    SessionQuery scoped = query;
    if (Status s =
            Access(m_ledger).limitMember(Action::RecordsRead, scoped.memberId, scoped.rootOrgId);
        !s)
        return s.error();
    return SessionRepository(m_ledger.db()).count(scoped);
}

namespace {

// One session, as list() would show it: only within what the account may read.
Result<std::optional<StudySession>> readable(Ledger& ledger,
                                             Result<std::optional<StudySession>> found)
{
    if (!found || !*found)
        return found;
    if (Status s = Access(ledger).requireGroup(Action::RecordsRead, (**found).groupId, true); !s)
        return s.error();
    return found;
}

} // namespace

Result<std::optional<StudySession>> SessionService::session(qint64 id)
{
    return readable(m_ledger, SessionRepository(m_ledger.db()).byId(id));
}

Result<std::optional<StudySession>> SessionService::byExtId(const QString& extId)
{
    return readable(m_ledger, SessionRepository(m_ledger.db()).byExtId(extId));
}

std::vector<Error> SessionService::check(const StudySession& s)
{
    std::vector<Error> problems = rules::checkSession(s);
    auto fail = [&](const char* field, const QString& message) {
        problems.push_back(Error::invalid(QString::fromLatin1(field), message));
    };
    auto group = GroupRepository(m_ledger.db()).byId(s.groupId);
    if (!group)
        return {group.error()};
    if (!*group)
        fail("group_id", tr("choose a study group"));

    SessionRepository sessions(m_ledger.db());
    if (!s.extId.isEmpty()) {
        auto same = sessions.byExtId(s.extId);
        if (!same)
            return {same.error()};
        if (*same && (*same)->id != s.id)
            problems.push_back(Error{ErrorCode::Conflict, QStringLiteral("id"),
                                     tr("the number %1 belongs to another session already (%2)")
                                         .arg(s.extId, (*same)->topic)});
    }
    if (s.planItemId > 0) {
        PlanRepository plans(m_ledger.db());
        auto item = plans.item(s.planItemId);
        if (!item)
            return {item.error()};
        auto plan = *item ? plans.planById((*item)->planId) : std::optional<StudyPlan>();
        if (!plan)
            return {plan.error()};
        if (!*plan || (*plan)->groupId != s.groupId ||
            (dates::isSet(s.date) && (*plan)->year != s.date.year()))
            fail("plan_item",
                 tr("the item is not in this group's plan for the year of the session"));
    }
    if (s.speakerMemberId > 0) {
        auto member = MemberRepository(m_ledger.db()).byId(s.speakerMemberId);
        if (!member)
            return {member.error()};
        if (!*member)
            fail("speaker", tr("no such member"));
    }
    if (s.speakerExpertId > 0) {
        auto expert = ExpertRepository(m_ledger.db()).byId(s.speakerExpertId);
        if (!expert)
            return {expert.error()};
        if (!*expert)
            fail("speaker", tr("no such expert in the pool"));
    }
    if (s.id > 0 && s.status != SessionStatus::Held) {
        auto records = sessions.attendanceCount(s.id);
        auto speeches = sessions.speechCount(s.id);
        if (!records)
            return {records.error()};
        if (!speeches)
            return {speeches.error()};
        if (*records > 0 || *speeches > 0)
            fail("status", tr("the session has %1 attendance records and %2 speeches; only a held "
                              "session has them (remove them first)")
                               .arg(*records)
                               .arg(*speeches));
    }
    return problems;
}

Result<qint64> SessionService::save(const StudySession& session)
{
    if (Status allowed = Access(m_ledger).requireGroup(Action::SessionWrite, session.groupId);
        !allowed)
        return allowed.error();
    StudySession before;
    if (session.id > 0) {
        if (Status allowed = mayEditSession(session.id, &before); !allowed)
            return allowed.error();
    }
    const auto problems = check(session);
    if (!problems.empty())
        return problems.front();
    LedgerWrite tx(m_ledger);
    auto id = write(session);
    if (!id)
        return id.error();
    tx.changes().session(session.groupId);
    if (session.id > 0) {
        tx.changes().session(before.groupId);
        tx.changes().attendance(session.id);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> SessionService::write(StudySession s)
{
    s.topic = s.topic.trimmed();
    s.speaker = s.speaker.trimmed();
    s.host = s.host.trimmed();
    s.recorder = s.recorder.trimmed();
    s.location = s.location.trimmed();
    if (s.extId.isEmpty()) {
        auto ext = nextExtId(s.groupId, s.date);
        if (!ext)
            return ext.error();
        s.extId = *ext;
    }
    if (s.speaker.trimmed().isEmpty() && s.speakerMemberId > 0) {
        auto member = MemberRepository(m_ledger.db()).byId(s.speakerMemberId);
        if (!member)
            return member.error();
        s.speaker = (*member)->name;
    } else if (s.speaker.trimmed().isEmpty() && s.speakerExpertId > 0) {
        auto expert = ExpertRepository(m_ledger.db()).byId(s.speakerExpertId);
        if (!expert)
            return expert.error();
        s.speaker = (*expert)->name;
    }
    SessionRepository repo(m_ledger.db());
    const bool isNew = s.id == 0;
    Result<std::optional<StudySession>> stored = std::optional<StudySession>(); // for the audit
    if (!isNew)
        stored = repo.byId(s.id);
    if (!stored)
        return stored.error();
    if (isNew) {
        auto id = repo.insert(s);
        if (!id)
            return id.error();
        s.id = *id;
    } else if (Status st = repo.update(s); !st) {
        return st.error();
    }
    if (Status st = AuditRepository(m_ledger.db())
                        .record(m_ledger.actor().accountId,
                                isNew ? QStringLiteral("create") : QStringLiteral("update"),
                                QStringLiteral("session"), s.id,
                                *stored ? audit::sessionChange(**stored, s)
                                        : audit::created(audit::sessionText(s)));
        !st)
        return st.error();
    return s.id;
}

Status SessionService::mayEditSession(qint64 sessionId, StudySession* found)
{
    auto session = SessionRepository(m_ledger.db()).byId(sessionId);
    if (!session)
        return session.error();
    if (!*session)
        return Error::notFound(QStringLiteral("session_id"), tr("no such session"));
    if (found)
        *found = **session;
    return Access(m_ledger).requireGroup(Action::SessionWrite, (*session)->groupId);
}

Status SessionService::remove(qint64 id)
{
    StudySession session;
    if (Status allowed = mayEditSession(id, &session); !allowed)
        return allowed;
    SessionRepository repo(m_ledger.db());
    auto files = repo.materials(id);
    if (!files)
        return files.error();
    LedgerWrite tx(m_ledger);
    if (Status s = repo.remove(id); !s)
        return s;
    tx.changes().session(session.groupId);
    tx.changes().attendance(id);
    if (Status s =
            AuditRepository(m_ledger.db())
                .record(m_ledger.actor().accountId, QStringLiteral("delete"),
                        QStringLiteral("session"), id, audit::removed(audit::sessionText(session)));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    for (const SessionMaterial& m : *files) {
        const QString path = materialPath(m);
        QFile::remove(path);
        QDir().rmdir(QFileInfo(path).absolutePath()); // only when empty
    }
    return {};
}

Result<QString> SessionService::nextExtId(qint64 groupId, const Date& date)
{
    auto group = GroupRepository(m_ledger.db()).byId(groupId);
    if (!group)
        return group.error();
    if (!*group)
        return Error::invalid(QStringLiteral("group_id"), tr("choose a study group"));
    if (Status allowed = Access(m_ledger).require(Action::SessionWrite, (*group)->orgId); !allowed)
        return allowed.error();
    if (!dates::isSet(date))
        return Error::invalid(QStringLiteral("date"), tr("is required"));
    // At most 32 characters: the group's number is shortened when it is long.
    const QString day =
        QString::asprintf("-%04d%02d%02d-", int(date.year()), int(date.month()), int(date.day()));
    const QString prefix = (*group)->extId.left(32 - day.size() - 3) + day;
    SessionRepository repo(m_ledger.db());
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = prefix + QString::number(n);
        auto taken = repo.byExtId(candidate);
        if (!taken)
            return taken.error();
        if (!*taken)
            return candidate;
    }
    return Error{ErrorCode::Conflict, QStringLiteral("id"),
                 tr("the group has 999 sessions on %1 already").arg(dates::toIso(date))};
}

Result<StudySession> SessionService::draftFromPlanItem(qint64 planItemId, const Date& date)
{
    PlanRepository plans(m_ledger.db());
    auto item = plans.item(planItemId);
    if (!item)
        return item.error();
    if (!*item)
        return Error::notFound(QStringLiteral("plan_item"), tr("no such plan item"));
    auto plan = plans.planById((*item)->planId);
    if (!plan)
        return plan.error();
    if (!*plan)
        return Error::notFound(QStringLiteral("plan_item"), tr("no such plan item"));
    if (Status allowed = Access(m_ledger).requireGroup(Action::SessionWrite, (*plan)->groupId);
        !allowed)
        return allowed.error();
    StudySession s;
    s.groupId = (*plan)->groupId;
    s.date = dates::isSet(date) ? date
                                : Date(static_cast<unsigned short>((*plan)->year),
                                       static_cast<unsigned short>((*item)->month), 1);
    s.topic = (*item)->topic;
    s.form = (*item)->form;
    s.trigger = (*item)->trigger;
    s.planItemId = (*item)->id;
    s.speaker = (*item)->lead;
    s.status = s.date > Clock::today() ? SessionStatus::Planned : SessionStatus::Held;
    return s;
}

Result<std::vector<Date>> SessionService::previewSeries(const SeriesRequest& request)
{
    const auto problems = request.check();
    if (!problems.empty())
        return problems.front();
    return request.dates();
}

Result<std::vector<qint64>> SessionService::createSeries(const SeriesRequest& request)
{
    const auto problems = request.check();
    if (!problems.empty())
        return problems.front();
    if (Status allowed = Access(m_ledger).requireGroup(Action::SessionWrite, request.groupId);
        !allowed)
        return allowed.error();
    LedgerWrite tx(m_ledger);
    std::vector<qint64> ids;
    for (const StudySession& draft : request.drafts()) {
        const auto broken = check(draft);
        if (!broken.empty()) {
            Error e = broken.front();
            e.message = dates::toIso(draft.date) + QStringLiteral(": ") + e.message;
            return e;
        }
        auto id = write(draft);
        if (!id)
            return id.error();
        ids.push_back(*id);
    }
    tx.changes().session(request.groupId);
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

QString SessionService::filesFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".files");
}

QString SessionService::materialPath(const SessionMaterial& material) const
{
    return QDir(filesFolder(m_ledger.db().path())).filePath(material.storedPath);
}

Result<std::vector<SessionMaterial>> SessionService::materials(qint64 sessionId)
{
    if (auto found = readable(m_ledger, SessionRepository(m_ledger.db()).byId(sessionId)); !found)
        return found.error();
    return SessionRepository(m_ledger.db()).materials(sessionId);
}

Result<qint64> SessionService::attachMaterial(qint64 sessionId, const QString& sourcePath)
{
    StudySession session;
    if (Status allowed = mayEditSession(sessionId, &session); !allowed)
        return allowed.error();
    const QFileInfo source(sourcePath);
    if (!source.isFile())
        return Error{ErrorCode::Io, QStringLiteral("material"),
                     tr("%1 is not a file that can be read").arg(sourcePath)};
    const QString folder = folderName(session.extId);
    QDir dir(filesFolder(m_ledger.db().path()));
    if (!dir.mkpath(folder))
        return Error{ErrorCode::Io, QStringLiteral("material"),
                     tr("cannot create the folder %1").arg(dir.filePath(folder))};
    QString name = source.fileName();
    for (int n = 2; QFileInfo::exists(dir.filePath(folder + QLatin1Char('/') + name)); ++n)
        name = source.completeBaseName() + QStringLiteral(" (%1)").arg(n) +
               (source.suffix().isEmpty() ? QString() : QLatin1Char('.') + source.suffix());
    const QString stored = folder + QLatin1Char('/') + name;
    const QString target = dir.filePath(stored);
    if (!QFile::copy(sourcePath, target))
        return Error{ErrorCode::Io, QStringLiteral("material"),
                     tr("cannot copy %1 to %2").arg(sourcePath, target)};

    SessionMaterial material;
    material.sessionId = sessionId;
    material.fileName = source.fileName();
    material.storedPath = stored;
    material.addedAt = QDateTime::currentDateTimeUtc();
    LedgerWrite tx(m_ledger);
    tx.changes().session(session.groupId);
    auto id = SessionRepository(m_ledger.db()).insertMaterial(material);
    Status audited = id ? AuditRepository(m_ledger.db())
                              .record(m_ledger.actor().accountId, QStringLiteral("attach"),
                                      QStringLiteral("session"), sessionId,
                                      session.extId + QStringLiteral("：附加材料 ") + stored)
                        : Status(id.error());
    Status committed = audited ? tx.commit() : audited;
    if (!committed) {
        QFile::remove(target);
        return committed.error();
    }
    return id;
}

Status SessionService::removeMaterial(qint64 materialId)
{
    SessionRepository repo(m_ledger.db());
    auto material = repo.material(materialId);
    if (!material)
        return material.error();
    if (!*material)
        return Error::notFound(QStringLiteral("material"), tr("no such material"));
    StudySession session;
    if (Status allowed = mayEditSession((*material)->sessionId, &session); !allowed)
        return allowed;
    LedgerWrite tx(m_ledger);
    tx.changes().session(session.groupId);
    if (Status s = repo.removeMaterial(materialId); !s)
        return s;
    if (Status s =
            AuditRepository(m_ledger.db())
                .record(m_ledger.actor().accountId, QStringLiteral("detach"),
                        QStringLiteral("session"), (*material)->sessionId,
                        session.extId + QStringLiteral("：移除材料 ") + (*material)->storedPath);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    const QString path = materialPath(**material);
    QFile::remove(path);
    QDir().rmdir(QFileInfo(path).absolutePath());
    return {};
}

Status SessionService::exportRows(const SessionQuery& query,
                                  const std::function<Status(const SessionRow&)>& visit)
{
    SessionQuery scoped = query;
    if (Status s =
            Access(m_ledger).limitMember(Action::RecordsRead, scoped.memberId, scoped.rootOrgId);
        !s)
        return s;
    return SessionRepository(m_ledger.db()).scan(scoped, visit);
}

} // namespace sl
