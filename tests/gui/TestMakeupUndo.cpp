#include "support/GuiSessionLedger.h"
#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/AttendanceView.h"
#include "gui/attendance/MakeupLedgerModel.h"
#include "gui/attendance/MakeupLedgerView.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/sessions/SpeechesPanel.h"

#include "services/AttendanceService.h"
#include "services/MakeupService.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace sl;
using namespace session_fixture;

// 补学 (issue 14 item 4): recording and clearing a make-up study are undone and redone on the
// make-up ledger's stack, read back through the service; the attendance area's active stack is
// the one of the tab shown (the speeches' while they have the focus).
class TestMakeupUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;
    qint64 m_session = 0;

    // The make-up record of 王五 (M003) as stored.
    Attendance record()
    {
        MakeupQuery q;
        q.memberId = memberId(**m_ledger, "M003");
        auto rows = MakeupService(**m_ledger).ledger(q);
        return rows && !rows->empty() ? rows->front().record : Attendance();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openGuiSessionLedger(m_ledger, m_roster));
        m_session = heldSession(**m_ledger, "G-C01", Date(2026, 3, 10));
        Attendance absent;
        absent.memberId = memberId(**m_ledger, "M003");
        absent.status = AttendanceStatus::Absent;
        QVERIFY(AttendanceService(**m_ledger).save(m_session, {absent}).ok());
        MessageBoxes::setAutoAnswer(QMessageBox::Yes); // the clear question; warnings
    }

    void recordAndClearAreUndoneAndRedone()
    {
        MakeupLedgerView view(**m_ledger, *m_roster);
        view.groupYear()->setYear(2026);
        QCOMPARE(view.model()->rowCount(), 1);
        QUndoStack* undo = view.undoStack();

        QVERIFY(view.recordMakeup(0, Date(2026, 3, 15), QStringLiteral("自学会议材料")));
        QCOMPARE(record().makeupDate, Date(2026, 3, 15));
        undo->undo();
        QCOMPARE(record().makeupDate, Date());
        QVERIFY(record().makeupNote.isEmpty());
        QCOMPARE(view.model()->row(0)->record.makeupDate, Date()); // the ledger follows
        undo->redo();
        QCOMPARE(record().makeupDate, Date(2026, 3, 15));
        QCOMPARE(record().makeupNote, QStringLiteral("自学会议材料"));

        // A new date over the recorded one: undo brings the first back.
        QVERIFY(view.recordMakeup(0, Date(2026, 4, 2), QStringLiteral("补看录像")));
        undo->undo();
        QCOMPARE(record().makeupDate, Date(2026, 3, 15));
        QCOMPARE(record().makeupNote, QStringLiteral("自学会议材料"));
        undo->redo();

        // Clear: undo puts date and note back.
        QVERIFY(view.clearMakeup(0));
        QCOMPARE(record().makeupDate, Date());
        undo->undo();
        QCOMPARE(record().makeupDate, Date(2026, 4, 2));
        QCOMPARE(record().makeupNote, QStringLiteral("补看录像"));
        undo->redo();
        QCOMPARE(record().makeupDate, Date());
        QCOMPARE(undo->count(), 3);
        // The whole way back.
        undo->undo();
        undo->undo();
        undo->undo();
        QCOMPARE(record().makeupDate, Date());
        QVERIFY(record().makeupNote.isEmpty());
    }

    void theAreaUndoesOnTheStackOfWhatIsShown()
    {
        AttendanceView view(**m_ledger, *m_roster);
        QUndoGroup group;
        for (QUndoStack* stack : view.undoStacks())
            group.addStack(stack);
        QCOMPARE(view.undoStacks().size(), 3);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(view.openSession(m_session));
        QCOMPARE(view.undoStack(), view.sheet()->undoStack());

        // The speeches have the focus: their stack is the active one; a speech is undone.
        SpeechesPanel* speeches = view.sheet()->speeches();
        speeches->list()->setFocus();
        QTRY_COMPARE(group.activeStack(), speeches->undoStack());
        QVERIFY(speeches->addSpeech(memberId(**m_ledger, "M003"), QStringLiteral("学思践悟")));
        QCOMPARE(speeches->count(), 1);
        group.undo();
        QCOMPARE(speeches->count(), 0);
        QVERIFY(view.sheet()->undoStack()->count() == 0); // the sheet has no unsaved edit
        QVERIFY(!view.sheet()->isModified());
        group.redo();
        QCOMPARE(speeches->count(), 1);

        // Back in the sheet, then the make-up tab.
        view.sheet()->table()->setFocus();
        QTRY_COMPARE(group.activeStack(), view.sheet()->undoStack());
        view.tabs()->setCurrentWidget(view.makeupLedger());
        QCOMPARE(group.activeStack(), view.makeupLedger()->undoStack());
    }
};

QTEST_MAIN(TestMakeupUndo)
#include "TestMakeupUndo.moc"
