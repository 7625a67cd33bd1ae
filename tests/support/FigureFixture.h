#pragma once

#include "domain/Member.h"
#include "domain/Organisation.h"
#include "domain/SelfStudyEntry.h"
#include "domain/StudyGroup.h"
#include "domain/StudySession.h"
#include "domain/Writing.h"
#include "storage/ActivityWriter.h"
#include "storage/Database.h"
#include "storage/GroupRepository.h"
#include "storage/OrgRepository.h"

#include <QString>

// Builds small, exact fixtures for the figures, the assessment and the archive through the
// storage classes (no SQL in tests). Every helper returns the new id, or 0 after a failure;
// `error()` holds the first failure.
class FigureFixture
{
public:
    explicit FigureFixture(sl::Database& db) : m_db(db), m_writer(db) {}

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    static sl::Date day(int y, int m, int d)
    {
        return sl::Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                        static_cast<unsigned short>(d));
    }

    qint64 org(const QString& ext, const QString& name, qint64 parent = 0,
               sl::OrgKind kind = sl::OrgKind::Branch)
    {
        sl::Organisation o;
        o.extId = ext;
        o.name = name;
        o.parentId = parent;
        o.kind = kind;
        return take(sl::OrgRepository(m_db).insert(o));
    }

    qint64 member(const QString& ext, const QString& name, qint64 org,
                  sl::CadreLevel cadre = sl::CadreLevel::NotCadre)
    {
        sl::Member m;
        m.extId = ext;
        m.name = name;
        m.orgId = org;
        m.cadreLevel = cadre;
        m.gender = sl::Gender::Female;
        m.birthDate = day(1980, 5, 4);
        m.joinDate = day(2005, 7, 1);
        m.category = sl::MemberCategory::Full;
        m.position = QStringLiteral("科员");
        return take(m_writer.insertMember(m));
    }

    qint64 group(const QString& ext, const QString& name, qint64 org,
                 sl::GroupKind kind = sl::GroupKind::Branch)
    {
        sl::StudyGroup g;
        g.extId = ext;
        g.name = name;
        g.orgId = org;
        g.kind = kind;
        return take(sl::GroupRepository(m_db).insert(g));
    }

    qint64 seat(qint64 group, qint64 member, sl::GroupRole role = sl::GroupRole::Member,
                sl::Date from = {}, sl::Date to = {})
    {
        sl::GroupMembership m;
        m.groupId = group;
        m.memberId = member;
        m.role = role;
        m.from = from;
        m.to = to;
        return take(m_writer.insertMembership(m));
    }

    qint64 session(const QString& ext, qint64 group, sl::Date date, int minutes,
                   const QString& topic, sl::SessionStatus status = sl::SessionStatus::Held)
    {
        sl::StudySession s;
        s.extId = ext;
        s.groupId = group;
        s.date = date;
        s.minutes = minutes;
        s.topic = topic;
        s.status = status;
        s.start = QTime(9, 0);
        return take(m_writer.insertSession(s));
    }

    qint64 attend(qint64 session, qint64 member, sl::AttendanceStatus status, sl::Date makeup = {})
    {
        sl::Attendance a;
        a.sessionId = session;
        a.memberId = member;
        a.status = status;
        if (status == sl::AttendanceStatus::Excused)
            a.reason = QStringLiteral("公出");
        a.makeupDate = makeup;
        if (!makeup.is_special())
            a.makeupNote = QStringLiteral("观看录像补学");
        return take(m_writer.insertAttendance(a));
    }

    qint64 speech(qint64 session, qint64 member, const QString& title)
    {
        sl::Speech s;
        s.sessionId = session;
        s.memberId = member;
        s.title = title;
        return take(m_writer.insertSpeech(s));
    }

    qint64 selfStudy(qint64 member, sl::Date date, int minutes, const QString& material,
                     const QString& notes = {})
    {
        sl::SelfStudyEntry e;
        e.memberId = member;
        e.date = date;
        e.minutes = minutes;
        e.material = material;
        e.medium = sl::Medium::Book;
        e.notes = notes;
        return take(m_writer.insertSelfStudy(e));
    }

    qint64 writing(qint64 member, sl::WritingKind kind, const QString& title, sl::Date date,
                   std::optional<sl::Award> award = {}, std::optional<int> chars = 1500,
                   const QString& text = {})
    {
        sl::Writing w;
        w.memberId = member;
        w.kind = kind;
        w.title = title;
        w.date = date;
        w.award = award;
        w.chars = chars;
        w.text = text;
        return take(m_writer.insertWriting(w));
    }

private:
    qint64 take(const sl::Result<qint64>& id)
    {
        if (id)
            return *id;
        if (m_error.isEmpty())
            m_error = id.error().text();
        return 0;
    }

    sl::Database& m_db;
    sl::ActivityWriter m_writer;
    QString m_error;
};
