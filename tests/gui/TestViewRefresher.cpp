#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/AreaViews.h"
#include "gui/MainWindow.h"
#include "gui/SecretaryAreas.h"
#include "gui/attendance/AttendanceSheetView.h"
#include "gui/attendance/AttendanceView.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MemberContext.h"
#include "gui/common/UiLanguage.h"
#include "gui/myyear/MyYearView.h"
#include "gui/sessions/SessionTableModel.h"
#include "gui/sessions/SessionsView.h"

#include "services/AttendanceService.h"
#include "services/SessionService.h"

#include <QComboBox>
#include <QTest>

using namespace sl;
using namespace session_fixture;

// The views follow the ledger's events: a session edited through SessionService (no view
// involved) shows in the sessions list, the attendance sheet and my year, each when it is
// shown — the one on screen at once, the hidden ones when they are shown next.
class TestViewRefresher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void aSessionEditedThroughTheServiceShowsEverywhere()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger fixture;
        QVERIFY(buildRoster(*fixture));
        const qint64 session = heldSession(*fixture, "G-C01", Date(2026, 3, 10));
        QVERIFY(session != 0);
        const qint64 member = memberId(*fixture, "M001");
        {
            // M001 took part in the session (90 minutes).
            AttendanceService attendance(*fixture);
            auto sheet = attendance.sheet(session);
            QVERIFY(sheet.ok());
            std::vector<Attendance> records;
            for (SheetLine line : sheet->lines) {
                line.record.status = AttendanceStatus::Present;
                records.push_back(line.record);
            }
            QVERIFY(attendance.save(session, records).ok());
        }
        auto opened = Ledger::open(fixture.path(), OpenMode::MustExist);
        QVERIFY(opened.ok());
        MainWindow window(std::move(opened).value(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The three areas, each looked at once.
        // Each built on demand (areas are built when first shown or asked for).
        auto* sessions = window.areaViews()->secretaryAreas()->sessionsView();
        QVERIFY(sessions);
        QVERIFY(window.showArea(QStringLiteral("sessions")));
        sessions->groupYear()->setYear(2026);
        QVERIFY(sessions->selectSession(session));
        const int row = sessions->model()->rowOfSession(session);
        auto topicShown = [&] {
            return sessions->model()
                ->index(sessions->model()->rowOfSession(session), SessionTableModel::Topic)
                .data()
                .toString();
        };
        QCOMPARE(topicShown(), QStringLiteral("学习党的二十大精神"));
        QVERIFY(row >= 0);

        auto* attendance = window.areaViews()->secretaryAreas()->attendanceView();
        QVERIFY(attendance);
        QVERIFY(attendance->openSession(session));
        QVERIFY(window.showArea(QStringLiteral("attendance")));
        QComboBox* held = attendance->sheet()->sessionCombo();
        QVERIFY(held->currentText().contains(QStringLiteral("学习党的二十大精神")));

        QVERIFY(window.memberContext()->setMemberId(member));
        window.memberContext()->setYear(2026);
        QVERIFY(window.showArea(QStringLiteral("my-year")));
        MyYearView* myYear = window.myYearView();
        QVERIFY(myYear->progress());
        const double hoursBefore = myYear->progress()->hours.actual;

        // The edit, through the service alone, while my year is on screen.
        SessionService service(window.ledger());
        auto stored = service.session(session);
        QVERIFY(stored.ok() && stored->has_value());
        StudySession edited = **stored;
        edited.topic = QStringLiteral("学习新修订的党章");
        edited.minutes = 120;
        QVERIFY(service.save(edited).ok());

        // My year, on screen, follows at once: 30 more minutes.
        QVERIFY(myYear->progress());
        QCOMPARE(myYear->progress()->hours.actual, hoursBefore + 0.5);

        // The hidden areas waited; shown, they read the edit.
        QCOMPARE(topicShown(), QStringLiteral("学习党的二十大精神"));
        QVERIFY(window.showArea(QStringLiteral("sessions")));
        QCOMPARE(topicShown(), QStringLiteral("学习新修订的党章"));
        QCOMPARE(sessions->currentSessionId(), session);

        QVERIFY(window.showArea(QStringLiteral("attendance")));
        QVERIFY2(held->currentText().contains(QStringLiteral("学习新修订的党章")),
                 qPrintable(held->currentText()));
        QCOMPARE(attendance->sheet()->sessionId(), session);
    }
};

QTEST_MAIN(TestViewRefresher)
#include "TestViewRefresher.moc"
