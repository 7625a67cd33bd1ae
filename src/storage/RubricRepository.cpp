#include "RubricRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace sl {

namespace {

const QString columns = QStringLiteral(
    "attendance_max, hours_max, notes_max, speeches_max, writings_max, points_present, "
    "points_late, points_early_leave, points_excused, points_absent, points_makeup, "
    "hours_target, hours_target_cadre, notes_target, notes_target_cadre, speeches_target, "
    "writings_target, bonus_per_award, bonus_max, grade_excellent, grade_pass, "
    "grade_basic_pass, veto, published");

} // namespace

Result<Rubric> RubricRepository::forYear(int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM rubrics WHERE year = ?"));
    q.addBindValue(year);
    return read(q, year);
}

Result<Rubric> RubricRepository::forPublication(qint64 publicationId, int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + columns +
              QStringLiteral(" FROM publication_rubrics WHERE publication_id = ?"));
    q.addBindValue(publicationId);
    return read(q, year);
}

Result<Rubric> RubricRepository::read(QSqlQuery& q, int year)
{
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    Rubric r = Rubric::defaults(year);
    if (!q.next())
        return r;
    int i = 0;
    auto real = [&] { return q.value(i++).toDouble(); };
    auto whole = [&] { return q.value(i++).toInt(); };
    r.attendanceMax = real();
    r.hoursMax = real();
    r.notesMax = real();
    r.speechesMax = real();
    r.writingsMax = real();
    r.pointsPresent = real();
    r.pointsLate = real();
    r.pointsEarlyLeave = real();
    r.pointsExcused = real();
    r.pointsAbsent = real();
    r.pointsMakeup = real();
    r.hoursTarget = real();
    r.hoursTargetCadre = real();
    r.notesTarget = whole();
    r.notesTargetCadre = whole();
    r.speechesTarget = whole();
    r.writingsTarget = whole();
    r.bonusPerAward = real();
    r.bonusMax = real();
    r.gradeExcellent = real();
    r.gradePass = real();
    r.gradeBasicPass = real();
    r.veto = whole() != 0;
    r.published = whole() != 0;
    return r;
}

Result<bool> RubricRepository::exists(int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM rubrics WHERE year = ?"));
    q.addBindValue(year);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    return q.next() && q.value(0).toInt() > 0;
}

Status RubricRepository::save(const Rubric& r)
{
    return write(QStringLiteral("rubrics"), QStringLiteral("year"), r.year, r);
}

Status RubricRepository::saveForPublication(qint64 publicationId, const Rubric& r)
{
    return write(QStringLiteral("publication_rubrics"), QStringLiteral("publication_id"),
                 publicationId, r);
}

Status RubricRepository::write(const QString& table, const QString& keyColumn, const QVariant& key,
                               const Rubric& r)
{
    QStringList updates;
    for (const QString& c : columns.split(QStringLiteral(", ")))
        updates << c + QStringLiteral(" = excluded.") + c;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2, ").arg(table, keyColumn) + columns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?) ON CONFLICT (%1) DO UPDATE SET ")
                  .arg(keyColumn) +
              updates.join(QStringLiteral(", ")));
    for (const QVariant& v : QVariantList{key,
                                          r.attendanceMax,
                                          r.hoursMax,
                                          r.notesMax,
                                          r.speechesMax,
                                          r.writingsMax,
                                          r.pointsPresent,
                                          r.pointsLate,
                                          r.pointsEarlyLeave,
                                          r.pointsExcused,
                                          r.pointsAbsent,
                                          r.pointsMakeup,
                                          r.hoursTarget,
                                          r.hoursTargetCadre,
                                          r.notesTarget,
                                          r.notesTargetCadre,
                                          r.speechesTarget,
                                          r.writingsTarget,
                                          r.bonusPerAward,
                                          r.bonusMax,
                                          r.gradeExcellent,
                                          r.gradePass,
                                          r.gradeBasicPass,
                                          r.veto ? 1 : 0,
                                          r.published ? 1 : 0})
        q.addBindValue(v);
    return sqlv::exec(q);
}

} // namespace sl
