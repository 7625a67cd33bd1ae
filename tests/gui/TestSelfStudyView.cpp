// The foundation test of the member areas: on a demo database, log an hour and a half of
// self-study by keyboard and see "my year" move by exactly that; notes count as METRICS.md
// counts; log, edit and delete are undoable.

#include "gui/DemoGuiFixture.h"

#include "gui/MainWindow.h"
#include "gui/common/CharCountLabel.h"
#include "gui/common/DateField.h"
#include "gui/common/MemberContext.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/PeriodFilterCombo.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/UiLanguage.h"
#include "gui/myyear/MyYearView.h"
#include "gui/myyear/ProgressMeter.h"
#include "gui/selfstudy/MinutesCombo.h"
#include "gui/selfstudy/SelfStudyDialog.h"
#include "gui/selfstudy/SelfStudyQuickEntry.h"
#include "gui/selfstudy/SelfStudyTableModel.h"
#include "gui/selfstudy/SelfStudyView.h"

#include "services/SelfStudyService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace sl;

namespace {

const QString material = QStringLiteral("学习《中国共产党章程》总纲");

} // namespace

class TestSelfStudyView : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoGuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Member m_member;

    SelfStudyView* view() const { return m_window->selfStudyView(); }
    SelfStudyQuickEntry* entry() const { return view()->quickEntry(); }

    double hoursShown()
    {
        if (!m_window->showArea(QStringLiteral("my-year")))
            return -1;
        return m_window->myYearView()->meter(MyYearView::Hours)->actual();
    }

    int rowOf(const QString& text) const
    {
        const auto& entries = view()->model()->entries();
        for (size_t i = 0; i < entries.size(); ++i) {
            if (entries[i].material == text)
                return int(i);
        }
        return -1;
    }

    bool storedWith(const QString& text)
    {
        auto entries = SelfStudyService(*m_fixture->ledger).list(m_member.id);
        return entries && std::any_of(entries->begin(), entries->end(),
                                      [&](const auto& e) { return e.material == text; });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok); // no modal box may block the test
        m_fixture = std::make_unique<DemoGuiFixture>();
        QVERIFY(m_fixture->built);
        m_member = m_fixture->firstMember();
        QVERIFY(m_member.id != 0);
        auto ledger = Ledger::open(m_fixture->ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger.ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger).value(), false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->memberContext()->setMemberId(m_member.id));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
    }

    void showsTheMemberAreas()
    {
        const QStringList areas = m_window->areas();
        for (const char* id :
             {"my-year", "selfstudy", "writings", "archive", "members", "settings"})
            QVERIFY2(areas.contains(QString::fromLatin1(id)), id);
        QVERIFY(areas.indexOf(QStringLiteral("my-year")) <
                areas.indexOf(QStringLiteral("selfstudy")));
        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        QCOMPARE(entry()->dateField()->text(), QStringLiteral("2026-06-30"));
        QVERIFY(view()->model()->rowCount() > 0);
        QVERIFY(view()->summaryText().startsWith(QStringLiteral("本年")));
    }

    void logsByKeyboardAndMovesTheHoursBar()
    {
        const double before = hoursShown();
        QVERIFY(before > 0);
        const QString figuresBefore = m_window->myYearView()->figuresText(MyYearView::Hours);
        QVERIFY2(figuresBefore.contains(QStringLiteral("学时（按进度应达")),
                 qPrintable(figuresBefore));

        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        const int rowsBefore = view()->model()->rowCount();
        QLineEdit* minutes = entry()->minutesCombo()->lineEdit();
        minutes->setFocus();
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("90"));
        QTest::keyClick(minutes, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), entry()->materialEdit());
        commitText(entry()->materialEdit(), material);
        QVERIFY(entry()->isValid());
        QTest::keyClick(entry()->materialEdit(), Qt::Key_Return);

        QCOMPARE(view()->model()->rowCount(), rowsBefore + 1);
        const int row = rowOf(material);
        QVERIFY(row >= 0);
        QCOMPARE(view()->model()->entries()[size_t(row)].minutes, 90);
        QCOMPARE(view()->currentEntryId(), view()->model()->entries()[size_t(row)].id);
        QVERIFY(storedWith(material));
        // Ready for the next one: material emptied, minutes kept.
        QVERIFY(entry()->materialEdit()->text().isEmpty());
        QCOMPARE(entry()->minutesCombo()->minutes(), std::optional<int>(90));
        QVERIFY(entry()->errorText().isEmpty());

        const double after = hoursShown();
        QCOMPARE(after - before, 90 / 60.0);
        QCOMPARE(qRound64(after * 60) - qRound64(before * 60), qint64(90));
        const QString figures = m_window->myYearView()->figuresText(MyYearView::Hours);
        QVERIFY2(figures.startsWith(QLocale().toString(after, 'f', 1) + QStringLiteral(" / ")),
                 qPrintable(figures));
    }

    void undoAndRedoTheLoggedEntry()
    {
        const double withEntry = hoursShown();
        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        QVERIFY(rowOf(material) >= 0);
        view()->table()->setFocus();
        QTest::keyClick(view()->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(rowOf(material), -1);
        QVERIFY(!storedWith(material));
        QCOMPARE(withEntry - hoursShown(), 1.5);

        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        view()->table()->setFocus();
        QTest::keyClick(view()->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(rowOf(material) >= 0);
        QVERIFY(storedWith(material));
        QCOMPARE(hoursShown(), withEntry);
    }

    void countsNotesCharactersLive()
    {
        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        commitText(entry()->notesEdit(), QStringLiteral("一　二😀"));
        QCOMPARE(entry()->notesCount()->count(), 3);
        QCOMPARE(entry()->notesCount()->text(), QStringLiteral("笔记 3 字"));
        commitText(entry()->notesEdit(), QStringLiteral("\n三 四"));
        QCOMPARE(entry()->notesCount()->text(), QStringLiteral("笔记 5 字"));
        entry()->notesEdit()->clear();
        QCOMPARE(entry()->notesCount()->text(), QStringLiteral("笔记 0 字"));
    }

    void refusesAnEntryWithoutMaterial()
    {
        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        const int rows = view()->model()->rowCount();
        entry()->materialEdit()->clear();
        QVERIFY(!entry()->logButton()->isEnabled());
        QTest::keyClick(entry()->materialEdit(), Qt::Key_Return);
        QCOMPARE(view()->model()->rowCount(), rows);
        QCOMPARE(entry()->errorText(), QStringLiteral("学习内容：不能为空"));

        // A duration that is no number names its field too.
        QLineEdit* minutes = entry()->minutesCombo()->lineEdit();
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("abc"));
        QVERIFY(entry()->errorText().contains(QStringLiteral("时长：")));
        entry()->minutesCombo()->setMinutes(60);
    }

    void refusesTheSameMaterialTwiceADay()
    {
        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        commitText(entry()->materialEdit(), material);
        QVERIFY(!entry()->isValid());
        QVERIFY2(entry()->errorText().contains(QStringLiteral("学习内容：")),
                 qPrintable(entry()->errorText()));
        entry()->materialEdit()->clear();
    }

    void understandsMinutePresets()
    {
        QCOMPARE(MinutesCombo::parse(QStringLiteral("半天（240 分钟）")), std::optional<int>(240));
        QCOMPARE(MinutesCombo::parse(QStringLiteral("45 分钟")), std::optional<int>(45));
        QCOMPARE(MinutesCombo::parse(QStringLiteral("75")), std::optional<int>(75));
        QCOMPARE(MinutesCombo::parse(QStringLiteral("1.5 小时")), std::optional<int>(90));
        QCOMPARE(MinutesCombo::parse(QStringLiteral("很久")), std::nullopt);
        MinutesCombo combo;
        QCOMPARE(combo.count(), 6);
        QCOMPARE(combo.itemText(5), QStringLiteral("半天（240 分钟）"));
        QCOMPARE(combo.itemText(0), QStringLiteral("30 分钟"));
    }

    void completesMaterialFromEarlierEntries()
    {
        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        entry()->materialEdit()->clear();
        commitText(entry()->materialEdit(), QStringLiteral("学习《中国"));
        QTRY_VERIFY(entry()->materialCompleter()->model()->rowCount() > 0);
        const QString first = entry()->materialCompleter()->model()->index(0, 0).data().toString();
        QCOMPARE(first, material);
        entry()->materialEdit()->clear();
    }

    void editsAnEntryUndoably()
    {
        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        const int row = rowOf(material);
        QVERIFY(row >= 0);
        view()->table()->goToRow(row);
        const SelfStudyEntry before = view()->model()->entries()[size_t(row)];
        std::unique_ptr<SelfStudyDialog> dialog(view()->createDialog(before.id));
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled()); // nothing changed yet
        dialog->minutesCombo()->setMinutes(45);
        commitText(dialog->notesEdit(), QStringLiteral("第一条笔记"));
        QCOMPARE(dialog->notesCount()->text(), QStringLiteral("笔记 5 字"));
        QVERIFY(dialog->saveButton()->isEnabled());
        dialog->dateField()->lineEdit()->setText(QStringLiteral("2026-07-01"));
        QVERIFY(!dialog->saveButton()->isEnabled()); // in the future
        QVERIFY(dialog->errorText(QStringLiteral("date")).startsWith(QStringLiteral("日期：")));
        dialog->dateField()->setDate(before.date);
        QVERIFY(view()->applyEdit(before, dialog->entry()));
        QCOMPARE(view()->model()->entries()[size_t(rowOf(material))].minutes, 45);

        QTest::keyClick(view()->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view()->model()->entries()[size_t(rowOf(material))].minutes, 90);
        QVERIFY(view()->model()->entries()[size_t(rowOf(material))].notes.isEmpty());
    }

    void deletesAfterAskingAndUndoes()
    {
        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        view()->table()->goToRow(rowOf(material));
        view()->table()->setFocus();
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QTest::keyClick(view()->table(), Qt::Key_Delete);
        QVERIFY(rowOf(material) >= 0);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(view()->table(), Qt::Key_Delete);
        QCOMPARE(rowOf(material), -1);
        QVERIFY(!storedWith(material));

        QTest::keyClick(view()->table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(rowOf(material) >= 0);
        QVERIFY(storedWith(material));
        // The stack is [log, remove]; every undo and redo finds the entry under the id it got
        // when it was logged again.
        QUndoStack* undo = view()->undoStack();
        QCOMPARE(undo->count(), 2);
        QCOMPARE(undo->index(), 1);
        undo->undo(); // the log
        QVERIFY(!storedWith(material));
        undo->redo(); // logged again: a new id
        QVERIFY(storedWith(material));
        undo->redo(); // removed again
        QVERIFY(!storedWith(material));
        undo->undo();
        QVERIFY(storedWith(material));
        QVERIFY(rowOf(material) >= 0);
    }

    void filtersByPeriod()
    {
        QVERIFY(m_window->showArea(QStringLiteral("selfstudy")));
        view()->periodFilter()->setChoice(PeriodFilterCombo::ThisMonth);
        for (const SelfStudyEntry& e : view()->model()->entries())
            QVERIFY(e.date.month() == 6 && e.date.year() == 2026);
        QVERIFY(view()->summaryText().startsWith(QStringLiteral("本月")));
        const int month = view()->model()->rowCount();
        view()->periodFilter()->setChoice(PeriodFilterCombo::All);
        QVERIFY(view()->model()->rowCount() > month);
        view()->periodFilter()->setChoice(PeriodFilterCombo::ThisYear);
    }

    void switchingMemberClearsTheUndoHistory()
    {
        QVERIFY(view()->undoStack()->count() > 0);
        const Member other = m_fixture->member(QStringLiteral("M0000002"));
        QVERIFY(other.id != 0);
        QVERIFY(m_window->memberContext()->setMemberId(other.id));
        QCOMPARE(view()->undoStack()->count(), 0);
        QCOMPARE(rowOf(material), -1);
        QVERIFY(m_window->memberContext()->setMemberId(m_member.id));
        QVERIFY(rowOf(material) >= 0);
    }
};

QTEST_MAIN(TestSelfStudyView)
#include "TestSelfStudyView.moc"
