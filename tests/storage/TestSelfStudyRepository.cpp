#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/Migrator.h"
#include "storage/OrgRepository.h"
#include "storage/SelfStudyRepository.h"
#include "support/MigratedDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestSelfStudyRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_committee = 0;
    qint64 m_branch = 0;
    qint64 m_m1 = 0; // M001 in the branch
    qint64 m_m2 = 0; // M002 in the committee

    qint64 addMember(const QString& ext, qint64 org)
    {
        Member m;
        m.extId = ext;
        m.name = QStringLiteral("党员") + ext;
        m.orgId = org;
        auto id = MemberRepository(*m_db).insert(m);
        return id.ok() ? *id : 0;
    }

    SelfStudyEntry entry(qint64 member, const Date& date, const QString& material) const
    {
        SelfStudyEntry e;
        e.memberId = member;
        e.date = date;
        e.minutes = 60;
        e.material = material;
        e.medium = Medium::Book;
        return e;
    }

    // The notes_chars column as stored.
    int storedNotesChars(qint64 id)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT notes_chars FROM self_study WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(m_db);
        OrgRepository orgs(*m_db);
        m_committee = *orgs.insert({0, QStringLiteral("D01"), QStringLiteral("区委机关党委"), 0,
                                    OrgKind::Committee, UnitType::Organ});
        m_branch = *orgs.insert({0, QStringLiteral("B01"), QStringLiteral("第一党支部"),
                                 m_committee, OrgKind::Branch, std::nullopt});
        m_m1 = addMember(QStringLiteral("M001"), m_branch);
        m_m2 = addMember(QStringLiteral("M002"), m_committee);
        QVERIFY(m_m1 > 0 && m_m2 > 0);
    }

    void roundTripKeepsNotesExactly_data()
    {
        QTest::addColumn<QString>("notes");
        QTest::addColumn<int>("chars");
        QTest::newRow("crlf") << QStringLiteral("第一段。\r\n第二段。") << 8;
        QTest::newRow("lf") << QStringLiteral("一\n二\n") << 2;
        QTest::newRow("ideographic space") << QStringLiteral("　　缩进两格") << 4;
        // Code points, not glyphs: a flag is two regional indicators.
        QTest::newRow("emoji") << QStringLiteral("收获很大👍🇨🇳𬀩") << 8;
        QTest::newRow("edges") << QStringLiteral("  前后空格\t ") << 4;
        QTest::newRow("empty") << QString() << 0;
    }

    void roundTripKeepsNotesExactly()
    {
        QFETCH(QString, notes);
        QFETCH(int, chars);
        SelfStudyRepository repo(*m_db);
        SelfStudyEntry e = entry(m_m1, Date(2026, 3, 5),
                                 QStringLiteral("《习近平谈治国理政》第四卷·") +
                                     QString::fromLatin1(QTest::currentDataTag()));
        e.notes = notes;
        auto id = repo.insert(e);
        QVERIFY(id.ok());
        auto read = repo.byId(*id);
        QVERIFY(read.ok() && read->has_value());
        e.id = *id;
        QCOMPARE((*read)->notes, notes);
        QCOMPARE((*read)->notes.toUtf8(), notes.toUtf8()); // byte for byte
        QVERIFY(**read == e);
        QCOMPARE(storedNotesChars(*id), chars);
    }

    void updateAndRemove()
    {
        SelfStudyRepository repo(*m_db);
        SelfStudyEntry e = entry(m_m2, Date(2026, 4, 1), QStringLiteral("党的二十大报告"));
        auto id = repo.insert(e);
        QVERIFY(id.ok());
        e.id = *id;
        e.minutes = 90;
        e.medium.reset();
        e.notes = QStringLiteral("改后的笔记 ✍️");
        QVERIFY(repo.update(e).ok());
        auto read = repo.byId(*id);
        QVERIFY(read.ok() && read->has_value());
        QVERIFY(**read == e);
        QCOMPARE(storedNotesChars(*id), 7); // ✍️ is U+270D U+FE0F: two code points
        auto byKey = repo.byKey(m_m2, Date(2026, 4, 1), QStringLiteral("党的二十大报告"));
        QVERIFY(byKey.ok() && byKey->has_value());
        QCOMPARE((*byKey)->id, *id);
        QVERIFY(repo.remove(*id).ok());
        read = repo.byId(*id);
        QVERIFY(read.ok() && !read->has_value());
    }

    void keyIsUnique()
    {
        SelfStudyRepository repo(*m_db);
        const SelfStudyEntry e =
            entry(m_m2, Date(2026, 5, 1), QStringLiteral("《中国共产党章程》"));
        QVERIFY(repo.insert(e).ok());
        QVERIFY(!repo.insert(e).ok());
        SelfStudyEntry other = e;
        other.date = Date(2026, 5, 2);
        QVERIFY(repo.insert(other).ok());
    }

    void listIsNewestFirstWithinThePeriod()
    {
        SelfStudyRepository repo(*m_db);
        const qint64 m3 = addMember(QStringLiteral("M003"), m_branch);
        for (int month = 1; month <= 6; ++month)
            QVERIFY(repo.insert(entry(m3, Date(2026, month, 10), QStringLiteral("学习纲要"))).ok());
        auto all = repo.list(m3);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), size_t(6));
        QCOMPARE(all->front().date, Date(2026, 6, 10));
        auto q2 = repo.list(m3, Date(2026, 4, 1), Date(2026, 6, 10));
        QVERIFY(q2.ok());
        QCOMPARE(q2->size(), size_t(3));
        QCOMPARE(q2->back().date, Date(2026, 4, 10));
        auto since = repo.list(m3, Date(2026, 5, 11));
        QVERIFY(since.ok());
        QCOMPARE(since->size(), size_t(1));
    }

    void materialsCompleteMostRecentFirst()
    {
        SelfStudyRepository repo(*m_db);
        const qint64 m4 = addMember(QStringLiteral("M004"), m_branch);
        QVERIFY(
            repo.insert(entry(m4, Date(2026, 1, 5), QStringLiteral("《论党的自我革命》"))).ok());
        QVERIFY(
            repo.insert(entry(m4, Date(2026, 3, 5), QStringLiteral("《中国共产党章程》"))).ok());
        QVERIFY(
            repo.insert(entry(m4, Date(2026, 2, 5), QStringLiteral("《论党的自我革命》"))).ok());
        QVERIFY(repo.insert(entry(m4, Date(2026, 2, 6), QStringLiteral("100%_讲座"))).ok());
        QVERIFY(repo.insert(entry(m_m1, Date(2026, 9, 9), QStringLiteral("《论语》"))).ok());
        auto all = repo.materials(m4, QString(), 10);
        QVERIFY(all.ok());
        QCOMPARE(*all,
                 (QStringList{QStringLiteral("《中国共产党章程》"), QStringLiteral("100%_讲座"),
                              QStringLiteral("《论党的自我革命》")}));
        auto prefixed = repo.materials(m4, QStringLiteral("《论"), 10);
        QVERIFY(prefixed.ok());
        QCOMPARE(*prefixed, QStringList{QStringLiteral("《论党的自我革命》")}); // not M001's
        auto literal = repo.materials(m4, QStringLiteral("100%_"), 10);
        QVERIFY(literal.ok());
        QCOMPARE(literal->size(), qsizetype(1));
        auto wildcard = repo.materials(m4, QStringLiteral("%"), 10);
        QVERIFY(wildcard.ok());
        QVERIFY(wildcard->isEmpty()); // % is a character, not a wildcard
        auto limited = repo.materials(m4, QString(), 1);
        QVERIFY(limited.ok());
        QCOMPARE(limited->size(), qsizetype(1));
    }

    void scanOrdersByMemberDateMaterialAndFilters()
    {
        SelfStudyRepository repo(*m_db);
        std::vector<SelfStudyRow> rows;
        auto collect = [&](const SelfStudyRow& r) {
            rows.push_back(r);
            return Status();
        };
        QVERIFY(repo.scan({}, collect).ok());
        QVERIFY(rows.size() > 10);
        for (size_t i = 1; i < rows.size(); ++i) {
            const auto& a = rows[i - 1];
            const auto& b = rows[i];
            const bool ordered =
                a.memberExtId < b.memberExtId ||
                (a.memberExtId == b.memberExtId &&
                 (a.entry.date < b.entry.date ||
                  (a.entry.date == b.entry.date && a.entry.material < b.entry.material)));
            QVERIFY2(ordered, qPrintable(a.memberExtId + a.entry.material));
        }

        ActivityFilter filter;
        filter.rootOrgId = m_branch; // M001, M003, M004
        filter.from = Date(2026, 3, 1);
        filter.to = Date(2026, 3, 31);
        rows.clear();
        QVERIFY(repo.scan(filter, collect).ok());
        QVERIFY(!rows.empty());
        for (const SelfStudyRow& r : rows) {
            QVERIFY(r.memberExtId != QStringLiteral("M002"));
            QCOMPARE(int(r.entry.date.month()), 3);
        }
        filter = {};
        filter.rootOrgId = m_committee; // with descendants: everyone
        rows.clear();
        QVERIFY(repo.scan(filter, collect).ok());
        const size_t everyone = rows.size();
        rows.clear();
        QVERIFY(repo.scan({}, collect).ok());
        QCOMPARE(rows.size(), everyone);

        // A failing visit stops the scan and is returned.
        int visited = 0;
        Status stopped = repo.scan({}, [&](const SelfStudyRow&) -> Status {
            ++visited;
            return Error::invalid(QString(), QStringLiteral("stop"));
        });
        QVERIFY(!stopped.ok());
        QCOMPARE(visited, 1);
    }
};

QTEST_GUILESS_MAIN(TestSelfStudyRepository)
#include "TestSelfStudyRepository.moc"
