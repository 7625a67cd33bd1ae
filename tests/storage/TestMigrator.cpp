#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sl;

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    static QByteArray digest(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void scriptsAreNumberedFromOne()
    {
        const QStringList names = Migrator::scriptNames();
        QVERIFY(!names.isEmpty());
        QCOMPARE(names.first(), QStringLiteral("0001_init.sql"));
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(names.at(i).left(4).toInt(), i + 1);
        QCOMPARE(Migrator::latestVersion(), names.size());
    }

    void freshDatabaseGetsLatestSchemaInWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), 0);
        auto report = Migrator::migrate(**db);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().text()));
        QCOMPARE(report->fromVersion, 0);
        QCOMPARE(report->toVersion, Migrator::latestVersion());
        QVERIFY(report->backupPath.isEmpty()); // nothing to back up in a new file
        QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
        QCOMPARE((*db)->journalMode(), QStringLiteral("wal"));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::applicationId);
        auto problems = (*db)->check();
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());
    }

    void reopeningMigratesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(Migrator::migrate(**db).ok());
        }
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        auto report = Migrator::migrate(**db);
        QVERIFY(report.ok());
        QCOMPARE(report->fromVersion, Migrator::latestVersion());
        QCOMPARE(report->toVersion, Migrator::latestVersion());
        QVERIFY(report->backupPath.isEmpty());
    }

    // Every earlier version migrates to the latest, keeping its data and a backup beside it.
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Migrator::latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok());
            auto report = Migrator::migrate(**db, version);
            QVERIFY(report.ok());
            QCOMPARE((*db)->schemaVersion(), version);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO organisations (ext_id, name, kind) "
                                          "VALUES ('D01', '机关党委', 'committee')")));
        }
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        auto report = Migrator::migrate(**db);
        QVERIFY(report.ok());
        QCOMPARE(report->fromVersion, version);
        QCOMPARE(report->toVersion, Migrator::latestVersion());
        QVERIFY(!report->backupPath.isEmpty());
        QVERIFY(QFile::exists(report->backupPath));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM organisations WHERE ext_id = 'D01'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("机关党委"));
        auto problems = (*db)->check();
        QVERIFY(problems.ok() && problems->isEmpty());

        // The backup is the database as it was before: still at the old version.
        auto old = Database::open(report->backupPath, Database::OpenMode::MustExist);
        QVERIFY(old.ok());
        QCOMPARE((*old)->schemaVersion(), version);
    }

    void aFailedMigrationLeavesTheFileAndNoCopies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stuck.sqlite"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(Migrator::migrate(**db, 1).ok());
            QSqlQuery q((*db)->connection());
            // Something in the way of the next migration (it creates this index itself).
            QVERIFY(
                q.exec(QStringLiteral("CREATE INDEX attendance_makeup ON attendance(member_id)")));
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto db = Database::open(path, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            auto report = Migrator::migrate(**db);
            QVERIFY(!report.ok());
            QCOMPARE((*db)->schemaVersion(), 1);
        }
        const QStringList copies =
            QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files);
        QVERIFY2(copies.isEmpty(), qPrintable(copies.join(QLatin1Char(' '))));
    }

    void aKilledCopyLeavesNothingForTheNextAttempt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok() && Migrator::migrate(**db, 1).ok());
        }
        // What two killed attempts left: a copy, and the temporaries of a copy being written.
        QVERIFY(QFile::copy(path, path + QStringLiteral(".v1-20261201-080000.bak")));
        for (const char* leftover :
             {".old.sqlite.v1-20261201-090000.bak.0123abcd.partial",
              ".old.sqlite.v1-20261201-090000.bak.0123abcd.partial-journal"}) {
            QFile f(dir.filePath(QString::fromLatin1(leftover)));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("half") == 4);
        }
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        auto report = Migrator::migrate(**db);
        QVERIFY(report.ok());
        const QStringList beside =
            QDir(dir.path()).entryList({QStringLiteral("*.bak*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(beside, QStringList{QStringLiteral("old.sqlite.v1-20261201-080000.bak")});
        QCOMPARE(report->backupPath, dir.filePath(beside.first()));
        auto copy = Database::open(report->backupPath, Database::OpenMode::ReadOnly);
        QVERIFY(copy.ok());
        QCOMPARE((*copy)->schemaVersion(), 1);
    }

    void migrationCopiesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok() && Migrator::migrate(**db, 1).ok());
        }
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        auto report = Migrator::migrate(**db);
        QVERIFY(report.ok() && !report->backupPath.isEmpty());
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(report->backupPath).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(Migrator::migrate(**db).ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = digest(path);
        {
            auto db = Database::open(path, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            auto report = Migrator::migrate(**db);
            QVERIFY(!report.ok());
            QCOMPARE(report.error().code, ErrorCode::SchemaTooNew);
            QVERIFY(report.error().message.contains(QStringLiteral("999")));
        }
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".v999.bak")));
    }

    void textFileIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("编号,姓名\nM001,张三\n");
        f.close();
        const QByteArray before = digest(path);
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotADatabase);
        QCOMPARE(digest(path), before);
    }

    void foreignSqliteFileIsNotOurs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs (id INTEGER PRIMARY KEY)")));
        }
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotADatabase);
    }

    void missingFileWithMustExistIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nothing.sqlite"));
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
