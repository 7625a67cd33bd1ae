#include "support/CliRunner.h"
#include "support/FileBytes.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// studyledger-cli with accounts: --user, STUDYLEDGER_PASSWORD, STUDYLEDGER_NEW_PASSWORD and the
// user commands (FORMATS.md), exit 3 for everything about logging in and permissions.
class TestCliUsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::vector<CliRun> m_runs; // every run, to look for passwords in what they printed

    const QString adminPassword = QStringLiteral("Kl4ngTuo!x9Q");
    const QString memberPassword = QStringLiteral("Vb3#kHt8Yu6N");
    const QString clerkPassword = QStringLiteral("Zr7!qPw0Lm2X");

    // Runs ARGS on the test database as `user` with `password` (none: the variable unset), and
    // `newPassword` in STUDYLEDGER_NEW_PASSWORD (none: unset).
    CliRun run(const QStringList& args, const QString& user = {}, const QString& password = {},
               const QString& newPassword = {})
    {
        if (password.isNull())
            qunsetenv("STUDYLEDGER_PASSWORD");
        else
            qputenv("STUDYLEDGER_PASSWORD", password.toUtf8());
        if (newPassword.isNull())
            qunsetenv("STUDYLEDGER_NEW_PASSWORD");
        else
            qputenv("STUDYLEDGER_NEW_PASSWORD", newPassword.toUtf8());
        QStringList all{QStringLiteral("--db"), m_db};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        CliRun r = runCli(all + args);
        qunsetenv("STUDYLEDGER_PASSWORD");
        qunsetenv("STUDYLEDGER_NEW_PASSWORD");
        m_runs.push_back(r);
        return r;
    }

    CliRun asAdmin(const QStringList& args, const QString& newPassword = {})
    {
        return run(args, QStringLiteral("boss"), adminPassword, newPassword);
    }

    // The audit rows of accounts: "author action detail".
    QStringList accountAudit()
    {
        QStringList out;
        auto db = sl::Database::open(m_db, sl::OpenMode::ReadOnly);
        if (!db)
            return {QStringLiteral("cannot open: ") + db.error().text()};
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral(
            "SELECT coalesce(l.account_id, 0), l.action, l.detail, coalesce(a.name, '') FROM "
            "audit_log l LEFT JOIN accounts a ON a.id = l.account_id WHERE l.entity = 'account' "
            "ORDER BY l.id"));
        while (q.next())
            out << QStringLiteral("%1 %2 %3")
                       .arg(q.value(3).toString(), q.value(1).toString(), q.value(2).toString());
        return out;
    }

