// SessionService::snapshot and SessionService::restore: a removed session brought back whole
// (the undo of a removal in the sessions list).
#include "SessionService.h"

#include "Access.h"
#include "Ledger.h"
#include "LedgerWrite.h"

#include "storage/AttendanceRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"
#include "storage/SpeechRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <functional>

namespace sl {

Result<SessionSnapshot> SessionService::snapshot(qint64 id)
{
    SessionSnapshot snap;
    if (Status allowed = mayEditSession(id, &snap.session); !allowed)
        return allowed.error();
    auto attendance = AttendanceRepository(m_ledger.db()).forSession(id);
    if (!attendance)
        return attendance.error();
    for (const AttendanceRow& row : *attendance)
        snap.attendance.push_back(row.record);
    auto speeches = SpeechRepository(m_ledger.db()).forSession(id);
    if (!speeches)
        return speeches.error();
    for (const SpeechRow& row : *speeches)
        snap.speeches.push_back(row.speech);
    auto materials = SessionRepository(m_ledger.db()).materials(id);
    if (!materials)
        return materials.error();
    for (const SessionMaterial& m : *materials) {
        QFile file(materialPath(m));
        // A material whose file is already gone from the disk cannot come back; it does not
        // keep the session from being deleted (and restored without it).
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, QStringLiteral("material"),
                         tr("cannot read %1").arg(file.fileName())};
        snap.materials.push_back({m, file.readAll()});
    }
    return snap;
}

namespace {

// Writes the materials' files back; the paths written, or the first failure (nothing left).
Result<QStringList> writeFiles(const std::vector<SessionSnapshot::Material>& materials,
                               const std::function<QString(const SessionMaterial&)>& pathOf)
{
    QStringList written;
    auto fail = [&written](const QString& message) {
        for (const QString& path : written)
            QFile::remove(path);
        return Error{ErrorCode::Io, QStringLiteral("material"), message};
    };
    for (const SessionSnapshot::Material& m : materials) {
        const QString path = pathOf(m.material);
        if (QFileInfo::exists(path))
            return fail(SessionService::tr("%1 is in the way").arg(path));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m.content) != m.content.size())
            return fail(SessionService::tr("cannot write %1").arg(path));
        written << path;
    }
    return written;
}

} // namespace

Result<qint64> SessionService::restore(const SessionSnapshot& snapshot)
{
    StudySession session = snapshot.session;
    session.id = 0;
    if (Status allowed = Access(m_ledger).requireGroup(Action::SessionWrite, session.groupId);
        !allowed)
        return allowed.error();
    const auto problems = check(session);
    if (!problems.empty())
        return problems.front();
    auto files = writeFiles(snapshot.materials,
                            [this](const SessionMaterial& m) { return materialPath(m); });
    if (!files)
        return files.error();
    auto restored = [&]() -> Result<qint64> {
        LedgerWrite tx(m_ledger);
        auto id = write(session);
        if (!id)
            return id.error();
        for (Attendance a : snapshot.attendance) {
            a.id = 0;
            a.sessionId = *id;
            if (auto in = AttendanceRepository(m_ledger.db()).insert(a); !in)
                return in.error();
        }
        for (Speech s : snapshot.speeches) {
            s.id = 0;
            s.sessionId = *id;
            if (auto in = SpeechRepository(m_ledger.db()).insert(s); !in)
                return in.error();
        }
        for (SessionSnapshot::Material m : snapshot.materials) {
            m.material.id = 0;
            m.material.sessionId = *id;
            if (auto in = SessionRepository(m_ledger.db()).insertMaterial(m.material); !in)
                return in.error();
        }
        const QString text =
            session.extId + QStringLiteral("：恢复（考勤 %1 条，发言 %2 条，材料 %3 份）")
                                .arg(snapshot.attendance.size())
                                .arg(snapshot.speeches.size())
                                .arg(snapshot.materials.size());
        if (Status s = AuditRepository(m_ledger.db())
                           .record(m_ledger.actor().accountId, QStringLiteral("restore"),
                                   QStringLiteral("session"), *id, text);
            !s)
            return s.error();
        tx.changes().session(session.groupId);
        tx.changes().attendance(*id);
        if (Status s = tx.commit(); !s)
            return s.error();
        return id;
    }();
    if (!restored) {
        for (const QString& path : *files)
            QFile::remove(path);
    }
    return restored;
}

} // namespace sl
