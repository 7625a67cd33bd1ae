#include "support/BackupFixture.h"
#include "support/TempLedger.h"

#include "services/AutoBackup.h"
#include "services/BackupService.h"
#include "services/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace sl;
using namespace backup_fixture;

namespace {

QDateTime localAt(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0));
}

QStringList names(const QStringList& paths)
{
    QStringList out;
    for (const QString& p : paths)
        out << QFileInfo(p).fileName();
    return out;
}

} // namespace

class TestBackupAutomatic : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setNow({}); }

    void onceADay()
    {
        TempLedger ledger;
        QVERIFY(session_fixture::buildRoster(*ledger));
        Clock::setNow(localAt(2, 8));
        QVERIFY(AutoBackup::isDue(ledger.path()));
        auto first = AutoBackup::runIfDue(*ledger, 7);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().text()));
        QCOMPARE(*first, AutoBackup::folderFor(ledger.path()) +
                             QStringLiteral("/test-20260302-080000.sqlite"));
        QCOMPARE(AutoBackup::folderFor(ledger.path()), ledger.path() + QStringLiteral(".backups"));
        auto copy = Ledger::open(*first, OpenMode::ReadOnly);
        QVERIFY(copy);
        QCOMPARE(memberCount(**copy), memberCount(*ledger));
        // The folder is the owner's alone.
        QCOMPARE(QFile::permissions(AutoBackup::folderFor(ledger.path())) &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        Clock::setNow(localAt(2, 17)); // later the same day: not again
        QVERIFY(!AutoBackup::isDue(ledger.path()));
        auto again = AutoBackup::runIfDue(*ledger, 7);
        QVERIFY(again && again->isEmpty());
        QCOMPARE(AutoBackup::existing(ledger.path()).size(), 1);

        Clock::setNow(localAt(3, 0)); // the next day
        auto next = AutoBackup::runIfDue(*ledger, 7);
        QVERIFY(next && !next->isEmpty());
        QCOMPARE(names(AutoBackup::existing(ledger.path())),
                 (QStringList{QStringLiteral("test-20260302-080000.sqlite"),
                              QStringLiteral("test-20260303-000000.sqlite")}));
    }

    void theNewestNAreKept()
    {
        TempLedger ledger;
        QVERIFY(ledgerWithMaterial(*ledger, ledger.file({}), "材料"));
        for (int day = 1; day <= 5; ++day) {
            Clock::setNow(localAt(day, 9));
            QVERIFY(AutoBackup::runIfDue(*ledger, 3));
        }
        const QStringList kept = AutoBackup::existing(ledger.path());
        QCOMPARE(names(kept), (QStringList{QStringLiteral("test-20260303-090000.sqlite"),
                                           QStringLiteral("test-20260304-090000.sqlite"),
                                           QStringLiteral("test-20260305-090000.sqlite")}));
        // Each with its materials; the pruned ones' folders went with them.
        for (const QString& path : kept)
            QVERIFY(QFileInfo(BackupService::materialsFolder(path)).isDir());
        QCOMPARE(QDir(AutoBackup::folderFor(ledger.path()))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                     .size(),
                 6);
    }

    void zeroTurnsThemOff()
    {
        TempLedger ledger;
        Clock::setNow(localAt(10, 9));
        auto none = AutoBackup::runIfDue(*ledger, 0);
        QVERIFY(none && none->isEmpty());
        QVERIFY(!QFileInfo::exists(AutoBackup::folderFor(ledger.path())));
        QVERIFY(AutoBackup::isDue(ledger.path()));
    }

    void notWhileSignedOut()
    {
        TempLedger ledger;
        ledger->setActor(Actor::nobody());
        Clock::setNow(localAt(11, 9));
        auto refused = AutoBackup::runIfDue(*ledger, 7);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
        QVERIFY(AutoBackup::existing(ledger.path()).isEmpty());
    }

    // Any signed-in account gets its daily copy: it stays beside the ledger.
    void aSecretaryStartsOneToo()
    {
        TempLedger ledger;
        Actor secretary;
        secretary.accountId = 5;
        secretary.role = AccountRole::Secretary;
        ledger->setActor(secretary);
        Clock::setNow(localAt(12, 9));
        auto made = AutoBackup::runIfDue(*ledger, 7);
        QVERIFY(made && QFileInfo::exists(*made));
    }
};

QTEST_GUILESS_MAIN(TestBackupAutomatic)
#include "TestBackupAutomatic.moc"
