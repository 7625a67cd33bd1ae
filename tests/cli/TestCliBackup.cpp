#include "support/BackupFixture.h"
#include "support/CliRunner.h"
#include "support/FileBytes.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace backup_fixture;

// studyledger-cli backup FILE and restore FILE: exit codes and messages (FORMATS.md).
class TestCliBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    const QString m_password = QStringLiteral("Kl4ngTuo!x9Q");

    QString path(const QString& name) const { return m_dir.filePath(name); }

    CliRun asBoss(const QStringList& args)
    {
        qputenv("STUDYLEDGER_PASSWORD", m_password.toUtf8());
        CliRun r =
            runCliOn(m_db, QStringList{QStringLiteral("--user"), QStringLiteral("boss")} + args);
        qunsetenv("STUDYLEDGER_PASSWORD");
        return r;
    }

private slots:
    void initTestCase()
    {
        qputenv("STUDYLEDGER_PWHASH_LIMITS", "interactive");
        m_db = path(QStringLiteral("ledger.sqlite"));
        const CliRun demo = runCliOn(m_db, {QStringLiteral("demo"), QStringLiteral("--members"),
                                            QStringLiteral("20"), QStringLiteral("--year"),
                                            QStringLiteral("2026")});
        QCOMPARE(demo.code, 0);
    }

    void backupWritesACheckedCopy()
    {
        const CliRun done =
            runCliOn(m_db, {QStringLiteral("backup"), path(QStringLiteral("b.sqlite"))});
        QCOMPARE(done.code, 0);
        QVERIFY(
            done.out.contains(QStringLiteral("backed up to ") + path(QStringLiteral("b.sqlite"))));
        QCOMPARE(runCliOn(path(QStringLiteral("b.sqlite")), {QStringLiteral("check")}).code, 0);

        const CliRun again =
            runCliOn(m_db, {QStringLiteral("backup"), path(QStringLiteral("b.sqlite"))});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains(QStringLiteral("does not write over a database")));
        QCOMPARE(runCliOn(m_db, {QStringLiteral("backup")}).code, 1);
        QCOMPARE(runCliOn(m_db, {QStringLiteral("restore")}).code, 1);
    }

    void badFilesAreRefusedWithExit2()
    {
        QVERIFY(!writeBytes(path(QStringLiteral("notes.txt")), "编号,姓名\n").isEmpty());
        QVERIFY(
            QFile::copy(path(QStringLiteral("b.sqlite")), path(QStringLiteral("damaged.sqlite"))));
        QVERIFY(overwriteMiddlePage(path(QStringLiteral("damaged.sqlite"))));
        const QByteArray before = fileDigest(m_db);
        for (const auto& [name, reason] : {std::pair{"notes.txt", "not an SQLite file"},
                                           std::pair{"damaged.sqlite", "damaged"}}) {
            const QString file = path(QString::fromLatin1(name));
            const CliRun refused = runCliOn(m_db, {QStringLiteral("restore"), file});
            QCOMPARE(refused.code, 2);
            QVERIFY2(refused.err.contains(file + QStringLiteral(" cannot be restored")),
                     qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QString::fromLatin1(reason)), qPrintable(refused.err));
            QVERIFY(refused.err.contains(QStringLiteral("the current database was not changed")));
        }
        QCOMPARE(fileDigest(m_db), before);
        QCOMPARE(runCliOn(m_db, {QStringLiteral("check")}).code, 0);
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
    }

    // With accounts: only a logged-in administrator restores; the backup's own (no) accounts come
    // back with it.
    void restoreGivesBackTheBackup()
    {
        qputenv("STUDYLEDGER_NEW_PASSWORD", m_password.toUtf8());
        const CliRun added =
            runCliOn(m_db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                            QStringLiteral("--role"), QStringLiteral("admin")});
        qunsetenv("STUDYLEDGER_NEW_PASSWORD");
        QCOMPARE(added.code, 0);
        QCOMPARE(runCliOn(m_db, {QStringLiteral("restore"), path(QStringLiteral("b.sqlite"))}).code,
                 3);

        const CliRun done = asBoss({QStringLiteral("restore"), path(QStringLiteral("b.sqlite"))});
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QVERIFY(done.out.contains(QStringLiteral("restored ")));
        QVERIFY(done.out.contains(QStringLiteral("the replaced database is kept in ") + m_db +
                                  QStringLiteral(".before-restore-")));
        // The backup had no accounts: the ledger is in single-user mode again.
        QCOMPARE(runCliOn(m_db, {QStringLiteral("check")}).code, 0);
        const CliRun audit = runCliOn(
            m_db, {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(audit.code, 0);
        QVERIFY(audit.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("\"restore\"")));
        QVERIFY(audit.out.contains(QStringLiteral("操作账号 boss")));
        // The kept copy still has the account.
        const QStringList kept =
            QDir(m_dir.path()).entryList({QStringLiteral("*before-restore*.sqlite")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(runCliOn(path(kept.first()), {QStringLiteral("check")}).code, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
