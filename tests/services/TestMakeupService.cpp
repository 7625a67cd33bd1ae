#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/AttendanceService.h"
#include "services/MakeupService.h"

using namespace sl;
using namespace session_fixture;

class TestMakeupService : public QObject
{
    Q_OBJECT

    static Attendance record(Ledger& ledger, const char* member, AttendanceStatus status)
    {
        Attendance a;
        a.memberId = memberId(ledger, member);
        a.status = status;
        if (status == AttendanceStatus::Excused)
            a.reason = QStringLiteral("公务出差");
        return a;
    }

    // Two held sessions of G-C01 and one of G-B01 with 请假 / 缺席 records.
    static bool fill(Ledger& ledger)
    {
        AttendanceService attendance(ledger);
        const qint64 c1 = heldSession(ledger, "G-C01", Date(2026, 3, 10));
        const qint64 c2 = heldSession(ledger, "G-C01", Date(2026, 4, 14));
        const qint64 b1 = heldSession(ledger, "G-B01", Date(2026, 5, 21));
        return attendance
                   .save(c1, {record(ledger, "M001", AttendanceStatus::Present),
                              record(ledger, "M003", AttendanceStatus::Excused)})
                   .ok() &&
               attendance
                   .save(c2, {record(ledger, "M001", AttendanceStatus::Absent),
                              record(ledger, "M003", AttendanceStatus::Absent)})
                   .ok() &&
               attendance
                   .save(b1, {record(ledger, "M001", AttendanceStatus::Excused),
                              record(ledger, "M002", AttendanceStatus::Late)})
                   .ok();
    }

private slots:
    void ledgerListsWhatIsOwedWithFilters()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        QVERIFY(fill(*ledger));
        MakeupService makeup(*ledger);
        auto all = makeup.ledger({});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), size_t(4));
        QCOMPARE(all->front().sessionDate, Date(2026, 3, 10));
        QCOMPARE(all->front().memberExtId, QStringLiteral("M003"));
        QCOMPARE(all->front().groupExtId, QStringLiteral("G-C01"));

        MakeupQuery byMember;
        byMember.memberId = memberId(*ledger, "M001");
        QCOMPARE(makeup.ledger(byMember)->size(), size_t(2));
        MakeupQuery byGroup;
        byGroup.groupIds = {groupId(*ledger, "G-B01")};
        QCOMPARE(makeup.ledger(byGroup)->size(), size_t(1));
        MakeupQuery byOrg;
        byOrg.rootOrgId = orgId(*ledger, "B01");
        QCOMPARE(*makeup.count(byOrg), qint64(1)); // G-B01 belongs to B01
        MakeupQuery byPeriod;
        byPeriod.from = Date(2026, 4, 1);
        byPeriod.to = Date(2026, 4, 30);
        QCOMPARE(*makeup.count(byPeriod), qint64(2));
    }

    void recordingTheMakeupDate()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        QVERIFY(fill(*ledger));
        MakeupService makeup(*ledger);
        const MakeupRow first = makeup.ledger({})->front(); // M003, 2026-03-10, 请假
        QVERIFY(makeup.record(first.record.id, Date(2026, 3, 12), QStringLiteral("自学材料")).ok());
        MakeupQuery done;
        done.state = MakeupQuery::State::Done;
        auto doneRows = makeup.ledger(done);
        QCOMPARE(doneRows->size(), size_t(1));
        QCOMPARE(doneRows->front().record.makeupDate, Date(2026, 3, 12));
        QCOMPARE(doneRows->front().record.makeupNote, QStringLiteral("自学材料"));
        MakeupQuery owing;
        owing.state = MakeupQuery::State::Owing;
        QCOMPARE(*makeup.count(owing), qint64(3));

        // Before the session: refused, nothing changes.
        auto early = makeup.record(first.record.id, Date(2026, 3, 9), QString());
        QVERIFY(!early.ok());
        QCOMPARE(early.error().field, QStringLiteral("makeup_date"));
        QCOMPARE(makeup.ledger(done)->front().record.makeupDate, Date(2026, 3, 12));
        // No date: refused.
        QCOMPARE(makeup.record(first.record.id, Date(), QString()).error().field,
                 QStringLiteral("makeup_date"));
        QVERIFY(makeup.clear(first.record.id).ok());
        QCOMPARE(*makeup.count(done), qint64(0));
    }

    void onlyExcusedOrAbsentRecordsHaveOne()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        QVERIFY(fill(*ledger));
        auto sheet = AttendanceService(*ledger).sheet(
            SessionService(*ledger).byExtId(QStringLiteral("G-C01-20260310-1"))->value().id);
        const Attendance present = sheet->lines[0].record; // M001 出席
        QCOMPARE(present.status, AttendanceStatus::Present);
        auto refused = MakeupService(*ledger).record(present.id, Date(2026, 3, 12), QString());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("makeup_date"));
    }
};

QTEST_GUILESS_MAIN(TestMakeupService)
#include "TestMakeupService.moc"
