#include "support/GuiSessionLedger.h"
#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/registers/RegistersView.h"

#include "services/ExpertService.h"
#include "services/ModelUnitService.h"

#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace sl;
using namespace session_fixture;

// 登记簿 (issue 14 item 4): experts and model units are edited and removed, not only created,
// and every such edit is undone and redone on the area's stack, read back from the ledger.
class TestRegisterUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;

    std::vector<Expert> experts() { return *ExpertService(**m_ledger).experts(); }

    std::vector<ModelUnitRow> units() { return *ModelUnitService(**m_ledger).units({}); }

private slots:
    void initTestCase()
    {
        QVERIFY(openGuiSessionLedger(m_ledger, m_roster));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok); // a refusal's warning must not block
    }

    void expertsAreAddedEditedAndRemovedUndoably()
    {
        RegistersView view(**m_ledger, *m_roster);
        QUndoStack* undo = view.undoStack();
        QVERIFY(view.saveExpert({0, QStringLiteral("王教授"), QStringLiteral("教授"),
                                 QStringLiteral("市委党校"), QStringLiteral("党史")}));
        QCOMPARE(experts().size(), size_t(1));
        undo->undo();
        QVERIFY(experts().empty());
        undo->redo();
        QCOMPARE(experts().size(), size_t(1));
        QCOMPARE(view.expertsTable()->model()->rowCount(), 1);

        // Edit: the title changes; undo brings it back (on the expert as re-added by redo).
        Expert edited = experts().front();
        edited.title = QStringLiteral("研究员");
        QVERIFY(view.saveExpert(edited));
        QCOMPARE(experts().front().title, QStringLiteral("研究员"));
        undo->undo();
        QCOMPARE(experts().front().title, QStringLiteral("教授"));
        undo->redo();
        QCOMPARE(experts().front().title, QStringLiteral("研究员"));

        // Remove: gone, and back with its fields on undo.
        QVERIFY(view.removeExpert(experts().front().id));
        QVERIFY(experts().empty());
        QCOMPARE(view.expertsTable()->model()->rowCount(), 0);
        undo->undo();
        QCOMPARE(experts().size(), size_t(1));
        QCOMPARE(experts().front().title, QStringLiteral("研究员"));
        QCOMPARE(experts().front().affiliation, QStringLiteral("市委党校"));
        // The whole way back: the edit, then the addition.
        undo->undo();
        QCOMPARE(experts().front().title, QStringLiteral("教授"));
        undo->undo();
        QVERIFY(experts().empty());
        QCOMPARE(undo->index(), 0);
    }

    void unitsAreEditedAndRemovedWithTheirHistory()
    {
        RegistersView view(**m_ledger, *m_roster);
        QUndoStack* undo = view.undoStack();
        ModelUnit unit;
        unit.name = QStringLiteral("红色书屋");
        unit.orgId = orgId(**m_ledger, "B01");
        unit.kind = ModelKind::BrandActivity;
        unit.year = 2026;
        QVERIFY(view.applyUnit(unit, Date(2026, 2, 1), QStringLiteral("支部申报")));
        QCOMPARE(units().size(), size_t(1));
        undo->undo();
        QVERIFY(units().empty());
        undo->redo();
        QCOMPARE(units().size(), size_t(1));
        qint64 id = units().front().unit.id;
        QVERIFY(ModelUnitService(**m_ledger)
                    .changeStatus(id, ModelStatus::Recognised, Date(2026, 5, 1),
                                  QStringLiteral("区委认定"))
                    .ok());

        // Edit the name and year; undo puts them back.
        ModelUnit edited = *(*ModelUnitService(**m_ledger).unit(id));
        edited.name = QStringLiteral("红色书屋（二期）");
        edited.year = 2027;
        QVERIFY(view.editUnit(edited));
        QCOMPARE(units().front().unit.name, QStringLiteral("红色书屋（二期）"));
        undo->undo();
        QCOMPARE(units().front().unit.name, QStringLiteral("红色书屋"));
        QCOMPARE(units().front().unit.year, 2026);
        undo->redo();
        QCOMPARE(units().front().unit.year, 2027);

        // Remove: undo registers it again with its whole history (申报, then 认定).
        QVERIFY(view.removeUnit(id));
        QVERIFY(units().empty());
        undo->undo();
        QCOMPARE(units().size(), size_t(1));
        id = units().front().unit.id;
        QCOMPARE(units().front().unit.status, ModelStatus::Recognised);
        auto history = ModelUnitService(**m_ledger).history(id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), size_t(2));
        QCOMPARE(history->at(0).changedOn, Date(2026, 2, 1));
        QCOMPARE(history->at(1).note, QStringLiteral("区委认定"));
        // The earlier steps still find the unit under its new id: the edit is undone on it.
        undo->undo();
        QCOMPARE(units().front().unit.name, QStringLiteral("红色书屋"));
    }
};

QTEST_MAIN(TestRegisterUndo)
#include "TestRegisterUndo.moc"
