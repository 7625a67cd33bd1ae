#include "support/FigureFixture.h"
#include "support/MigratedDatabase.h"

#include "domain/CharCount.h"
#include "storage/Database.h"
#include "storage/FiguresRepository.h"
#include "storage/Migrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;
using St = sl::AttendanceStatus;

// Figures of METRICS.md over a small fixture whose every number is known:
//   C 党委 ─ B1 支部 (group G1) ─ B2 支部 (group G2); C has the 中心组 GC; X is another root.
//   G1 2026: s1 held 03-01 90 min, s2 held 05-10 120 min, s3 planned, s4 cancelled,
//   s5 held 2025-12-20 (last year); G2: s6 held 04-01 60 min; GC: s7 held 02-01 60 min.
class TestFiguresRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_c = 0, m_b1 = 0, m_b2 = 0, m_x = 0;
    qint64 m_g1 = 0, m_g2 = 0, m_gc = 0;
    qint64 m_m1 = 0, m_m2 = 0, m_m3 = 0, m_m4 = 0, m_m5 = 0, m_m6 = 0;
    const QString m_notes = QStringLiteral("学习笔记：坚持 学以致用，用以促学 😀");

    static const MemberFigures* find(const std::vector<MemberFigures>& all, qint64 id)
    {
        for (const MemberFigures& f : all) {
            if (f.memberId == id)
                return &f;
        }
        return nullptr;
    }

    static QStringList extIds(const std::vector<MemberFigures>& all)
    {
        QStringList out;
        for (const MemberFigures& f : all)
            out << f.extId;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("f.sqlite")));
        QVERIFY(m_db);
        FigureFixture fx(*m_db);
        using F = FigureFixture;
        m_c = fx.org(QStringLiteral("C"), QStringLiteral("中共某局委员会"), 0, OrgKind::Committee);
        m_b1 = fx.org(QStringLiteral("B1"), QStringLiteral("第一党支部"), m_c);
        m_b2 = fx.org(QStringLiteral("B2"), QStringLiteral("第二党支部"), m_c);
        m_x = fx.org(QStringLiteral("X"), QStringLiteral("外单位党委"), 0, OrgKind::Committee);
        m_m1 = fx.member(QStringLiteral("M001"), QStringLiteral("王一"), m_b1);
        m_m2 = fx.member(QStringLiteral("M002"), QStringLiteral("李二"), m_b1, CadreLevel::County);
        m_m3 = fx.member(QStringLiteral("M003"), QStringLiteral("张三"), m_b2);
        m_m4 = fx.member(QStringLiteral("M004"), QStringLiteral("赵四"), m_x);
        m_m5 = fx.member(QStringLiteral("M005"), QStringLiteral("钱五"), m_b1);
        m_m6 = fx.member(QStringLiteral("M006"), QStringLiteral("孙六"), m_b1);
        m_g1 = fx.group(QStringLiteral("G1"), QStringLiteral("第一支部学习组"), m_b1);
        m_g2 = fx.group(QStringLiteral("G2"), QStringLiteral("第二支部学习组"), m_b2);
        m_gc =
            fx.group(QStringLiteral("GC"), QStringLiteral("局党委中心组"), m_c, GroupKind::Central);
        fx.seat(m_g1, m_m1);
        fx.seat(m_g1, m_m2, GroupRole::Leader, F::day(2026, 1, 1));
        fx.seat(m_g1, m_m5, GroupRole::Observer);
        fx.seat(m_g1, m_m6, GroupRole::Member, {}, F::day(2025, 6, 30)); // left last year
        fx.seat(m_g1, m_m4, GroupRole::Member, F::day(2026, 4, 1));      // from another unit
        fx.seat(m_g2, m_m3);
        fx.seat(m_gc, m_m1, GroupRole::Deputy);

        const qint64 s1 = fx.session(QStringLiteral("S1"), m_g1, F::day(2026, 3, 1), 90,
                                     QStringLiteral("学习党章"));
        const qint64 s2 = fx.session(QStringLiteral("S2"), m_g1, F::day(2026, 5, 10), 120,
                                     QStringLiteral("专题研讨"));
        const qint64 s3 = fx.session(QStringLiteral("S3"), m_g1, F::day(2026, 6, 1), 60,
                                     QStringLiteral("计划中"), SessionStatus::Planned);
        const qint64 s4 = fx.session(QStringLiteral("S4"), m_g1, F::day(2026, 7, 1), 60,
                                     QStringLiteral("已取消"), SessionStatus::Cancelled);
        const qint64 s5 = fx.session(QStringLiteral("S5"), m_g1, F::day(2025, 12, 20), 45,
                                     QStringLiteral("去年"));
        const qint64 s6 = fx.session(QStringLiteral("S6"), m_g2, F::day(2026, 4, 1), 60,
                                     QStringLiteral("二支部学习"));
        const qint64 s7 = fx.session(QStringLiteral("S7"), m_gc, F::day(2026, 2, 1), 60,
                                     QStringLiteral("中心组学习"));

        fx.attend(s1, m_m1, St::Present);
        fx.attend(s2, m_m1, St::Absent);
        fx.attend(s3, m_m1, St::Present); // planned: does not count
        fx.attend(s4, m_m1, St::Present); // cancelled: does not count
        fx.attend(s5, m_m1, St::Present); // last year
        fx.attend(s6, m_m1, St::Observer);
        fx.attend(s7, m_m1, St::Late);
        fx.attend(s1, m_m2, St::Excused, F::day(2026, 3, 5));
        fx.attend(s2, m_m2, St::EarlyLeave);
        fx.attend(s1, m_m5, St::Observer);
        fx.attend(s2, m_m5, St::Observer);
        fx.attend(s2, m_m4, St::Absent, F::day(2026, 5, 20));
        fx.attend(s6, m_m3, St::Absent);

        fx.speech(s1, m_m1, QStringLiteral("发言一"));
        fx.speech(s2, m_m1, QStringLiteral("发言二"));
        fx.speech(s3, m_m1, QStringLiteral("计划中的发言"));
        fx.speech(s7, m_m1, QStringLiteral("中心组发言"));
        fx.speech(s6, m_m3, QStringLiteral("二支部发言"));

        fx.selfStudy(m_m1, F::day(2026, 1, 10), 60, QStringLiteral("《习近平谈治国理政》"),
                     m_notes);
        fx.selfStudy(m_m1, F::day(2026, 2, 1), 30, QStringLiteral("学习强国文章"));
        fx.selfStudy(m_m1, F::day(2025, 12, 31), 45, QStringLiteral("去年的自学"), m_notes);
        fx.selfStudy(m_m2, F::day(2026, 6, 1), 120, QStringLiteral("党史"),
                     QStringLiteral("一二三四五"));

        fx.writing(m_m1, WritingKind::Reflection, QStringLiteral("心得一"), F::day(2026, 3, 2),
                   Award::Second);
        fx.writing(m_m1, WritingKind::Report, QStringLiteral("调研一"), F::day(2026, 8, 2));
        fx.writing(m_m1, WritingKind::Article, QStringLiteral("去年文章"), F::day(2025, 8, 2),
                   Award::First);
        fx.writing(m_m2, WritingKind::Article, QStringLiteral("理论一"), F::day(2026, 9, 9),
                   Award::Excellent, std::nullopt, QStringLiteral("正文 共六个字"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }

    void groupScope()
    {
        auto all = FiguresRepository(*m_db).forGroup(m_g1, Period::year(2026));
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().text()));
        // Observers and seats that ended before the year are not Members(G, P).
        QCOMPARE(extIds(*all), (QStringList{QStringLiteral("M001"), QStringLiteral("M002"),
                                            QStringLiteral("M004")}));
        const MemberFigures& m1 = *find(*all, m_m1);
        QCOMPARE(m1.name, QStringLiteral("王一"));
        QCOMPARE(m1.expected, 2);
        QCOMPARE(m1.present, 1);
        QCOMPARE(m1.absent, 1);
        QCOMPARE(m1.late, 0);
        QCOMPARE(m1.makeupDone, 0);
        QCOMPARE(m1.absentNotMadeUp, 1);
        QCOMPARE(m1.collectiveMinutes, qint64(90));
        QCOMPARE(m1.speeches, 2);
        // Member-wide: self-study and writings whatever the group.
        QCOMPARE(m1.selfStudyMinutes, qint64(90));
        QCOMPARE(m1.notesChars, qint64(countCharacters(m_notes)));
        QCOMPARE(m1.notesChars, qint64(17));
        QCOMPARE(m1.reflections, 1);
        QCOMPARE(m1.reports, 1);
        QCOMPARE(m1.articles, 0);
        QCOMPARE(m1.awards, 1);
        QCOMPARE(m1.writingUnits(), 3);

        const MemberFigures& m2 = *find(*all, m_m2);
        QCOMPARE(m2.cadreLevel, CadreLevel::County);
        QCOMPARE(m2.expected, 2);
        QCOMPARE(m2.excused, 1);
        QCOMPARE(m2.earlyLeave, 1);
        QCOMPARE(m2.makeupDone, 1);
        QCOMPARE(m2.makeupOwed(), 1);
        QCOMPARE(m2.makeupOutstanding(), 0);
        QCOMPARE(m2.absentNotMadeUp, 0);
        QCOMPARE(m2.collectiveMinutes, qint64(120));
        QCOMPARE(m2.selfStudyMinutes, qint64(120));
        QCOMPARE(m2.notesChars, qint64(5));
        QCOMPARE(m2.articles, 1);
        QCOMPARE(m2.awards, 1);

        const MemberFigures& m4 = *find(*all, m_m4);
        QCOMPARE(m4.expected, 1);
        QCOMPARE(m4.absent, 1);
        QCOMPARE(m4.makeupDone, 1);
        QCOMPARE(m4.absentNotMadeUp, 0);
        QCOMPARE(m4.collectiveMinutes, qint64(0));
    }

    void groupScopeOfAShorterPeriod()
    {
        // The first quarter holds s1 only; m2's seat began in January.
        auto q1 = FiguresRepository(*m_db).forGroup(m_g1, Period::quarter(2026, 1));
        QVERIFY(q1.ok());
        QCOMPARE(extIds(*q1), (QStringList{QStringLiteral("M001"), QStringLiteral("M002")}));
        QCOMPARE(find(*q1, m_m1)->expected, 1);
        QCOMPARE(find(*q1, m_m1)->speeches, 1);
        QCOMPARE(find(*q1, m_m1)->selfStudyMinutes, qint64(90));
        QCOMPARE(find(*q1, m_m1)->reflections, 1);
        QCOMPARE(find(*q1, m_m1)->reports, 0);
        // 2025: m6 still held a seat; m2 did not yet; s5 was held.
        auto last = FiguresRepository(*m_db).forGroup(m_g1, Period::year(2025));
        QVERIFY(last.ok());
        QCOMPARE(extIds(*last), (QStringList{QStringLiteral("M001"), QStringLiteral("M006")}));
        QCOMPARE(find(*last, m_m1)->expected, 1);
        QCOMPARE(find(*last, m_m1)->collectiveMinutes, qint64(45));
        QCOMPARE(find(*last, m_m1)->articles, 1);
    }

    void memberScopeCoversEveryGroup()
    {
        auto m1 = FiguresRepository(*m_db).forMember(m_m1, Period::year(2026));
        QVERIFY(m1.ok() && m1->has_value());
        const MemberFigures& f = **m1;
        QCOMPARE(f.expected, 3); // s1, s2, s7; s6 was as observer
        QCOMPARE(f.present, 1);
        QCOMPARE(f.late, 1);
        QCOMPARE(f.absent, 1);
        QCOMPARE(f.collectiveMinutes, qint64(150));
        QCOMPARE(f.speeches, 3);
        QCOMPARE(f.totalMinutes(), qint64(240));
        QCOMPARE(f.hours(), 4.0);

        auto missing = FiguresRepository(*m_db).forMember(99999, Period::year(2026));
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());
    }

    void organisationScopeTakesTheSubtree()
    {
        auto all = FiguresRepository(*m_db).forOrganisation(m_c, Period::year(2026));
        QVERIFY(all.ok());
        QCOMPARE(extIds(*all), (QStringList{QStringLiteral("M001"), QStringLiteral("M002"),
                                            QStringLiteral("M003"), QStringLiteral("M005"),
                                            QStringLiteral("M006")}));
        QCOMPARE(find(*all, m_m1)->expected, 3);
        QCOMPARE(find(*all, m_m1)->speeches, 3);
        QCOMPARE(find(*all, m_m3)->absent, 1);
        QCOMPARE(find(*all, m_m3)->speeches, 1);
        QCOMPARE(find(*all, m_m5)->expected, 0); // observer records only
        QCOMPARE(find(*all, m_m6)->expected, 0);

        // B1 alone: its group G1 only, so the 中心组 and G2 sessions fall out.
        auto b1 = FiguresRepository(*m_db).forOrganisation(m_b1, Period::year(2026));
        QVERIFY(b1.ok());
        QCOMPARE(b1->size(), size_t(4));
        QCOMPARE(find(*b1, m_m1)->expected, 2);
        QCOMPARE(find(*b1, m_m1)->speeches, 2);
        QCOMPARE(find(*b1, m_m1)->collectiveMinutes, qint64(90));
        // X: m4's absence was at a B1 session, outside X's scope.
        auto x = FiguresRepository(*m_db).forOrganisation(m_x, Period::year(2026));
        QVERIFY(x.ok());
        QCOMPARE(x->size(), size_t(1));
        QCOMPARE(x->front().expected, 0);
    }

    void emptyScopes()
    {
        auto none = FiguresRepository(*m_db).forGroup(m_g1, Period::year(2030));
        QVERIFY(none.ok());
        QCOMPARE(extIds(*none), (QStringList{QStringLiteral("M001"), QStringLiteral("M002"),
                                             QStringLiteral("M004")}));
        QCOMPARE(find(*none, m_m1)->expected, 0);
        QCOMPARE(find(*none, m_m1)->selfStudyMinutes, qint64(0));
        auto noGroup = FiguresRepository(*m_db).forGroup(4242, Period::year(2026));
        QVERIFY(noGroup.ok());
        QVERIFY(noGroup->empty());
    }

    // Both plans of an organisation's whole months (seeking each member's roll-up rows, or
    // scanning the period's rows of the whole ledger and keeping the scope's) give the figures
    // of the records, in number order even when the numbers were not stored in order. Last:
    // it adds a member.
    void bothPlansGiveTheFiguresOfTheRecords()
    {
        FigureFixture fx(*m_db);
        const qint64 early = fx.member(QStringLiteral("M000"), QStringLiteral("周零"), m_b2);
        fx.selfStudy(early, FigureFixture::day(2026, 7, 1), 40, QStringLiteral("补记的自学"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));

        FiguresRepository records(*m_db), seek(*m_db), scan(*m_db);
        records.setRollups(false);
        seek.setPlan(FiguresRepository::Plan::Seek);
        scan.setPlan(FiguresRepository::Plan::Scan);
        std::vector<Period> periods{Period::year(2026), Period::year(2025), Period::half(2026, 1),
                                    Period::quarter(2026, 2), Period::month(2026, 5)};
        for (const Period& p : periods) {
            const QByteArray label = p.labelEn().toUtf8();
            for (qint64 org : {m_c, m_b1, m_b2, m_x}) {
                const auto expected = records.forOrganisation(org, p);
                QVERIFY(expected.ok());
                QVERIFY2(*seek.forOrganisation(org, p) == *expected, label.constData());
                QVERIFY2(*scan.forOrganisation(org, p) == *expected, label.constData());
                QVERIFY2(*FiguresRepository(*m_db).forOrganisation(org, p) == *expected,
                         label.constData());
            }
        }
        const auto c = *scan.forOrganisation(m_c, Period::year(2026));
        QCOMPARE(extIds(c).first(), QStringLiteral("M000"));
        QCOMPARE(find(c, early)->selfStudyMinutes, qint64(40));
        // X's member attended a B1 session: not in X's scope, whichever the plan.
        QCOMPARE(scan.forOrganisation(m_x, Period::year(2026))->front().expected, 0);
        QCOMPARE(find(c, m_m1)->expected, 3);

        // The scan reads the roll-ups beside the members on a connection of its own, except in a
        // transaction: there what the transaction wrote counts, which another would not see.
        QSqlQuery tx(m_db->connection());
        QVERIFY(tx.exec(QStringLiteral("BEGIN")));
        fx.selfStudy(early, FigureFixture::day(2026, 7, 2), 20, QStringLiteral("事务中的自学"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const auto inTransaction = scan.forOrganisation(m_c, Period::year(2026));
        QVERIFY(inTransaction.ok());
        QCOMPARE(find(*inTransaction, early)->selfStudyMinutes, qint64(60));
        QVERIFY(*inTransaction == *records.forOrganisation(m_c, Period::year(2026)));
        QVERIFY(tx.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(find(*scan.forOrganisation(m_c, Period::year(2026)), early)->selfStudyMinutes,
                 qint64(40));
    }
};

QTEST_GUILESS_MAIN(TestFiguresRepository)
#include "TestFiguresRepository.moc"
