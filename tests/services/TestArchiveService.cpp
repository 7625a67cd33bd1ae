#include "support/TempLedger.h"
#include "support/WorkedExample.h"

#include "services/ArchiveService.h"

#include <QTest>

using namespace sl;

class TestArchiveService : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    WorkedExample m_w;

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        FigureFixture fx(m_ledger->db());
        m_w = WorkedExample::build(fx);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
    }

    void everythingOfTheYear()
    {
        auto archive = ArchiveService(*m_ledger).archive(m_w.a, 2026);
        QVERIFY2(archive.ok(), qPrintable(archive.ok() ? QString() : archive.error().text()));
        const MemberArchive& a = *archive;
        QCOMPARE(a.year, 2026);
        QCOMPARE(a.member.name, QStringLiteral("王小明"));
        QCOMPARE(a.member.extId, QStringLiteral("M001"));
        QCOMPARE(a.orgName, QStringLiteral("机关第一党支部"));
        QCOMPARE(a.memberships.size(), size_t(1));
        QCOMPARE(a.memberships[0].role, GroupRole::Leader);
        QCOMPARE(a.sessions.size(), size_t(10)); // the planned session is not listed
        QCOMPARE(a.sessions[0].topic, QStringLiteral("学习党的二十大精神"));
        QCOMPARE(a.sessions[8].status, AttendanceStatus::Excused);
        QCOMPARE(a.sessions[8].makeupDate, FigureFixture::day(2026, 9, 15));
        QVERIFY(a.sessions[9].owesMakeup());
        QCOMPARE(a.speeches.size(), size_t(1));
        QCOMPARE(a.speeches[0].sessionTopic, QStringLiteral("专题研讨：作风建设"));
        QCOMPARE(a.selfStudy.size(), size_t(2));
        QCOMPARE(a.selfStudy[0].notesChars, 2000);
        QCOMPARE(a.writings.size(), size_t(1));
        QCOMPARE(a.writings[0].chars, 1500);
        QCOMPARE(a.totals.hours(), 30.0);
        QCOMPARE(a.hoursTarget(), 32.0);
        QCOMPARE(a.notesTarget(), 6000);

        QCOMPARE(a.assessments.size(), size_t(1));
        const ArchiveAssessment& g = a.assessments[0];
        QCOMPARE(g.groupName, QStringLiteral("机关第一支部学习组"));
        QCOMPARE(g.assessedMembers, 4);
        QCOMPARE(g.result.final, 78.7);
        QCOMPARE(g.result.grade, Grade::Pass);
        QCOMPARE(g.result.rank, 2);
    }

    void observerHasNoAssessment()
    {
        auto archive = ArchiveService(*m_ledger).archive(m_w.o, 2026);
        QVERIFY(archive.ok());
        QCOMPARE(archive->sessions.size(), size_t(10));
        QCOMPARE(archive->sessions[0].status, AttendanceStatus::Observer);
        QVERIFY(archive->assessments.empty());
        QCOMPARE(archive->totals.expected, 0);
    }

    void aMemberReadsOnlyTheirOwnArchive()
    {
        m_ledger->setActor(Actor{9, AccountRole::Member, 0, m_w.c});
        QCOMPARE(ArchiveService(*m_ledger).archive(m_w.a, 2026).error().code,
                 ErrorCode::Permission);
        auto own = ArchiveService(*m_ledger).archive(m_w.c, 2026);
        QVERIFY(own.ok());
        // The group's ranking is not theirs to see: the assessment part is left out.
        QVERIFY(own->assessments.empty());
        QCOMPARE(own->sessions.size(), size_t(10));
        m_ledger->setActor(Actor{});
    }

    void unknownMember()
    {
        QCOMPARE(ArchiveService(*m_ledger).archive(777777, 2026).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestArchiveService)
#include "TestArchiveService.moc"
