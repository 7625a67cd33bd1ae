#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>

using namespace sl;

// A backup is a verified, owner-only copy or nothing at all: a failure leaves no file, and a
// retry is not refused.
class TestDatabaseBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QStringList leftovers() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(path(QStringLiteral("ledger.sqlite")),
                                 Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(Migrator::migrate(*m_db).ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO organisations (ext_id, name, kind) "
                                      "VALUES ('D01', '机关党委', 'committee')")));
    }

    void aBackupIsAVerifiedPrivateCopy()
    {
        const QString target = path(QStringLiteral("copy.sqlite"));
        QVERIFY(m_db->backupTo(target).ok());
        auto copy = Database::open(target, Database::OpenMode::ReadOnly);
        QVERIFY(copy.ok());
        QSqlQuery q((*copy)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM organisations")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("机关党委"));
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(target).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QVERIFY(leftovers().isEmpty());
    }

    void anExistingTargetIsReplacedOnlyWhenAsked()
    {
        const QString target = path(QStringLiteral("old.txt"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("keep me") == 7);
        f.close();
        QVERIFY(!m_db->backupTo(target).ok());
        QCOMPARE(QFileInfo(target).size(), 7);
        QVERIFY(m_db->backupTo(target, true).ok());
        QVERIFY(Database::open(target, Database::OpenMode::ReadOnly).ok());
        // An earlier backup (an SQLite file) is replaced when asked, never otherwise.
        QVERIFY(!m_db->backupTo(target).ok());
        QVERIFY(m_db->backupTo(target, true).ok());
    }

    void neverOntoTheLedger()
    {
        const QString self = m_db->path();
        const qint64 size = QFileInfo(self).size();
        QVERIFY(!m_db->backupTo(self, true).ok());
        QVERIFY(!m_db->backupTo(self + QStringLiteral("-wal"), true).ok());
        QCOMPARE(QFileInfo(self).size(), size);
        QVERIFY(m_db->check().ok() && m_db->check()->isEmpty());
    }

    void aFullDiskLeavesNothingAndARetryWorks()
    {
        const QString target = path(QStringLiteral("full.sqlite"));
        {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit saved{};
            getrlimit(RLIMIT_FSIZE, &saved);
            rlimit low = saved;
            low.rlim_cur = 8192; // less than the copy needs
            setrlimit(RLIMIT_FSIZE, &low);
            const Status s = m_db->backupTo(target);
            setrlimit(RLIMIT_FSIZE, &saved);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Io);
        }
        QVERIFY(!QFile::exists(target));
        QVERIFY(leftovers().isEmpty());
        QVERIFY(m_db->backupTo(target).ok());
    }

    void theTemporaryNameStaysBesideTheTarget()
    {
        const QString temporary = DatabaseBackup::temporaryName(path(QStringLiteral("x.sqlite")));
        QCOMPARE(QFileInfo(temporary).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
        QVERIFY(temporary.endsWith(QStringLiteral(".partial")));
        QVERIFY(temporary != DatabaseBackup::temporaryName(path(QStringLiteral("x.sqlite"))));
    }
};

QTEST_MAIN(TestDatabaseBackup)
#include "TestDatabaseBackup.moc"