private slots:
    void initTestCase()
    {
        qputenv("STUDYLEDGER_PWHASH_LIMITS", "interactive");
        m_db = m_dir.filePath(QStringLiteral("users.sqlite"));
        QCOMPARE(run({QStringLiteral("init")}).code, 0);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("orgs"),
                      QStringLiteral(SL_TEST_DATA_DIR "/orgs.csv")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("members"),
                      QStringLiteral(SL_TEST_DATA_DIR "/members-gb18030.csv")})
                     .code,
                 0);
    }

    void withoutAccountsUserIsRefused()
    {
        CliRun r = run({QStringLiteral("check")}, QStringLiteral("boss"), adminPassword);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("no accounts")), qPrintable(r.err));
    }

    void theFirstAccountIsAnAdministrator()
    {
        CliRun notAdmin =
            run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                 QStringLiteral("--role"), QStringLiteral("secretary"), QStringLiteral("--org"),
                 QStringLiteral("D01")},
                {}, {}, adminPassword);
        QCOMPARE(notAdmin.code, 2);
        QVERIFY2(notAdmin.err.contains(QLatin1String("role:")), qPrintable(notAdmin.err));
        // No password at hand and no terminal: nothing is made.
        CliRun noPassword =
            run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                 QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(noPassword.code, 2);
        QVERIFY2(noPassword.err.contains(QLatin1String("STUDYLEDGER_NEW_PASSWORD")),
                 qPrintable(noPassword.err));
        CliRun tooShort =
            run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                 QStringLiteral("--role"), QStringLiteral("admin")},
                {}, {}, QStringLiteral("1234567"));
        QCOMPARE(tooShort.code, 2);
        QVERIFY2(tooShort.err.contains(QLatin1String("password:")), qPrintable(tooShort.err));

        CliRun added = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                            QStringLiteral("--role"), QStringLiteral("admin")},
                           {}, {}, adminPassword);
        QCOMPARE(added.code, 0);
        QVERIFY2(added.out.contains(QLatin1String("added the account boss")),
                 qPrintable(added.out));
    }

    void onceThereAreAccountsEveryCommandLogsIn()
    {
        CliRun anonymous = run({QStringLiteral("check")});
        QCOMPARE(anonymous.code, 3);
        QVERIFY2(anonymous.err.contains(QLatin1String("log in with --user NAME")),
                 qPrintable(anonymous.err));
        QVERIFY(anonymous.rawOut.isEmpty());

        CliRun export_ = run({QStringLiteral("export"), QStringLiteral("members"),
                              QStringLiteral("-o"), QStringLiteral("-")},
                             QStringLiteral("boss"), clerkPassword);
        QCOMPARE(export_.code, 3);
        QVERIFY2(export_.rawOut.isEmpty(), export_.rawOut.constData());
        QVERIFY2(export_.err.contains(QLatin1String("wrong account name or password")),
                 qPrintable(export_.err));
        CliRun unknown = run({QStringLiteral("user"), QStringLiteral("list")},
                             QStringLiteral("nobody"), adminPassword);
        QCOMPARE(unknown.code, 3);
        QVERIFY(unknown.rawOut.isEmpty());
        QCOMPARE(unknown.err, export_.err);

        // Without STUDYLEDGER_PASSWORD and without a terminal to ask on: not logged in.
        CliRun noPassword = run({QStringLiteral("check")}, QStringLiteral("boss"));
        QCOMPARE(noPassword.code, 3);
        QVERIFY2(noPassword.err.contains(QLatin1String("STUDYLEDGER_PASSWORD")),
                 qPrintable(noPassword.err));

        CliRun check = asAdmin({QStringLiteral("check")});
        QCOMPARE(check.code, 0);
        CliRun list = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.startsWith(QLatin1String("name")), qPrintable(list.out));
        QVERIFY2(list.out.contains(QLatin1String("boss")), qPrintable(list.out));
    }

    void accountsOfEachRole()
    {
        CliRun member =
            asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhang"),
                     QStringLiteral("--role"), QStringLiteral("member"), QStringLiteral("--member"),
                     QStringLiteral("M001")},
                    memberPassword);
        QCOMPARE(member.code, 0);
        CliRun clerk =
            asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk"),
                     QStringLiteral("--role"), QStringLiteral("secretary"), QStringLiteral("--org"),
                     QStringLiteral("B01")},
                    clerkPassword);
        QCOMPARE(clerk.code, 0);
        CliRun noOrg =
            asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lead"),
                     QStringLiteral("--role"), QStringLiteral("leader")},
                    clerkPassword);
        QCOMPARE(noOrg.code, 2);
        QVERIFY2(noOrg.err.contains(QLatin1String("org:")), qPrintable(noOrg.err));
        CliRun unknownMember =
            asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"),
                     QStringLiteral("--role"), QStringLiteral("member"), QStringLiteral("--member"),
                     QStringLiteral("M999")},
                    clerkPassword);
        QCOMPARE(unknownMember.code, 2);

        CliRun json = asAdmin({QStringLiteral("user"), QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.rawOut).array();
        QCOMPARE(rows.size(), 3);
        QStringList names;
        for (const QJsonValue& v : rows)
            names << v.toObject().value(QLatin1String("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("boss"), QStringLiteral("clerk"),
                                     QStringLiteral("zhang")}));
        QCOMPARE(rows.at(2).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("member"));
        QCOMPARE(rows.at(2).toObject().value(QLatin1String("member")).toString(),
                 QStringLiteral("张三"));
        QVERIFY(rows.at(0).toObject().value(QLatin1String("last_login")).isString());
        QVERIFY(rows.at(2).toObject().value(QLatin1String("last_login")).isNull());
    }

    void aMemberMayNotDoAnAdministratorsWork()
    {
        CliRun add = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                          QStringLiteral("--role"), QStringLiteral("admin")},
                         QStringLiteral("zhang"), memberPassword, memberPassword);
        QCOMPARE(add.code, 3);
        QVERIFY2(add.err.contains(QLatin1String("user add")), qPrintable(add.err));
        QVERIFY(add.rawOut.isEmpty());
        CliRun disable =
            run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("boss")},
                QStringLiteral("zhang"), memberPassword);
        QCOMPARE(disable.code, 3);
        QVERIFY2(disable.err.contains(QLatin1String("user disable")), qPrintable(disable.err));
        CliRun other =
            run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("boss")},
                QStringLiteral("zhang"), memberPassword, memberPassword);
        QCOMPARE(other.code, 3);
        CliRun list = run({QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("zhang"),
                          memberPassword);
        QCOMPARE(list.code, 3);
        QVERIFY(list.rawOut.isEmpty());
    }

    void passwordsChange()
    {
        const QString newMember = QStringLiteral("Qw9$eRt5Op1L");
        CliRun own =
            run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("zhang")},
                QStringLiteral("zhang"), memberPassword, newMember);
        QCOMPARE(own.code, 0);
        QCOMPARE(run({QStringLiteral("check")}, QStringLiteral("zhang"), memberPassword).code, 3);
        QCOMPARE(run({QStringLiteral("check")}, QStringLiteral("zhang"), newMember).code, 0);
        // An administrator sets another's without the current one.
        CliRun reset =
            asAdmin({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("zhang")},
                    memberPassword);
        QCOMPARE(reset.code, 0);
        QCOMPARE(run({QStringLiteral("check")}, QStringLiteral("zhang"), memberPassword).code, 0);
    }

    void disablingAndTheLastAdministrator()
    {
        CliRun last =
            asAdmin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("boss")});
        QCOMPARE(last.code, 2);
        QVERIFY2(last.err.contains(QLatin1String("last enabled administrator")),
                 qPrintable(last.err));
        QCOMPARE(
            asAdmin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("clerk")})
                .code,
            0);
        CliRun disabled = run({QStringLiteral("check")}, QStringLiteral("clerk"), clerkPassword);
        QCOMPARE(disabled.code, 3);
        QVERIFY2(disabled.err.contains(QLatin1String("disabled")), qPrintable(disabled.err));
        QCOMPARE(
            asAdmin({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("clerk")})
                .code,
            0);
        QCOMPARE(run({QStringLiteral("check")}, QStringLiteral("clerk"), clerkPassword).code, 0);
    }

    void everyChangeIsAudited()
    {
        QCOMPARE(accountAudit(), (QStringList{QStringLiteral("boss create boss admin"),
                                              QStringLiteral("boss create zhang member"),
                                              QStringLiteral("boss create clerk secretary"),
                                              QStringLiteral("zhang change_password zhang"),
                                              QStringLiteral("boss reset_password zhang"),
                                              QStringLiteral("boss disable clerk"),
                                              QStringLiteral("boss enable clerk")}));
    }

    // Repeated failures make the next process wait.
    void failuresMakeTheNextProcessWait()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run({QStringLiteral("check")}, QStringLiteral("clerk"), adminPassword).code,
                     3);
        CliRun waiting = run({QStringLiteral("user"), QStringLiteral("list")},
                             QStringLiteral("clerk"), clerkPassword);
        QCOMPARE(waiting.code, 3);
        QVERIFY2(waiting.err.contains(QLatin1String("try again in")), qPrintable(waiting.err));
    }

    // No password in any output, the database, its WAL or shared memory.
    void noPasswordIsEverWrittenOrPrinted()
    {
        const QStringList secrets{adminPassword, memberPassword, clerkPassword,
                                  QStringLiteral("Qw9$eRt5Op1L")};
        for (const QString& file :
             {m_db, m_db + QStringLiteral("-wal"), m_db + QStringLiteral("-shm")}) {
            const QByteArray bytes = fileBytes(file);
            for (const QString& secret : secrets)
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file));
        }
        for (const CliRun& r : m_runs) {
            for (const QString& secret : secrets) {
                QVERIFY2(!r.rawOut.contains(secret.toUtf8()), r.rawOut.constData());
                QVERIFY2(!r.rawErr.contains(secret.toUtf8()), r.rawErr.constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliUsers)
#include "TestCliUsers.moc"
