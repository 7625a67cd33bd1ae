#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/AttendanceService.h"
#include "services/AuditService.h"
#include "services/MemberLeavingService.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace sl;
using namespace session_fixture;

// Issue 14 item 8: a member who leaves is transferred or deactivated with their history kept;
// a member with records is not deleted; each change goes back exactly.
class TestMemberLeaving : public QObject
{
    Q_OBJECT

    static std::optional<GroupMembership> seatOf(Ledger& ledger, const char* group,
                                                 const char* member)
    {
        auto rows = RosterService(ledger).memberships(groupId(ledger, group));
        for (const MembershipRow& r : *rows)
            if (r.membership.memberId == memberId(ledger, member))
                return r.membership;
        return std::nullopt;
    }

    static Member stored(Ledger& ledger, const char* ext)
    {
        return **RosterService(ledger).member(memberId(ledger, ext));
    }

    static QStringList pickerNames(Ledger& ledger, const QString& filter)
    {
        MemberQuery query;
        query.filter = filter;
        query.activeOnly = true;
        const auto page = RosterService(ledger).memberPage(query, 0, 50);
        if (!page)
            return {page.error().message};
        QStringList names;
        for (const MemberRow& r : *page)
            names << r.member.name;
        return names;
    }

private slots:
    void initTestCase() { Clock::setToday(Date(2026, 6, 30)); }

