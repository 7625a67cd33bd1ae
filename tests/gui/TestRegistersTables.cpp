#include "support/GuiSessionLedger.h"
#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/common/EmptyState.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/TableBehaviour.h"
#include "gui/common/UiLanguage.h"
#include "gui/registers/RegisterTableModels.h"
#include "gui/registers/RegistersView.h"

#include "services/ExpertService.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace sl;
using namespace session_fixture;

// 登记簿's tables behave as every table (issue 14 item 3): Chinese (pinyin) sort, a filter as
// you type that also takes pinyin initials, a row menu (edit, remove, export), empty states.
class TestRegistersTables : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;

    static QStringList names(const QTableView* table)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, 0).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openGuiSessionLedger(m_ledger, m_roster));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void anEmptyPoolSaysWhatToDo()
    {
        RegistersView view(**m_ledger, *m_roster);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!EmptyState::of(view.expertsTable())->shownText().isEmpty());
        // Nothing to edit or remove.
        TableBehaviour* behaviour = TableBehaviour::of(view.expertsTable());
        QVERIFY(behaviour);
        QMenu menu;
        behaviour->fillMenu(menu);
        QVERIFY(!menu.actions().isEmpty());
        QVERIFY(!menu.actions().at(0)->isEnabled()); // edit
        QVERIFY(!menu.actions().at(1)->isEnabled()); // remove
    }

    void sortsInPinyinOrderAndFiltersByInitials()
    {
        RegistersView view(**m_ledger, *m_roster);
        for (const char* name : {"赵六", "张三", "李四", "王五"})
            QVERIFY(view.saveExpert({0, QString::fromUtf8(name), QStringLiteral("教授"),
                                     QStringLiteral("市委党校"), QStringLiteral("党史")}));
        QTableView* table = view.expertsTable();
        QCOMPARE(table->model()->rowCount(), 4);
        table->horizontalHeader()->setSortIndicator(ExpertTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(table), (QStringList{QStringLiteral("李四"), QStringLiteral("王五"),
                                            QStringLiteral("张三"), QStringLiteral("赵六")}));
        table->horizontalHeader()->setSortIndicator(ExpertTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(table).first(), QStringLiteral("赵六"));

        auto* filter = view.findChild<QLineEdit*>(QStringLiteral("expertsTableViewFilterLineEdit"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("zs"));
        QCOMPARE(names(table), QStringList{QStringLiteral("张三")});
        filter->setText(QStringLiteral("党校"));
        QCOMPARE(table->model()->rowCount(), 4);
        filter->setText(QStringLiteral("xyz"));
        QCOMPARE(table->model()->rowCount(), 0);
        filter->clear();

        // The row menu acts on the chosen row: remove it (undoable), export is there too.
        table->setCurrentIndex(table->model()->index(0, 0)); // 赵六 (descending)
        QMenu menu;
        TableBehaviour::of(table)->fillMenu(menu);
        QVERIFY(menu.actions().size() >= 4);
        QVERIFY(menu.actions().at(0)->isEnabled());
        QAction* remove = menu.actions().at(1);
        QVERIFY(remove->isEnabled());
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        remove->trigger();
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(!names(table).contains(QStringLiteral("赵六")));
        view.undoStack()->undo();
        QTRY_COMPARE(table->model()->rowCount(), 4);
        bool exports = false;
        for (QAction* a : menu.actions())
            exports = exports || a->text().contains(QStringLiteral("导出"));
        QVERIFY(exports);
    }

    void unitsSortByYearAsNumbers()
    {
        RegistersView view(**m_ledger, *m_roster);
        for (int year : {2026, 2009, 2015}) {
            ModelUnit unit;
            unit.name = QStringLiteral("书屋%1").arg(year);
            unit.orgId = orgId(**m_ledger, "B01");
            unit.kind = ModelKind::BrandActivity;
            unit.year = year;
            QVERIFY(view.applyUnit(unit, Date(2026, 2, 1), QString()));
        }
        QTableView* table = view.unitsTable();
        table->horizontalHeader()->setSortIndicator(ModelUnitTableModel::Year, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, ModelUnitTableModel::Year).data().toString(),
                 QStringLiteral("2009"));
        QCOMPARE(table->model()->index(2, ModelUnitTableModel::Year).data().toString(),
                 QStringLiteral("2026"));
        auto* filter = view.findChild<QLineEdit*>(QStringLiteral("unitsTableViewFilterLineEdit"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("2015"));
        QCOMPARE(table->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestRegistersTables)
#include "TestRegistersTables.moc"
