#include "support/FigureFixture.h"
#include "support/MigratedDatabase.h"

#include "storage/BulletinRepository.h"
#include "storage/DashboardRepository.h"
#include "storage/Database.h"
#include "storage/FiguresRepository.h"
#include "storage/Migrator.h"
#include "storage/RollupRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;
using St = sl::AttendanceStatus;
using F = FigureFixture;

// The roll-ups of migrations 0006 and 0009 (attendance_rollup, study_rollup, session_rollup,
// group_rollup) over a small fixture: the triggers keep them equal to a full recount after every
// kind of write (records added, changed, deleted; a session's status, date, minutes or group
// changed; a session or a member deleted), an edit and its inverse leave them as they were, the
// migration fills them from the records of an older file, a damaged row is reported with its
// member, month and column, and the figures read from them equal the figures scanned from the
// records for years, halves, quarters and months.
class TestRollups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_c = 0, m_b1 = 0, m_b2 = 0;
    qint64 m_g1 = 0, m_g2 = 0;
    qint64 m_m1 = 0, m_m2 = 0, m_m3 = 0, m_m4 = 0;
    qint64 m_s1 = 0, m_s2 = 0, m_s3 = 0, m_s4 = 0;

    // Builds the fixture into `db`: C ─ B1 (G1) ─ B2 (G2); M1, M2, M4 in B1, M3 in B2.
    void build(Database& db)
    {
        FigureFixture fx(db);
        m_c = fx.org(QStringLiteral("C"), QStringLiteral("党委"), 0, OrgKind::Committee);
        m_b1 = fx.org(QStringLiteral("B1"), QStringLiteral("第一党支部"), m_c);
        m_b2 = fx.org(QStringLiteral("B2"), QStringLiteral("第二党支部"), m_c);
        m_m1 = fx.member(QStringLiteral("M1"), QStringLiteral("王一"), m_b1);
        m_m2 = fx.member(QStringLiteral("M2"), QStringLiteral("李二"), m_b1);
        m_m3 = fx.member(QStringLiteral("M3"), QStringLiteral("张三"), m_b2);
        m_m4 = fx.member(QStringLiteral("M4"), QStringLiteral("赵四"), m_b1);
        m_g1 = fx.group(QStringLiteral("G1"), QStringLiteral("第一学习组"), m_b1);
        m_g2 = fx.group(QStringLiteral("G2"), QStringLiteral("第二学习组"), m_b2);
        for (qint64 m : {m_m1, m_m2, m_m4})
            fx.seat(m_g1, m);
        fx.seat(m_g2, m_m3);
        fx.seat(m_g2, m_m1);
        m_s1 =
            fx.session(QStringLiteral("S1"), m_g1, F::day(2026, 3, 1), 90, QStringLiteral("党章"));
        m_s2 = fx.session(QStringLiteral("S2"), m_g1, F::day(2026, 5, 10), 120,
                          QStringLiteral("研讨"));
        m_s3 = fx.session(QStringLiteral("S3"), m_g1, F::day(2026, 6, 1), 60,
                          QStringLiteral("计划"), SessionStatus::Planned);
        m_s4 =
            fx.session(QStringLiteral("S4"), m_g2, F::day(2026, 4, 1), 60, QStringLiteral("党史"));
        fx.attend(m_s1, m_m1, St::Present);
        fx.attend(m_s1, m_m2, St::Late);
        fx.attend(m_s1, m_m4, St::Observer);
        fx.attend(m_s2, m_m1, St::Excused, F::day(2026, 5, 20));
        fx.attend(m_s2, m_m2, St::Absent);
        fx.attend(m_s2, m_m4, St::EarlyLeave);
        fx.attend(m_s3, m_m1, St::Present); // a planned session: not a record
        fx.attend(m_s4, m_m3, St::Absent, F::day(2026, 4, 9));
        fx.attend(m_s4, m_m1, St::Present); // M1 of B1 at a session of B2's group
        fx.speech(m_s1, m_m1, QStringLiteral("体会"));
        fx.speech(m_s2, m_m4, QStringLiteral("发言")); // without a record of attendance
        fx.selfStudy(m_m1, F::day(2026, 1, 5), 60, QStringLiteral("党章"), QStringLiteral("笔记"));
        fx.selfStudy(m_m1, F::day(2026, 1, 20), 30, QStringLiteral("论语"));
        fx.selfStudy(m_m1, F::day(2026, 7, 1), 45, QStringLiteral("党史"),
                     QStringLiteral("心得体会"));
        fx.selfStudy(m_m3, F::day(2025, 12, 31), 50, QStringLiteral("报告"));
        fx.writing(m_m1, WritingKind::Reflection, QStringLiteral("心得一"), F::day(2026, 3, 3),
                   Award::First);
        fx.writing(m_m2, WritingKind::Article, QStringLiteral("文章"), F::day(2026, 8, 8));
        fx.writing(m_m2, WritingKind::Report, QStringLiteral("调研"), F::day(2026, 8, 9));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }

    void exec(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    qint64 value(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // Every roll-up row, for comparing before and after.
    QStringList dump()
    {
        QStringList out;
        for (const char* table : {"attendance_rollup", "study_rollup", "session_rollup"}) {
            QSqlQuery q(m_db->connection());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(table));
            while (q.next()) {
                QStringList row{QString::fromLatin1(table)};
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                out << row.join(QLatin1Char(' '));
            }
        }
        return out;
    }

    static QStringList sessionCounts(const std::vector<BulletinSession>& sessions)
    {
        QStringList out;
        for (const BulletinSession& s : sessions)
            out << QStringLiteral("%1:%2/%3").arg(s.id).arg(s.attended).arg(s.expected);
        return out;
    }

    // A dashboard drill-down's sessions with their counts, in order.
    static QStringList drillCounts(const std::vector<DashboardSession>& sessions)
    {
        QStringList out;
        for (const DashboardSession& s : sessions)
            out << QStringLiteral("%1 %2:%3/%4")
                       .arg(s.extId)
                       .arg(s.id)
                       .arg(s.attended)
                       .arg(s.expected);
        return out;
    }

    void verifyRecount()
    {
        auto problems = RollupRepository(*m_db).problems();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    QString yearRow(qint64 member, qint64 group, const QString& columns, int month = 0)
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT %1 FROM attendance_rollup WHERE member_id = %2 AND "
                              "group_id = %3 AND year = 2026 AND month = %4")
                   .arg(columns)
                   .arg(member)
                   .arg(group)
                   .arg(month));
        if (!q.next())
            return QStringLiteral("none");
        QStringList out;
        for (int i = 0; i < q.record().count(); ++i)
            out << q.value(i).toString();
        return out.join(QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(m_db);
        build(*m_db);
    }

    void insertsAreRolledUp()
    {
        verifyRecount();
        const QString cols = QStringLiteral("records, present, late, early_leave, excused, absent, "
                                            "made_up, owed, attended_minutes, speeches");
        // M1 in G1: S1 present (90 min, a speech), S2 excused and made up; S3 is planned.
        QCOMPARE(yearRow(m_m1, m_g1, cols), QStringLiteral("2 1 0 0 1 0 1 0 90 1"));
        QCOMPARE(yearRow(m_m1, m_g1, cols, 3), QStringLiteral("1 1 0 0 0 0 0 0 90 1"));
        QCOMPARE(yearRow(m_m1, m_g1, cols, 6), QStringLiteral("none"));
        QCOMPARE(yearRow(m_m2, m_g1, cols), QStringLiteral("2 0 1 0 0 1 0 1 90 0"));
        // M4: 列席 at S1 is no record; S2 early leave; a speech at S2.
        QCOMPARE(yearRow(m_m4, m_g1, cols, 3), QStringLiteral("none"));
        QCOMPARE(yearRow(m_m4, m_g1, cols, 5), QStringLiteral("1 0 0 1 0 0 0 0 120 1"));
        QCOMPARE(yearRow(m_m1, m_g2, cols, 4), QStringLiteral("1 1 0 0 0 0 0 0 60 0"));
        QCOMPARE(value(QStringLiteral("SELECT selfstudy_entries * 1000 + selfstudy_minutes FROM "
                                      "study_rollup WHERE member_id = %1 AND year = 2026 AND "
                                      "month = 1")
                           .arg(m_m1)),
                 2090);
        QCOMPARE(value(QStringLiteral("SELECT reflections * 100 + awarded * 10 + articles FROM "
                                      "study_rollup WHERE member_id = %1 AND year = 2026 AND "
                                      "month = 0")
                           .arg(m_m1)),
                 110);
        // Per session: records and attended, whatever the session's status.
        QCOMPARE(value(QStringLiteral("SELECT records * 10 + attended FROM session_rollup "
                                      "WHERE session_id = %1")
                           .arg(m_s1)),
                 22);
        QCOMPARE(value(QStringLiteral("SELECT records * 10 + attended FROM session_rollup "
                                      "WHERE session_id = %1")
                           .arg(m_s2)),
                 31);
        QCOMPARE(value(QStringLiteral("SELECT records FROM session_rollup WHERE session_id = %1")
                           .arg(m_s3)),
                 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM study_rollup WHERE member_id = %1 "
                                      "AND year = 2025")
                           .arg(m_m3)),
                 2);
    }

    void recordEditsFollow()
    {
        exec(QStringLiteral("UPDATE attendance SET status = 'absent', reason = '' "
                            "WHERE session_id = %1 AND member_id = %2")
                 .arg(m_s1)
                 .arg(m_m1));
        verifyRecount();
        exec(QStringLiteral("UPDATE attendance SET makeup_date = '2026-03-09' "
                            "WHERE session_id = %1 AND member_id = %2")
                 .arg(m_s1)
                 .arg(m_m1));
        verifyRecount();
        exec(QStringLiteral("UPDATE attendance SET status = 'present' "
                            "WHERE session_id = %1 AND member_id = %2")
                 .arg(m_s1)
                 .arg(m_m4)); // 列席 becomes a record
        verifyRecount();
        exec(QStringLiteral("UPDATE attendance SET session_id = %1 WHERE session_id = %2 AND "
                            "member_id = %3")
                 .arg(m_s4)
                 .arg(m_s2)
                 .arg(m_m2)); // to another group's session
        verifyRecount();
        exec(QStringLiteral("DELETE FROM attendance WHERE session_id = %1").arg(m_s2));
        exec(QStringLiteral("UPDATE speeches SET member_id = %1").arg(m_m2));
        verifyRecount();
        exec(QStringLiteral("UPDATE self_study SET date = '2026-02-01', minutes = minutes + 5, "
                            "notes_chars = 7 WHERE member_id = %1")
                 .arg(m_m1));
        exec(QStringLiteral("UPDATE writings SET kind = 'article', award = NULL, "
                            "date = '2027-01-01' WHERE member_id = %1")
                 .arg(m_m1));
        verifyRecount();
        exec(QStringLiteral("DELETE FROM writings WHERE kind = 'report'"));
        exec(QStringLiteral("DELETE FROM self_study WHERE member_id = %1").arg(m_m3));
        verifyRecount();
        QCOMPARE(
            value(
                QStringLiteral("SELECT count(*) FROM study_rollup WHERE member_id = %1").arg(m_m3)),
            0); // rows whose counts reach zero go
    }

    void sessionChangesMoveTheirRecords()
    {
        exec(QStringLiteral("UPDATE sessions SET status = 'cancelled' WHERE id = %1").arg(m_s1));
        verifyRecount();
        QCOMPARE(yearRow(m_m1, m_g1, QStringLiteral("records"), 3), QStringLiteral("none"));
        exec(QStringLiteral("UPDATE sessions SET status = 'held' WHERE id = %1").arg(m_s3));
        verifyRecount();
        QCOMPARE(yearRow(m_m1, m_g1, QStringLiteral("records, attended_minutes"), 6),
                 QStringLiteral("1 60"));
        exec(QStringLiteral("UPDATE sessions SET date = '2025-11-30', minutes = 75 WHERE id = %1")
                 .arg(m_s3));
        verifyRecount();
        exec(QStringLiteral("UPDATE sessions SET group_id = %1 WHERE id = %2").arg(m_g2).arg(m_s3));
        verifyRecount();
        QCOMPARE(yearRow(m_m1, m_g1, QStringLiteral("records"), 6), QStringLiteral("none"));
        exec(QStringLiteral("DELETE FROM sessions WHERE id = %1").arg(m_s4));
        verifyRecount();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM session_rollup WHERE session_id = %1")
                           .arg(m_s4)),
                 0);
        exec(QStringLiteral("DELETE FROM members WHERE id = %1").arg(m_m2));
        verifyRecount();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM attendance_rollup WHERE member_id = %1")
                           .arg(m_m2)),
                 0);
    }

    void editAndInverseLeaveRollupsAsTheyWere()
    {
        const QStringList before = dump();
        QVERIFY(!before.isEmpty());
        exec(
            QStringLiteral("UPDATE sessions SET date = '2026-09-09', status = 'held' WHERE id = %1")
                .arg(m_s1));
        exec(QStringLiteral("UPDATE self_study SET minutes = 200"));
        QVERIFY(dump() != before);
        exec(QStringLiteral("UPDATE sessions SET date = '2026-03-01', status = 'cancelled' "
                            "WHERE id = %1")
                 .arg(m_s1));
        exec(QStringLiteral("UPDATE self_study SET minutes = 65 WHERE material = '党章'"));
        exec(QStringLiteral("UPDATE self_study SET minutes = 35 WHERE material = '论语'"));
        exec(QStringLiteral("UPDATE self_study SET minutes = 50 WHERE material = '党史'"));
        QCOMPARE(dump(), before);
    }

    void damageIsReported()
    {
        // The first year row of the attendance roll-up, and M1's February of self-study.
        QSqlQuery first(m_db->connection());
        QVERIFY(first.exec(QStringLiteral("SELECT member_id, group_id, year FROM attendance_rollup "
                                          "WHERE month = 0 ORDER BY 1, 2, 3 LIMIT 1")) &&
                first.next());
        const qint64 member = first.value(0).toLongLong();
        const qint64 group = first.value(1).toLongLong();
        const int year = first.value(2).toInt();
        const QString damaged = QStringLiteral("member_id = %1 AND group_id = %2 AND year = %3 "
                                               "AND month = 0")
                                    .arg(member)
                                    .arg(group)
                                    .arg(year);
        exec(QStringLiteral("UPDATE attendance_rollup SET attended_minutes = attended_minutes + 7 "
                            "WHERE ") +
             damaged);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM study_rollup WHERE member_id = %1 "
                                      "AND month = 2")
                           .arg(m_m1)),
                 1);
        exec(QStringLiteral("DELETE FROM study_rollup WHERE member_id = %1 AND month = 2")
                 .arg(m_m1));
        auto found = RollupRepository(*m_db).differences();
        QVERIFY(found.ok());
        QCOMPARE(int(found->size()), 4); // minutes; entries, minutes and notes of February
        const RollupDifference& minutes = found->front();
        QCOMPARE(minutes.table, QStringLiteral("attendance_rollup"));
        QCOMPARE(minutes.memberId, member);
        QCOMPARE(minutes.groupId, group);
        QCOMPARE(minutes.year, year);
        QCOMPARE(minutes.month, 0);
        QCOMPARE(minutes.column, QStringLiteral("attended_minutes"));
        QCOMPARE(minutes.stored - minutes.recounted, 7);
        QCOMPARE((*found)[1].memberId, m_m1);
        QCOMPARE((*found)[1].month, 2);
        QCOMPARE((*found)[1].stored, 0);
        QVERIFY((*found)[1].recounted > 0);
        auto problems = RollupRepository(*m_db).problems(2);
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 3);
        QVERIFY2(problems->front().contains(QStringLiteral("(id %1), group ").arg(member)) &&
                     problems->front().contains(
                         QStringLiteral("year %1, attended_minutes: stored").arg(year)),
                 qPrintable(problems->front()));
        QCOMPARE(problems->last(), QStringLiteral("roll-up: 2 more differences"));
        // A row of zeros that the records do not give is a difference too.
        exec(QStringLiteral("UPDATE attendance_rollup SET attended_minutes = attended_minutes - 7 "
                            "WHERE ") +
             damaged);
        exec(
            QStringLiteral("INSERT INTO study_rollup (member_id, year, month) VALUES (%1, 2024, 0)")
                .arg(m_m4));
        found = RollupRepository(*m_db).differences();
        QVERIFY(found.ok());
        QCOMPARE(int(found->size()), 4);
        const auto zeros =
            std::find_if(found->begin(), found->end(), [](const RollupDifference& d) {
                return d.column == QLatin1String("(row)");
            });
        QVERIFY(zeros != found->end());
        QCOMPARE(zeros->memberId, m_m4);
        QCOMPARE(zeros->year, 2024);
        QCOMPARE(zeros->stored, 1);
        // Filled again from the recount, the roll-up is whole.
        exec(QStringLiteral("DELETE FROM study_rollup"));
        exec(QStringLiteral("INSERT INTO study_rollup ") +
             RollupRepository::recountSql(QStringLiteral("study_rollup")));
        verifyRecount();
        // A group's row names the group alone.
        exec(QStringLiteral("UPDATE group_rollup SET attended = attended + 1 WHERE group_id = %1 "
                            "AND year = %2 AND month = 0")
                 .arg(group)
                 .arg(year));
        problems = RollupRepository(*m_db).problems();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QVERIFY2(
            problems->front().startsWith(QStringLiteral("roll-up group_rollup: group ")) &&
                problems->front().contains(QStringLiteral("year %1, attended: stored").arg(year)) &&
                !problems->front().contains(QStringLiteral("member")),
            qPrintable(problems->front()));
        exec(QStringLiteral("UPDATE group_rollup SET attended = attended - 1 WHERE group_id = %1 "
                            "AND year = %2 AND month = 0")
                 .arg(group)
                 .arg(year));
        verifyRecount();
    }

    void migrationFillsRollupsFromRecords()
    {
        const QString path = m_dir.filePath(QStringLiteral("v5.sqlite"));
        auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        std::unique_ptr<Database> old = std::move(opened).value();
        QVERIFY(Migrator::migrate(*old, 5).ok());
        // The repositories of today write the pinyin initials of schema 7: the column is there
        // while the records go in, and gone again before the migration.
        QSqlQuery q(old->connection());
        QVERIFY(q.exec(QStringLiteral(
            "ALTER TABLE members ADD COLUMN name_initials TEXT NOT NULL DEFAULT ''")));
        build(*old);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE members DROP COLUMN name_initials")));
        // Checked before it is migrated (the CLI's check opens read-only), the file has no
        // roll-ups to compare, and that is not a problem.
        auto before = RollupRepository(*old).problems();
        QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message));
        QVERIFY(before->isEmpty());
        auto migrated = Migrator::migrate(*old);
        QVERIFY(migrated.ok());
        QCOMPARE(migrated->toVersion, Migrator::latestVersion());
        std::swap(m_db, old);
        verifyRecount();
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM attendance_rollup")) >= 10);
        // Schema 9's group roll-up, filled from the member rows: the group's year is the sum of
        // its members' years (and the recount above compared every row with the records).
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM group_rollup")) >= 4);
        QCOMPARE(value(QStringLiteral("SELECT records FROM group_rollup WHERE group_id = %1 "
                                      "AND year = 2026 AND month = 0")
                           .arg(m_g1)),
                 value(QStringLiteral("SELECT sum(records) FROM attendance_rollup WHERE "
                                      "group_id = %1 AND year = 2026 AND month = 0")
                           .arg(m_g1)));
        QCOMPARE(
            yearRow(m_m1, m_g1, QStringLiteral("records, made_up, attended_minutes, speeches")),
            QStringLiteral("2 1 90 1"));
        QCOMPARE(value(QStringLiteral("SELECT selfstudy_minutes FROM study_rollup WHERE "
                                      "member_id = %1 AND year = 2026 AND month = 0")
                           .arg(m_m1)),
                 135);
        std::swap(m_db, old);
    }

    void figuresFromRollupsEqualTheScan()
    {
        // On the migrated copy of the untouched fixture, then on the edited one.
        for (const char* file : {"v5.sqlite", "r.sqlite"}) {
            auto opened = Database::open(m_dir.filePath(QString::fromLatin1(file)),
                                         Database::OpenMode::MustExist);
            QVERIFY(opened.ok());
            Database& db = **opened;
            std::vector<Period> periods{Period::year(2026),
                                        Period::year(2025),
                                        Period::half(2026, 1),
                                        Period::half(2026, 2),
                                        {F::day(2025, 12, 1), F::day(2026, 2, 28)},
                                        {F::day(2026, 3, 2), F::day(2026, 5, 31)}};
            for (int q = 1; q <= 4; ++q)
                periods.push_back(Period::quarter(2026, q));
            for (int m = 1; m <= 12; ++m)
                periods.push_back(Period::month(2026, m));
            FiguresRepository rolled(db), scanned(db);
            scanned.setRollups(false);
            BulletinRepository rolledB(db), scannedB(db);
            scannedB.setRollups(false);
            DashboardRepository rolledD(db), scannedD(db);
            scannedD.setRollups(false);
            for (const Period& p : periods) {
                const QByteArray label = p.labelEn().toUtf8();
                for (qint64 org : {m_c, m_b1, m_b2})
                    QVERIFY2(*rolled.forOrganisation(org, p) == *scanned.forOrganisation(org, p),
                             label.constData());
                for (qint64 group : {m_g1, m_g2})
                    QVERIFY2(*rolled.forGroup(group, p) == *scanned.forGroup(group, p),
                             label.constData());
                for (qint64 m : {m_m1, m_m3, m_m4})
                    QVERIFY2(*rolled.forMember(m, p) == *scanned.forMember(m, p),
                             label.constData());
                for (const ScopeRef& s : {ScopeRef::organisation(m_c), ScopeRef::group(m_g1)}) {
                    QVERIFY2(*rolledB.scopeFigures(s, p) == *scannedB.scopeFigures(s, p),
                             label.constData());
                    QVERIFY2(*rolledD.months(s, p) == *scannedD.months(s, p), label.constData());
                    QCOMPARE(drillCounts(*rolledD.sessions(s, p)),
                             drillCounts(*scannedD.sessions(s, p)));
                    QCOMPARE(sessionCounts(*rolledB.bestAttended(s, p, 5)),
                             sessionCounts(*scannedB.bestAttended(s, p, 5)));
                    QCOMPARE(sessionCounts(*rolledB.threeMustSessions(s, p)),
                             sessionCounts(*scannedB.threeMustSessions(s, p)));
                }
                const auto a = *rolledD.subOrganisations(m_c, p);
                const auto b = *scannedD.subOrganisations(m_c, p);
                QCOMPARE(a.size(), b.size());
                for (size_t i = 0; i < a.size(); ++i)
                    QVERIFY2(a[i].expected == b[i].expected && a[i].attended == b[i].attended,
                             label.constData());
            }
            // The fixture has figures to compare.
            QVERIFY(rolled.forOrganisation(m_c, Period::year(2026))->front().selfStudyMinutes > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestRollups)
#include "TestRollups.moc"
