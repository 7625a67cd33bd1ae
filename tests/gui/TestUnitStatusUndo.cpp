#include "support/GuiSessionLedger.h"
#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/registers/RegistersView.h"

#include "services/ModelUnitService.h"
#include "storage/AuditRepository.h"

#include <QListWidget>
#include <QTest>
#include <QUndoStack>

using namespace sl;
using namespace session_fixture;

// 示范点 (issue 14 item 4): a status change (申报 → 认定 → 撤销) is undone and redone on the
// registers' stack: the unit has its status before again and the change leaves its history;
// an undo is audited, and a change made elsewhere since is not taken back.
class TestUnitStatusUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;

    ModelUnit unit(qint64 id) { return **ModelUnitService(**m_ledger).unit(id); }
    std::vector<ModelUnitChange> history(qint64 id)
    {
        return *ModelUnitService(**m_ledger).history(id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openGuiSessionLedger(m_ledger, m_roster));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok); // a refusal's warning must not block
    }

    void statusChangesAreUndoneAndRedone()
    {
        RegistersView view(**m_ledger, *m_roster);
        QUndoStack* undo = view.undoStack();
        ModelUnit u;
        u.name = QStringLiteral("党员先锋岗");
        u.orgId = orgId(**m_ledger, "B01");
        u.kind = ModelKind::DemoSite;
        u.year = 2026;
        auto applied = ModelUnitService(**m_ledger).apply(u, Date(2026, 2, 1));
        QVERIFY(applied.ok());
        const qint64 id = *applied;

        QVERIFY(view.changeStatus(id, ModelStatus::Recognised, Date(2026, 4, 1),
                                  QStringLiteral("区委认定")));
        QVERIFY(view.changeStatus(id, ModelStatus::Revoked, Date(2026, 6, 1),
                                  QStringLiteral("复查未通过")));
        QCOMPARE(unit(id).status, ModelStatus::Revoked);
        QCOMPARE(history(id).size(), size_t(3));

        const qint64 audited = AuditRepository((*m_ledger)->db()).count().value();
        undo->undo();
        QCOMPARE(unit(id).status, ModelStatus::Recognised);
        QCOMPARE(history(id).size(), size_t(2));
        QCOMPARE(history(id).back().note, QStringLiteral("区委认定"));
        QCOMPARE(AuditRepository((*m_ledger)->db()).count().value(), audited + 1);
        undo->undo();
        QCOMPARE(unit(id).status, ModelStatus::Applied);
        QCOMPARE(history(id).size(), size_t(1));
        undo->redo();
        undo->redo();
        QCOMPARE(unit(id).status, ModelStatus::Revoked);
        QCOMPARE(history(id).back().changedOn, Date(2026, 6, 1));
        QCOMPARE(history(id).back().note, QStringLiteral("复查未通过"));

        // The view's history pane follows.
        undo->undo();
        QTRY_COMPARE(view.historyList()->count(), 2);
        undo->redo();
        QTRY_COMPARE(view.historyList()->count(), 3);
    }

    void aChangeMadeSinceIsNotTakenBack()
    {
        RegistersView view(**m_ledger, *m_roster);
        ModelUnit u;
        u.name = QStringLiteral("红色驿站");
        u.orgId = orgId(**m_ledger, "B02");
        u.kind = ModelKind::BrandActivity;
        u.year = 2026;
        const qint64 id = ModelUnitService(**m_ledger).apply(u, Date(2026, 3, 1)).value();
        QVERIFY(view.changeStatus(id, ModelStatus::Recognised, Date(2026, 4, 1), QString()));
        // Revoked meanwhile outside this view's stack.
        QVERIFY(ModelUnitService(**m_ledger)
                    .changeStatus(id, ModelStatus::Revoked, Date(2026, 5, 1))
                    .ok());
        view.undoStack()->undo(); // refused and told: the unit stays revoked
        QCOMPARE(unit(id).status, ModelStatus::Revoked);
        QCOMPARE(history(id).size(), size_t(3));
        QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("status")));
        QCOMPARE(view.undoStack()->count(), 0); // the failed step is dropped
    }
};

QTEST_MAIN(TestUnitStatusUndo)
#include "TestUnitStatusUndo.moc"
