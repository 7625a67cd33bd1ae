#include "support/FileBytes.h"
#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "services/AccountService.h"
#include "services/Clock.h"
#include "services/PasswordHash.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;
using namespace session_fixture;

namespace {

const QString adminPassword = QStringLiteral("Kl4ngTuo!x9Q");
const QString secretaryPassword = QStringLiteral("Zr7!qPw0Lm2X");
const QString memberPassword = QStringLiteral("Vb3#kHt8Yu6N");

NewAccount newAccount(const QString& name, const QString& password, AccountRole role,
                      qint64 memberId = 0, qint64 orgId = 0)
{
    NewAccount a;
    a.name = name;
    a.password = password;
    a.role = role;
    a.memberId = memberId;
    a.orgId = orgId;
    return a;
}

// The audit rows of accounts: (author, action, account) in order.
QStringList accountAudit(Ledger& ledger)
{
    QSqlQuery q(ledger.db().connection());
    q.exec(QStringLiteral("SELECT coalesce(account_id, 0), action, entity_id, detail FROM "
                          "audit_log WHERE entity = 'account' ORDER BY id"));
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1 %2 %3")
                   .arg(q.value(0).toLongLong())
                   .arg(q.value(1).toString())
                   .arg(q.value(2).toLongLong());
    return out;
}

bool holds(const QByteArray& bytes, const QString& secret)
{
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    return bytes.contains(secret.toUtf8()) || bytes.contains(utf16);
}

} // namespace

class TestAccountService : public QObject
{
    Q_OBJECT

    const QDateTime t0 = QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);

    // A ledger with the roster and an administrator "admin" (logged in).
    static qint64 withAdmin(Ledger& ledger)
    {
        if (!buildRoster(ledger))
            return 0;
        auto id = AccountService(ledger).add(
            newAccount(QStringLiteral("admin"), adminPassword, AccountRole::Admin));
        return id ? *id : 0;
    }

