#include "support/GuiSessionLedger.h"

#include "gui/common/DateField.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/selfstudy/MinutesCombo.h"
#include "gui/sessions/MaterialsPanel.h"
#include "gui/sessions/SeriesDialog.h"
#include "gui/sessions/SessionEditor.h"

#include "services/Clock.h"
#include "services/MemberLeavingService.h"
#include "services/PlanService.h"
#include "services/RosterService.h"
#include "services/SessionService.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace sl;
using namespace session_fixture;

class TestSessionEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;
    qint64 m_group = 0;

    StudySession draft() const
    {
        StudySession s;
        s.groupId = m_group;
        s.date = Date(2026, 3, 10);
        s.start = QTime(14, 30);
        s.minutes = 90;
        s.topic = QStringLiteral("学习党的二十大精神");
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openGuiSessionLedger(m_ledger, m_roster));
        m_group = groupId(**m_ledger, "G-C01");
    }

    void init() { MessageBoxes::setAutoAnswer(std::nullopt); }

    void invalidMinutesDisablesSaveNamingTheField()
    {
        SessionEditor editor(**m_ledger, *m_roster, draft());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.saveButton()->isEnabled());
        QVERIFY(editor.errorText().isEmpty());

        QLineEdit* minutes = editor.minutesCombo()->lineEdit();
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("0"));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY2(editor.errorText().startsWith(QStringLiteral("时长")),
                 qPrintable(editor.errorText()));

        // Undo restores the duration, and Save comes back.
        editor.undoStack()->undo();
        QCOMPARE(editor.session().minutes, 90);
        QVERIFY(editor.saveButton()->isEnabled());
        editor.undoStack()->redo();
        QCOMPARE(editor.session().minutes, 0);
        QVERIFY(!editor.saveButton()->isEnabled());
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("120"));
        QVERIFY(editor.saveButton()->isEnabled());

        // An empty topic names 专题.
        editor.topicEdit()->selectAll();
        QTest::keyClick(editor.topicEdit(), Qt::Key_Delete);
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY2(editor.errorText().contains(QStringLiteral("专题")),
                 qPrintable(editor.errorText()));
        editor.undoStack()->undo();
        QVERIFY(editor.saveButton()->isEnabled());

        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(editor.savedId() != 0);
        auto stored = SessionService(**m_ledger).session(editor.savedId());
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->minutes, 120);
        QCOMPARE((*stored)->topic, QStringLiteral("学习党的二十大精神"));

        // Materials attach to the saved session: the file is copied beside the database.
        SessionEditor again(**m_ledger, *m_roster, **stored);
        QCOMPARE(again.materials()->list()->count(), 0);
        const QString file = m_ledger->file(QStringLiteral("学习材料.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("text");
        f.close();
        QVERIFY(again.attachMaterial(file));
        QCOMPARE(again.materials()->list()->count(), 1);
        QCOMPARE(again.materials()->list()->item(0)->text(), QStringLiteral("学习材料.txt"));
    }

    void planItemFillsTopicAndForm()
    {
        PlanService plans(**m_ledger);
        auto planId = plans.savePlan(m_group, 2026, Date(2026, 1, 5));
        QVERIFY(planId.ok());
        PlanItem item;
        item.planId = *planId;
        item.month = 3;
        item.topic = QStringLiteral("学习贯彻全会精神专题研讨");
        item.form = SessionForm::Seminar;
        QVERIFY(plans.saveItem(item).ok());

        SessionEditor editor(**m_ledger, *m_roster, draft());
        QComboBox* items = editor.planItemCombo();
        QCOMPARE(items->count(), 2);
        items->setCurrentIndex(1);
        emit items->activated(1);
        QCOMPARE(editor.session().topic, QStringLiteral("学习贯彻全会精神专题研讨"));
        QCOMPARE(editor.session().form, SessionForm::Seminar);
        QVERIFY(editor.session().planItemId != 0);
        QVERIFY(editor.saveButton()->isEnabled());
        // One undo takes back the item with what it filled in.
        editor.undoStack()->undo();
        QCOMPARE(editor.session().topic, QStringLiteral("学习党的二十大精神"));
        QCOMPARE(editor.session().planItemId, qint64(0));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        editor.reject();
    }

    void seriesPreviewShowsTheSecondTuesdays()
    {
        SeriesDialog dialog(**m_ledger, m_group, 2026);
        dialog.fromField()->setDate(Date(2026, 1, 1)); // the whole year (the proposal is today on)
        dialog.kindCombo()->setCurrentIndex(
            dialog.kindCombo()->findData(int(MonthlyRule::Kind::NthWeekday)));
        dialog.nthCombo()->setCurrentIndex(dialog.nthCombo()->findData(2));
        dialog.weekdayCombo()->setCurrentIndex(dialog.weekdayCombo()->findData(int(Qt::Tuesday)));
        dialog.startEdit()->setText(QStringLiteral("14:30"));
        const QStringList expected = {QStringLiteral("2026-01-13"), QStringLiteral("2026-02-10"),
                                      QStringLiteral("2026-03-10"), QStringLiteral("2026-04-14"),
                                      QStringLiteral("2026-05-12"), QStringLiteral("2026-06-09"),
                                      QStringLiteral("2026-07-14"), QStringLiteral("2026-08-11"),
                                      QStringLiteral("2026-09-08"), QStringLiteral("2026-10-13"),
                                      QStringLiteral("2026-11-10"), QStringLiteral("2026-12-08")};
        QCOMPARE(dialog.previewList()->count(), 12);
        QStringList shown;
        for (int i = 0; i < dialog.previewList()->count(); ++i)
            shown << dialog.previewList()->item(i)->text().left(10);
        QCOMPARE(shown, expected);
        QVERIFY(dialog.createButton()->isEnabled());

        // A fixed day 15 moved off weekends: 2026-02-15 is a Sunday → Monday the 16th.
        dialog.kindCombo()->setCurrentIndex(
            dialog.kindCombo()->findData(int(MonthlyRule::Kind::FixedDay)));
        dialog.weekendCombo()->setCurrentIndex(dialog.weekendCombo()->findData(
            int(MonthlyRule::NonWorkingDay::ShiftToNextWorkingDay)));
        QCOMPARE(dialog.previewList()->item(1)->text().left(10), QStringLiteral("2026-02-16"));

        // Nothing is created before 创建; then all twelve at once.
        QCOMPARE(*SessionService(**m_ledger).count({}), qint64(1));
        dialog.kindCombo()->setCurrentIndex(
            dialog.kindCombo()->findData(int(MonthlyRule::Kind::NthWeekday)));
        dialog.accept();
        QCOMPARE(dialog.createdIds().size(), size_t(12));
        QCOMPARE(*SessionService(**m_ledger).count({}), qint64(13));
    }

    void seriesProposesDatesFromTodayOnAndNamesTheGroup()
    {
        Clock::setToday(Date(2026, 6, 30));
        SeriesDialog dialog(**m_ledger, m_group, 2026);
        QCOMPARE(dialog.fromField()->date().value_or(Date()), Date(2026, 6, 30));
        QCOMPARE(dialog.previewList()->count(), 6); // the second Tuesdays of July … December
        QCOMPARE(dialog.previewList()->item(0)->text().left(10), QStringLiteral("2026-07-14"));
        const QString name = RosterService(**m_ledger).resolveGroup(QStringLiteral("G-C01"))->name;
        QVERIFY(dialog.windowTitle().contains(name));
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("groupNameLabel"));
        QVERIFY(label && label->text().contains(name));
        // A past year's series records sessions held, over the whole year.
        SeriesDialog past(**m_ledger, m_group, 2025);
        QCOMPARE(past.fromField()->date().value_or(Date()), Date(2025, 1, 1));
        QCOMPARE(past.request().status, SessionStatus::Held);
        QCOMPARE(dialog.request().status, SessionStatus::Planned);
        Clock::setToday(Date());
    }

    // Last: 陈喆 (M004, 列席 of G-C01) leaves on 2026-05-31. The speaker list offers the group's
    // members seated on the session's day: not her for a June session, her for a March one and
    // for a session she already spoke at; a refill on a date change keeps the choice.
    void speakerListLeavesOutMembersWhoLeft()
    {
        const qint64 chen = memberId(**m_ledger, "M004");
        auto left = MemberLeavingService(**m_ledger)
                        .deactivate(chen, Date(2026, 5, 31), LeaveReason::Retired, QString());
        QVERIFY2(left.ok(), qPrintable(left ? QString() : left.error().text()));
        const QString tag = QStringLiteral("m:") + QString::number(chen);
        const auto offered = [&](const SessionEditor& e) {
            return e.speakerCombo()->findData(tag) >= 0;
        };

        StudySession june = draft();
        june.date = Date(2026, 6, 10);
        SessionEditor later(**m_ledger, *m_roster, june);
        QVERIFY(!offered(later));
        QVERIFY(later.speakerCombo()->findText(QStringLiteral("张三")) > 0);

        SessionEditor march(**m_ledger, *m_roster, draft());
        QVERIFY(offered(march));
        march.speakerCombo()->setCurrentIndex(
            march.speakerCombo()->findText(QStringLiteral("张三")));
        march.dateField()->setDate(Date(2026, 6, 12));
        emit march.dateField()->edited();
        QVERIFY(!offered(march));
        QCOMPARE(march.speakerCombo()->currentText(), QStringLiteral("张三"));

        StudySession spoke = june;
        spoke.speakerMemberId = chen;
        SessionEditor past(**m_ledger, *m_roster, spoke);
        QVERIFY(offered(past));
        QCOMPARE(past.speakerCombo()->currentData().toString(), tag);
        QCOMPARE(past.session().speakerMemberId, chen);

        QVERIFY(MemberLeavingService(**m_ledger).reactivate(chen).ok());
    }
};

QTEST_MAIN(TestSessionEditor)
#include "TestSessionEditor.moc"
