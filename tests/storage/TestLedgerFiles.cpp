#include "files/LedgerFiles.h"
#include "files/OutputFile.h"
#include "storage/Database.h"
#include "support/FileBytes.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>

using namespace sl;

// Outputs never land on a ledger, and an output file appears whole or not at all.
class TestLedgerFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray contents(const QString& file) { return fileBytes(file); }

    // Lowers the file-size limit of this process for one scope, as a full disk would refuse
    // writes (EFBIG instead of ENOSPC; SIGXFSZ ignored so that the write fails instead).
    struct FileSizeLimit
    {
        rlimit saved{};
        explicit FileSizeLimit(rlim_t bytes)
        {
            std::signal(SIGXFSZ, SIG_IGN);
            getrlimit(RLIMIT_FSIZE, &saved);
            rlimit low = saved;
            low.rlim_cur = bytes;
            setrlimit(RLIMIT_FSIZE, &low);
        }
        ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &saved); }
    };

private slots:
    void refusesTheOpenDatabaseAndItsJournal()
    {
        const QString dbPath = path(QStringLiteral("open.sqlite"));
        auto db = Database::open(dbPath, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        const QByteArray before = contents(dbPath);
        for (const QString& target :
             {dbPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm"),
              dbPath + QStringLiteral("-journal"),
              m_dir.path() + QStringLiteral("/./open.sqlite")}) {
            const Status s = LedgerFiles::checkOutputTarget(target);
            QVERIFY2(!s.ok(), qPrintable(target));
            QCOMPARE(s.error().code, ErrorCode::Invalid);
        }
        // Through a symbolic link, and a hard link (same device and inode).
        QVERIFY(QFile::link(dbPath, path(QStringLiteral("link.csv"))));
        QVERIFY(!LedgerFiles::checkOutputTarget(path(QStringLiteral("link.csv"))).ok());
        QVERIFY(::link(QFile::encodeName(dbPath).constData(),
                       QFile::encodeName(path(QStringLiteral("hard.csv"))).constData()) == 0);
        QVERIFY(!LedgerFiles::checkOutputTarget(path(QStringLiteral("hard.csv"))).ok());
        // A dangling link to the journal's name.
        QVERIFY(QFile::link(dbPath + QStringLiteral("-journal"), path(QStringLiteral("j.ics"))));
        QVERIFY(!LedgerFiles::checkOutputTarget(path(QStringLiteral("j.ics"))).ok());

        OutputFile out(dbPath);
        QVERIFY(!out.open().ok());
        QCOMPARE(contents(dbPath), before);
        QVERIFY(LedgerFiles::checkOutputTarget(path(QStringLiteral("other.csv"))).ok());
    }

    void refusesAnySqliteFileFoldersAndDevices()
    {
        const QString closed = path(QStringLiteral("closed.sqlite"));
        {
            auto db = Database::open(closed, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
        }
        QVERIFY(LedgerFiles::isSqliteFile(closed));
        QVERIFY(!LedgerFiles::checkOutputTarget(closed).ok()); // not open, still a database
        QVERIFY(!LedgerFiles::checkOutputTarget(m_dir.path()).ok());
        QVERIFY(!LedgerFiles::checkOutputTarget(QStringLiteral("/dev/null")).ok());
        const QString fifo = path(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QVERIFY(!LedgerFiles::checkOutputTarget(fifo).ok());
        QVERIFY(!LedgerFiles::checkOutputTarget(QString()).ok());
    }

    void afterCloseTheFileIsNoLongerOpen()
    {
        const QString dbPath = path(QStringLiteral("gone.sqlite"));
        {
            auto db = Database::open(dbPath, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok());
        }
        QFile::remove(dbPath);
        QVERIFY(LedgerFiles::checkOutputTarget(dbPath + QStringLiteral("-wal")).ok());
    }

    void outputIsOwnerOnlyAndWhole()
    {
        const QString target = path(QStringLiteral("out.csv"));
        QVERIFY(OutputFile::writeAll(target, "a,b\r\n").ok());
        QCOMPARE(contents(target), QByteArray("a,b\r\n"));
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(target).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    void aFullDiskLeavesNoFileAndKeepsTheOldOne()
    {
        // Small writes stay in Qt's buffer until commit: the failure shows only there.
        const QString fresh = path(QStringLiteral("small.csv"));
        {
            FileSizeLimit limit(4);
            const Status s = OutputFile::writeAll(fresh, "编号,名称\r\n");
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Io);
        }
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*small.csv*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);

        const QString existing = path(QStringLiteral("existing.csv"));
        QVERIFY(OutputFile::writeAll(existing, "old").ok());
        {
            FileSizeLimit limit(8);
            OutputFile out(existing);
            QVERIFY(out.open().ok());
            (void)out.write(QByteArray(100, 'x')); // may fail now or only at commit
            QVERIFY(!out.commit().ok());
        }
        QCOMPARE(contents(existing), QByteArray("old"));
    }

    void withoutCommitNothingAppears()
    {
        const QString target = path(QStringLiteral("abandoned.csv"));
        {
            OutputFile out(target);
            QVERIFY(out.open().ok());
            QVERIFY(out.write("partial").ok());
        }
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_MAIN(TestLedgerFiles)
#include "TestLedgerFiles.moc"
