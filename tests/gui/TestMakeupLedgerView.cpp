#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/attendance/MakeupLedgerModel.h"
#include "gui/attendance/MakeupLedgerView.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MemberSearchField.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"

#include "services/AttendanceService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTest>

using namespace sl;
using namespace session_fixture;

// 补学台账: the 请假 / 缺席 records of the year, filtered by member and state; recording and
// clearing the make-up study.
class TestMakeupLedgerView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void recordsAndClearsMakeup()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        const qint64 session = heldSession(*ledger, "G-C01", Date(2026, 3, 10));
        Attendance excused;
        excused.memberId = memberId(*ledger, "M001");
        excused.status = AttendanceStatus::Excused;
        excused.reason = QStringLiteral("公务出差");
        Attendance absent;
        absent.memberId = memberId(*ledger, "M003");
        absent.status = AttendanceStatus::Absent;
        QVERIFY(AttendanceService(*ledger).save(session, {excused, absent}).ok());

        RosterService roster(*ledger);
        MakeupLedgerView view(*ledger, roster);
        QAbstractItemModelTester tester(view.model());
        view.groupYear()->setYear(2026);
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(
            view.model()->data(view.model()->index(0, MakeupLedgerModel::MakeupDate)).toString(),
            QStringLiteral("待补学"));

        // Only 王五 (M003).
        QVERIFY(view.groupYear()->setGroupId(groupId(*ledger, "G-C01")));
        // The member is found by typing (M003), not picked from a list of every member.
        MemberSearchField* member = view.memberFilter();
        member->setText(QStringLiteral("M003"));
        member->search();
        QCOMPARE(member->matches().size(), 1);
        QVERIFY(member->choose(0));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->row(0)->memberName, QStringLiteral("王五"));

        QVERIFY(view.recordMakeup(0, Date(2026, 3, 15), QStringLiteral("自学会议材料")));
        QCOMPARE(view.model()->data(view.model()->index(0, MakeupLedgerModel::Status)).toString(),
                 QStringLiteral("缺席 ✓"));
        QCOMPARE(view.model()->row(0)->record.makeupNote, QStringLiteral("自学会议材料"));
        // Before the session: refused, and the user is told.
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        QVERIFY(!view.recordMakeup(0, Date(2026, 3, 1), QString()));
        // Still owed: none of 王五's.
        view.stateFilter()->setCurrentIndex(
            view.stateFilter()->findData(int(MakeupQuery::State::Owing)));
        QCOMPARE(view.model()->rowCount(), 0);
        view.stateFilter()->setCurrentIndex(0);
        MessageBoxes::setAutoAnswer(QMessageBox::Yes);
        QVERIFY(view.clearMakeup(0));
        QCOMPARE(view.model()->row(0)->record.makeupDate, Date());
        MessageBoxes::setAutoAnswer(std::nullopt);
    }
};

QTEST_MAIN(TestMakeupLedgerView)
#include "TestMakeupLedgerView.moc"
