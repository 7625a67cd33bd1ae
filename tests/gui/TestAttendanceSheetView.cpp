#include "support/GuiSessionLedger.h"

#include "gui/attendance/AttendanceModel.h"
#include "gui/attendance/AttendanceSheetView.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/common/UndoActions.h"
#include "gui/sessions/SpeechesPanel.h"

#include "services/AttendanceService.h"
#include "services/RosterImportService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace sl;
using namespace session_fixture;

// The attendance sheet driven by the keyboard, as a secretary would: ↓, 4 and a reason, ↓, 5,
// 全部出席; the totals follow; undo restores; saving stores the records.
class TestAttendanceSheetView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;
    qint64 m_session = 0;

    // Four more members of the central group G-C01 (M005 … M008), for a sheet of seven lines:
    // M001 组长, M003 副组长, M004 列席, M005 … M008 成员.
    bool addMembers()
    {
        RosterImportService roster(**m_ledger);
        auto members = roster.importMembers(
            {member(2, "M005", "赵六", "B01"), member(3, "M006", "孙七", "B01"),
             member(4, "M007", "周八", "B02"), member(5, "M008", "吴九", "B02")});
        auto seats = roster.importMemberships({seat(2, "G-C01", "M005", GroupRole::Member),
                                               seat(3, "G-C01", "M006", GroupRole::Member),
                                               seat(4, "G-C01", "M007", GroupRole::Member),
                                               seat(5, "G-C01", "M008", GroupRole::Member)});
        return members.ok() && members->ok() && seats.ok() && seats->ok();
    }

    static QLineEdit* openEditor(QTableView* table)
    {
        return table->viewport()->findChild<QLineEdit*>();
    }

    static void typeChinese(QWidget* edit, const QString& text)
    {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(edit, &commit);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openGuiSessionLedger(m_ledger, m_roster));
        QVERIFY(addMembers());
        m_session = heldSession(**m_ledger, "G-C01", Date(2026, 3, 10));
        QVERIFY(m_session != 0);
    }

    void init() { MessageBoxes::setAutoAnswer(std::nullopt); }

    void keyboardDrivesTheSheet()
    {
        AttendanceSheetView view(**m_ledger, *m_roster);
        QAbstractItemModelTester tester(view.model());
        // Undo and redo as in the main window: its QUndoGroup with the sheet's stack active.
        QUndoGroup group;
        group.addStack(view.undoStack());
        group.setActiveStack(view.undoStack());
        undoactions::create(&group, &view);
        view.resize(1100, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.openSession(m_session));
        AttendanceModel* model = view.model();
        QCOMPARE(model->rowCount(), 7);
        // By role (组长, 副组长, 组员, 列席), then by name in pinyin order.
        QStringList names;
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->line(r).sheet.memberName;
        QCOMPARE(names, (QStringList{QStringLiteral("张三"), QStringLiteral("王五"),
                                     QStringLiteral("孙七"), QStringLiteral("吴九"),
                                     QStringLiteral("赵六"), QStringLiteral("周八"),
                                     QStringLiteral("陈喆")}));
        QCOMPARE(model->unsetCount(), 7);
        // Nothing chosen yet: no status, nothing expected.
        QCOMPARE(model->status(0), std::nullopt);
        QVERIFY(view.totalsText().contains(QStringLiteral("未定 7")));

        QTableView* table = view.table();
        table->setFocus();
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        // 4 请假: the reason cell opens for typing.
        QTest::keyClick(table, Qt::Key_4);
        QCOMPARE(model->status(1), std::optional(AttendanceStatus::Excused));
        QCOMPARE(table->currentIndex().column(), int(AttendanceModel::Reason));
        QLineEdit* editor = openEditor(table);
        QVERIFY(editor);
        typeChinese(editor, QStringLiteral("公务出差"));
        QCOMPARE(editor->text(), QStringLiteral("公务出差"));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents(); // the delegate commits through a queued call
        QCOMPARE(model->line(1).sheet.record.reason, QStringLiteral("公务出差"));
        QVERIFY(view.totalsText().contains(QStringLiteral("请假 1")));
        // ↓ then 5 缺席 (the cursor moves on to the next line by itself).
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 2);
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_5);
        QCOMPARE(model->status(3), std::optional(AttendanceStatus::Absent));
        QCOMPARE(table->currentIndex().row(), 4);
        QCOMPARE(model->status(2), std::nullopt);

        // 全部出席 sets the rest: 出席, and 列席 for the observer.
        view.markAllAction()->trigger();
        QCOMPARE(model->unsetCount(), 0);
        QCOMPARE(model->status(0), std::optional(AttendanceStatus::Present));
        QCOMPARE(model->status(1), std::optional(AttendanceStatus::Excused));
        QCOMPARE(model->status(2), std::optional(AttendanceStatus::Present));
        QCOMPARE(model->status(3), std::optional(AttendanceStatus::Absent));
        for (int r = 4; r < 6; ++r)
            QCOMPARE(model->status(r), std::optional(AttendanceStatus::Present));
        QCOMPARE(model->status(6), std::optional(AttendanceStatus::Observer));
        // Six expected (the observer is not), four took part: 66.7 %.
        const AttendanceTotals t = model->totals();
        QCOMPARE(t.expected, 6);
        QCOMPARE(t.present, 4);
        QCOMPARE(t.excused, 1);
        QCOMPARE(t.absent, 1);
        QCOMPARE(t.observers, 1);
        QVERIFY2(view.totalsText().contains(QStringLiteral("参学率 66.7%")),
                 qPrintable(view.totalsText()));
        QVERIFY(view.totalsText().contains(QStringLiteral("应到 6")));

        // Undo: 全部出席, then 缺席; redo brings them back.
        view.undoStack()->undo();
        QCOMPARE(model->status(0), std::nullopt);
        QCOMPARE(model->status(3), std::optional(AttendanceStatus::Absent));
        view.undoStack()->undo();
        QCOMPARE(model->status(3), std::nullopt);
        QVERIFY(view.totalsText().contains(QStringLiteral("缺席 0")));
        // Ctrl+Shift+Z redoes, Ctrl+Z undoes (Edit › Undo/Redo).
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model->status(3), std::optional(AttendanceStatus::Absent));
        view.undoStack()->redo();
        QCOMPARE(model->unsetCount(), 0);
        QVERIFY(view.isModified());

        // Saved through the service and read back.
        QVERIFY(view.save());
        QVERIFY(!view.isModified());
        QVERIFY(view.problemsText().isEmpty());
        auto sheet = AttendanceService(**m_ledger).sheet(m_session);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet->lines.size(), size_t(7));
        for (const SheetLine& l : sheet->lines)
            QVERIFY(l.recorded);
        QCOMPARE(sheet->lines[1].record.status, AttendanceStatus::Excused);
        QCOMPARE(sheet->lines[1].record.reason, QStringLiteral("公务出差"));
        // The service's lines are by member number: 吴九 (M008) is the last.
        QCOMPARE(sheet->lines[6].memberName, QStringLiteral("吴九"));
        QCOMPARE(sheet->lines[6].record.status, AttendanceStatus::Absent);
        QCOMPARE(sheet->totals.expected, 6);
        QCOMPARE(sheet->totals.participationRate(), 4.0 / 6.0);
        // The reloaded sheet shows the stored records.
        QCOMPARE(model->unsetCount(), 0);
        QCOMPARE(model->status(3), std::optional(AttendanceStatus::Absent));

        // A click on the name header sorts the table (pinyin, observer among the others); the
        // keys still act on the line shown.
        table->sortByColumn(AttendanceModel::Name, Qt::AscendingOrder);
        QStringList shown;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            shown << table->model()->index(r, AttendanceModel::Name).data().toString();
        QCOMPARE(shown, (QStringList{QStringLiteral("陈喆"), QStringLiteral("孙七"),
                                     QStringLiteral("王五"), QStringLiteral("吴九"),
                                     QStringLiteral("张三"), QStringLiteral("赵六"),
                                     QStringLiteral("周八")}));
        table->setCurrentIndex(table->model()->index(1, AttendanceModel::Status));
        QTest::keyClick(table, Qt::Key_5);
        QCOMPARE(model->status(2), std::optional(AttendanceStatus::Absent)); // 孙七
        QCOMPARE(table->currentIndex().row(), 2); // on to 王五 as shown
        view.undoStack()->undo();
        table->sortByColumn(-1, Qt::AscendingOrder);
    }

    void problemsNameTheMemberAndField()
    {
        AttendanceSheetView view(**m_ledger, *m_roster);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.openSession(m_session));
        AttendanceModel* model = view.model();
        // (Lines without a status, if any, are recorded as present.)
        MessageBoxes::setAutoAnswer(QMessageBox::Yes);
        // 张三 excused without a reason.
        model->setStatus(0, AttendanceStatus::Excused);
        QVERIFY(!view.save());
        QVERIFY2(view.problemsText().contains(QStringLiteral("张三")),
                 qPrintable(view.problemsText()));
        QVERIFY(view.problemsText().contains(QStringLiteral("请假事由")));
        // Nothing was stored.
        QCOMPARE(AttendanceService(**m_ledger).sheet(m_session)->lines[0].record.status,
                 AttendanceStatus::Present);
        view.undoStack()->undo();
        QVERIFY(!view.isModified());
    }

    void speechesAreAddedAndRemoved()
    {
        AttendanceSheetView view(**m_ledger, *m_roster);
        QVERIFY(view.openSession(m_session));
        SpeechesPanel* speeches = view.speeches();
        QCOMPARE(speeches->count(), 0);
        QVERIFY(speeches->addSpeech(view.model()->line(0).sheet.memberId,
                                    QStringLiteral("坚持人民至上")));
        QCOMPARE(speeches->count(), 1);
        speeches->list()->setCurrentRow(0);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QVERIFY(speeches->removeCurrent());
        QCOMPARE(speeches->count(), 0);
    }
};

QTEST_MAIN(TestAttendanceSheetView)
#include "TestAttendanceSheetView.moc"
