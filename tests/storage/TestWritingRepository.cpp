#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/Migrator.h"
#include "storage/OrgRepository.h"
#include "storage/WritingRepository.h"
#include "support/MigratedDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestWritingRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_member = 0;

    Writing writing(const QString& title) const
    {
        Writing w;
        w.memberId = m_member;
        w.kind = WritingKind::Reflection;
        w.title = title;
        w.date = Date(2026, 2, 10);
        w.text = QStringLiteral("正文");
        return w;
    }

    // body and chars as stored: "NULL" for NULL.
    QString stored(qint64 id, const char* column)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(column) +
                  QStringLiteral(" FROM writings WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QStringLiteral("?");
        return q.value(0).isNull() ? QStringLiteral("NULL") : q.value(0).toString();
    }

private slots:
    void initTestCase()
    {
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(m_db);
        auto org =
            OrgRepository(*m_db).insert({0, QStringLiteral("B01"), QStringLiteral("第一党支部"), 0,
                                         OrgKind::Branch, std::nullopt});
        QVERIFY(org.ok());
        Member m;
        m.extId = QStringLiteral("M001");
        m.name = QStringLiteral("张三");
        m.orgId = *org;
        auto id = MemberRepository(*m_db).insert(m);
        QVERIFY(id.ok());
        m_member = *id;
    }

    void roundTripKeepsTextExactly()
    {
        WritingRepository repo(*m_db);
        Writing w = writing(QStringLiteral("学习党的二十大精神心得"));
        w.text = QStringLiteral(
            "　　一、提高站位。\r\n　　二、强化担当。💪\n三、𬀩 ");
        w.published = QStringLiteral("支部学习交流会");
        w.award = Award::First;
        auto id = repo.insert(w);
        QVERIFY(id.ok());
        w.id = *id;
        auto read = repo.byId(*id);
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE((*read)->text.toUtf8(), w.text.toUtf8());
        QVERIFY(**read == w);
        QCOMPARE(stored(*id, "chars"), QStringLiteral("NULL"));
    }

    void lengthOnlyStoresNoBody()
    {
        WritingRepository repo(*m_db);
        Writing w = writing(QStringLiteral("农村基层党组织建设调研"));
        w.kind = WritingKind::Report;
        w.text.clear();
        w.chars = 12000;
        auto id = repo.insert(w);
        QVERIFY(id.ok());
        QCOMPARE(stored(*id, "body"), QStringLiteral("NULL"));
        QCOMPARE(stored(*id, "chars"), QStringLiteral("12000"));
        auto read = repo.byKey(m_member, QStringLiteral("农村基层党组织建设调研"));
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE((*read)->chars, std::optional<int>(12000));
        QVERIFY((*read)->text.isEmpty());

        // Neither text nor length: the schema refuses it too.
        Writing neither = writing(QStringLiteral("空"));
        neither.text.clear();
        QVERIFY(!repo.insert(neither).ok());
    }

    void updateSetAwardRemove()
    {
        WritingRepository repo(*m_db);
        Writing w = writing(QStringLiteral("以自我革命引领社会革命"));
        w.kind = WritingKind::Article;
        auto id = repo.insert(w);
        QVERIFY(id.ok());
        w.id = *id;
        w.chars = 3500;
        w.text.clear();
        w.published = QStringLiteral("《学习时报》");
        QVERIFY(repo.update(w).ok());
        QVERIFY(**repo.byId(*id) == w);
        QCOMPARE(stored(*id, "body"), QStringLiteral("NULL"));

        QVERIFY(repo.setAward(*id, Award::Excellent).ok());
        QCOMPARE((*repo.byId(*id))->award, std::optional<Award>(Award::Excellent));
        QVERIFY(repo.setAward(*id, std::nullopt).ok());
        QVERIFY(!(*repo.byId(*id))->award.has_value());

        QVERIFY(repo.remove(*id).ok());
        QVERIFY(!repo.byId(*id)->has_value());
    }

    void titleIsUniquePerMember()
    {
        WritingRepository repo(*m_db);
        const Writing w = writing(QStringLiteral("同名"));
        QVERIFY(repo.insert(w).ok());
        QVERIFY(!repo.insert(w).ok());
    }

    void listAndScan()
    {
        WritingRepository repo(*m_db);
        Writing late = writing(QStringLiteral("十二月的文章"));
        late.date = Date(2026, 12, 1);
        QVERIFY(repo.insert(late).ok());
        Writing early = writing(QStringLiteral("去年的文章"));
        early.date = Date(2025, 12, 31);
        QVERIFY(repo.insert(early).ok());

        auto all = repo.list(m_member);
        QVERIFY(all.ok());
        QCOMPARE(all->front().title, QStringLiteral("十二月的文章"));
        QCOMPARE(all->back().title, QStringLiteral("去年的文章"));
        auto year = repo.list(m_member, Date(2026, 1, 1), Date(2026, 12, 31));
        QVERIFY(year.ok());
        QCOMPARE(year->size(), all->size() - 1);

        ActivityFilter filter;
        filter.from = Date(2026, 1, 1);
        filter.to = Date(2026, 12, 31);
        std::vector<WritingRow> rows;
        QVERIFY(repo.scan(filter,
                          [&](const WritingRow& r) {
                              rows.push_back(r);
                              return Status();
                          })
                    .ok());
        QCOMPARE(rows.size(), year->size());
        for (size_t i = 1; i < rows.size(); ++i) {
            const Writing& a = rows[i - 1].writing;
            const Writing& b = rows[i].writing;
            QVERIFY(a.date < b.date || (a.date == b.date && a.title < b.title));
        }
        QCOMPARE(rows.front().memberExtId, QStringLiteral("M001"));
    }

    // Last: damages the file. A statement whose table is gone from the file says so, instead of
    // Qt's "Parameter count mismatch" of running a statement that never prepared.
    void aStatementOnAMissingTableNamesTheTable()
    {
        auto id = WritingRepository(*m_db).insert(writing(QStringLiteral("将被损坏")));
        QVERIFY(id.ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE writings")));

        const Status award = WritingRepository(*m_db).setAward(*id, std::nullopt);
        QVERIFY(!award.ok());
        QVERIFY2(award.error().message.contains(QStringLiteral("no such table: writings")),
                 qPrintable(award.error().message));
        QVERIFY(!award.error().message.contains(QStringLiteral("Parameter count mismatch")));

        const auto listed = WritingRepository(*m_db).list(m_member);
        QVERIFY(!listed.ok());
        QVERIFY2(listed.error().message.contains(QStringLiteral("no such table: writings")),
                 qPrintable(listed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWritingRepository)
#include "TestWritingRepository.moc"
