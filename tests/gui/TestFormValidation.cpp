// The defects of the forms found trying them as a new user would: an impossible date is named
// as such (not "type a date" plus a false "cannot be empty"), a month out of range is refused
// with a message, the member dialog names the fields still needed and suggests the next number,
// and the plan's approval date is checked as it is typed.
#include "gui/GuiFixture.h"

#include "gui/common/DateField.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/MonthSpinBox.h"
#include "gui/common/UiLanguage.h"
#include "gui/members/MemberDialog.h"
#include "gui/plan/PlanItemDialog.h"
#include "gui/plan/PlanView.h"
#include "support/GuiSessionLedger.h"

#include "domain/RosterRules.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sl;
using namespace session_fixture;

class TestFormValidation : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;

    std::vector<MemberDialog::OrgChoice> orgs() const
    {
        return {{m_fixture->committee, QStringLiteral("机关党委"), 0},
                {m_fixture->branch1, QStringLiteral("第一党支部"), 1}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->addNamedMembers(); // M0001 … M0012
    }

    void anImpossibleDayIsNamed()
    {
        QCOMPARE(DateField::problemOf(QStringLiteral("2026-02-30")),
                 QStringLiteral("不存在：2026年2月只有 28 天"));
        QCOMPARE(DateField::problemOf(QStringLiteral("2024年2月30日")),
                 QStringLiteral("不存在：2024年2月只有 29 天"));
        QCOMPARE(DateField::problemOf(QStringLiteral("2026-13-01")),
                 QStringLiteral("不存在：没有 13 月（月份为 1 至 12）"));
        QVERIFY(DateField::problemOf(QStringLiteral("next Tuesday"))
                    .contains(QStringLiteral("不是日期")));
        QVERIFY(DateField::problemOf(QStringLiteral("2026-02-28")).isEmpty());
        QVERIFY(DateField::problemOf(QString()).isEmpty());
    }

    void theMemberDialogSaysTheDayDoesNotExist()
    {
        RosterService roster(*m_fixture->ledger);
        Member m;
        m.orgId = m_fixture->branch1;
        MemberDialog dialog(roster, orgs(), m);
        QTest::keyClicks(dialog.birthDateField()->lineEdit(), QStringLiteral("1990-02-30"));
        const QString message = dialog.errorText(QStringLiteral("birth_date"));
        QCOMPARE(message, QStringLiteral("出生日期：不存在：1990年2月只有 28 天"));
        QVERIFY(!message.contains(QStringLiteral("不能为空")));
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void theMemberDialogNamesWhatIsMissingAndSuggestsTheNumber()
    {
        RosterService roster(*m_fixture->ledger);
        Member m;
        m.orgId = m_fixture->branch1;
        MemberDialog dialog(roster, orgs(), m);
        // The number after the greatest in use, selected so that typing replaces it.
        QCOMPARE(dialog.extIdEdit()->text(), QStringLiteral("M0013"));
        QVERIFY(dialog.extIdEdit()->hasSelectedText());
        QVERIFY(!dialog.isModified());
        // 保存 is disabled, and the form says why, naming the field.
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY2(dialog.generalText().contains(QStringLiteral("保存前还需填写：")) &&
                     dialog.generalText().contains(QStringLiteral("姓名")),
                 qPrintable(dialog.generalText()));
        // The required fields are marked.
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("nameLabel"))->text().endsWith(u'*'));
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("requiredNoteLabel"))->isVisibleTo(&dialog));
        // Once the name is there nothing is missing.
        dialog.nameEdit()->setText(QStringLiteral("欧阳明"));
        QVERIFY2(!dialog.generalText().contains(QStringLiteral("姓名")),
                 qPrintable(dialog.generalText()));
    }

    void theNextNumberKeepsItsWidth()
    {
        QCOMPARE(rules::nextExtId(QStringLiteral("M0000041")), QStringLiteral("M0000042"));
        QCOMPARE(rules::nextExtId(QStringLiteral("DY-099")), QStringLiteral("DY-100"));
        QCOMPARE(rules::nextExtId(QStringLiteral("9")), QStringLiteral("10"));
        QVERIFY(rules::nextExtId(QStringLiteral("ABC")).isEmpty());
        QVERIFY(rules::nextExtId(QString()).isEmpty());
    }

    void aMonthOutOfRangeIsRefusedWithAMessage()
    {
        std::unique_ptr<TempLedger> ledger;
        std::unique_ptr<RosterService> roster;
        QVERIFY(openGuiSessionLedger(ledger, roster));
        PlanView view(**ledger, *roster);
        QVERIFY(view.groupYear()->setGroupId(groupId(**ledger, "G-C01")));
        view.groupYear()->setYear(2026);
        QVERIFY(view.createPlan());
        std::unique_ptr<PlanItemDialog> dialog(view.createDialog());
        dialog->topicEdit()->setText(QStringLiteral("学习党章"));
        QVERIFY(dialog->saveButton()->isEnabled());
        auto* month = qobject_cast<MonthSpinBox*>(dialog->monthSpin());
        QVERIFY(month);
        dialog->show();
        month->setFocus();
        month->selectAll();
        QTest::keyClicks(month, QStringLiteral("13"));
        QCOMPARE(month->problem(), QStringLiteral("没有 13 月（月份为 1 至 12）"));
        QVERIFY(dialog->errorText().contains(QStringLiteral("没有 13 月")));
        QVERIFY(!dialog->saveButton()->isEnabled());
        // A month typed again clears it.
        month->selectAll();
        QTest::keyClicks(month, QStringLiteral("11"));
        QVERIFY(month->problem().isEmpty());
        QCOMPARE(month->value(), 11);
        QVERIFY(dialog->saveButton()->isEnabled());
    }

    void thePlansApprovalDateIsCheckedAsTyped()
    {
        std::unique_ptr<TempLedger> ledger;
        std::unique_ptr<RosterService> roster;
        QVERIFY(openGuiSessionLedger(ledger, roster));
        PlanView view(**ledger, *roster);
        QVERIFY(view.groupYear()->setGroupId(groupId(**ledger, "G-C01")));
        view.groupYear()->setYear(2026);
        QVERIFY(view.createPlan());
        QLineEdit* edit = view.approvalField()->lineEdit();
        const int width = view.approvalField()->width();
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("2026-02-30"));
        QVERIFY(edit->property("invalid").toBool());
        QVERIFY(!view.saveApprovalButton()->isEnabled());
        QVERIFY(view.saveApprovalButton()->toolTip().contains(QStringLiteral("只有 28 天")));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("2026-02-27"));
        QVERIFY(!edit->property("invalid").toBool());
        QVERIFY(view.saveApprovalButton()->isEnabled());
        QCOMPARE(view.approvalField()->width(), width); // nothing beside it moves
    }
};

QTEST_MAIN(TestFormValidation)
#include "TestFormValidation.moc"
