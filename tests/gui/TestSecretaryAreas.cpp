#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/MainWindow.h"
#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/AttendanceView.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/sessions/SessionTableModel.h"
#include "gui/sessions/SessionsView.h"

#include <QAction>
#include <QTableView>
#include <QTest>

using namespace sl;
using namespace session_fixture;

// The secretary's areas in the main window, and a held session leading to its sheet.
class TestSecretaryAreas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void areasAndAttendanceFromASession()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 session = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        auto opened = Ledger::open(ledger.path(), OpenMode::MustExist);
        QVERIFY(opened.ok());
        MainWindow window(std::move(opened).value(), false);
        for (const char* area : {"plan", "sessions", "attendance", "registers"})
            QVERIFY2(window.areas().contains(QString::fromLatin1(area)), area);
        QVERIFY(window.showArea(QStringLiteral("sessions")));
        auto* sessions = window.findChild<SessionsView*>();
        QVERIFY(sessions);
        sessions->groupYear()->setYear(2026);
        QVERIFY(sessions->selectSession(session));
        QCOMPARE(sessions->model()->rowCount(), 1);
        // 考勤 opens the sheet of the selected held session in 考勤与补学.
        for (QAction* a : sessions->editActions()) {
            if (a && a->text() == QStringLiteral("考勤(&A)"))
                a->trigger();
        }
        QCOMPARE(window.currentArea(), QStringLiteral("attendance"));
        auto* attendance = window.findChild<AttendanceView*>();
        QCOMPARE(attendance->sheet()->sessionId(), session);
    }
};

QTEST_MAIN(TestSecretaryAreas)
#include "TestSecretaryAreas.moc"
