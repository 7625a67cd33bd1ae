#include "storage/Database.h"
#include "storage/IssuedBulletinRepository.h"
#include "support/MigratedDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestIssuedBulletinRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_org = 0;
    qint64 m_other = 0;

    qint64 addOrg(const QString& extId, const QString& name)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO organisations (ext_id, name, kind) VALUES (?, ?, 'committee')"));
        q.addBindValue(extId);
        q.addBindValue(name);
        return q.exec() ? q.lastInsertId().toLongLong() : 0;
    }

    static IssuedBulletin bulletin(qint64 org, const Date& on, int serial)
    {
        IssuedBulletin b;
        b.orgId = org;
        b.scope = ScopeRef::organisation(org);
        b.scopeName = QStringLiteral("机关党委");
        b.period = Period::year(int(on.year()));
        b.serial = serial;
        b.number = QStringLiteral("X学通〔%1〕%2号").arg(int(on.year())).arg(serial);
        b.title = QStringLiteral("关于%1年度理论学习中心组学习情况的通报").arg(int(on.year()));
        b.issuedOn = on;
        b.issuedAt = QDateTime(QDate(2026, 12, 31), QTime(8, 30), Qt::UTC);
        b.prose = {QStringLiteral("坚持集体学习。\n坚持个人自学。"), QStringLiteral("继续努力。")};
        b.figuresJson = QByteArrayLiteral("{\"sessions\":{\"total\":12}}");
        // Binary, with NUL bytes and bytes that are no UTF-8.
        b.pdf = QByteArray("%PDF-1.4\n\0\xff\xfe binary", 22) + QByteArray::number(serial);
        return b;
    }

private slots:
    void initTestCase()
    {
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(m_db);
        m_org = addOrg(QStringLiteral("D01"), QStringLiteral("机关党委"));
        m_other = addOrg(QStringLiteral("D02"), QStringLiteral("第二党委"));
        QVERIFY(m_org > 0 && m_other > 0);
    }

    void storeListAndFetch()
    {
        IssuedBulletinRepository repo(*m_db);
        QCOMPARE(*repo.maxSerial(m_org, 2026), 0);
        const IssuedBulletin first = bulletin(m_org, Date(2026, 6, 30), 1);
        IssuedBulletin second = bulletin(m_org, Date(2026, 12, 31), 2);
        second.scope = ScopeRef::group(7);
        second.scopeName = QStringLiteral("中心组");
        second.period = Period::half(2026, 2);
        auto a = repo.insert(first, 0);
        auto b = repo.insert(second, 0);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().text()));
        QVERIFY(b.ok());
        QCOMPARE(*repo.maxSerial(m_org, 2026), 2);

        auto list = repo.forOrg(m_org);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), size_t(2));
        // Newest first, without the PDF.
        const IssuedBulletin& newest = list->front();
        QCOMPARE(newest.id, *b);
        QCOMPARE(newest.serial, 2);
        QCOMPARE(newest.scope, ScopeRef::group(7));
        QCOMPARE(newest.scopeName, QStringLiteral("中心组"));
        QCOMPARE(newest.period, Period::half(2026, 2));
        QVERIFY(newest.pdf.isEmpty());
        QCOMPARE(list->back().id, *a);

        auto fetched = repo.byId(*a);
        QVERIFY(fetched.ok() && fetched->has_value());
        const IssuedBulletin& f = **fetched;
        QCOMPARE(f.orgId, m_org);
        QCOMPARE(f.scope, ScopeRef::organisation(m_org));
        QCOMPARE(f.period, Period::year(2026));
        QCOMPARE(f.number, first.number);
        QCOMPARE(f.title, first.title);
        QCOMPARE(f.issuedOn, Date(2026, 6, 30));
        QCOMPARE(f.issuedAt, first.issuedAt);
        QVERIFY(f.issuedBy.isEmpty()); // single-user mode
        QCOMPARE(f.prose, first.prose);
        QCOMPARE(f.figuresJson, first.figuresJson);
        QCOMPARE(f.pdf, first.pdf); // byte for byte

        QVERIFY(repo.forOrg(m_other)->empty());
        auto none = repo.byId(9999);
        QVERIFY(none.ok() && !none->has_value());
    }

    void aSerialIsUniqueWithinTheOrganisationAndYear()
    {
        IssuedBulletinRepository repo(*m_db);
        const int before = int(repo.forOrg(m_org)->size());
        auto again = repo.insert(bulletin(m_org, Date(2026, 7, 1), 1), 0);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(again.error().field, QStringLiteral("serial"));
        QVERIFY(again.error().message.contains(QStringLiteral("X学通〔2026〕1号")));
        QCOMPARE(int(repo.forOrg(m_org)->size()), before);

        // The constraint itself holds when the check is bypassed.
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO issued_bulletins (org_id, scope_kind, scope_id, scope_name, "
            "period_from, period_to, year, serial, number, title, issued_on, issued_at, "
            "figures_json, pdf) SELECT org_id, scope_kind, scope_id, scope_name, period_from, "
            "period_to, year, serial, number, title, issued_on, issued_at, figures_json, pdf "
            "FROM issued_bulletins WHERE serial = 1")));

        // Another organisation numbers on its own.
        QCOMPARE(*repo.maxSerial(m_other, 2026), 0);
        QVERIFY(repo.insert(bulletin(m_other, Date(2026, 7, 1), 1), 0).ok());
        QCOMPARE(*repo.maxSerial(m_other, 2026), 1);
    }

    void aNewYearRestartsAtOne()
    {
        IssuedBulletinRepository repo(*m_db);
        QCOMPARE(*repo.maxSerial(m_org, 2026), 2);
        QCOMPARE(*repo.maxSerial(m_org, 2027), 0);
        QVERIFY(repo.insert(bulletin(m_org, Date(2027, 1, 5), 1), 0).ok());
        QCOMPARE(*repo.maxSerial(m_org, 2027), 1);
        QCOMPARE(*repo.maxSerial(m_org, 2026), 2);
        // The newest is the one of the new year.
        QCOMPARE(repo.forOrg(m_org)->front().number, QStringLiteral("X学通〔2027〕1号"));
    }

    void theIssuingAccountIsNamed()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO accounts (name, password_hash, role, created_at) "
                                  "VALUES ('secretary1', 'x', 'secretary', '2026-01-01')")));
        const qint64 account = q.lastInsertId().toLongLong();
        IssuedBulletinRepository repo(*m_db);
        auto id = repo.insert(bulletin(m_org, Date(2026, 12, 31), 3), account);
        QVERIFY(id.ok());
        QCOMPARE((*repo.byId(*id))->issuedBy, QStringLiteral("secretary1"));
    }

    void anOrganisationWithIssuedBulletinsStays()
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("DELETE FROM organisations WHERE id = ?"));
        q.addBindValue(m_org);
        QVERIFY(!q.exec());
        QCOMPARE(IssuedBulletinRepository(*m_db).forOrg(m_org)->size(), size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestIssuedBulletinRepository)
#include "TestIssuedBulletinRepository.moc"
