#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/PlanService.h"
#include "services/SessionService.h"

using namespace sl;
using namespace session_fixture;

class TestPlanService : public QObject
{
    Q_OBJECT

    // A 2026 plan of G-C01 with items 1..n titled "专题1" … ; returns the plan id.
    static qint64 planWith(Ledger& ledger, int n)
    {
        PlanService plans(ledger);
        auto planId = plans.savePlan(groupId(ledger, "G-C01"), 2026, Date(2026, 1, 10));
        if (!planId)
            return 0;
        for (int i = 1; i <= n; ++i) {
            PlanItem item;
            item.planId = *planId;
            item.month = i;
            item.topic = QStringLiteral("专题%1").arg(i);
            if (!plans.saveItem(item))
                return 0;
        }
        return *planId;
    }

    static QStringList topics(Ledger& ledger)
    {
        auto plan = PlanService(ledger).plan(groupId(ledger, "G-C01"), 2026);
        QStringList out;
        int expectedNo = 0;
        for (const PlanItem& i : (*plan)->items) {
            if (i.itemNo != ++expectedNo)
                out << QStringLiteral("gap");
            out << i.topic;
        }
        return out;
    }

private slots:
    void itemsAreNumberedInOrder()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        QVERIFY(planWith(*ledger, 3));
        auto plan = PlanService(*ledger).plan(groupId(*ledger, "G-C01"), 2026);
        QVERIFY(plan.ok() && *plan);
        QCOMPARE((*plan)->approvedOn, Date(2026, 1, 10));
        QCOMPARE((*plan)->items.size(), size_t(3));
        QCOMPARE((*plan)->items[2].itemNo, 3);
        QCOMPARE(*PlanService(*ledger).years(groupId(*ledger, "G-C01")), std::vector<int>{2026});
    }

    void itemsDueInAMonthOpenOnesFirst()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        PlanService plans(*ledger);
        QVERIFY(planWith(*ledger, 12)); // G-C01: one item per month
        auto branchPlan = plans.savePlan(groupId(*ledger, "G-B01"), 2026, Date(2026, 1, 10));
        QVERIFY(branchPlan.ok());
        PlanItem june;
        june.planId = *branchPlan;
        june.month = 6;
        june.topic = QStringLiteral("支部六月专题");
        QVERIFY(plans.saveItem(june).ok());

        auto due = plans.dueInMonth(2026, 6);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), size_t(2));
        // By group number: G-B01 before G-C01.
        QCOMPARE(due->front().progress.item.topic, QStringLiteral("支部六月专题"));
        QCOMPARE(due->front().groupId, groupId(*ledger, "G-B01"));
        QCOMPARE(due->front().groupName, QStringLiteral("学习组G-B01"));
        QCOMPARE(due->front().year, 2026);
        QVERIFY(!due->front().progress.done());
        QCOMPARE(plans.dueInMonth(2026, 6, orgId(*ledger, "B01"))->size(), size_t(1));
        QVERIFY(plans.dueInMonth(2025, 6)->empty());

        // Once a held session carries out G-B01's item it comes after the open one.
        auto draft = SessionService(*ledger).draftFromPlanItem(due->front().progress.item.id,
                                                               Date(2026, 6, 3));
        QVERIFY(draft.ok());
        StudySession held = *draft;
        held.status = SessionStatus::Held;
        QVERIFY(SessionService(*ledger).save(held).ok());
        due = plans.dueInMonth(2026, 6);
        QCOMPARE(due->front().progress.item.topic, QStringLiteral("专题6"));
        QVERIFY(!due->front().progress.done());
        QVERIFY(due->back().progress.done());
        QCOMPARE(due->back().progress.firstSessionDate, Date(2026, 6, 3));
    }

    void reorderRenumbersInOneTransaction()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 planId = planWith(*ledger, 4);
        QVERIFY(planId);
        PlanService plans(*ledger);
        auto plan = plans.plan(groupId(*ledger, "G-C01"), 2026);
        const auto& items = (*plan)->items;
        QVERIFY(plans.reorder(planId, {items[3].id, items[0].id, items[2].id, items[1].id}).ok());
        QCOMPARE(topics(*ledger), (QStringList{QStringLiteral("专题4"), QStringLiteral("专题1"),
                                               QStringLiteral("专题3"), QStringLiteral("专题2")}));
        QVERIFY(plans.moveItem(items[1].id, 1).ok()); // 专题2 to the top
        QCOMPARE(topics(*ledger).first(), QStringLiteral("专题2"));
        // An order that leaves an item out is refused and changes nothing.
        const QStringList before = topics(*ledger);
        QVERIFY(!plans.reorder(planId, {items[0].id, items[1].id}).ok());
        QCOMPARE(topics(*ledger), before);
    }

    void removeClosesTheGap()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        QVERIFY(planWith(*ledger, 3));
        PlanService plans(*ledger);
        auto plan = plans.plan(groupId(*ledger, "G-C01"), 2026);
        QVERIFY(plans.removeItem((*plan)->items[0].id).ok());
        QCOMPARE(topics(*ledger), (QStringList{QStringLiteral("专题2"), QStringLiteral("专题3")}));
    }

    void takenNumberAndBadItemsAreRefused()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 planId = planWith(*ledger, 2);
        PlanService plans(*ledger);
        PlanItem item;
        item.planId = planId;
        item.itemNo = 2;
        item.month = 5;
        item.topic = QStringLiteral("重复序号");
        auto saved = plans.saveItem(item);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().field, QStringLiteral("item_no"));
        item.itemNo = 3;
        item.month = 13;
        saved = plans.saveItem(item);
        QCOMPARE(saved.error().field, QStringLiteral("month"));
        QCOMPARE(topics(*ledger).size(), 2);
        auto badYear = plans.savePlan(groupId(*ledger, "G-C01"), 1800, Date());
        QCOMPARE(badYear.error().field, QStringLiteral("year"));
        auto noGroup = plans.savePlan(9999, 2026, Date());
        QCOMPARE(noGroup.error().field, QStringLiteral("group_id"));
    }

    void leaderMayNotEditThePlan()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        Actor leader;
        leader.accountId = 1;
        leader.role = AccountRole::Leader;
        ledger->setActor(leader);
        auto saved = PlanService(*ledger).savePlan(groupId(*ledger, "G-C01"), 2026, Date());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Permission);
    }
};

QTEST_GUILESS_MAIN(TestPlanService)
#include "TestPlanService.moc"