private slots:
    void initTestCase() { PasswordHash::setLimits(PasswordHash::Limits::Interactive); }
    void cleanup() { Clock::setNow(QDateTime()); }

    void hashesVerifyAndNeverHoldThePassword()
    {
        auto hash = PasswordHash::hash(adminPassword);
        QVERIFY(hash.ok());
        QVERIFY(hash->startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash->contains(adminPassword));
        QVERIFY(PasswordHash::verify(*hash, adminPassword));
        QVERIFY(!PasswordHash::verify(*hash, secretaryPassword));
        QVERIFY(!PasswordHash::verify(QStringLiteral("not a hash"), adminPassword));
        QVERIFY(!PasswordHash::needsRehash(*hash));
        PasswordHash::setLimits(PasswordHash::Limits::Moderate);
        QVERIFY(PasswordHash::needsRehash(*hash));
        PasswordHash::setLimits(PasswordHash::Limits::Interactive);
    }

    void firstAccountMustBeAnAdministrator()
    {
        TempLedger ledger;
        QVERIFY(buildRoster(*ledger));
        AccountService accounts(*ledger);
        QVERIFY(ledger->actor().isSingleUser());
        QCOMPARE(*accounts.hasAccounts(), false);

        auto secretary = accounts.add(newAccount(QStringLiteral("clerk"), secretaryPassword,
                                                 AccountRole::Secretary, 0, orgId(*ledger, "B01")));
        QVERIFY(!secretary.ok());
        QCOMPARE(secretary.error().field, QStringLiteral("role"));
        QCOMPARE(*accounts.hasAccounts(), false);

        auto admin =
            accounts.add(newAccount(QStringLiteral("admin"), adminPassword, AccountRole::Admin));
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().text()));
        QCOMPARE(*accounts.hasAccounts(), true);
        // The session that made the first account goes on as that administrator.
        QCOMPARE(ledger->actor().accountId, *admin);
        QCOMPARE(ledger->actor().role, AccountRole::Admin);
        QVERIFY(!ledger->actor().isSingleUser());
        QCOMPARE((*accounts.current())->name, QStringLiteral("admin"));
        // The first administrator is the author of its own creation.
        QCOMPARE(accountAudit(*ledger), QStringList{QStringLiteral("%1 create %1").arg(*admin)});
    }

    void validationNamesTheField()
    {
        TempLedger ledger;
        QVERIFY(withAdmin(*ledger));
        AccountService accounts(*ledger);
        const qint64 b01 = orgId(*ledger, "B01");
        const qint64 m001 = memberId(*ledger, "M001");
        auto field = [&](const NewAccount& a) {
            auto r = accounts.add(a);
            return r.ok() ? QStringLiteral("(added)") : r.error().field;
        };
        QCOMPARE(field(newAccount(QString(), secretaryPassword, AccountRole::Admin)),
                 QStringLiteral("name"));
        QCOMPARE(
            field(newAccount(QStringLiteral("two words"), secretaryPassword, AccountRole::Admin)),
            QStringLiteral("name"));
        QCOMPARE(
            field(newAccount(QStringLiteral("tab\there"), secretaryPassword, AccountRole::Admin)),
            QStringLiteral("name"));
        QCOMPARE(
            field(newAccount(QStringLiteral("esc\x1b[2J"), secretaryPassword, AccountRole::Admin)),
            QStringLiteral("name"));
        QCOMPARE(field(newAccount(QStringLiteral("clerk"), QStringLiteral("short7!"),
                                  AccountRole::Secretary, 0, b01)),
                 QStringLiteral("password"));
        QCOMPARE(
            field(newAccount(QStringLiteral("clerk"), secretaryPassword, AccountRole::Secretary)),
            QStringLiteral("org"));
        QCOMPARE(field(newAccount(QStringLiteral("clerk"), secretaryPassword, AccountRole::Leader,
                                  0, 99999)),
                 QStringLiteral("org"));
        QCOMPARE(field(newAccount(QStringLiteral("zhang"), memberPassword, AccountRole::Member)),
                 QStringLiteral("member"));
        QCOMPARE(
            field(newAccount(QStringLiteral("zhang"), memberPassword, AccountRole::Member, 99999)),
            QStringLiteral("member"));
        QCOMPARE(
            field(newAccount(QStringLiteral("张三"), memberPassword, AccountRole::Member, m001)),
            QStringLiteral("(added)"));
        auto twice = accounts.add(
            newAccount(QStringLiteral("admin"), secretaryPassword, AccountRole::Admin));
        QCOMPARE(twice.error().code, ErrorCode::Conflict);
        QCOMPARE(twice.error().field, QStringLiteral("name"));
        QCOMPARE(accounts.list()->size(), size_t(2));
    }

    void onlyAnAdministratorChangesAccounts()
    {
        TempLedger ledger;
        const qint64 admin = withAdmin(*ledger);
        QVERIFY(admin);
        AccountService accounts(*ledger);
        auto clerk = accounts.add(newAccount(QStringLiteral("clerk"), secretaryPassword,
                                             AccountRole::Secretary, 0, orgId(*ledger, "B01")));
        QVERIFY(clerk.ok());
        QVERIFY(accounts.login(QStringLiteral("clerk"), secretaryPassword).ok());
        QCOMPARE(ledger->actor().accountId, *clerk);

        auto refused =
            accounts.add(newAccount(QStringLiteral("other"), memberPassword, AccountRole::Admin));
        QCOMPARE(refused.error().code, ErrorCode::Permission);
        QVERIFY2(refused.error().message.contains(QLatin1String("user add")),
                 qPrintable(refused.error().message));
        QCOMPARE(accounts.resetPassword(admin, memberPassword).error().code, ErrorCode::Permission);
        QCOMPARE(accounts.setDisabled(admin, true).error().code, ErrorCode::Permission);
        QCOMPARE(accounts.list().error().code, ErrorCode::Permission);
        QCOMPARE(accounts.byName(QStringLiteral("admin")).error().code, ErrorCode::Permission);

        // Signed out: nothing at all.
        accounts.logout();
        QVERIFY(ledger->actor().signedOut);
        QVERIFY(!ledger->actor().isSingleUser());
        QCOMPARE(accounts.add(newAccount(QStringLiteral("x"), memberPassword, AccountRole::Admin))
                     .error()
                     .code,
                 ErrorCode::Permission);
        QCOMPARE(ledger->requireRosterEdit().error().code, ErrorCode::Permission);
        QCOMPARE(accounts.changeOwnPassword(secretaryPassword, memberPassword).error().code,
                 ErrorCode::Permission);
    }

    void wrongNameAndWrongPasswordAreTheSameRefusal()
    {
        TempLedger ledger;
        QVERIFY(withAdmin(*ledger));
        AccountService accounts(*ledger);
        auto wrongPassword = accounts.login(QStringLiteral("admin"), secretaryPassword);
        auto unknownName = accounts.login(QStringLiteral("nobody"), adminPassword);
        QVERIFY(!wrongPassword.ok());
        QVERIFY(!unknownName.ok());
        QCOMPARE(wrongPassword.error().code, ErrorCode::Permission);
        QCOMPARE(unknownName.error().code, ErrorCode::Permission);
        QCOMPARE(wrongPassword.error().text(), unknownName.error().text());
        QVERIFY(!wrongPassword.error().text().contains(adminPassword));
        QVERIFY(!wrongPassword.error().text().contains(secretaryPassword));
    }

    void aDisabledAccountCannotLogIn()
    {
        TempLedger ledger;
        QVERIFY(withAdmin(*ledger));
        AccountService accounts(*ledger);
        auto clerk = accounts.add(newAccount(QStringLiteral("clerk"), secretaryPassword,
                                             AccountRole::Secretary, 0, orgId(*ledger, "B01")));
        QVERIFY(clerk.ok());
        QVERIFY(accounts.setDisabled(*clerk, true).ok());
        QVERIFY((*accounts.byName(QStringLiteral("clerk")))->disabled);
        const qint64 admin = ledger->actor().accountId;
        auto refused = accounts.login(QStringLiteral("clerk"), secretaryPassword);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
        QVERIFY2(refused.error().message.contains(QLatin1String("disabled")),
                 qPrintable(refused.error().message));
        QCOMPARE(ledger->actor().accountId, admin); // still the administrator
        QVERIFY(accounts.setDisabled(*clerk, false).ok());
        QVERIFY(accounts.login(QStringLiteral("clerk"), secretaryPassword).ok());
        QCOMPARE(accountAudit(*ledger).mid(1),
                 (QStringList{QStringLiteral("%1 create %2").arg(admin).arg(*clerk),
                              QStringLiteral("%1 disable %2").arg(admin).arg(*clerk),
                              QStringLiteral("%1 enable %2").arg(admin).arg(*clerk)}));
    }

    // From the third failure on, a further attempt waits min(2^(n-3), 300) s; the wait is kept
    // in the database and holds for a new Ledger of the same file; it ends when the time passes,
    // and a success clears the count.
    void theDelayAfterFailuresOutlivesTheLedger()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("delay.sqlite"));
        {
            auto ledger = Ledger::open(path, OpenMode::CreateIfMissing);
            QVERIFY(ledger.ok());
            QVERIFY(withAdmin(**ledger));
            AccountService accounts(**ledger);
            Clock::setNow(t0);
            for (int i = 0; i < 3; ++i) {
                auto r = accounts.login(QStringLiteral("admin"), secretaryPassword);
                QVERIFY(r.error().message.contains(QLatin1String("wrong")));
            }
            QCOMPARE(*accounts.loginDelay(QStringLiteral("admin")), 1);
            // Within the delay even the right password is refused, with the wait in seconds.
            auto waiting = accounts.login(QStringLiteral("admin"), adminPassword);
            QCOMPARE(waiting.error().code, ErrorCode::Permission);
            QCOMPARE(waiting.error().message,
                     QStringLiteral("too many failed log-ins; try again in 1 s"));
            Clock::setNow(t0.addSecs(2));
            QVERIFY(!accounts.login(QStringLiteral("admin"), secretaryPassword).ok()); // 4th
            QCOMPARE(*accounts.loginDelay(QStringLiteral("admin")), 2);
            Clock::setNow(t0.addSecs(5));
            QVERIFY(!accounts.login(QStringLiteral("admin"), secretaryPassword).ok()); // 5th
            QCOMPARE(*accounts.loginDelay(QStringLiteral("admin")), 4);
            // An unknown name is counted the same way.
            for (int i = 0; i < 3; ++i)
                QVERIFY(!accounts.login(QStringLiteral("ghost"), adminPassword).ok());
            QCOMPARE(*accounts.loginDelay(QStringLiteral("ghost")), 1);
        }
        {
            auto ledger = Ledger::open(path, OpenMode::MustExist);
            QVERIFY(ledger.ok());
            QVERIFY((*ledger)->actor().signedOut);
            AccountService accounts(**ledger);
            Clock::setNow(t0.addSecs(6));
            QCOMPARE(*accounts.loginDelay(QStringLiteral("admin")), 3);
            auto waiting = accounts.login(QStringLiteral("admin"), adminPassword);
            QCOMPARE(waiting.error().message,
                     QStringLiteral("too many failed log-ins; try again in 3 s"));
            QVERIFY((*ledger)->actor().signedOut);

            Clock::setNow(t0.addSecs(9).addMSecs(500));
            QCOMPARE(*accounts.loginDelay(QStringLiteral("admin")), 0);
            auto in = accounts.login(QStringLiteral("admin"), adminPassword);
            QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().text()));
            QCOMPARE(in->lastLoginAt, t0.addSecs(9).addMSecs(500).toString(Qt::ISODate));
            QCOMPARE((*ledger)->actor().accountId, in->id);
            // The success cleared the count: one more failure is no wait.
            QVERIFY(!accounts.login(QStringLiteral("admin"), secretaryPassword).ok());
            QCOMPARE(*accounts.loginDelay(QStringLiteral("admin")), 0);
        }
    }

    void theDelayIsCappedAtFiveMinutes()
    {
        TempLedger ledger;
        QVERIFY(withAdmin(*ledger));
        AccountService accounts(*ledger);
        QDateTime now = t0;
        for (int i = 1; i <= 14; ++i) {
            Clock::setNow(now);
            QVERIFY(!accounts.login(QStringLiteral("admin"), secretaryPassword).ok());
            now = now.addSecs(*accounts.loginDelay(QStringLiteral("admin")));
        }
        Clock::setNow(now.addSecs(-1)); // 14 failures: 2^11 s, capped
        QCOMPARE(*accounts.loginDelay(QStringLiteral("admin")), 1);
        Clock::setNow(t0.addSecs(100000));
        QCOMPARE(*accounts.loginDelay(QStringLiteral("admin")), 0);
        Clock::setNow(now.addSecs(-300));
        QCOMPARE(*accounts.loginDelay(QStringLiteral("admin")), 300);
    }

    void theLastEnabledAdministratorStays()
    {
        TempLedger ledger;
        const qint64 admin = withAdmin(*ledger);
        QVERIFY(admin);
        AccountService accounts(*ledger);
        auto last = accounts.setDisabled(admin, true);
        QVERIFY(!last.ok());
        QCOMPARE(last.error().code, ErrorCode::Conflict);
        QVERIFY(!(*accounts.byName(QStringLiteral("admin")))->disabled);

        auto second =
            accounts.add(newAccount(QStringLiteral("admin2"), memberPassword, AccountRole::Admin));
        QVERIFY(second.ok());
        QVERIFY(accounts.setDisabled(admin, true).ok());
        QVERIFY(!accounts.setDisabled(*second, true).ok());
        QVERIFY(accounts.setDisabled(admin, false).ok());
        QVERIFY(accounts.setDisabled(*second, true).ok());
    }

    void changingOnesOwnPasswordNeedsTheCurrentOne()
    {
        TempLedger ledger;
        QVERIFY(withAdmin(*ledger));
        AccountService accounts(*ledger);
        auto clerk = accounts.add(newAccount(QStringLiteral("clerk"), secretaryPassword,
                                             AccountRole::Secretary, 0, orgId(*ledger, "B01")));
        QVERIFY(clerk.ok());
        QVERIFY(accounts.login(QStringLiteral("clerk"), secretaryPassword).ok());
        auto wrong = accounts.changeOwnPassword(memberPassword, QStringLiteral("new-password-1"));
        QCOMPARE(wrong.error().code, ErrorCode::Permission);
        QCOMPARE(wrong.error().field, QStringLiteral("current"));
        QCOMPARE(
            accounts.changeOwnPassword(secretaryPassword, QStringLiteral("short")).error().field,
            QStringLiteral("password"));
        QVERIFY(
            accounts.changeOwnPassword(secretaryPassword, QStringLiteral("new-password-1")).ok());
        QVERIFY(!accounts.login(QStringLiteral("clerk"), secretaryPassword).ok());
        QVERIFY(accounts.login(QStringLiteral("clerk"), QStringLiteral("new-password-1")).ok());

        // An administrator sets it without the current one.
        QVERIFY(accounts.login(QStringLiteral("admin"), adminPassword).ok());
        const qint64 admin = ledger->actor().accountId;
        QVERIFY(accounts.resetPassword(*clerk, memberPassword).ok());
        QVERIFY(accounts.login(QStringLiteral("clerk"), memberPassword).ok());
        const QStringList audit = accountAudit(*ledger);
        QCOMPARE(audit.mid(2),
                 (QStringList{QStringLiteral("%1 change_password %1").arg(*clerk),
                              QStringLiteral("%1 reset_password %2").arg(admin).arg(*clerk)}));
    }

    void aLedgerWithAccountsOpensSignedOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("signed-out.sqlite"));
        {
            auto ledger = Ledger::open(path, OpenMode::CreateIfMissing);
            QVERIFY(ledger.ok());
            QVERIFY((*ledger)->actor().isSingleUser());
            QVERIFY(withAdmin(**ledger));
        }
        for (OpenMode mode : {OpenMode::MustExist, OpenMode::ReadOnly}) {
            auto ledger = Ledger::open(path, mode);
            QVERIFY(ledger.ok());
            QVERIFY((*ledger)->actor().signedOut);
            QVERIFY(!(*ledger)->actor().isSingleUser());
            QCOMPARE((*ledger)->actor().accountId, qint64(0));
            AccountService accounts(**ledger);
            QVERIFY(!accounts.current()->has_value());
            // Read-only: the log-in is checked, nothing is written.
            auto in = accounts.login(QStringLiteral("admin"), adminPassword);
            QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().text()));
            QCOMPARE((*ledger)->actor().role, AccountRole::Admin);
        }
    }

    // No clear password in the database, its WAL (read while the ledger is open, before any
    // checkpoint) or shared memory, in any message or audit row.
    void theClearPasswordIsNeverStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.sqlite"));
        auto opened = Ledger::open(path, OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Ledger& ledger = **opened;
        QVERIFY(withAdmin(ledger));
        AccountService accounts(ledger);
        auto clerk = accounts.add(newAccount(QStringLiteral("clerk"), secretaryPassword,
                                             AccountRole::Secretary, 0, orgId(ledger, "B01")));
        QVERIFY(clerk.ok());
        QVERIFY(accounts.resetPassword(*clerk, memberPassword).ok());
        QVERIFY(!accounts.login(QStringLiteral("clerk"), adminPassword).ok());
        QVERIFY(accounts.login(QStringLiteral("clerk"), memberPassword).ok());
        QVERIFY(accounts.changeOwnPassword(memberPassword, secretaryPassword).ok());

        const QStringList secrets{adminPassword, secretaryPassword, memberPassword};
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(QFile::exists(wal));
        QVERIFY(fileBytes(wal).size() > 0);
        for (const QString& file : {path, wal, path + QStringLiteral("-shm")}) {
            const QByteArray bytes = fileBytes(file);
            for (const QString& secret : secrets)
                QVERIFY2(!holds(bytes, secret), qPrintable(file));
        }
        QSqlQuery q(ledger.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_log")));
        while (q.next())
            for (const QString& secret : secrets)
                QVERIFY(!q.value(0).toString().contains(secret));
        opened = Error::database(QStringLiteral("closed")); // closes the ledger
        for (const QString& file : {path, wal}) {
            const QByteArray bytes = fileBytes(file);
            for (const QString& secret : secrets)
                QVERIFY2(!holds(bytes, secret), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "TestAccountService.moc"