    void transferEndsTheOldOrganisationsSeatsOnTheDay()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        MemberLeavingService service(*ledger);
        // M001 张三 of B01 sits in G-B01 (B01) and G-C01 (D01): only the seat of B01 ends.
        auto moved =
            service.transfer(memberId(*ledger, "M001"), orgId(*ledger, "B02"), Date(2026, 4, 30));
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().text()));
        QCOMPARE(stored(*ledger, "M001").orgId, orgId(*ledger, "B02"));
        QCOMPARE(seatOf(*ledger, "G-B01", "M001")->to, Date(2026, 4, 30));
        QVERIFY(seatOf(*ledger, "G-C01", "M001")->to.is_special());
        QCOMPARE(moved->membershipsAfter.size(), size_t(1));
        // Audited.
        AuditQuery audit;
        auto rows = AuditService(*ledger).page(audit, 0, 5);
        QVERIFY(rows.ok());
        QVERIFY(rows->front().detail.contains(QStringLiteral("转出")));
        // A session of G-B01 after the day no longer expects them; one before still does.
        const qint64 may = heldSession(*ledger, "G-B01", Date(2026, 5, 12));
        const qint64 april = heldSession(*ledger, "G-B01", Date(2026, 4, 14));
        QCOMPARE(AttendanceService(*ledger).sheet(may)->lines.size(), size_t(1));
        QCOMPARE(AttendanceService(*ledger).sheet(april)->lines.size(), size_t(2));

        // Undo: back in B01 with the seat open; redo again.
        QVERIFY(service.revert(*moved).ok());
        QCOMPARE(stored(*ledger, "M001").orgId, orgId(*ledger, "B01"));
        QVERIFY(seatOf(*ledger, "G-B01", "M001")->to.is_special());
        QVERIFY(service.reapply(*moved).ok());
        QCOMPARE(stored(*ledger, "M001").orgId, orgId(*ledger, "B02"));
        QCOMPARE(seatOf(*ledger, "G-B01", "M001")->to, Date(2026, 4, 30));
    }

    void transferIsRefusedWithTheFieldNamed()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        MemberLeavingService service(*ledger);
        const qint64 m = memberId(*ledger, "M001");
        auto same = service.transfer(m, orgId(*ledger, "B01"), Date(2026, 4, 30));
        QVERIFY(!same.ok());
        QCOMPARE(same.error().field, QStringLiteral("org_id"));
        auto noDate = service.transfer(m, orgId(*ledger, "B02"), Date());
        QVERIFY(!noDate.ok());
        QCOMPARE(noDate.error().field, QStringLiteral("date"));
        QCOMPARE(stored(*ledger, "M001").orgId, orgId(*ledger, "B01"));
    }

    void deactivatedMemberStaysListedButIsNotOffered()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        MemberLeavingService service(*ledger);
        const qint64 m = memberId(*ledger, "M002");
        QVERIFY(pickerNames(*ledger, QStringLiteral("李")).contains(QStringLiteral("李四")));
        auto left = service.deactivate(m, Date(2026, 5, 31), LeaveReason::Retired,
                                       QStringLiteral("光荣退休"));
        QVERIFY2(left.ok(), qPrintable(left.ok() ? QString() : left.error().text()));
        const Member after = stored(*ledger, "M002");
        QVERIFY(!after.isActive());
        QCOMPARE(after.leftOn, Date(2026, 5, 31));
        QCOMPARE(after.leaveReason, std::optional(LeaveReason::Retired));
        QCOMPARE(after.leaveNote, QStringLiteral("光荣退休"));
        QCOMPARE(seatOf(*ledger, "G-B01", "M002")->to, Date(2026, 5, 31));
        // Not offered, by name nor by initials; still in the full list.
        QVERIFY(!pickerNames(*ledger, QStringLiteral("李")).contains(QStringLiteral("李四")));
        QVERIFY(!pickerNames(*ledger, QStringLiteral("ls")).contains(QStringLiteral("李四")));
        MemberQuery all;
        all.filter = QStringLiteral("李四");
        QCOMPARE(RosterService(*ledger).memberCount(all).value(), qint64(1));
        // A later session's sheet leaves them out.
        const qint64 june = heldSession(*ledger, "G-B01", Date(2026, 6, 9));
        QCOMPARE(AttendanceService(*ledger).sheet(june)->lines.size(), size_t(1));
        // An edit of the member keeps the state.
        Member edited = after;
        edited.phone = QStringLiteral("13800000000");
        edited.leftOn = Date();
        QVERIFY(RosterService(*ledger).saveMember(edited).ok());
        QVERIFY(!stored(*ledger, "M002").isActive());
        // Twice is refused.
        QVERIFY(!service.deactivate(m, Date(2026, 6, 1), LeaveReason::Other, {}).ok());

        // Undo brings them back active with the seat open.
        QVERIFY(service.revert(*left).ok());
        QVERIFY(stored(*ledger, "M002").isActive());
        QVERIFY(seatOf(*ledger, "G-B01", "M002")->to.is_special());
        QVERIFY(pickerNames(*ledger, QStringLiteral("ls")).contains(QStringLiteral("李四")));
    }

    void reactivateReopensTheSeatsEndedOnTheDay()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        MemberLeavingService service(*ledger);
        const qint64 m = memberId(*ledger, "M001");
        QVERIFY(service.deactivate(m, Date(2026, 5, 31), LeaveReason::Other, {}).ok());
        QCOMPARE(seatOf(*ledger, "G-C01", "M001")->to, Date(2026, 5, 31));
        auto back = service.reactivate(m);
        QVERIFY(back.ok());
        QVERIFY(stored(*ledger, "M001").isActive());
        QVERIFY(seatOf(*ledger, "G-C01", "M001")->to.is_special());
        QVERIFY(seatOf(*ledger, "G-B01", "M001")->to.is_special());
        QVERIFY(service.revert(*back).ok());
        QVERIFY(!stored(*ledger, "M001").isActive());
        QCOMPARE(seatOf(*ledger, "G-B01", "M001")->to, Date(2026, 5, 31));
    }

    void memberWithRecordsIsNotDeleted()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 c = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        Attendance a;
        a.memberId = memberId(*ledger, "M001");
        a.status = AttendanceStatus::Present;
        QVERIFY(AttendanceService(*ledger).save(c, {a}).ok());
        MemberLeavingService service(*ledger);
        QCOMPARE(service.recordCount(a.memberId).value(), qint64(1));
        auto refused = service.remove(a.memberId);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("1")));
        QVERIFY(!RosterService(*ledger).removeMember(a.memberId).ok());
        QVERIFY(RosterService(*ledger).member(a.memberId).value().has_value());
        QVERIFY(seatOf(*ledger, "G-C01", "M001").has_value());
    }

    void memberWithoutRecordsIsDeletedAndRestored()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        MemberLeavingService service(*ledger);
        const qint64 m = memberId(*ledger, "M002");
        const Member before = stored(*ledger, "M002");
        auto removed = service.remove(m);
        QVERIFY(removed.ok());
        QVERIFY(!RosterService(*ledger).member(m).value().has_value());
        QVERIFY(!seatOf(*ledger, "G-B01", "M002").has_value());
        QVERIFY(service.restore(*removed).ok());
        QCOMPARE(stored(*ledger, "M002"), before);
        QCOMPARE(seatOf(*ledger, "G-B01", "M002")->from, Date(2026, 3, 1));
    }

    // The deletion drops the link of the member's account (ON DELETE SET NULL); its undo puts
    // the link back, but not over a link made to someone else in between.
    void restoringADeletedMemberLinksTheirAccountAgain()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 m = memberId(*ledger, "M002");
        const qint64 other = memberId(*ledger, "M001");
        // Stored as they are (the account rules are not what this is about).
        AccountRepository accounts(ledger->db());
        const QString at = QStringLiteral("2026-06-30T08:00:00Z");
        auto own = accounts.insert({QStringLiteral("lisi"), {}, AccountRole::Member, m, 0},
                                   QStringLiteral("hash"), at);
        auto second = accounts.insert({QStringLiteral("lisi2"), {}, AccountRole::Member, m, 0},
                                      QStringLiteral("hash"), at);
        QVERIFY(own.ok() && second.ok());
        const auto linkOf = [&](qint64 id) {
            auto a = AccountRepository(ledger->db()).byId(id);
            return a.ok() && a->has_value() ? (*a)->memberId : qint64(-1);
        };

        MemberLeavingService service(*ledger);
        auto removed = service.remove(m);
        QVERIFY(removed.ok());
        QCOMPARE(removed->linkedAccounts, (std::vector<qint64>{*own, *second}));
        QCOMPARE(linkOf(*own), qint64(0));
        // Meanwhile the second account is given to 张三.
        QSqlQuery q(ledger->db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE accounts SET member_id = %1 WHERE id = %2")
                           .arg(other)
                           .arg(*second)));

        QVERIFY(service.restore(*removed).ok());
        QCOMPARE(linkOf(*own), m);
        QCOMPARE(linkOf(*second), other);
    }
};

QTEST_GUILESS_MAIN(TestMemberLeaving)
#include "TestMemberLeaving.moc"
