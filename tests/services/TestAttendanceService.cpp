#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/AttendanceService.h"
#include "storage/AttendanceRepository.h"

using namespace sl;
using namespace session_fixture;

class TestAttendanceService : public QObject
{
    Q_OBJECT

    static Attendance record(Ledger& ledger, const char* member, AttendanceStatus status,
                             const QString& reason = {}, Date makeup = {})
    {
        Attendance a;
        a.memberId = memberId(ledger, member);
        a.status = status;
        a.reason = reason;
        a.makeupDate = makeup;
        return a;
    }

    static std::vector<AttendanceRow> stored(Ledger& ledger, qint64 sessionId)
    {
        return *AttendanceRepository(ledger.db()).forSession(sessionId);
    }

private slots:
    void sheetIsPrefilledWithTheMembersOnThatDate()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 c = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        auto sheet = AttendanceService(*ledger).sheet(c);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet->lines.size(), size_t(3));
        QCOMPARE(sheet->lines[0].memberExtId, QStringLiteral("M001"));
        QCOMPARE(sheet->lines[0].role, std::optional(GroupRole::Leader));
        QCOMPARE(sheet->lines[0].record.status, AttendanceStatus::Present);
        QVERIFY(!sheet->lines[0].recorded);
        QCOMPARE(sheet->lines[2].memberExtId, QStringLiteral("M004"));
        QCOMPARE(sheet->lines[2].record.status, AttendanceStatus::Observer); // 列席
        // M002 joins G-B01 on 2026-03-01: not on a February sheet, on a March one.
        const qint64 feb = heldSession(*ledger, "G-B01", Date(2026, 2, 12));
        const qint64 mar = heldSession(*ledger, "G-B01", Date(2026, 3, 19));
        QCOMPARE(AttendanceService(*ledger).sheet(feb)->lines.size(), size_t(1));
        QCOMPARE(AttendanceService(*ledger).sheet(mar)->lines.size(), size_t(2));
    }

    void saveThenTotalsAndParticipationRate()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 c = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        AttendanceService service(*ledger);
        auto saved = service.save(c, {record(*ledger, "M001", AttendanceStatus::Late),
                                      record(*ledger, "M003", AttendanceStatus::Excused,
                                             QStringLiteral("公务出差"), Date(2026, 3, 12)),
                                      record(*ledger, "M004", AttendanceStatus::Observer)});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().text()));
        auto sheet = service.sheet(c);
        QVERIFY(sheet->lines[1].recorded);
        QCOMPARE(sheet->lines[1].record.reason, QStringLiteral("公务出差"));
        const AttendanceTotals t = sheet->totals;
        QCOMPARE(t.expected, 2); // 列席 is not expected
        QCOMPARE(t.late, 1);
        QCOMPARE(t.excused, 1);
        QCOMPARE(t.observers, 1);
        QCOMPARE(t.makeupOwed(), 1);
        QCOMPARE(t.makeupDone, 1);
        QCOMPARE(t.participationRate(), 0.5);
        // Saving the same sheet again changes nothing; a changed record replaces the old one.
        QVERIFY(service.save(c, {record(*ledger, "M001", AttendanceStatus::Present)}).ok());
        QCOMPARE(service.totalsOf(c)->present, 1);
        QCOMPARE(stored(*ledger, c).size(), size_t(3));
    }

    void everyRuleIsRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("field");
        QTest::newRow("请假 without reason") << "reason"
                                             << "reason";
        QTest::newRow("make-up on 出席") << "makeupStatus"
                                         << "makeup_date";
        QTest::newRow("make-up before session") << "makeupBefore"
                                                << "makeup_date";
        QTest::newRow("not a member on that date") << "nonMember"
                                                   << "member_id";
        QTest::newRow("not a member at all") << "stranger"
                                             << "member_id";
        QTest::newRow("twice") << "twice"
                               << "member_id";
    }

    void everyRuleIsRefusedAndNothingChanges()
    {
        QFETCH(QString, rule);
        QFETCH(QString, field);
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 b = heldSession(*ledger, "G-B01", Date(2026, 2, 12));
        AttendanceService service(*ledger);
        QVERIFY(service.save(b, {record(*ledger, "M001", AttendanceStatus::Present)}).ok());

        std::vector<Attendance> records{record(*ledger, "M001", AttendanceStatus::Absent)};
        if (rule == QLatin1String("reason"))
            records[0] = record(*ledger, "M001", AttendanceStatus::Excused);
        else if (rule == QLatin1String("makeupStatus"))
            records[0] = record(*ledger, "M001", AttendanceStatus::Present, {}, Date(2026, 2, 20));
        else if (rule == QLatin1String("makeupBefore"))
            records[0].makeupDate = Date(2026, 2, 11);
        else if (rule == QLatin1String("nonMember"))
            records.push_back(record(*ledger, "M002", AttendanceStatus::Present)); // joins 03-01
        else if (rule == QLatin1String("stranger"))
            records.push_back(record(*ledger, "M003", AttendanceStatus::Present));
        else
            records.push_back(record(*ledger, "M001", AttendanceStatus::Present));
        auto saved = service.save(b, records);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().field, field);
        if (rule == QLatin1String("nonMember"))
            QVERIFY2(saved.error().message.contains(QStringLiteral("M002")) &&
                         saved.error().message.contains(QStringLiteral("2026-02-12")),
                     qPrintable(saved.error().message));
        const auto problems = service.check(b, records);
        QVERIFY(!problems.empty());
        QCOMPARE(problems.front().index, static_cast<int>(records.size()) - 1);
        // Nothing changed: M001 is still 出席 and alone.
        const auto rows = stored(*ledger, b);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows.front().record.status, AttendanceStatus::Present);
    }

    void onlyHeldSessionsTakeAttendance()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 planned =
            heldSession(*ledger, "G-C01", Date(2026, 12, 8), SessionStatus::Planned);
        AttendanceService service(*ledger);
        QCOMPARE(service.sheet(planned).error().field, QStringLiteral("status"));
        auto saved = service.save(planned, {record(*ledger, "M001", AttendanceStatus::Present)});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().field, QStringLiteral("status"));
        QVERIFY(stored(*ledger, planned).empty());
    }

    void memberAccountMayNotRecordAttendance()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 c = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        Actor member;
        member.accountId = 1;
        member.role = AccountRole::Member;
        ledger->setActor(member);
        auto saved =
            AttendanceService(*ledger).save(c, {record(*ledger, "M001", AttendanceStatus::Late)});
        QCOMPARE(saved.error().code, ErrorCode::Permission);
        QVERIFY(stored(*ledger, c).empty());
    }
};

QTEST_GUILESS_MAIN(TestAttendanceService)
#include "TestAttendanceService.moc"
