#include "gui/GuiFixture.h"
#include "support/RecordsFixture.h"

#include "gui/common/MemberContext.h"
#include "gui/common/MemberPicker.h"
#include "gui/common/UiLanguage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace sl;

class TestMemberPicker : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;

    Ledger& ledger() { return *m_fixture->ledger; }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->addNamedMembers();
    }

    void init() { ledger().setActor(Actor()); }

    void startsWithTheFirstMember()
    {
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        MemberPicker picker(roster, context);
        QVERIFY(context.memberId() != 0);
        QCOMPARE(picker.lineEdit()->text(), QStringLiteral("张伟（M0001，第一党支部）"));
    }

    void findsMembersByNameAndChoosesOne()
    {
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        MemberPicker picker(roster, context);
        QSignalSpy changed(&context, &MemberContext::memberChanged);
        picker.lineEdit()->setFocus();
        picker.lineEdit()->clear();
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("张伟"));
        QApplication::sendEvent(picker.lineEdit(), &commit);
        picker.search();
        QCOMPARE(picker.matches().size(), 2); // 张伟 and 张伟华
        const int row = picker.matches().indexOf(QStringLiteral("张伟华（M0007，第二党支部）"));
        QVERIFY(row >= 0);
        QVERIFY(picker.choose(row));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(picker.lineEdit()->text(), QStringLiteral("张伟华（M0007，第二党支部）"));
        QCOMPARE(RosterService(ledger()).member(context.memberId()).value()->name,
                 QStringLiteral("张伟华"));

        // By number too.
        picker.lineEdit()->setText(QStringLiteral("M0011"));
        picker.search();
        QCOMPARE(picker.matches(), QStringList{QStringLiteral("吴霞（M0011，第二党支部）")});
    }

    void aMemberAccountIsFixedToItsMember()
    {
        const qint64 own = records_fixture::memberId(ledger(), "M0003");
        ledger().setActor(records_fixture::account(ledger(), AccountRole::Member, own));
        RosterService roster(ledger());
        MemberContext context(ledger(), false);
        MemberPicker picker(roster, context);
        QCOMPARE(context.memberId(), own);
        QVERIFY(picker.lineEdit()->isReadOnly());
        QCOMPARE(picker.lineEdit()->text(), QStringLiteral("李娜（M0003，第一党支部）"));
        picker.lineEdit()->setText(QStringLiteral("张"));
        picker.search();
        QVERIFY(picker.matches().isEmpty());
        QVERIFY(!context.setMemberId(own + 1));
    }
};

QTEST_MAIN(TestMemberPicker)
#include "TestMemberPicker.moc"
