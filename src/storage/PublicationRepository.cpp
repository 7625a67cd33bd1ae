#include "PublicationRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString resultColumns = QStringLiteral(
    "member_id, member_ext_id, member_name, cadre_level, org_id, org_name, role, expected, "
    "present, late, early_leave, excused, absent, makeup_done, absent_not_made_up, "
    "collective_minutes, self_study_minutes, notes_chars, speeches, reflections, articles, "
    "reports, awards, attendance_points, hours_points, notes_points, speeches_points, "
    "writings_points, score, bonus, adjustment, adjustment_reason, final, grade, vetoed, rank");

QVariant points(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> toPoints(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

Result<std::optional<AssessmentPublication>> PublicationRepository::find(const ScopeRef& scope,
                                                                         int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT p.id, a.name, p.published_at FROM assessment_publications p "
                       "LEFT JOIN accounts a ON a.id = p.published_by WHERE p.year = ? AND ") +
        (scope.isGroup() ? QStringLiteral("p.group_id = ?") : QStringLiteral("p.org_id = ?")));
    q.addBindValue(year);
    q.addBindValue(scope.id);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<AssessmentPublication>();
    AssessmentPublication p;
    p.id = q.value(0).toLongLong();
    p.publishedBy = q.value(1).toString();
    p.publishedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    return std::optional<AssessmentPublication>(p);
}

Result<int> PublicationRepository::countForYear(int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM assessment_publications WHERE year = ?"));
    q.addBindValue(year);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<qint64> PublicationRepository::create(const ScopeAssessment& a, qint64 accountId,
                                             const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO assessment_publications (year, group_id, org_id, scope_ext_id, scope_name, "
        "published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.year);
    q.addBindValue(sqlv::id(a.scope.ref.isGroup() ? a.scope.ref.id : 0));
    q.addBindValue(sqlv::id(a.scope.ref.isGroup() ? 0 : a.scope.ref.id));
    q.addBindValue(a.scope.extId);
    q.addBindValue(a.scope.name);
    q.addBindValue(sqlv::id(accountId));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();

    QSqlQuery row(m_db.connection());
    QStringList marks;
    for (int i = 0; i < resultColumns.count(QLatin1Char(',')) + 2; ++i)
        marks << QStringLiteral("?");
    if (!row.prepare(QStringLiteral("INSERT INTO published_results (publication_id, ") +
                     resultColumns + QStringLiteral(") VALUES (") +
                     marks.join(QStringLiteral(", ")) + QStringLiteral(")")))
        return sqlv::queryError(row);
    for (const AssessmentRow& r : a.rows) {
        if (Status s = insertRow(row, id, r); !s)
            return s.error();
    }
    return id;
}

Status PublicationRepository::insertRow(QSqlQuery& q, qint64 publicationId, const AssessmentRow& r)
{
    const MemberFigures& f = r.figures;
    const AssessmentResult& x = r.result;
    const QVariantList values{publicationId,
                              sqlv::id(f.memberId),
                              f.extId,
                              f.name,
                              sqlv::code(f.cadreLevel),
                              sqlv::id(f.orgId),
                              sqlv::text(r.orgName),
                              sqlv::code(r.role),
                              f.expected,
                              f.present,
                              f.late,
                              f.earlyLeave,
                              f.excused,
                              f.absent,
                              f.makeupDone,
                              f.absentNotMadeUp,
                              f.collectiveMinutes,
                              f.selfStudyMinutes,
                              f.notesChars,
                              f.speeches,
                              f.reflections,
                              f.articles,
                              f.reports,
                              f.awards,
                              points(x.attendance),
                              points(x.hours),
                              points(x.notes),
                              points(x.speeches),
                              points(x.writings),
                              x.score,
                              x.bonus,
                              x.adjustment,
                              sqlv::text(r.adjustmentReason),
                              x.final,
                              sqlv::code(x.grade),
                              x.vetoed ? 1 : 0,
                              x.rank};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    return sqlv::exec(q);
}

Result<std::vector<AssessmentRow>> PublicationRepository::rows(qint64 publicationId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + resultColumns +
              QStringLiteral(" FROM published_results WHERE publication_id = ? "
                             "ORDER BY rank, member_ext_id"));
    q.addBindValue(publicationId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    std::vector<AssessmentRow> out;
    while (q.next()) {
        int i = 0;
        auto next = [&] { return q.value(i++); };
        AssessmentRow r;
        MemberFigures& f = r.figures;
        AssessmentResult& x = r.result;
        f.memberId = next().toLongLong();
        f.extId = next().toString();
        f.name = next().toString();
        f.cadreLevel = sqlv::toEnum(next(), CadreLevel::NotCadre);
        f.orgId = next().toLongLong();
        r.orgName = next().toString();
        r.role = sqlv::toEnum(next(), GroupRole::Member);
        for (int* count : {&f.expected, &f.present, &f.late, &f.earlyLeave, &f.excused, &f.absent,
                           &f.makeupDone, &f.absentNotMadeUp})
            *count = next().toInt();
        for (qint64* total : {&f.collectiveMinutes, &f.selfStudyMinutes, &f.notesChars})
            *total = next().toLongLong();
        for (int* count : {&f.speeches, &f.reflections, &f.articles, &f.reports, &f.awards})
            *count = next().toInt();
        for (std::optional<double>* component :
             {&x.attendance, &x.hours, &x.notes, &x.speeches, &x.writings})
            *component = toPoints(next());
        x.score = next().toDouble();
        x.bonus = next().toDouble();
        x.adjustment = next().toDouble();
        r.adjustmentReason = next().toString();
        x.final = next().toDouble();
        x.grade = sqlv::toEnum(next(), Grade::Fail);
        x.vetoed = next().toInt() != 0;
        x.rank = next().toInt();
        out.push_back(std::move(r));
    }
    return out;
}

Status PublicationRepository::remove(qint64 publicationId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM assessment_publications WHERE id = ?"));
    q.addBindValue(publicationId);
    return sqlv::exec(q);
}

} // namespace sl
