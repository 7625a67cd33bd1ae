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

    // A whole calendar year is counted from the attendance roll-up: it must say what the records
    // say, for every filter and state, before and after a make-up is recorded and cleared, with
    // a record of the year before beside them.
    void countsOfAWholeYearAreTheRecords()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        QVERIFY(fill(*ledger));
        MakeupService makeup(*ledger);
        // Something outside the year that must not be counted.
        const qint64 other = heldSession(*ledger, "G-B01", Date(2025, 12, 31));
        QVERIFY(AttendanceService(*ledger)
                    .save(other, {record(*ledger, "M001", AttendanceStatus::Absent)})
                    .ok());
        auto compare = [&](const char* step) {
            for (int scope = 0; scope < 4; ++scope) {
                for (auto state : {MakeupQuery::State::Any, MakeupQuery::State::Owing,
                                   MakeupQuery::State::Done}) {
                    MakeupQuery q;
                    q.from = Date(2026, 1, 1);
                    q.to = Date(2026, 12, 31);
                    q.state = state;
                    if (scope == 1)
                        q.groupIds = {groupId(*ledger, "G-C01")};
                    else if (scope == 2)
                        q.rootOrgId = orgId(*ledger, "B01");
                    else if (scope == 3)
                        q.memberId = memberId(*ledger, "M001");
                    auto rows = makeup.ledger(q);
                    auto counts = makeup.counts(q);
                    QVERIFY2(rows.ok() && counts.ok(), step);
                    qint64 owed = 0;
                    for (const MakeupRow& r : *rows)
                        owed += dates::isSet(r.record.makeupDate) ? 0 : 1;
                    const QByteArray where = QByteArray(step) + " scope " +
                                             QByteArray::number(scope) + " state " +
                                             QByteArray::number(int(state));
                    QVERIFY2(counts->total == qint64(rows->size()), where.constData());
                    // The single count (the home's 待补学 section) is the same number.
                    QVERIFY2(*makeup.count(q) == qint64(rows->size()), where.constData());
                    QVERIFY2(counts->owed == owed, where.constData());
                }
            }
        };
        compare("as filled");
        QVERIFY(!QTest::currentTestFailed());
        const MakeupRow first = makeup.ledger({})->at(1); // a 2026 record
        QCOMPARE(first.sessionDate.year(), 2026);
        QVERIFY(makeup.record(first.record.id, Date(2026, 5, 30), QString()).ok());
        compare("one made up");
        QVERIFY(!QTest::currentTestFailed());
        MakeupQuery year;
        year.from = Date(2026, 1, 1);
        year.to = Date(2026, 12, 31);
        QCOMPARE(makeup.counts(year)->total, qint64(4));
        QCOMPARE(makeup.counts(year)->owed, qint64(3));
        QVERIFY(makeup.clear(first.record.id).ok());
        compare("cleared again");
    }

    // A page by date over every group is read session by session in date order: the same rows
    // in the same order as the whole ledger, whatever the page.
    void pagesByDateAreTheLedgersRows()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        QVERIFY(fill(*ledger));
        MakeupService makeup(*ledger);
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            MakeupQuery all;
            all.order = order;
            auto whole = makeup.ledger(all);
            QCOMPARE(whole->size(), size_t(4));
            std::vector<qint64> paged;
            for (int offset = 0; offset < 5; offset += 2) {
                MakeupQuery page = all;
                page.offset = offset;
                page.limit = 2;
                const auto rows = makeup.ledger(page);
                QVERIFY(rows.ok());
                for (const MakeupRow& r : *rows)
                    paged.push_back(r.record.id);
            }
            QCOMPARE(paged.size(), whole->size());
            for (size_t i = 0; i < paged.size(); ++i)
                QCOMPARE(paged[i], (*whole)[i].record.id);
        }
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
