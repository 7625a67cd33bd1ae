#include "support/GuiSessionLedger.h"

#include "gui/AreaViews.h"
#include "gui/MainWindow.h"
#include "gui/SecretaryAreas.h"
#include "gui/accounts/AccountMenu.h"
#include "gui/attendance/AttendanceModel.h"
#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/AttendanceView.h"
#include "gui/common/MessageBoxes.h"

#include "services/AttendanceService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace sl;
using namespace session_fixture;

// Unsaved changes are never dropped silently (issue 14, items 4 and 9): quitting the main window,
// or leaving the area, with an attendance sheet that has changes asks 保存 / 不保存 / 取消, Save
// the default; Cancel keeps the window (or the area) and the edit, Save writes it.
class TestUnsavedChanges : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;
    qint64 m_session = 0;

    struct Seen
    {
        bool found = false;
        QString text;
        QString defaultText;
        QStringList buttons;
    };

    // Answers the next message box shown (found among the top-level widgets, as a user would
    // see it) with the button of role `answer`, recording what it showed.
    static void answerNextBox(QMessageBox::StandardButton answer, Seen* seen)
    {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, seen] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(w);
                if (!box || !box->isVisible())
                    continue;
                seen->found = true;
                seen->text = box->text();
                seen->defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
                for (QAbstractButton* b : box->buttons())
                    seen->buttons << b->text();
                timer->stop();
                timer->deleteLater();
                box->button(answer)->click();
                return;
            }
        });
        timer->start();
    }

    AttendanceSheetView* sheetOf(MainWindow& window)
    {
        SecretaryAreas* secretary = window.areaViews()->secretaryAreas();
        return secretary ? secretary->attendanceView()->sheet() : nullptr;
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto ledger = Ledger::open(m_ledger->path(), OpenMode::MustExist);
        if (!ledger)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(ledger).value(), false);
        window->show();
        return window;
    }

    // The sheet of the held session shown with one change not saved: everyone present.
    AttendanceSheetView* editSheet(MainWindow& window)
    {
        if (!window.showArea(SecretaryAreas::attendanceArea))
            return nullptr;
        AttendanceSheetView* sheet = sheetOf(window);
        if (!sheet || !sheet->openSession(m_session))
            return nullptr;
        sheet->model()->markAllPresent();
        return sheet;
    }

    std::optional<AttendanceStatus> storedStatus(int line)
    {
        auto sheet = AttendanceService(**m_ledger).sheet(m_session);
        if (!sheet || size_t(line) >= sheet->lines.size() || !sheet->lines[size_t(line)].recorded)
            return std::nullopt; // nothing stored
        return sheet->lines[size_t(line)].record.status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openGuiSessionLedger(m_ledger, m_roster));
        m_session = heldSession(**m_ledger, "G-C01", Date(2026, 3, 10));
        QVERIFY(m_session != 0);
        MessageBoxes::setAutoAnswer(std::nullopt); // the questions are shown and answered
    }

    void quitAsksAndCancelKeepsTheEdit()
    {
        auto window = openWindow();
        QVERIFY(window);
        AttendanceSheetView* sheet = editSheet(*window);
        QVERIFY(sheet);
        QVERIFY(sheet->hasPendingChanges());

        Seen seen;
        answerNextBox(QMessageBox::Cancel, &seen);
        QVERIFY(!window->close());
        QVERIFY(seen.found);
        QVERIFY2(seen.text.contains(QStringLiteral("考勤表")), qPrintable(seen.text));
        QVERIFY2(seen.text.endsWith(QStringLiteral("？")), qPrintable(seen.text));
        // 保存 / 不保存 / 取消, Save the default: Enter never throws the sheet away.
        QVERIFY2(seen.buttons.join(QLatin1Char('|')).contains(QStringLiteral("不保存")),
                 qPrintable(seen.buttons.join(QLatin1Char('|'))));
        QVERIFY2(seen.defaultText.startsWith(QStringLiteral("保存")), qPrintable(seen.defaultText));
        // The window stays open and the edit is still pending, not written.
        QVERIFY(window->isVisible());
        QVERIFY(sheet->hasPendingChanges());
        QCOMPARE(storedStatus(0), std::nullopt);

        // Save: the sheet is written, and the window closes.
        Seen saved;
        answerNextBox(QMessageBox::Save, &saved);
        QVERIFY(window->close());
        QVERIFY(saved.found);
        QVERIFY(!window->isVisible());
        QCOMPARE(storedStatus(0), std::optional(AttendanceStatus::Present));
    }

    void leavingTheAreaAsks()
    {
        auto window = openWindow();
        QVERIFY(window);
        AttendanceSheetView* sheet = editSheet(*window);
        QVERIFY(sheet);
        sheet->model()->setStatus(0, AttendanceStatus::Absent);
        QVERIFY(sheet->hasPendingChanges());

        // Cancel: the sheet stays shown (and chosen in the sidebar) with its edit.
        Seen seen;
        answerNextBox(QMessageBox::Cancel, &seen);
        QVERIFY(!window->showArea(AreaViews::membersArea));
        QVERIFY(seen.found);
        QCOMPARE(window->currentArea(), SecretaryAreas::attendanceArea);
        QCOMPARE(sheet->model()->status(0), std::optional(AttendanceStatus::Absent));

        // Don't save: the edit is dropped as asked, and the members area shows.
        Seen dropped;
        answerNextBox(QMessageBox::Discard, &dropped);
        QVERIFY(window->showArea(AreaViews::membersArea));
        QVERIFY(dropped.found);
        QCOMPARE(window->currentArea(), AreaViews::membersArea);
        QVERIFY(!sheet->hasPendingChanges());
        QCOMPARE(storedStatus(0), std::optional(AttendanceStatus::Present));
        // Nothing pending: closing asks nothing.
        QVERIFY(window->close());
    }

    void changingTheAccountAsks()
    {
        auto window = openWindow();
        QVERIFY(window);
        AttendanceSheetView* sheet = editSheet(*window);
        QVERIFY(sheet);
        sheet->model()->setStatus(0, AttendanceStatus::Excused);
        QVERIFY(sheet->hasPendingChanges());
        // Switching logging on builds the areas again: asked first. Any other dialog that
        // opens (the first administrator's) is recorded and cancelled.
        QStringList dialogs;
        QTimer others;
        others.setInterval(30);
        connect(&others, &QTimer::timeout, this, [&dialogs] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<QDialog*>(w);
                if (dialog && dialog->isVisible() && !qobject_cast<QMessageBox*>(w)) {
                    dialogs << dialog->metaObject()->className();
                    dialog->reject();
                }
            }
        });
        others.start();

        Seen seen;
        answerNextBox(QMessageBox::Cancel, &seen);
        window->accountMenu()->switchOn();
        QVERIFY(seen.found);
        QVERIFY2(dialogs.isEmpty(), qPrintable(dialogs.join(QLatin1Char(','))));
        QVERIFY(sheet->hasPendingChanges());

        // Don't save: the edit is dropped as answered, and only then the dialog opens.
        Seen dropped;
        answerNextBox(QMessageBox::Discard, &dropped);
        window->accountMenu()->switchOn();
        QVERIFY(dropped.found);
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(!sheet->hasPendingChanges());
        QVERIFY(window->close());
    }
};

QTEST_MAIN(TestUnsavedChanges)
#include "TestUnsavedChanges.moc"
