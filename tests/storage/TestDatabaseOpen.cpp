#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/FileBytes.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace sl;

// What stands at a database path is named for what it is: an empty file, another program's
// SQLite file, a damaged or truncated ledger, a folder, a pipe; and opening never changes a file
// it refuses.
class TestDatabaseOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray contents(const QString& file) { return fileBytes(file); }

    // A ledger at the latest schema, closed again.
    QString makeLedger(const QString& name)
    {
        const QString file = path(name);
        auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
        if (!db || !Migrator::migrate(**db))
            return {};
        return file;
    }

    // Runs SQL on a file through a plain connection of its own.
    static bool rawSql(const QString& file, const QStringList& statements)
    {
        bool ok = true;
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(file);
            ok = raw.open();
            QSqlQuery q(raw);
            for (const QString& s : statements)
                ok = ok && q.exec(s);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

    static QString openError(const QString& file, Database::OpenMode mode)
    {
        auto db = Database::open(file, mode);
        return db ? QString() : db.error().message;
    }

private slots:
    void anEmptyFileIsNotALedgerExceptForInit()
    {
        const QString file = path(QStringLiteral("empty.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        for (auto mode : {Database::OpenMode::MustExist, Database::OpenMode::CreateIfMissing,
                          Database::OpenMode::ReadOnly}) {
            auto db = Database::open(file, mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, ErrorCode::NotADatabase);
            QVERIFY2(db.error().message.contains(QStringLiteral("empty file")),
                     qPrintable(db.error().message));
        }
        QCOMPARE(QFileInfo(file).size(), 0);
        QVERIFY(Database::open(file, Database::OpenMode::CreateOrEmpty).ok());
    }

    void aForeignSqliteFileIsRefusedUntouched()
    {
        const QString file = path(QStringLiteral("foreign.sqlite"));
        QVERIFY(rawSql(file, {QStringLiteral("CREATE TABLE members(id INTEGER)"),
                              QStringLiteral("INSERT INTO members VALUES (1)")}));
        const QByteArray before = contents(file);
        for (auto mode : {Database::OpenMode::MustExist, Database::OpenMode::ReadOnly,
                          Database::OpenMode::CreateOrEmpty}) {
            auto db = Database::open(file, mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, ErrorCode::NotADatabase);
        }
        QCOMPARE(contents(file), before); // still in its own journal mode, not switched to WAL

        const QString other = path(QStringLiteral("other-app.sqlite"));
        QVERIFY(rawSql(other, {QStringLiteral("PRAGMA application_id = 1234"),
                               QStringLiteral("CREATE TABLE x(y)")}));
        QCOMPARE(Database::open(other, Database::OpenMode::MustExist).error().code,
                 ErrorCode::NotADatabase);

        const QString blank = path(QStringLiteral("blank.sqlite"));
        QVERIFY(
            rawSql(blank, {QStringLiteral("PRAGMA user_version = 0"), QStringLiteral("VACUUM")}));
        QCOMPARE(Database::open(blank, Database::OpenMode::MustExist).error().code,
                 ErrorCode::NotADatabase);
    }

    void ourIdWithoutOurTablesIsDamaged()
    {
        const QString file = makeLedger(QStringLiteral("dropped.sqlite"));
        QVERIFY(!file.isEmpty());
        QVERIFY(rawSql(file, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                              QStringLiteral("DROP TABLE writings")}));
        const QString message = openError(file, Database::OpenMode::MustExist);
        QVERIFY2(message.contains(QStringLiteral("damaged")) &&
                     message.contains(QStringLiteral("writings")),
                 qPrintable(message));
    }

    void aTruncatedLedgerIsCalledDamaged()
    {
        const QString file = makeLedger(QStringLiteral("truncated.sqlite"));
        QVERIFY(!file.isEmpty());
        QVERIFY(rawSql(file, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
        const qint64 size = QFileInfo(file).size();
        QVERIFY(size > 8192);
        QVERIFY(QFile::resize(file, size / 2));
        const QString message = openError(file, Database::OpenMode::MustExist);
        QVERIFY2(message.contains(QStringLiteral("damaged")) &&
                     message.contains(QStringLiteral("shorter")),
                 qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("not a StudyLedger")));
    }

    void foldersPipesAndAFolderForTheJournal()
    {
        QVERIFY(openError(m_dir.path(), Database::OpenMode::MustExist)
                    .contains(QStringLiteral("folder")));
        const QString fifo = path(QStringLiteral("fifo.sqlite"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QVERIFY(openError(fifo, Database::OpenMode::MustExist)
                    .contains(QStringLiteral("regular file")));

        const QString file = makeLedger(QStringLiteral("waldir.sqlite"));
        QVERIFY(!file.isEmpty());
        QVERIFY(QDir().mkdir(file + QStringLiteral("-wal")));
        const QString message = openError(file, Database::OpenMode::MustExist);
        QVERIFY2(message.contains(QStringLiteral("-wal is a folder")), qPrintable(message));
    }

    void aLockHeldByAnotherProgramIsSaidSo()
    {
        const QString file = makeLedger(QStringLiteral("locked.sqlite"));
        QVERIFY(!file.isEmpty());
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        {
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = value")));
            const QString message = openError(file, Database::OpenMode::MustExist);
            QVERIFY2(message.contains(QStringLiteral("in use by another")), qPrintable(message));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }

    void newLedgersAreOwnerOnly()
    {
        const QString file = makeLedger(QStringLiteral("private.sqlite"));
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(file).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    void readOnlyOpensWriteNothing()
    {
        const QString file = makeLedger(QStringLiteral("readonly.sqlite"));
        QVERIFY(rawSql(file, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
        const QByteArray before = contents(file);
        {
            auto db = Database::open(file, Database::OpenMode::ReadOnly);
            QVERIFY(db.ok());
            QVERIFY((*db)->check().ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM members")));
        }
        QCOMPARE(contents(file), before);
    }

    // Permissions as a user other than root meets them (root reads every file anyway).
    void unreadableFilesAndReadOnlyFoldersAreNamed()
    {
        if (::geteuid() == 0 &&
            QProcess::execute(QStringLiteral("setpriv"), {QStringLiteral("--version")}) != 0)
            QSKIP("needs setpriv (util-linux) to run as another user");
        const QString folder = path(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(folder));
        const QString file = makeLedger(QStringLiteral("shared/ledger.sqlite"));
        QVERIFY(rawSql(file, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);

        const auto checkAsOther = [&](const QString& db) {
            QProcess p;
            QStringList args{QStringLiteral("--db"), db, QStringLiteral("import"),
                             QStringLiteral("orgs"), QStringLiteral("/nonexistent.csv")};
            if (::geteuid() == 0) {
                args.prepend(QStringLiteral(SL_CLI_PATH));
                args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                   QStringLiteral("--clear-groups")} +
                       args;
                p.start(QStringLiteral("setpriv"), args);
            } else {
                p.start(QStringLiteral(SL_CLI_PATH), args);
            }
            p.waitForFinished(60000);
            return QString::fromUtf8(p.readAllStandardError());
        };

        ::chmod(QFile::encodeName(file).constData(), 0000);
        ::chmod(QFile::encodeName(folder).constData(), 0777);
        QString message = checkAsOther(file);
        QVERIFY2(message.contains(QStringLiteral("permission denied")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("not a StudyLedger")));

        ::chmod(QFile::encodeName(file).constData(), 0666);
        ::chmod(QFile::encodeName(folder).constData(), 0555);
        message = checkAsOther(file);
        QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));
        ::chmod(QFile::encodeName(folder).constData(), 0755);
    }
};

QTEST_MAIN(TestDatabaseOpen)
#include "TestDatabaseOpen.moc"
