#include "RollupRepository.h"

#include "Database.h"
#include "SqlStatement.h"

namespace sl {

namespace {

struct RollupTable
{
    QString name;
    QStringList keys;
    QStringList counts;
    // One row per record of the month's totals: the keys (year and month from the record's
    // date), then one value per count.
    QString records;
};

const QString yearOf = QStringLiteral("CAST(substr(%1, 1, 4) AS INTEGER)");
const QString monthOf = QStringLiteral("CAST(substr(%1, 6, 2) AS INTEGER)");

const std::vector<RollupTable>& tables()
{
    static const std::vector<RollupTable> all{
        {QStringLiteral("attendance_rollup"),
         {QStringLiteral("member_id"), QStringLiteral("year"), QStringLiteral("month"),
          QStringLiteral("group_id")},
         {QStringLiteral("records"), QStringLiteral("present"), QStringLiteral("late"),
          QStringLiteral("early_leave"), QStringLiteral("excused"), QStringLiteral("absent"),
          QStringLiteral("made_up"), QStringLiteral("owed"), QStringLiteral("attended_minutes"),
          QStringLiteral("speeches")},
         QStringLiteral("SELECT a.member_id, %1, %2, s.group_id, 1, a.status = 'present', "
                        "a.status = 'late', a.status = 'early_leave', a.status = 'excused', "
                        "a.status = 'absent', "
                        "a.status IN ('excused', 'absent') AND a.makeup_date IS NOT NULL, "
                        "a.status = 'absent' AND a.makeup_date IS NULL, "
                        "CASE WHEN a.status IN ('present', 'late', 'early_leave') "
                        "THEN s.minutes ELSE 0 END, 0 "
                        "FROM attendance a JOIN sessions s ON s.id = a.session_id "
                        "WHERE s.status = 'held' AND a.status <> 'observer' "
                        "UNION ALL SELECT sp.member_id, %1, %2, s.group_id, "
                        "0, 0, 0, 0, 0, 0, 0, 0, 0, 1 "
                        "FROM speeches sp JOIN sessions s ON s.id = sp.session_id "
                        "WHERE s.status = 'held'")
             .arg(yearOf.arg(QStringLiteral("s.date")), monthOf.arg(QStringLiteral("s.date")))},
        {QStringLiteral("study_rollup"),
         {QStringLiteral("member_id"), QStringLiteral("year"), QStringLiteral("month")},
         {QStringLiteral("selfstudy_entries"), QStringLiteral("selfstudy_minutes"),
          QStringLiteral("notes_chars"), QStringLiteral("reflections"), QStringLiteral("articles"),
          QStringLiteral("reports"), QStringLiteral("awarded")},
         QStringLiteral("SELECT member_id, %1, %2, 1, minutes, notes_chars, 0, 0, 0, 0 "
                        "FROM self_study "
                        "UNION ALL SELECT member_id, %1, %2, 0, 0, 0, kind = 'reflection', "
                        "kind = 'article', kind = 'report', award IS NOT NULL FROM writings")
             .arg(yearOf.arg(QStringLiteral("date")), monthOf.arg(QStringLiteral("date")))},
        {QStringLiteral("group_rollup"),
         {QStringLiteral("group_id"), QStringLiteral("year"), QStringLiteral("month")},
         {QStringLiteral("records"), QStringLiteral("attended")},
         QStringLiteral("SELECT s.group_id, %1, %2, 1, "
                        "a.status IN ('present', 'late', 'early_leave') "
                        "FROM attendance a JOIN sessions s ON s.id = a.session_id "
                        "WHERE s.status = 'held' AND a.status <> 'observer'")
             .arg(yearOf.arg(QStringLiteral("s.date")), monthOf.arg(QStringLiteral("s.date")))},
        {QStringLiteral("session_rollup"),
         {QStringLiteral("session_id")},
         {QStringLiteral("records"), QStringLiteral("attended")},
         QStringLiteral("SELECT session_id, 1, status IN ('present', 'late', 'early_leave') "
                        "FROM attendance WHERE status <> 'observer'")},
    };
    return all;
}

const RollupTable* tableNamed(const QString& name)
{
    for (const RollupTable& t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

// "SUM(a) AS a, SUM(b) AS b"
QString sums(const QStringList& columns)
{
    QStringList out;
    for (const QString& c : columns)
        out << QStringLiteral("SUM(%1) AS %1").arg(c);
    return out.join(QStringLiteral(", "));
}

QString prefixed(const QString& alias, const QStringList& columns)
{
    QStringList out;
    for (const QString& c : columns)
        out << alias + QLatin1Char('.') + c;
    return out.join(QStringLiteral(", "));
}

// "st.a = rc.a AND …"
QString keysEqual(const QStringList& keys)
{
    QStringList out;
    for (const QString& k : keys)
        out << QStringLiteral("st.%1 = rc.%1").arg(k);
    return out.join(QStringLiteral(" AND "));
}

QString recountOf(const RollupTable& t)
{
    if (!t.keys.contains(QStringLiteral("month")))
        return QStringLiteral("WITH record_rows(%1) AS (%2) SELECT %3, %4 FROM record_rows "
                              "GROUP BY %3")
            .arg((t.keys + t.counts).join(QStringLiteral(", ")), t.records,
                 t.keys.join(QStringLiteral(", ")), sums(t.counts));
    QStringList keysNoMonth = t.keys;
    keysNoMonth.removeAll(QStringLiteral("month"));
    QStringList yearKeys = t.keys;
    yearKeys.replace(yearKeys.indexOf(QStringLiteral("month")), QStringLiteral("0"));
    return QStringLiteral("WITH record_rows(%1) AS (%2), "
                          "months AS MATERIALIZED (SELECT %3, %4 FROM record_rows GROUP BY %3) "
                          "SELECT * FROM months UNION ALL SELECT %5, %4 FROM months "
                          "GROUP BY %6")
        .arg((t.keys + t.counts).join(QStringLiteral(", ")), t.records,
             t.keys.join(QStringLiteral(", ")), sums(t.counts), yearKeys.join(QStringLiteral(", ")),
             keysNoMonth.join(QStringLiteral(", ")));
}

// Rows stored or recounted that differ: the keys, then each count stored and recounted (NULL
// on the side where the row does not exist).
QString comparisonOf(const RollupTable& t)
{
    QStringList differs{QStringLiteral("rc.%1 IS NULL").arg(t.keys.first())};
    for (const QString& c : t.counts)
        differs << QStringLiteral("st.%1 IS NOT rc.%1").arg(c);
    QStringList nulls;
    for (qsizetype i = 0; i < t.counts.size(); ++i)
        nulls << QStringLiteral("NULL");
    const QString recount = recountOf(t);
    return QStringLiteral("SELECT %1, %2, %3 FROM %4 st LEFT JOIN (%5) rc ON %6 WHERE %7 "
                          "UNION ALL SELECT %8, %9, %3 FROM (%5) rc WHERE NOT EXISTS "
                          "(SELECT 1 FROM %4 st WHERE %6)")
        .arg(prefixed(QStringLiteral("st"), t.keys), prefixed(QStringLiteral("st"), t.counts),
             prefixed(QStringLiteral("rc"), t.counts), t.name, recount, keysEqual(t.keys),
             differs.join(QStringLiteral(" OR ")), prefixed(QStringLiteral("rc"), t.keys),
             nulls.join(QStringLiteral(", ")));
}

QString extIdOf(Database& db, const QString& table, qint64 id)
{
    QString out;
    sqlv::Statement st{QStringLiteral("SELECT ext_id FROM %1 WHERE id = ?").arg(table), {id}};
    if (Status ok =
            sqlv::forEachRow(db, st, [&](const QSqlQuery& q) { out = q.value(0).toString(); });
        !ok)
        return {};
    return out;
}

QString describe(Database& db, const RollupDifference& d)
{
    const auto who = [](const QString& kind, const QString& extId, qint64 id) {
        return extId.isEmpty() ? QStringLiteral("%1 id %2").arg(kind).arg(id)
                               : QStringLiteral("%1 %2 (id %3)").arg(kind, extId).arg(id);
    };
    if (d.sessionId != 0)
        return QStringLiteral("roll-up %1: %2, %3: stored %4, recounted %5")
            .arg(d.table,
                 who(QStringLiteral("session"),
                     extIdOf(db, QStringLiteral("sessions"), d.sessionId), d.sessionId),
                 d.column)
            .arg(d.stored)
            .arg(d.recounted);
    QStringList where; // a member's row, a member's row at a group, or a group's row
    if (d.memberId != 0 || d.groupId == 0)
        where << who(QStringLiteral("member"), extIdOf(db, QStringLiteral("members"), d.memberId),
                     d.memberId);
    if (d.groupId != 0)
        where << who(QStringLiteral("group"),
                     extIdOf(db, QStringLiteral("study_groups"), d.groupId), d.groupId);
    const QString period =
        d.month == 0 ? QStringLiteral("year %1").arg(d.year)
                     : QStringLiteral("%1-%2").arg(d.year).arg(d.month, 2, 10, QLatin1Char('0'));
    return QStringLiteral("roll-up %1: %2, %3, %4: stored %5, recounted %6")
        .arg(d.table, where.join(QStringLiteral(", ")), period, d.column)
        .arg(d.stored)
        .arg(d.recounted);
}

} // namespace

QString RollupRepository::recountSql(const QString& table)
{
    const RollupTable* t = tableNamed(table);
    return t ? recountOf(*t) : QString();
}

Result<std::vector<RollupDifference>> RollupRepository::differences()
{
    std::vector<RollupDifference> out;
    for (const RollupTable& t : tables()) {
        // A file of an older schema, checked read-only (never migrated), lacks the roll-ups
        // added since: the migration fills those from the records when the file is opened.
        auto present = m_db.hasTable(t.name);
        if (!present)
            return present.error();
        if (!*present)
            continue;
        const qsizetype keys = t.keys.size();
        const qsizetype counts = t.counts.size();
        Status ok = sqlv::forEachRow(m_db, {comparisonOf(t), {}}, [&](const QSqlQuery& q) {
            RollupDifference base;
            base.table = t.name;
            for (qsizetype k = 0; k < keys; ++k) {
                const QString& key = t.keys[k];
                const qint64 v = q.value(int(k)).toLongLong();
                if (key == QLatin1String("member_id"))
                    base.memberId = v;
                else if (key == QLatin1String("group_id"))
                    base.groupId = v;
                else if (key == QLatin1String("session_id"))
                    base.sessionId = v;
                else if (key == QLatin1String("year"))
                    base.year = int(v);
                else if (key == QLatin1String("month"))
                    base.month = int(v);
            }
            const bool storedRow = !q.value(keys).isNull();
            const bool recountedRow = !q.value(keys + counts).isNull();
            const size_t before = out.size();
            for (qsizetype c = 0; c < counts; ++c) {
                const qint64 stored = q.value(keys + c).toLongLong();
                const qint64 recounted = q.value(keys + counts + c).toLongLong();
                if (stored == recounted)
                    continue;
                RollupDifference d = base;
                d.column = t.counts[c];
                d.stored = stored;
                d.recounted = recounted;
                out.push_back(d);
            }
            if (out.size() == before && storedRow != recountedRow) {
                RollupDifference d = base;
                d.column = QStringLiteral("(row)");
                d.stored = storedRow ? 1 : 0;
                d.recounted = recountedRow ? 1 : 0;
                out.push_back(d);
            }
        });
        if (!ok)
            return ok.error();
    }
    return out;
}

Result<QStringList> RollupRepository::problems(int limit)
{
    auto all = differences();
    if (!all)
        return all.error();
    QStringList out;
    for (size_t i = 0; i < all->size() && i < size_t(limit); ++i)
        out << describe(m_db, (*all)[i]);
    if (all->size() > size_t(limit))
        out << QStringLiteral("roll-up: %1 more differences").arg(all->size() - size_t(limit));
    return out;
}

} // namespace sl
