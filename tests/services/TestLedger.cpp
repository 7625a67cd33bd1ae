#include "support/TempLedger.h"

#include "demo/DemoBuilder.h"
#include "services/RosterService.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sl;

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void copyIsACompleteDatabase()
    {
        TempLedger ledger;
        QVERIFY(buildDemo(*ledger, DemoOptions{}).ok());
        const QString target = ledger.file(QStringLiteral("copy.sqlite"));
        QVERIFY(Ledger::copy(ledger.path(), target).ok());
        auto copy = Ledger::open(target, OpenMode::MustExist);
        QVERIFY(copy.ok());
        QVERIFY((*copy)->migrationBackup().isEmpty()); // already at the latest schema
        QCOMPARE(*RosterService(**copy).memberCount({}), *RosterService(*ledger).memberCount({}));
        auto problems = (*copy)->check();
        QVERIFY(problems.ok() && problems->isEmpty());
    }

    void copyNeverOverwrites()
    {
        TempLedger ledger;
        const QString target = ledger.file(QStringLiteral("taken.sqlite"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const Status s = Ledger::copy(ledger.path(), target);
        QVERIFY(!s.ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void copyOfAMissingDatabaseFails()
    {
        TempLedger ledger;
        const Status s = Ledger::copy(ledger.file(QStringLiteral("none.sqlite")),
                                      ledger.file(QStringLiteral("out.sqlite")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::NotADatabase);
        QVERIFY(!QFile::exists(ledger.file(QStringLiteral("out.sqlite"))));
    }

    // The default ledger holds personal data: its folder is the owner's alone.
    void theDefaultFolderIsOwnerOnly()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
        qunsetenv("STUDYLEDGER_DB");
        const QString path = Ledger::defaultPath();
        qunsetenv("XDG_DATA_HOME");
        QVERIFY2(path.startsWith(home.path()), qPrintable(path));
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        auto ledger = Ledger::open(path, OpenMode::CreateIfMissing);
        QVERIFY(ledger.ok());
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"
