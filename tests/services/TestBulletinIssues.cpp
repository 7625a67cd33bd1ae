#include "support/TempLedger.h"
#include "support/WorkedExample.h"

#include "services/BulletinService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sl;

// The settings of an issuing organisation and the issued bulletins: numbering, one transaction
// with the rendering, byte-identical reprints, permissions and the audit log.
class TestBulletinIssues : public QObject
{
    Q_OBJECT

    TempLedger m_ledger;
    WorkedExample m_w;
    qint64 m_secretaryAccount = 0;

    BulletinService service() { return BulletinService(*m_ledger); }

    static QString text(const Error& e) { return e.text(); }

    // A draft of the branch's year as compose() would give it (compose is not called here).
    BulletinData draft()
    {
        BulletinData d;
        d.scope = ScopeInfo{ScopeRef::organisation(m_w.org), QStringLiteral("B01"),
                            QStringLiteral("机关第一党支部"), m_w.org};
        d.issuingOrgName = d.scope.name;
        d.period = Period::year(2026);
        d.figures.sessions.total = 10;
        d.settings = *service().settings(m_w.org);
        d.prose.practices = QStringLiteral("坚持“第一议题”制度。");
        return d;
    }

    // A PDF renderer that writes what it was given: the number's parts and the figures.
    static BulletinService::Renderers fakeRenderers()
    {
        BulletinService::Renderers r;
        r.pdf = [](const BulletinData& d) -> Result<QByteArray> {
            return QByteArray("%PDF-1.4\n\0\xff", 11) + d.settings.numberPrefix.toUtf8() + ' ' +
                   QByteArray::number(d.serial) + ' ' + dates::toIso(d.issuedOn).toUtf8() + ' ' +
                   QByteArray::number(d.figures.sessions.total);
        };
        r.json = [](const BulletinData& d) {
            return QByteArray("{\"serial\":") + QByteArray::number(d.serial) + '}';
        };
        r.title = [](const BulletinData& d) {
            return QStringLiteral("关于%1理论学习情况的通报").arg(d.period.label());
        };
        return r;
    }

    int issuedCount() { return int(service().issued(m_w.org)->size()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ledger.isOpen());
        FigureFixture fx(m_ledger->db());
        m_w = WorkedExample::build(fx);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        QSqlQuery q(m_ledger->db().connection());
        q.prepare(
            QStringLiteral("INSERT INTO accounts (name, password_hash, role, org_id, "
                           "created_at) VALUES ('zhang', 'x', 'secretary', ?, '2026-01-01')"));
        q.addBindValue(m_w.committee);
        QVERIFY(q.exec());
        m_secretaryAccount = q.lastInsertId().toLongLong();
    }

    void init() { m_ledger->setActor(Actor{}); }

