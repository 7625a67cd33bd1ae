#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/MainWindow.h"
#include "gui/accounts/AccountMenu.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/LoginDialog.h"
#include "gui/accounts/NewAccountDialog.h"
#include "gui/accounts/PasswordDialog.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MembersView.h"

#include "services/AccountService.h"
#include "services/PasswordHash.h"
#include "services/PlanService.h"
#include "services/RosterService.h"
#include "services/SessionService.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sl;
using namespace session_fixture;

namespace {

const QString adminPassword = QStringLiteral("Guanli-2026!");
const QString memberPassword = QStringLiteral("Dangyuan-2026!");
const QString secretaryPassword = QStringLiteral("Shuji-2026!x");

// The fixture roster with an administrator, a member account for 李四 (M002, branch B01) and a
// secretary of B01; the ledger is left signed out, as a new process finds it.
bool withAccounts(Ledger& ledger)
{
    if (!buildRoster(ledger))
        return false;
    AccountService accounts(ledger);
    NewAccount admin{QStringLiteral("admin"), adminPassword, AccountRole::Admin, 0, 0};
    if (!accounts.add(admin))
        return false;
    NewAccount member{QStringLiteral("lisi"), memberPassword, AccountRole::Member,
                      memberId(ledger, "M002"), 0};
    NewAccount secretary{QStringLiteral("shuji"), secretaryPassword, AccountRole::Secretary, 0,
                         orgId(ledger, "B01")};
    if (!accounts.add(member) || !accounts.add(secretary))
        return false;
    accounts.logout();
    return ledger.actor().signedOut;
}

} // namespace

