#include "support/GuiSessionLedger.h"

#include "gui/common/DateField.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/TableBehaviour.h"
#include "gui/common/UiLanguage.h"
#include "gui/plan/PlanItemDialog.h"
#include "gui/plan/PlanItemModel.h"
#include "gui/plan/PlanView.h"

#include "services/PlanService.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace sl;
using namespace session_fixture;

class TestPlanView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;
    qint64 m_group = 0;

    static PlanItem item(int month, const QString& topic)
    {
        PlanItem i;
        i.month = month;
        i.topic = topic;
        return i;
    }

    std::vector<QString> storedTopics()
    {
        std::vector<QString> out;
        auto plan = PlanService(**m_ledger).plan(m_group, 2026);
        if (plan && plan->has_value()) {
            for (const PlanItem& i : (*plan)->items)
                out.push_back(QString::number(i.itemNo) + i.topic);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openGuiSessionLedger(m_ledger, m_roster));
        m_group = groupId(**m_ledger, "G-C01");
    }

    void init() { MessageBoxes::setAutoAnswer(std::nullopt); }

    void addMoveUndo()
    {
        PlanView view(**m_ledger, *m_roster);
        QAbstractItemModelTester tester(view.model());
        QVERIFY(view.groupYear()->setGroupId(m_group));
        view.groupYear()->setYear(2026);
        QVERIFY(!view.hasPlan());
        QCOMPARE(view.emptyLabel()->text(), QStringLiteral("还没有学习计划 — 新建或从 Excel 导入"));

        // The dialog checks as you type: an empty topic keeps Save disabled.
        QVERIFY(view.createPlan());
        std::unique_ptr<PlanItemDialog> dialog(view.createDialog());
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("专题")),
                 qPrintable(dialog->errorText()));
        dialog->topicEdit()->setText(QStringLiteral("学习习近平新时代中国特色社会主义思想"));
        QVERIFY(dialog->saveButton()->isEnabled());

        QVERIFY(view.addItem(dialog->item()));
        QVERIFY(view.addItem(item(2, QStringLiteral("学习党章党规"))));
        QVERIFY(view.addItem(item(3, QStringLiteral("学习全会精神"))));
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(storedTopics(),
                 (std::vector<QString>{QStringLiteral("1学习习近平新时代中国特色社会主义思想"),
                                       QStringLiteral("2学习党章党规"),
                                       QStringLiteral("3学习全会精神")}));
        QCOMPARE(view.model()->data(view.model()->index(0, PlanItemModel::Done)).toString(),
                 QStringLiteral("未落实"));

        // Move the third item up: it becomes number 2.
        view.table()->setCurrentIndex(view.table()->model()->index(2, 0));
        QVERIFY(view.moveCurrent(-1));
        QCOMPARE(storedTopics()[1], QStringLiteral("2学习全会精神"));
        QCOMPARE(view.model()->item(TableBehaviour::currentSourceRow(view.table()))->item.topic,
                 QStringLiteral("学习全会精神"));
        // Undo the move, then the last add.
        view.undoStack()->undo();
        QCOMPARE(storedTopics()[1], QStringLiteral("2学习党章党规"));
        view.undoStack()->undo();
        QCOMPARE(storedTopics().size(), size_t(2));
        // Redo both: the item is added again (a new id) and moved again.
        view.undoStack()->redo();
        view.undoStack()->redo();
        QCOMPARE(storedTopics()[1], QStringLiteral("2学习全会精神"));

        // Remove the first item and undo: it comes back as number 1.
        view.table()->setCurrentIndex(view.table()->model()->index(0, 0));
        QVERIFY(view.removeItem(view.currentItemId()));
        QCOMPARE(storedTopics().size(), size_t(2));
        QCOMPARE(storedTopics()[0], QStringLiteral("1学习全会精神"));
        view.undoStack()->undo();
        QCOMPARE(storedTopics()[0], QStringLiteral("1学习习近平新时代中国特色社会主义思想"));
        QCOMPARE(storedTopics().size(), size_t(3));

        // Edit, undo.
        PlanItem before = view.model()->item(2)->item;
        PlanItem after = before;
        after.lead = QStringLiteral("张三");
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        QVERIFY2(view.editItem(before, after), qPrintable(MessageBoxes::lastText()));
        QCOMPARE(view.model()->item(2)->item.lead, QStringLiteral("张三"));
        view.undoStack()->undo();
        QCOMPARE(view.model()->item(2)->item.lead, QString());
    }

    void carriedOutShowsTheSessionDate()
    {
        const qint64 session = heldSession(**m_ledger, "G-C01", Date(2026, 3, 10));
        auto plan = PlanService(**m_ledger).plan(m_group, 2026);
        QVERIFY(plan && plan->has_value());
        auto s = *SessionService(**m_ledger).session(session);
        s->planItemId = (*plan)->items.front().id;
        QVERIFY(SessionService(**m_ledger).save(*s).ok());
        PlanView view(**m_ledger, *m_roster);
        QVERIFY(view.groupYear()->setGroupId(m_group));
        view.groupYear()->setYear(2026);
        QCOMPARE(view.model()->data(view.model()->index(0, PlanItemModel::Done)).toString(),
                 QStringLiteral("✓ 2026-03-10"));
    }

    // Issue 14 item 3: the plan sorts by a header in pinyin order; a third click (or 按计划顺序)
    // returns to the plan's order, and a move after a header sort moves in the plan's order.
    void sortsByHeaderAndStillMoves()
    {
        PlanView view(**m_ledger, *m_roster);
        QVERIFY(view.groupYear()->setGroupId(m_group));
        view.groupYear()->setYear(2025);
        view.resize(1000, 600);
        view.show(); // the header is clicked
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.createPlan());
        const QStringList leads{QStringLiteral("张伟"), QStringLiteral("安娜"),
                                QStringLiteral("李明")};
        for (int i = 0; i < leads.size(); ++i) {
            PlanItem it = item(i + 1, QStringLiteral("专题%1").arg(i + 1));
            it.lead = leads[i];
            QVERIFY(view.addItem(it));
        }
        QTableView* table = view.table();
        auto shownLeads = [table] {
            QStringList out;
            for (int r = 0; r < table->model()->rowCount(); ++r)
                out << table->model()->index(r, PlanItemModel::Lead).data().toString();
            return out;
        };
        QCOMPARE(shownLeads(), leads);
        QVERIFY(!view.planOrderAction()->isEnabled());
        // A click sorts ascending in pinyin order, a second descending, a third back to the plan.
        QHeaderView* header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(PlanItemModel::Lead) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(shownLeads(), QStringList({"安娜", "李明", "张伟"}));
        QVERIFY(view.planOrderAction()->isEnabled());
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(shownLeads(), QStringList({"张伟", "李明", "安娜"}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(shownLeads(), leads);
        // Sorted again, 李明 (item 3, shown second) moves up: in the plan's order it becomes 2.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        table->setCurrentIndex(table->model()->index(1, PlanItemModel::Lead));
        QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("李明"));
        QVERIFY(view.moveCurrent(-1));
        auto plan = PlanService(**m_ledger).plan(m_group, 2025);
        QCOMPARE((*plan)->items[1].lead, QStringLiteral("李明"));
        QCOMPARE((*plan)->items[1].itemNo, 2);
        QCOMPARE(shownLeads(), QStringList({"张伟", "李明", "安娜"})); // the plan's order shown
        QCOMPARE(table->currentIndex().siblingAtColumn(PlanItemModel::Lead).data().toString(),
                 QStringLiteral("李明"));
        view.undoStack()->undo();
        QCOMPARE(shownLeads(), leads);
    }

    void creatingAndApprovingThePlanAreUndoable()
    {
        PlanView view(**m_ledger, *m_roster);
        QVERIFY(view.groupYear()->setGroupId(m_group));
        view.groupYear()->setYear(2024);
        const auto stored = [this]() -> std::optional<StudyPlan> {
            auto plan = PlanService(**m_ledger).plan(m_group, 2024);
            return plan && *plan ? std::optional<StudyPlan>(**plan) : std::nullopt;
        };
        QVERIFY(!stored());
        // 新建计划: one step; undo removes the plan, redo makes it again.
        QVERIFY(view.createPlan());
        QVERIFY(stored());
        view.undoStack()->undo();
        QVERIFY(!stored());
        view.undoStack()->redo();
        QVERIFY(stored());
        QVERIFY(stored()->approvedOn.is_not_a_date());
        // 批准日期 设定: undo sets the date back (not approved).
        view.approvalField()->setDate(Date(2024, 1, 15));
        QVERIFY(view.saveApproval());
        QCOMPARE(stored()->approvedOn, Date(2024, 1, 15));
        view.undoStack()->undo();
        QVERIFY(stored()->approvedOn.is_not_a_date());
        view.undoStack()->redo();
        QCOMPARE(stored()->approvedOn, Date(2024, 1, 15));
        // Both undone: the year has no plan again.
        view.undoStack()->undo();
        view.undoStack()->undo();
        QVERIFY(!stored());
    }
};

QTEST_MAIN(TestPlanView)
#include "TestPlanView.moc"
