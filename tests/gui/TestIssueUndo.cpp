#include "DemoGuiFixture.h"

#include "gui/bulletin/BulletinView.h"
#include "gui/bulletin/IssuedBulletinModel.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/ScopePeriodBar.h"

#include "services/BulletinService.h"
#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QTest>
#include <QUndoStack>

using namespace sl;

// 签发 is an undo step of the bulletin area (issue 14 item 4): undo withdraws the bulletin while
// it is the latest of its year (its number is free again), redo stores it again byte for byte
// under the same number; once a later bulletin is issued, the undo is refused with the reason.
class TestIssueUndo : public QObject
{
    Q_OBJECT

    DemoGuiFixture m_demo;
    std::unique_ptr<RosterService> m_roster;
    qint64 m_root = 0;

    std::unique_ptr<BulletinView> openView()
    {
        auto view = std::make_unique<BulletinView>(*m_demo.ledger, *m_roster);
        view->resize(1280, 720);
        if (!view->scopeBar()->setScope(ScopeRef::organisation(m_root)))
            return nullptr;
        view->scopeBar()->setYear(2026);
        view->show();
        return view;
    }

    static bool waitIdle(BulletinView& view)
    {
        return QTest::qWaitFor([&view] { return !view.isBusy() && view.document(); }, 60000);
    }

    std::vector<IssuedBulletin> issued()
    {
        auto list = BulletinService(*m_demo.ledger).issued(m_root);
        return list ? *list : std::vector<IssuedBulletin>{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.built);
        m_roster = std::make_unique<RosterService>(*m_demo.ledger);
        auto orgs = m_roster->organisations();
        QVERIFY(orgs.ok());
        for (const Organisation& o : *orgs)
            if (o.parentId == 0)
                m_root = o.id;
        QVERIFY(m_root != 0);
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void issueUndoRedoThenALaterOne()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(waitIdle(*view));
        const size_t before = issued().size();
        QVERIFY(view->issueOn(Date(2026, 12, 31)));
        QCOMPARE(issued().size(), before + 1);
        const IssuedBulletin first =
            *BulletinService(*m_demo.ledger).issuedBulletin(issued().front().id);
        QVERIFY(view->undoStack()->undoText().contains(first.number));

        view->undoStack()->undo();
        QCOMPARE(issued().size(), before);
        QCOMPARE(BulletinService(*m_demo.ledger).nextSerial(m_root, 2026).value(), first.serial);
        QTRY_COMPARE_WITH_TIMEOUT(view->issuedModel()->rowCount(), int(before), 30000);

        view->undoStack()->redo();
        QCOMPARE(issued().size(), before + 1);
        const IssuedBulletin again =
            *BulletinService(*m_demo.ledger).issuedBulletin(issued().front().id);
        QCOMPARE(again.number, first.number);
        QCOMPARE(again.issuedOn, first.issuedOn);
        QCOMPARE(again.title, first.title);
        QVERIFY(again.pdf == first.pdf);

        // A second bulletin of the year, issued from another window: the first can no longer
        // be taken back, and the user is told why.
        auto other = openView();
        QVERIFY(other && waitIdle(*other));
        QVERIFY(other->issueOn(Date(2026, 12, 31)));
        QCOMPARE(issued().size(), before + 2);
        view->undoStack()->undo();
        QCOMPARE(issued().size(), before + 2);
        QVERIFY2(MessageBoxes::lastText().contains(first.number),
                 qPrintable(MessageBoxes::lastText()));
        // The second one's own step still takes it back.
        other->undoStack()->undo();
        QCOMPARE(issued().size(), before + 1);
        QCOMPARE(issued().front().number, first.number);
    }
};

QTEST_MAIN(TestIssueUndo)
#include "TestIssueUndo.moc"
