#include "support/FigureFixture.h"
#include "support/TempLedger.h"

#include "services/AsideRead.h"
#include "services/RosterService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace sl;

// AsideRead runs reading work beside the caller's: on another thread, on a read-only ledger of
// its own on the same file, carrying the caller's actor; its errors come back through get();
// without a file to open it runs on the ledger itself.
class TestAsideRead : public QObject
{
    Q_OBJECT

    struct Seen
    {
        const Ledger* ledger = nullptr;
        QThread* thread = nullptr;
        QString orgName;
        AccountRole role = AccountRole::Admin;
        qint64 orgId = 0;
    };

    static AsideRead<Seen>::Work look()
    {
        return [](Ledger& reader) -> Result<Seen> {
            Seen seen;
            seen.ledger = &reader;
            seen.thread = QThread::currentThread();
            seen.role = reader.actor().role;
            seen.orgId = reader.actor().orgId;
            auto org = RosterService(reader).resolveOrg(QStringLiteral("D01"));
            if (!org)
                return org.error();
            seen.orgName = org->name;
            return seen;
        };
    }

private slots:
    void readsOnAConnectionAndThreadOfItsOwn()
    {
        TempLedger ledger;
        FigureFixture fx(ledger->db());
        const qint64 org = fx.org(QStringLiteral("D01"), QStringLiteral("江南街道党工委"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        Actor actor;
        actor.accountId = 7;
        actor.role = AccountRole::Secretary;
        actor.orgId = org;
        ledger->setActor(actor);

        AsideRead<Seen> aside(*ledger, look());
        auto seen = aside.get();
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().text()));
        QVERIFY(seen->ledger != &*ledger);
        QVERIFY(seen->thread != QThread::currentThread());
        QCOMPARE(seen->orgName, QStringLiteral("江南街道党工委")); // what was committed
        QCOMPARE(seen->role, AccountRole::Secretary);
        QCOMPARE(seen->orgId, org);
    }

    void passesItsErrorOn()
    {
        TempLedger ledger; // no organisation D01
        AsideRead<Seen> aside(*ledger, look());
        auto seen = aside.get();
        QVERIFY(!seen.ok());
        QCOMPARE(seen.error().code, ErrorCode::NotFound);
    }

    void runsOnTheLedgerItselfWhenASecondConnectionFails()
    {
        TempLedger ledger;
        FigureFixture fx(ledger->db());
        fx.org(QStringLiteral("D01"), QStringLiteral("江南街道党工委"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        // A schema newer than this program's: a new connection refuses the file (the open one
        // checked it when it opened).
        QSqlQuery newer(ledger->db().connection());
        QVERIFY(newer.exec(QStringLiteral("PRAGMA user_version = 999")));
        QVERIFY(!Ledger::open(ledger.path(), OpenMode::ReadOnly).ok());
        AsideRead<Seen> aside(*ledger, look());
        auto seen = aside.get();
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().text()));
        QCOMPARE(seen->ledger, &*ledger);
        QCOMPARE(seen->orgName, QStringLiteral("江南街道党工委"));
    }

    void runsOnTheLedgerItselfWithoutAFile()
    {
        TempLedger ledger;
        FigureFixture fx(ledger->db());
        fx.org(QStringLiteral("D01"), QStringLiteral("江南街道党工委"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        QVERIFY(QFile::remove(ledger.path())); // the open connection still reads it
        AsideRead<Seen> aside(*ledger, look());
        auto seen = aside.get();
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().text()));
        QCOMPARE(seen->ledger, &*ledger);
        QCOMPARE(seen->thread, QThread::currentThread());
        QCOMPARE(seen->orgName, QStringLiteral("江南街道党工委"));
    }
};

QTEST_GUILESS_MAIN(TestAsideRead)
#include "TestAsideRead.moc"
