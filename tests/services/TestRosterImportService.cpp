#include "support/TempLedger.h"

#include "services/RosterImportService.h"
#include "services/RosterService.h"

#include <QTest>

using namespace sl;

class TestRosterImportService : public QObject
{
    Q_OBJECT

    static ImportRow<OrgRecord> org(int line, const char* ext, const char* name, const char* parent,
                                    OrgKind kind)
    {
        OrgRecord r;
        r.org.extId = QString::fromUtf8(ext);
        r.org.name = QString::fromUtf8(name);
        r.org.kind = kind;
        r.parentRef = QString::fromUtf8(parent);
        return {line, r};
    }

    static ImportRow<MemberRecord> member(int line, const char* ext, const char* name,
                                          const char* org)
    {
        MemberRecord r;
        r.member.extId = QString::fromUtf8(ext);
        r.member.name = QString::fromUtf8(name);
        r.member.birthDate = Date(1980, 1, 1);
        r.member.joinDate = Date(2005, 7, 1);
        r.orgRef = QString::fromUtf8(org);
        return {line, r};
    }

    static void importTree(Ledger& ledger)
    {
        auto report = RosterImportService(ledger).importOrgs(
            {org(2, "B01", "第一党支部", "D01", OrgKind::Branch),
             org(3, "D01", "机关党委", "", OrgKind::Committee)});
        QVERIFY(report.ok());
        QVERIFY(report->ok());
    }

private slots:
    void childBeforeParentIsFine()
    {
        TempLedger ledger;
        auto report = RosterImportService(*ledger).importOrgs(
            {org(2, "B01", "第一党支部", "D01", OrgKind::Branch),
             org(3, "D01", "机关党委", "", OrgKind::Committee)});
        QVERIFY(report.ok());
        QVERIFY(report->ok());
        QCOMPARE(report->counts.added, 2);
        auto b01 = RosterService(*ledger).resolveOrg(QStringLiteral("B01"));
        auto d01 = RosterService(*ledger).resolveOrg(QStringLiteral("机关党委")); // by name
        QVERIFY(b01.ok() && d01.ok());
        QCOMPARE(b01->parentId, d01->id);
    }

    void reimportChangesNothing()
    {
        TempLedger ledger;
        importTree(*ledger);
        const std::vector<ImportRow<MemberRecord>> rows = {member(2, "M1", "张三", "B01"),
                                                           member(3, "M2", "李四", "D01")};
        auto first = RosterImportService(*ledger).importMembers(rows);
        QVERIFY(first.ok() && first->ok());
        QCOMPARE(first->counts.added, 2);
        auto second = RosterImportService(*ledger).importMembers(rows);
        QVERIFY(second.ok() && second->ok());
        QCOMPARE(second->counts.added, 0);
        QCOMPARE(second->counts.updated, 0);
        QCOMPARE(second->counts.unchanged, 2);

        auto changed = rows;
        changed[1].record.member.name = QStringLiteral("李思");
        auto third = RosterImportService(*ledger).importMembers(changed);
        QVERIFY(third.ok() && third->ok());
        QCOMPARE(third->counts.updated, 1);
        QCOMPARE(RosterService(*ledger).resolveMember(QStringLiteral("M2"))->name,
                 QStringLiteral("李思"));
    }

    void everyBadRowIsReportedAndNothingImported()
    {
        TempLedger ledger;
        importTree(*ledger);
        auto future = member(3, "M2", "李四", "B01");
        future.record.member.joinDate = Date(2999, 1, 1);
        auto young = member(5, "M4", "孙五", "B01");
        young.record.member.joinDate = Date(1990, 1, 1); // at ten years old
        auto report = RosterImportService(*ledger).importMembers(
            {member(2, "M1", "张三", "B01"), future, member(4, "M3", "王五", "X9"), young,
             member(6, "M1", "重复", "B01")});
        QVERIFY(report.ok());
        QCOMPARE(report->errors.size(), size_t(4));
        // Rows are taken one at a time as the file is read: the duplicate is found at its row.
        QCOMPARE(report->errors[0].line, 3);
        QCOMPARE(report->errors[0].column, QStringLiteral("join_date"));
        QCOMPARE(report->errors[1].line, 4);
        QCOMPARE(report->errors[1].column, QStringLiteral("org_id"));
        QCOMPARE(report->errors[2].line, 5);
        QCOMPARE(report->errors[3].line, 6);
        QCOMPARE(report->errors[3].column, QStringLiteral("id"));
        MemberQuery all;
        QCOMPARE(*RosterService(*ledger).memberCount(all), qint64(0));
    }

    void cyclesAreRefused()
    {
        TempLedger ledger;
        importTree(*ledger);
        auto report = RosterImportService(*ledger).importOrgs(
            {org(2, "D01", "机关党委", "B01", OrgKind::Committee)});
        QVERIFY(report.ok());
        QCOMPARE(report->errors.size(), size_t(1));
        QCOMPARE(report->errors[0].column, QStringLiteral("parent_id"));
        auto d01 = RosterService(*ledger).resolveOrg(QStringLiteral("D01"));
        QCOMPARE(d01->parentId, qint64(0)); // unchanged
    }

    void centralGroupBelongsToACommittee()
    {
        TempLedger ledger;
        importTree(*ledger);
        GroupRecord g;
        g.group.extId = QStringLiteral("G1");
        g.group.name = QStringLiteral("支部中心组");
        g.group.kind = GroupKind::Central;
        g.orgRef = QStringLiteral("B01");
        auto report = RosterImportService(*ledger).importGroups({{2, g}});
        QVERIFY(report.ok());
        QCOMPARE(report->errors.size(), size_t(1));
        QCOMPARE(report->errors[0].column, QStringLiteral("kind"));
    }

    void membersMayNotImport()
    {
        TempLedger ledger;
        Actor actor;
        actor.accountId = 5;
        actor.role = AccountRole::Member;
        ledger->setActor(actor);
        auto report = RosterImportService(*ledger).importOrgs(
            {org(2, "D01", "机关党委", "", OrgKind::Committee)});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Permission);
    }
};

QTEST_GUILESS_MAIN(TestRosterImportService)
#include "TestRosterImportService.moc"
