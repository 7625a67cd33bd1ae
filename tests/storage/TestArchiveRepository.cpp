#include "support/FigureFixture.h"
#include "support/MigratedDatabase.h"

#include "storage/ArchiveRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sl;
using St = sl::AttendanceStatus;
using F = FigureFixture;

class TestArchiveRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_m = 0;

private slots:
    void initTestCase()
    {
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(m_db);
        FigureFixture fx(*m_db);
        const qint64 org = fx.org(QStringLiteral("B"), QStringLiteral("支部"));
        const qint64 g1 = fx.group(QStringLiteral("G1"), QStringLiteral("一组"), org);
        const qint64 g2 = fx.group(QStringLiteral("G2"), QStringLiteral("二组"), org);
        const qint64 g3 = fx.group(QStringLiteral("G3"), QStringLiteral("旧组"), org);
        m_m = fx.member(QStringLiteral("M1"), QStringLiteral("周七"), org);
        const qint64 other = fx.member(QStringLiteral("M2"), QStringLiteral("吴八"), org);
        fx.seat(g2, m_m, GroupRole::Observer, F::day(2026, 2, 1));
        fx.seat(g1, m_m, GroupRole::Secretary);
        fx.seat(g3, m_m, GroupRole::Member, {}, F::day(2024, 12, 31));
        const qint64 a = fx.session(QStringLiteral("S-A"), g1, F::day(2026, 5, 1), 60,
                                    QStringLiteral("五月学习"));
        const qint64 b = fx.session(QStringLiteral("S-B"), g1, F::day(2026, 3, 1), 90,
                                    QStringLiteral("三月学习"));
        const qint64 c = fx.session(QStringLiteral("S-C"), g2, F::day(2026, 4, 1), 30,
                                    QStringLiteral("列席学习"));
        const qint64 d = fx.session(QStringLiteral("S-D"), g1, F::day(2026, 6, 1), 30,
                                    QStringLiteral("计划"), SessionStatus::Planned);
        const qint64 e = fx.session(QStringLiteral("S-E"), g1, F::day(2026, 7, 1), 30,
                                    QStringLiteral("七月学习"));
        fx.attend(a, m_m, St::Absent);
        fx.attend(b, m_m, St::Excused, F::day(2026, 3, 9));
        fx.attend(c, m_m, St::Observer);
        fx.attend(d, m_m, St::Absent);
        fx.attend(e, m_m, St::Excused);
        fx.attend(a, other, St::Absent);
        fx.speech(a, m_m, QStringLiteral("谈体会"));
        fx.speech(b, m_m, QStringLiteral("谈认识"));
        fx.speech(d, m_m, QStringLiteral("未举行"));
        fx.selfStudy(m_m, F::day(2026, 9, 1), 45, QStringLiteral("九月自学"),
                     QStringLiteral("笔记 两行\n第二行"));
        fx.selfStudy(m_m, F::day(2026, 1, 5), 30, QStringLiteral("一月自学"));
        fx.selfStudy(m_m, F::day(2027, 1, 5), 30, QStringLiteral("明年"));
        fx.writing(m_m, WritingKind::Report, QStringLiteral("调研报告"), F::day(2026, 10, 1),
                   Award::Third, 3200);
        fx.writing(m_m, WritingKind::Reflection, QStringLiteral("心得"), F::day(2026, 2, 1), {},
                   std::nullopt, QStringLiteral("一 二 三\n四"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }

    void membershipsOverlappingTheYear()
    {
        auto seats = ArchiveRepository(*m_db).memberships(m_m, Period::year(2026));
        QVERIFY(seats.ok());
        QCOMPARE(seats->size(), size_t(2));
        QCOMPARE(seats->at(0).groupName, QStringLiteral("一组"));
        QCOMPARE(seats->at(0).role, GroupRole::Secretary);
        QCOMPARE(seats->at(1).groupExtId, QStringLiteral("G2"));
        QCOMPARE(seats->at(1).role, GroupRole::Observer);
        QCOMPARE(seats->at(1).from, F::day(2026, 2, 1));
    }

    void attendanceOfHeldSessionsByDate()
    {
        ArchiveRepository repo(*m_db);
        auto all = repo.attendance(m_m, Period::year(2026));
        QVERIFY(all.ok());
        QStringList topics;
        for (const AttendanceEntry& e : *all)
            topics << e.topic;
        QCOMPARE(topics, (QStringList{QStringLiteral("三月学习"), QStringLiteral("列席学习"),
                                      QStringLiteral("五月学习"), QStringLiteral("七月学习")}));
        const AttendanceEntry& march = all->front();
        QCOMPARE(march.status, St::Excused);
        QCOMPARE(march.reason, QStringLiteral("公出"));
        QCOMPARE(march.makeupDate, F::day(2026, 3, 9));
        QCOMPARE(march.makeupNote, QStringLiteral("观看录像补学"));
        QCOMPARE(march.minutes, 90);
        QCOMPARE(march.groupName, QStringLiteral("一组"));
        QCOMPARE(march.start, QTime(9, 0));
        QVERIFY(!march.owesMakeup());

        auto owed = repo.attendance(m_m, Period::year(2026), ArchiveRepository::Records::Owed);
        QVERIFY(owed.ok());
        QCOMPARE(owed->size(), size_t(2));
        QCOMPARE(owed->at(0).topic, QStringLiteral("五月学习"));
        QCOMPARE(owed->at(0).status, St::Absent);
        QCOMPARE(owed->at(1).topic, QStringLiteral("七月学习"));
        QVERIFY(owed->at(1).owesMakeup());
    }

    void speechesSelfStudyAndWritings()
    {
        ArchiveRepository repo(*m_db);
        auto speeches = repo.speeches(m_m, Period::year(2026));
        QVERIFY(speeches.ok());
        QCOMPARE(speeches->size(), size_t(2));
        QCOMPARE(speeches->at(0).title, QStringLiteral("谈认识"));
        QCOMPARE(speeches->at(0).sessionTopic, QStringLiteral("三月学习"));

        auto study = repo.selfStudy(m_m, Period::year(2026));
        QVERIFY(study.ok());
        QCOMPARE(study->size(), size_t(2));
        QCOMPARE(study->at(0).entry.material, QStringLiteral("一月自学"));
        QCOMPARE(study->at(1).entry.notes, QStringLiteral("笔记 两行\n第二行"));
        QCOMPARE(study->at(1).notesChars, 7);
        QCOMPARE(study->at(1).entry.minutes, 45);
        QCOMPARE(study->at(1).entry.medium, std::optional<Medium>(Medium::Book));

        auto writings = repo.writings(m_m, Period::year(2026));
        QVERIFY(writings.ok());
        QCOMPARE(writings->size(), size_t(2));
        QCOMPARE(writings->at(0).kind, WritingKind::Reflection);
        QCOMPARE(writings->at(0).chars, 4); // counted from the text
        QVERIFY(!writings->at(0).award.has_value());
        QCOMPARE(writings->at(1).chars, 3200);
        QCOMPARE(writings->at(1).award, std::optional<Award>(Award::Third));
    }
};

QTEST_GUILESS_MAIN(TestArchiveRepository)
#include "TestArchiveRepository.moc"
