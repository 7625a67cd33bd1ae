// What the window's scope and year start on (WorkingScopeService): the scopes an account may
// choose (its organisation's subtree; none for a member's own account), the scope it starts on,
// and the year: the saved one when it holds records, else the current one, else the latest
// earlier year with sessions or self-study (a later year never draws the window ahead).

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/RosterService.h"
#include "services/WorkingScopeService.h"
#include "storage/GroupRepository.h"
#include "storage/SelfStudyRepository.h"
#include "support/RecordsFixture.h"
#include "support/TempLedger.h"

#include <QTest>

using namespace sl;

class TestWorkingScopeService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_root = 0, m_b01 = 0, m_b02 = 0;
    qint64 m_group01 = 0, m_group02 = 0;
    qint64 m_member = 0;

    Ledger& ledger() { return **m_ledger; }

    qint64 org(const char* ext)
    {
        auto o = RosterService(ledger()).resolveOrg(QString::fromLatin1(ext));
        return o ? o->id : 0;
    }

    qint64 group(const char* ext, qint64 orgId)
    {
        StudyGroup g;
        g.extId = QString::fromLatin1(ext);
        g.name = g.extId + QStringLiteral("学习组");
        g.orgId = orgId;
        auto id = GroupRepository(ledger().db()).insert(g);
        return id ? *id : 0;
    }

    void selfStudy(const Date& date)
    {
        SelfStudyEntry e;
        e.memberId = m_member;
        e.date = date;
        e.minutes = 30;
        e.material = QStringLiteral("党章");
        QVERIFY(SelfStudyRepository(ledger().db()).insert(e));
    }

private slots:
    void initTestCase()
    {
        Clock::setToday(Date(2026, 6, 30));
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(records_fixture::buildRoster(ledger()));
        m_root = org("D01");
        m_b01 = org("B01");
        m_b02 = org("B02");
        QVERIFY(m_root && m_b01 && m_b02);
        m_group01 = group("G01", m_b01);
        m_group02 = group("G02", m_b02);
        QVERIFY(m_group01 && m_group02);
        m_member = records_fixture::memberId(ledger(), "M001");
    }

    void cleanup() { ledger().setActor(Actor{}); }

    void singleUserSeesEveryScopeAndStartsOnTheRoot()
    {
        const WorkingScopeService service(ledger());
        QVERIFY(service.choosesScope());
        QCOMPARE(service.defaultScope(), ScopeRef::organisation(m_root));
        for (const ScopeRef& s : {ScopeRef::organisation(m_root), ScopeRef::organisation(m_b02),
                                  ScopeRef::group(m_group01), ScopeRef::group(m_group02)})
            QVERIFY(service.maySee(s));
        QVERIFY(!service.maySee(ScopeRef::organisation(99999))); // gone
        QVERIFY(!service.maySee(ScopeRef::group(99999)));
        QVERIFY(!service.maySee(ScopeRef{}));
    }

    void aSecretarySeesItsSubtreeOnly()
    {
        Actor secretary = records_fixture::account(ledger(), AccountRole::Secretary);
        secretary.orgId = m_b01;
        ledger().setActor(secretary);
        const WorkingScopeService service(ledger());
        QVERIFY(service.choosesScope());
        QCOMPARE(service.defaultScope(), ScopeRef::organisation(m_b01));
        QVERIFY(service.maySee(ScopeRef::organisation(m_b01)));
        QVERIFY(service.maySee(ScopeRef::group(m_group01)));
        QVERIFY(!service.maySee(ScopeRef::organisation(m_root)));
        QVERIFY(!service.maySee(ScopeRef::organisation(m_b02)));
        QVERIFY(!service.maySee(ScopeRef::group(m_group02)));
    }

    void aMemberAccountHasNoScope()
    {
        ledger().setActor(records_fixture::account(ledger(), AccountRole::Member, m_member));
        const WorkingScopeService service(ledger());
        QVERIFY(!service.choosesScope());
        QVERIFY(!service.defaultScope().isValid());
        QVERIFY(!service.maySee(ScopeRef::group(m_group01)));
        QVERIFY(!service.maySee(ScopeRef::organisation(m_b01)));
    }

    void theYearOpenedIsOneWithRecords()
    {
        const WorkingScopeService service(ledger());
        QCOMPARE(service.defaultYear(0), 2026); // nothing anywhere: the current year
        selfStudy(Date(2023, 3, 1));
        QCOMPARE(service.defaultYear(0), 2023);
        selfStudy(Date(2025, 11, 30));
        QCOMPARE(service.defaultYear(0), 2025);    // the latest
        QCOMPARE(service.defaultYear(2023), 2023); // the saved year holds records: it wins
        QCOMPARE(service.defaultYear(2024), 2025); // it does not
        selfStudy(Date(2027, 1, 5));               // a later year does not draw the window ahead
        QCOMPARE(service.defaultYear(0), 2025);
        QCOMPARE(service.defaultYear(2027), 2027); // unless it was the year saved
        selfStudy(Date(2026, 1, 2));
        QCOMPARE(service.defaultYear(0), 2026); // the current year with records
    }
};

QTEST_MAIN(TestWorkingScopeService)
#include "TestWorkingScopeService.moc"