// The accounts in the window: the log-in dialog, what a member account sees and may do, the
// status bar, changing one's password, and the administrator's account management.
class TestAccountsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Yes);
        PasswordHash::setLimits(PasswordHash::Limits::Interactive); // the test's hashes: faster
    }
    void cleanupTestCase() { MessageBoxes::setAutoAnswer(std::nullopt); }

    // The log-in dialog refuses a wrong password in the dialog, empties the password, and lets
    // the member in with the right one.
    void logInAsAMember()
    {
        TempLedger ledger;
        QVERIFY(withAccounts(*ledger));
        AccountService accounts(*ledger);
        LoginDialog dialog(accounts, ledger.path(), QStringLiteral("lisi"));
        dialog.passwordEdit()->setText(QStringLiteral("wrong-password"));
        QVERIFY(!dialog.attempt());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QVERIFY(ledger->actor().signedOut);
        dialog.passwordEdit()->setText(memberPassword);
        QVERIFY(dialog.attempt());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.account().name, QStringLiteral("lisi"));
        QCOMPARE(ledger->actor().role, AccountRole::Member);
        QCOMPARE(ledger->actor().memberId, memberId(*ledger, "M002"));
    }

    // Logged in as a member, the window has none of the secretary's areas, the status bar names
    // the account, and a secretary's service action called directly is refused all the same.
    void aMemberSeesNoSecretaryAreasAndIsRefused()
    {
        Clock::setToday(Date(2026, 6, 30));
        TempLedger ledger;
        QVERIFY(withAccounts(*ledger));
        auto opened = Ledger::open(ledger.path(), OpenMode::MustExist);
        QVERIFY(opened.ok());
        QVERIFY((*opened)->actor().signedOut); // a new process starts signed out
        QVERIFY(AccountService(**opened).login(QStringLiteral("lisi"), memberPassword).ok());
        MainWindow window(std::move(opened).value(), false);
        const QStringList areas = window.areas();
        for (const char* area : {"plan", "sessions", "attendance", "registers", "members",
                                 "assessment", "dashboard", "bulletin"})
            QVERIFY2(!areas.contains(QString::fromLatin1(area)), area);
        QVERIFY(areas.contains(QStringLiteral("selfstudy")));
        QVERIFY(areas.contains(QStringLiteral("my-year")));
        QCOMPARE(window.accountMenu()->statusText(), QStringLiteral("lisi（党员）"));
        QVERIFY(window.accountMenu()->changePasswordAction()->isVisible());
        QVERIFY(window.accountMenu()->logOutAction()->isVisible());
        QVERIFY(!window.accountMenu()->manageAction()->isVisible());

        // The service refuses what the window does not offer.
        PlanService plans(window.ledger());
        auto plan = plans.savePlan(groupId(window.ledger(), "G-B01"), 2026, Date(2026, 1, 5));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, ErrorCode::Permission);
        Member changed = *RosterService(window.ledger()).resolveMember(QStringLiteral("M002"));
        changed.phone = QStringLiteral("13800000000");
        auto saved = RosterService(window.ledger()).saveMember(changed);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Permission);
    }

    // The secretary of B01 has the secretary's areas; an administrator has account management.
    void aSecretaryAndAnAdministrator()
    {
        TempLedger ledger;
        QVERIFY(withAccounts(*ledger));
        QVERIFY(AccountService(*ledger).login(QStringLiteral("shuji"), secretaryPassword).ok());
        auto opened = Ledger::open(ledger.path(), OpenMode::MustExist);
        QVERIFY(opened.ok());
        QVERIFY(AccountService(**opened).login(QStringLiteral("shuji"), secretaryPassword).ok());
        MainWindow secretary(std::move(opened).value(), false);
        for (const char* area : {"plan", "sessions", "attendance"})
            QVERIFY2(secretary.areas().contains(QString::fromLatin1(area)), area);
        QVERIFY(!secretary.accountMenu()->manageAction()->isVisible());
        // 组织与党员 opens on the secretary's own branch, not on a root it may not read.
        QVERIFY(secretary.membersView());
        QCOMPARE(secretary.membersView()->currentOrgId(), orgId(secretary.ledger(), "B01"));
        QCOMPARE(secretary.membersView()->memberModel()->totalCount(), 2);

        auto admin = Ledger::open(ledger.path(), OpenMode::MustExist);
        QVERIFY(admin.ok());
        QVERIFY(AccountService(**admin).login(QStringLiteral("admin"), adminPassword).ok());
        MainWindow window(std::move(admin).value(), false);
        QVERIFY(window.accountMenu()->manageAction()->isVisible());
        QVERIFY(window.accountMenu()->statusText().startsWith(QStringLiteral("admin")));
    }

    // Single-user mode says so in the status bar and offers to switch logging in on; the first
    // account is an administrator and the window goes on as that account.
    void switchingLoggingInOn()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        auto opened = Ledger::open(ledger.path(), OpenMode::MustExist);
        QVERIFY(opened.ok());
        MainWindow window(std::move(opened).value(), false);
        QCOMPARE(window.accountMenu()->statusText(), QStringLiteral("单用户模式"));
        QVERIFY(window.accountMenu()->switchOnAction()->isVisible());
        QVERIFY(!window.accountMenu()->logOutAction()->isVisible());

        AccountService accounts(window.ledger());
        NewAccountDialog dialog(accounts, window.roster(), true);
        QVERIFY(!dialog.roleCombo()->isEnabled());
        QCOMPARE(dialog.roleCombo()->currentData().toString(), QStringLiteral("admin"));
        dialog.nameEdit()->setText(QStringLiteral("guanli"));
        dialog.passwordEdit()->setText(QStringLiteral("short"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(QStringLiteral("密码")));
        dialog.passwordEdit()->setText(adminPassword);
        dialog.repeatEdit()->setText(adminPassword + QStringLiteral("x"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(QStringLiteral("两次")));
        dialog.repeatEdit()->setText(adminPassword);
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.save());
        QCOMPARE(window.ledger().actor().role, AccountRole::Admin);
        QVERIFY(!window.ledger().actor().isSingleUser());
        window.rebuildAreas();
        window.accountMenu()->setLedger(&window.ledger(), &window.roster());
        QCOMPARE(window.accountMenu()->statusText(), QStringLiteral("guanli（管理员）"));

        // From now on a new process must log in.
        auto again = Ledger::open(ledger.path(), OpenMode::MustExist);
        QVERIFY(again.ok());
        QVERIFY((*again)->actor().signedOut);
    }

    // Account management: a member account needs a known member; the new account is listed;
    // a password reset lets its owner in; disabling keeps it out; the own password changes
    // only with the current one.
    void managingAccounts()
    {
        TempLedger ledger;
        QVERIFY(withAccounts(*ledger));
        AccountService accounts(*ledger);
        QVERIFY(accounts.login(QStringLiteral("admin"), adminPassword).ok());
        RosterService roster(*ledger);
        AccountsDialog dialog(accounts, roster);
        QCOMPARE(dialog.model()->rowCount(), 3);

        NewAccountDialog add(accounts, roster, false);
        add.nameEdit()->setText(QStringLiteral("wangwu"));
        add.roleCombo()->setCurrentIndex(add.roleCombo()->findData(QStringLiteral("member")));
        add.memberEdit()->setText(QStringLiteral("M999"));
        QVERIFY(add.errorText().contains(QStringLiteral("党员")));
        add.memberEdit()->setText(QStringLiteral("M003"));
        add.passwordEdit()->setText(QStringLiteral("Wangwu-2026!"));
        add.repeatEdit()->setText(QStringLiteral("Wangwu-2026!"));
        QVERIFY2(add.saveButton()->isEnabled(), qPrintable(add.errorText()));
        QVERIFY(add.save());
        QVERIFY(dialog.reload());
        QCOMPARE(dialog.model()->rowCount(), 4);
        QVERIFY(dialog.select(add.accountId()));

        PasswordDialog reset(accounts,
                             *dialog.model()->rowAt(dialog.model()->rowOf(add.accountId())));
        QVERIFY(reset.currentEdit()->isHidden());
        reset.newEdit()->setText(QStringLiteral("Reset-2026!!"));
        reset.repeatEdit()->setText(QStringLiteral("Reset-2026!!"));
        QVERIFY(reset.save());

        dialog.toggleDisabled(); // the question is answered Yes
        const Account* wangwu = dialog.model()->rowAt(dialog.model()->rowOf(add.accountId()));
        QVERIFY(wangwu && wangwu->disabled);
        auto session = Ledger::open(ledger.path(), OpenMode::MustExist);
        QVERIFY(session.ok());
        QVERIFY(!AccountService(**session)
                     .login(QStringLiteral("wangwu"), QStringLiteral("Reset-2026!!"))
                     .ok());
        dialog.toggleDisabled();
        QVERIFY(AccountService(**session)
                    .login(QStringLiteral("wangwu"), QStringLiteral("Reset-2026!!"))
                    .ok());

        // One's own password: the current one is required and checked.
        AccountService own(**session);
        PasswordDialog change(own, std::nullopt);
        QVERIFY(!change.currentEdit()->isHidden());
        change.newEdit()->setText(QStringLiteral("Wangwu-2027!"));
        change.repeatEdit()->setText(QStringLiteral("Wangwu-2027!"));
        QVERIFY(!change.saveButton()->isEnabled());
        change.currentEdit()->setText(QStringLiteral("not-the-password"));
        QVERIFY(!change.save());
        QVERIFY(!change.errorText().isEmpty());
        change.currentEdit()->setText(QStringLiteral("Reset-2026!!"));
        QVERIFY(change.save());
        QVERIFY(own.login(QStringLiteral("wangwu"), QStringLiteral("Wangwu-2027!")).ok());
    }
};

QTEST_MAIN(TestAccountsGui)
#include "TestAccountsGui.moc"
