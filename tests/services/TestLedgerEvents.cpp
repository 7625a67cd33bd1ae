#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/AttendanceService.h"
#include "services/LedgerEvents.h"
#include "services/LedgerWrite.h"
#include "services/PlanService.h"
#include "services/RosterImportService.h"
#include "services/SelfStudyService.h"
#include "services/SessionService.h"

#include <QSignalSpy>
#include <QTest>

using namespace sl;
using namespace session_fixture;

// The ledger announces each committed write once, after the commit; never a refused or
// rolled-back one.
class TestLedgerEvents : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_group = 0;

    Ledger& ledger() { return **m_ledger; }
    LedgerEvents& events() { return ledger().events(); }

    // The number of sessions another connection sees: only committed rows.
    qint64 committedSessions()
    {
        auto other = Ledger::open(m_ledger->path(), OpenMode::ReadOnly);
        if (!other)
            return -1;
        auto n = SessionService(**other).count({});
        return n ? *n : -1;
    }

    StudySession draft(const Date& date) const
    {
        StudySession s;
        s.groupId = m_group;
        s.date = date;
        s.start = QTime(14, 30);
        s.minutes = 90;
        s.topic = QStringLiteral("学习党章");
        return s;
    }

private slots:
    void initTestCase() { Clock::setToday(Date(2026, 6, 30)); }
    void cleanupTestCase() { Clock::setToday(Date()); }

    void init()
    {
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(buildRoster(ledger()));
        m_group = groupId(ledger(), "G-C01");
    }

    void firesAfterTheCommit()
    {
        qint64 seenInSlot = -1;
        int openInSlot = -1;
        qint64 groupInSlot = 0;
        connect(&events(), &LedgerEvents::sessionsChanged, this, [&](qint64 group) {
            // The change is in the database for every reader already.
            seenInSlot = committedSessions();
            openInSlot = events().openWrites();
            groupInSlot = group;
        });
        QSignalSpy committed(&events(), &LedgerEvents::committed);
        const qint64 before = committedSessions();
        auto id = SessionService(ledger()).save(draft(Date(2026, 3, 10)));
        QVERIFY(id.ok());
        QCOMPARE(seenInSlot, before + 1);
        QCOMPARE(openInSlot, 0);
        QCOMPARE(groupInSlot, m_group);
        QCOMPARE(committed.count(), 1);
    }

    void notOnARefusedWrite()
    {
        QSignalSpy sessions(&events(), &LedgerEvents::sessionsChanged);
        QSignalSpy committed(&events(), &LedgerEvents::committed);
        StudySession invalid = draft(Date(2026, 3, 10));
        invalid.minutes = 0;
        QVERIFY(!SessionService(ledger()).save(invalid).ok());
        QCOMPARE(sessions.count(), 0);
        QCOMPARE(committed.count(), 0);
    }

    void notOnARollback()
    {
        QSignalSpy sessions(&events(), &LedgerEvents::sessionsChanged);
        QSignalSpy committed(&events(), &LedgerEvents::committed);
        const qint64 before = committedSessions();
        {
            // A service write nested in a write that then rolls back: its commit only joined
            // the outer one, and nothing is announced.
            LedgerWrite outer(ledger());
            QVERIFY(outer.isActive());
            QVERIFY(SessionService(ledger()).save(draft(Date(2026, 3, 10))).ok());
            QCOMPARE(sessions.count(), 0);
        }
        QCOMPARE(committedSessions(), before);
        QCOMPARE(sessions.count(), 0);
        QCOMPARE(committed.count(), 0);

        // Committed, the outer write announces what the nested one changed, once.
        {
            LedgerWrite outer(ledger());
            QVERIFY(SessionService(ledger()).save(draft(Date(2026, 3, 11))).ok());
            QVERIFY(SessionService(ledger()).save(draft(Date(2026, 3, 12))).ok());
            QCOMPARE(sessions.count(), 0);
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(sessions.count(), 1);
        QCOMPARE(sessions.front().front().toLongLong(), m_group);
        QCOMPARE(committed.count(), 1);
    }

    void anImportAnnouncesOnceAfterItsCommit()
    {
        QSignalSpy roster(&events(), &LedgerEvents::rosterChanged);
        RosterImportService import(ledger());
        auto added = import.importMembers({roster_rows::member(2, "M101", "赵六", "B01"),
                                           roster_rows::member(3, "M102", "孙七", "B02")});
        QVERIFY(added.ok() && added->ok());
        QCOMPARE(roster.count(), 1);
        // A file with an error changes nothing, and nothing is announced.
        auto refused = import.importMembers({roster_rows::member(2, "M103", "周八", "NOPE")});
        QVERIFY(refused.ok());
        QVERIFY(!refused->ok());
        QCOMPARE(roster.count(), 1);
    }

    void namesWhatChanged()
    {
        const qint64 session = heldSession(ledger(), "G-C01", Date(2026, 3, 10));
        const qint64 member = memberId(ledger(), "M001");

        QSignalSpy records(&events(), &LedgerEvents::memberRecordsChanged);
        SelfStudyEntry e = SelfStudyService::draft(member);
        e.date = Date(2026, 3, 1);
        e.minutes = 60;
        e.material = QStringLiteral("学习党章");
        e.medium = Medium::Article;
        QVERIFY(SelfStudyService(ledger()).log(e).ok());
        QCOMPARE(records.count(), 1);
        QCOMPARE(records.front().at(0).toLongLong(), member);
        QCOMPARE(records.front().at(1).value<LedgerChanges::Record>(),
                 LedgerChanges::Record::SelfStudy);

        QSignalSpy plans(&events(), &LedgerEvents::planChanged);
        auto planId = PlanService(ledger()).savePlan(m_group, 2026, Date(2026, 1, 5));
        QVERIFY(planId.ok());
        QCOMPARE(plans.count(), 1);
        QCOMPARE(plans.front().at(0).toLongLong(), m_group);
        QCOMPARE(plans.front().at(1).toInt(), 2026);

        QSignalSpy attendance(&events(), &LedgerEvents::attendanceChanged);
        auto sheet = AttendanceService(ledger()).sheet(session);
        QVERIFY(sheet.ok());
        std::vector<Attendance> lines;
        for (const SheetLine& l : sheet->lines)
            lines.push_back(l.record);
        QVERIFY(AttendanceService(ledger()).save(session, lines).ok());
        QCOMPARE(attendance.count(), 1);
        QCOMPARE(attendance.front().front().toLongLong(), session);
    }
};

QTEST_MAIN(TestLedgerEvents)
#include "TestLedgerEvents.moc"
