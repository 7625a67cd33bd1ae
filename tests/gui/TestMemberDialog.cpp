#include "gui/GuiFixture.h"

#include "gui/common/DateField.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/members/MemberDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sl;

class TestMemberDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;

    std::vector<MemberDialog::OrgChoice> orgs() const
    {
        return {{m_fixture->committee, QStringLiteral("机关党委"), 0},
                {m_fixture->branch1, QStringLiteral("第一党支部"), 1},
                {m_fixture->branch2, QStringLiteral("第二党支部"), 1}};
    }

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        // Chinese goes in through the input method, like a user's IME would commit it.
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(edit, &commit);
    }

    Member newMemberIn(qint64 orgId) const
    {
        Member m;
        m.orgId = orgId;
        return m;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->addNamedMembers();
    }

    void init() { MessageBoxes::setAutoAnswer(std::nullopt); }

    void newDialogWaitsForInput()
    {
        RosterService roster(*m_fixture->ledger);
        MemberDialog dialog(roster, orgs(), newMemberIn(m_fixture->branch1));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("新建党员"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.isModified());
        // Nothing typed yet: no message shouts at the user.
        QVERIFY(dialog.errorText(QStringLiteral("id")).isEmpty());
        QVERIFY(dialog.errorText(QStringLiteral("name")).isEmpty());
        QCOMPARE(dialog.member().orgId, m_fixture->branch1);
    }

    void joinBeforeEighteenthBirthdayDisablesSave()
    {
        RosterService roster(*m_fixture->ledger);
        MemberDialog dialog(roster, orgs(), newMemberIn(m_fixture->branch1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.extIdEdit(), QStringLiteral("M9001"));
        type(dialog.nameEdit(), QStringLiteral("欧阳明"));
        QTest::keyClicks(dialog.birthDateField()->lineEdit(), QStringLiteral("2000-05-01"));
        QTest::keyClicks(dialog.joinDateField()->lineEdit(), QStringLiteral("2017-01-01"));

        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.errorText(QStringLiteral("join_date")),
                 QStringLiteral("入党日期：早于该党员年满18周岁的日期"));
        QVERIFY(dialog.joinDateField()->lineEdit()->property("invalid").toBool());
        QVERIFY(dialog.errorText(QStringLiteral("birth_date")).isEmpty());

        // A date after the 18th birthday clears the message and enables Save.
        dialog.joinDateField()->lineEdit()->clear();
        QTest::keyClicks(dialog.joinDateField()->lineEdit(), QStringLiteral("2019/7/1"));
        QVERIFY(dialog.errorText(QStringLiteral("join_date")).isEmpty());
        QVERIFY(!dialog.joinDateField()->lineEdit()->property("invalid").toBool());
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.member().joinDate, Date(2019, 7, 1));
    }

    void malformedDateNamesItsField()
    {
        RosterService roster(*m_fixture->ledger);
        MemberDialog dialog(roster, orgs(), newMemberIn(m_fixture->branch1));
        QTest::keyClicks(dialog.extIdEdit(), QStringLiteral("M9002"));
        type(dialog.nameEdit(), QStringLiteral("孙丽"));
        QVERIFY(dialog.saveButton()->isEnabled()); // dates are optional
        QTest::keyClicks(dialog.birthDateField()->lineEdit(), QStringLiteral("1990-13-01"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorText(QStringLiteral("birth_date"))
                    .startsWith(QStringLiteral("出生日期：")));
        dialog.birthDateField()->lineEdit()->clear();
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    void duplicateNumberAndEmptyName()
    {
        RosterService roster(*m_fixture->ledger);
        MemberDialog dialog(roster, orgs(), newMemberIn(m_fixture->branch1));
        QTest::keyClicks(dialog.extIdEdit(), QStringLiteral("M0001"));
        QCOMPARE(dialog.errorText(QStringLiteral("id")),
                 QStringLiteral("编号：编号 M0001 已属于张伟"));
        type(dialog.nameEdit(), QStringLiteral("某人"));
        dialog.nameEdit()->clear();
        QCOMPARE(dialog.errorText(QStringLiteral("name")), QStringLiteral("姓名：不能为空"));
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void validMemberSavesThroughTheService()
    {
        RosterService roster(*m_fixture->ledger);
        MemberDialog dialog(roster, orgs(), newMemberIn(m_fixture->branch2));
        QTest::keyClicks(dialog.extIdEdit(), QStringLiteral("M9003"));
        type(dialog.nameEdit(), QStringLiteral("司马光"));
        QTest::keyClicks(dialog.birthDateField()->lineEdit(), QStringLiteral("1985-03-05"));
        type(dialog.joinDateField()->lineEdit(), QStringLiteral("2008年7月1日"));
        auto* gender = qobject_cast<QComboBox*>(dialog.fieldWidget(QStringLiteral("gender")));
        QVERIFY(gender);
        gender->setCurrentIndex(gender->findText(QStringLiteral("男")));
        QVERIFY(dialog.saveButton()->isEnabled());

        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.savedId() > 0);
        auto saved = roster.member(dialog.savedId());
        QVERIFY(saved.ok() && saved->has_value());
        const Member& m = **saved;
        QCOMPARE(m.name, QStringLiteral("司马光"));
        QCOMPARE(m.extId, QStringLiteral("M9003"));
        QCOMPARE(m.joinDate, Date(2008, 7, 1));
        QCOMPARE(m.gender, std::optional<Gender>(Gender::Male));
        QCOMPARE(m.orgId, m_fixture->branch2);
    }

    void editsAnExistingMember()
    {
        RosterService roster(*m_fixture->ledger);
        auto found = roster.resolveMember(QStringLiteral("M0002"));
        QVERIFY(found.ok());
        MemberDialog dialog(roster, orgs(), *found);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("编辑党员 — 王芳"));
        QVERIFY(!dialog.isModified());
        QVERIFY(!dialog.saveButton()->isEnabled()); // nothing changed yet
        QTest::keyClicks(qobject_cast<QLineEdit*>(dialog.fieldWidget(QStringLiteral("position"))),
                         QStringLiteral("X"));
        QVERIFY(dialog.saveButton()->isEnabled());
        dialog.save();
        QCOMPARE(dialog.savedId(), found->id);
        QCOMPARE((*roster.member(found->id))->position, QStringLiteral("科员X"));
    }

    void escapeAsksBeforeDroppingChanges()
    {
        RosterService roster(*m_fixture->ledger);
        MemberDialog dialog(roster, orgs(), newMemberIn(m_fixture->branch1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog.nameEdit(), QStringLiteral("未保存"));
        QVERIFY(dialog.isModified());

        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QCOMPARE(MessageBoxes::lastText(), QStringLiteral("放弃对该党员的修改吗？"));

        MessageBoxes::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void escapeWithoutChangesClosesAtOnce()
    {
        RosterService roster(*m_fixture->ledger);
        MemberDialog dialog(roster, orgs(), newMemberIn(m_fixture->branch1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MessageBoxes::setAutoAnswer(QMessageBox::Cancel); // would keep it open if asked
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void dateFieldParsesCommonSpellings()
    {
        QCOMPARE(DateField::parse(QString()), std::optional<Date>(Date()));
        QCOMPARE(DateField::parse(QStringLiteral("2026-03-05")),
                 std::optional<Date>(Date(2026, 3, 5)));
        QCOMPARE(DateField::parse(QStringLiteral("2026/3/5")),
                 std::optional<Date>(Date(2026, 3, 5)));
        QCOMPARE(DateField::parse(QStringLiteral("2026.3.5")),
                 std::optional<Date>(Date(2026, 3, 5)));
        QCOMPARE(DateField::parse(QStringLiteral("2026年3月5日")),
                 std::optional<Date>(Date(2026, 3, 5)));
        QVERIFY(!DateField::parse(QStringLiteral("2026-02-30")));
        QVERIFY(!DateField::parse(QStringLiteral("05.03.2026")));
        QVERIFY(!DateField::parse(QStringLiteral("昨天")));
    }
};

QTEST_MAIN(TestMemberDialog)
#include "TestMemberDialog.moc"