    void defaultsWhenNoneAreStored()
    {
        auto s = service().settings(m_w.org);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : text(s.error())));
        QCOMPARE(s->orgId, m_w.org);
        QCOMPARE(s->organName, QStringLiteral("机关第一党支部"));
        QVERIFY(s->numberPrefix.isEmpty());
        QVERIFY(s->addressee.isEmpty());
        QVERIFY(!s->namesInProblems);
        QVERIFY(s->closingText.isEmpty());

        auto missing = service().settings(9999);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void invalidSettingsNameTheFieldAndChangeNothing_data()
    {
        QTest::addColumn<QString>("organ");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("addressee");
        QTest::addColumn<QString>("closing");
        QTest::addColumn<QString>("field");
        const QString ok = QStringLiteral("X学通");
        const QString organ = QStringLiteral("中共某某局机关委员会");
        QTest::newRow("no organ") << QString() << ok << QString() << QString() << "organ_name";
        QTest::newRow("long organ")
            << QString(41, QChar(0x515A)) << ok << QString() << QString() << "organ_name";
        QTest::newRow("long prefix")
            << organ << QString(21, QLatin1Char('X')) << QString() << QString() << "number_prefix";
        QTest::newRow("space in prefix")
            << organ << QStringLiteral("X 学通") << QString() << QString() << "number_prefix";
        QTest::newRow("ideographic space in prefix")
            << organ << QStringLiteral("X\u3000学通") << QString() << QString() << "number_prefix";
        QTest::newRow("long addressee")
            << organ << ok << QString(201, QChar(0x652F)) << QString() << "addressee";
        QTest::newRow("control character in addressee")
            << organ << ok << QStringLiteral("各支部\u0007") << QString() << "addressee";
        QTest::newRow("control character in closing")
            << organ << ok << QString() << QStringLiteral("继续\u001b[31m努力") << "closing_text";
    }

    void invalidSettingsNameTheFieldAndChangeNothing()
    {
        QFETCH(QString, organ);
        QFETCH(QString, prefix);
        QFETCH(QString, addressee);
        QFETCH(QString, closing);
        QFETCH(QString, field);
        const qint64 auditBefore = *AuditRepository(m_ledger->db()).count();
        BulletinSettings s{m_w.committee, organ, prefix, addressee, false, closing};
        Status saved = service().setSettings(s);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Invalid);
        QCOMPARE(saved.error().field, field);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(service().settings(m_w.committee)->organName,
                 QStringLiteral("中共某某局委员会")); // still the defaults
        QCOMPARE(*AuditRepository(m_ledger->db()).count(), auditBefore);
    }

    void settingsAreStoredWithAnAuditEntryAndAnEvent()
    {
        QSignalSpy changed(&m_ledger->events(), &LedgerEvents::bulletinsChanged);
        const qint64 auditBefore = *AuditRepository(m_ledger->db()).count();
        BulletinSettings s{m_w.org,
                           QStringLiteral("中共机关第一支部委员会"),
                           QStringLiteral("X学通"),
                           QStringLiteral("各党小组"),
                           true,
                           QStringLiteral("一要……\n二要……")};
        Status saved = service().setSettings(s);
        QVERIFY2(saved, qPrintable(saved ? QString() : text(saved.error())));
        auto stored = service().settings(m_w.org);
        QVERIFY(stored.ok());
        QCOMPARE(stored->organName, s.organName);
        QCOMPARE(stored->numberPrefix, s.numberPrefix);
        QCOMPARE(stored->addressee, s.addressee);
        QCOMPARE(stored->namesInProblems, true);
        QCOMPARE(stored->closingText, s.closingText);
        QCOMPARE(*AuditRepository(m_ledger->db()).count(), auditBefore + 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), m_w.org);
    }

    void issuingNumbersOneThenTwo()
    {
        QCOMPARE(*service().nextSerial(m_w.org, 2026), 1);
        QSignalSpy changed(&m_ledger->events(), &LedgerEvents::bulletinsChanged);
        auto first = service().issue(draft(), Date(2026, 12, 31), fakeRenderers());
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : text(first.error())));
        QCOMPARE(first->serial, 1);
        QCOMPARE(first->number, QStringLiteral("X学通〔2026〕1号"));
        QCOMPARE(first->title, QStringLiteral("关于2026年理论学习情况的通报"));
        QCOMPARE(first->issuedOn, Date(2026, 12, 31));
        QCOMPARE(first->orgId, m_w.org);
        QCOMPARE(first->scope, ScopeRef::organisation(m_w.org));
        QCOMPARE(first->scopeName, QStringLiteral("机关第一党支部"));
        QCOMPARE(first->period, Period::year(2026));
        QCOMPARE(first->prose.practices, QStringLiteral("坚持“第一议题”制度。"));
        // The renderers saw the numbered and dated bulletin.
        QVERIFY(first->pdf.endsWith("X学通 1 2026-12-31 10"));
        QCOMPARE(first->figuresJson, QByteArray("{\"serial\":1}"));
        QVERIFY(first->issuedBy.isEmpty());
        QVERIFY(first->issuedAt.isValid());
        QCOMPARE(changed.size(), 1);

        auto second = service().issue(draft(), Date(2026, 12, 31), fakeRenderers());
        QVERIFY(second.ok());
        QCOMPARE(second->serial, 2);
        QCOMPARE(second->number, QStringLiteral("X学通〔2026〕2号"));
        QCOMPARE(*service().nextSerial(m_w.org, 2026), 3);
        // The number's year is the issue date's, not the period's.
        QCOMPARE(*service().nextSerial(m_w.org, 2027), 1);
    }

    void theAuditLogHasTheIssue()
    {
        QSqlQuery q(m_ledger->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT action, entity, detail FROM audit_log "
                                      "WHERE entity = 'bulletin' ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("issue"));
        QCOMPARE(q.value(2).toString(),
                 QStringLiteral("签发 X学通〔2026〕1号《关于2026年理论学习情况的通报》"));
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toString(),
                 QStringLiteral("签发 X学通〔2026〕2号《关于2026年理论学习情况的通报》"));
    }

    void aFailingRendererStoresNothingAndKeepsTheSerial()
    {
        const int before = issuedCount();
        const qint64 auditBefore = *AuditRepository(m_ledger->db()).count();
        QSignalSpy changed(&m_ledger->events(), &LedgerEvents::bulletinsChanged);
        BulletinService::Renderers failing = fakeRenderers();
        failing.pdf = [](const BulletinData&) -> Result<QByteArray> {
            return Error{ErrorCode::Io, QStringLiteral("pdf"), QStringLiteral("no fonts")};
        };
        auto issued = service().issue(draft(), Date(2026, 12, 31), failing);
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().message, QStringLiteral("no fonts"));
        QCOMPARE(issuedCount(), before);
        QCOMPARE(*service().nextSerial(m_w.org, 2026), 3);
        QCOMPARE(*AuditRepository(m_ledger->db()).count(), auditBefore);
        QCOMPARE(changed.size(), 0);

        BulletinService::Renderers empty = fakeRenderers();
        empty.pdf = [](const BulletinData&) -> Result<QByteArray> { return QByteArray(); };
        QVERIFY(!service().issue(draft(), Date(2026, 12, 31), empty).ok());
        QCOMPARE(*service().nextSerial(m_w.org, 2026), 3);

        auto next = service().issue(draft(), Date(2026, 12, 31), fakeRenderers());
        QVERIFY(next.ok());
        QCOMPARE(next->number, QStringLiteral("X学通〔2026〕3号"));
    }

    // Another window or process issuing while this issue renders waits for the write lock (and
    // gives up after the busy timeout) instead of taking the same serial.
    void twoLedgersNeverShareASerial()
    {
        auto other = Ledger::open(m_ledger.path(), OpenMode::MustExist);
        QVERIFY(other.ok());
        // The ledger has an account, so it opens signed out; this test acts with every right, as
        // init() gives the first ledger.
        QVERIFY((*other)->actor().signedOut);
        (*other)->setActor(Actor{});
        const BulletinData d = draft();
        std::optional<Result<IssuedBulletin>> meanwhile;
        BulletinService::Renderers r = fakeRenderers();
        r.pdf = [&](const BulletinData& b) -> Result<QByteArray> {
            meanwhile = BulletinService(**other).issue(d, Date(2026, 12, 31), fakeRenderers());
            return fakeRenderers().pdf(b);
        };
        auto issued = service().issue(d, Date(2026, 12, 31), r);
        QVERIFY(issued.ok());
        QCOMPARE(issued->serial, 4);
        QVERIFY(meanwhile && !meanwhile->ok());
        QCOMPARE(meanwhile->error().code, ErrorCode::Database);
        auto after = BulletinService(**other).issue(d, Date(2026, 12, 31), fakeRenderers());
        QVERIFY(after.ok());
        QCOMPARE(after->serial, 5);
    }

    void aReprintIsByteIdenticalAfterRecordsChange()
    {
        auto list = service().issued(m_w.org);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), size_t(5));
        QCOMPARE(list->front().serial, 5); // newest first
        for (const IssuedBulletin& b : *list)
            QVERIFY(b.pdf.isEmpty()); // the list carries no PDF
        const qint64 id = list->back().id;
        const QByteArray pdf = service().issuedBulletin(id)->pdf;
        QVERIFY(pdf.startsWith("%PDF-1.4\n"));

        // The records change: another session is held, the settings change.
        FigureFixture fx(m_ledger->db());
        fx.session(QStringLiteral("S99"), m_w.group, FigureFixture::day(2026, 12, 20), 120,
                   QStringLiteral("年终专题学习"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        BulletinSettings s = *service().settings(m_w.org);
        s.numberPrefix = QStringLiteral("Y学通");
        QVERIFY(service().setSettings(s));

        auto again = service().issuedBulletin(id);
        QVERIFY(again.ok());
        QCOMPARE(again->pdf, pdf);
        QCOMPARE(again->number, QStringLiteral("X学通〔2026〕1号"));
        // The next issue takes the new prefix and goes on counting.
        auto next = service().issue(draft(), Date(2026, 12, 31), fakeRenderers());
        QVERIFY(next.ok());
        QCOMPARE(next->number, QStringLiteral("Y学通〔2026〕6号"));
    }

    void anUnknownIdIsNotFound()
    {
        auto none = service().issuedBulletin(4242);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QVERIFY(none.error().message.contains(QStringLiteral("4242")));
    }

    void leadersAndMembersMayNotIssueOrChangeSettings_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("leader") << int(AccountRole::Leader);
        QTest::newRow("member") << int(AccountRole::Member);
    }

    void leadersAndMembersMayNotIssueOrChangeSettings()
    {
        QFETCH(int, role);
        const BulletinData d = draft();
        const int before = issuedCount();
        m_ledger->setActor(Actor{8, AccountRole(role), 0, m_w.a});
        auto issued = service().issue(d, Date(2026, 12, 31), fakeRenderers());
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().code, ErrorCode::Permission);
        Status saved = service().setSettings(d.settings);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Permission);
        m_ledger->setActor(Actor{});
        QCOMPARE(issuedCount(), before);
    }

    void aLeaderReadsTheIssuedBulletins()
    {
        m_ledger->setActor(Actor{8, AccountRole::Leader, m_w.committee, 0});
        auto list = service().issued(m_w.org);
        QVERIFY(list.ok());
        QVERIFY(service().issuedBulletin(list->front().id).ok());
        QVERIFY(service().settings(m_w.org).ok());
        m_ledger->setActor(Actor{9, AccountRole::Member, 0, m_w.a});
        QCOMPARE(service().issued(m_w.org).error().code, ErrorCode::Permission);
    }

    void aSecretaryIssuesWithinTheirOrganisations()
    {
        // A secretary of another organisation may not.
        const qint64 other = [this] {
            FigureFixture fx(m_ledger->db());
            return fx.org(QStringLiteral("C02"), QStringLiteral("另一委员会"));
        }();
        const BulletinData d = draft();
        m_ledger->setActor(Actor{m_secretaryAccount, AccountRole::Secretary, other, 0});
        auto refused = service().issue(d, Date(2026, 12, 31), fakeRenderers());
        QVERIFY(!service().settings(m_w.org).ok()); // nor read its settings
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Permission);

        // The committee's secretary issues for the branch below it, and is named.
        m_ledger->setActor(Actor{m_secretaryAccount, AccountRole::Secretary, m_w.committee, 0});
        auto issued = service().issue(d, Date(2026, 12, 31), fakeRenderers());
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : text(issued.error())));
        QCOMPARE(issued->issuedBy, QStringLiteral("zhang"));
        QCOMPARE(issued->serial, 7);
    }

    void aDraftWithoutSettingsTakesTheStoredOnes()
    {
        BulletinData d = draft();
        d.settings = BulletinSettings{};
        auto issued = service().issue(d, Date(2027, 1, 4), fakeRenderers());
        QVERIFY(issued.ok());
        QCOMPARE(issued->number, QStringLiteral("Y学通〔2027〕1号"));
        QCOMPARE(issued->orgId, m_w.org);
    }
};

QTEST_GUILESS_MAIN(TestBulletinIssues)
#include "TestBulletinIssues.moc"
