#include "storage/Database.h"
#include "storage/GroupRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Migrator.h"
#include "storage/OrgRepository.h"
#include "storage/Transaction.h"
#include "support/MigratedDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestRepositories : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_committee = 0;
    qint64 m_branch = 0;

    Member member(const QString& ext, const QString& name, qint64 org)
    {
        Member m;
        m.extId = ext;
        m.name = name;
        m.orgId = org;
        m.gender = Gender::Female;
        m.birthDate = Date(1985, 3, 5);
        m.joinDate = Date(2010, 7, 1);
        m.category = MemberCategory::Full;
        m.position = QStringLiteral("组织委员");
        m.cadreLevel = CadreLevel::Section;
        m.phone = QStringLiteral("010-66668888");
        return m;
    }

private slots:
    void initTestCase()
    {
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(m_db);
        OrgRepository orgs(*m_db);
        auto committee = orgs.insert({0, QStringLiteral("D01"), QStringLiteral("区委机关党委"), 0,
                                      OrgKind::Committee, UnitType::Organ});
        QVERIFY(committee.ok());
        m_committee = *committee;
        auto branch = orgs.insert({0, QStringLiteral("B01"), QStringLiteral("第一党支部"),
                                   m_committee, OrgKind::Branch, std::nullopt});
        QVERIFY(branch.ok());
        m_branch = *branch;
    }

    void organisationRoundTrip()
    {
        OrgRepository orgs(*m_db);
        auto found = orgs.byExtId(QStringLiteral("B01"));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->name, QStringLiteral("第一党支部"));
        QCOMPARE((*found)->parentId, m_committee);
        QVERIFY(!(*found)->unitType.has_value());
        // The whole list (read through SQLite's own API) holds the same organisations, by number.
        auto all = orgs.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), size_t(2));
        QVERIFY(all->at(0) == **found);
        auto committee = orgs.byId(m_committee);
        QVERIFY(committee.ok() && committee->has_value());
        QVERIFY(all->at(1) == **committee);
        QCOMPARE(all->at(1).unitType, std::optional<UnitType>(UnitType::Organ));
        QCOMPARE(all->at(1).kind, OrgKind::Committee);
        auto subtree = orgs.subtreeIds(m_committee);
        QVERIFY(subtree.ok());
        QCOMPARE(subtree->size(), size_t(2));
    }

    void memberRoundTripKeepsChineseText()
    {
        MemberRepository repo(*m_db);
        const Member written =
            member(QStringLiteral("M001"), QStringLiteral("欧阳𬀩"), m_branch);
        auto id = repo.insert(written);
        QVERIFY(id.ok());
        auto read = repo.byId(*id);
        QVERIFY(read.ok() && read->has_value());
        Member expected = written;
        expected.id = *id;
        QCOMPARE(**read, expected);
    }

    void namesSortInPinyinOrder()
    {
        MemberRepository repo(*m_db);
        const QStringList names = {QStringLiteral("赵云"), QStringLiteral("张飞"),
                                   QStringLiteral("王平"), QStringLiteral("李严"),
                                   QStringLiteral("陈到")};
        Transaction tx(*m_db);
        for (int i = 0; i < names.size(); ++i)
            QVERIFY(
                repo.insert(member(QStringLiteral("S%1").arg(i), names.at(i), m_committee)).ok());
        QVERIFY(tx.commit().ok());

        MemberQuery query;
        query.orgId = m_committee;
        query.includeDescendants = false;
        query.sortKey = MemberQuery::SortKey::Name;
        auto page = repo.page(query, 0, 10);
        QVERIFY(page.ok());
        QStringList sorted;
        for (const MemberRow& r : *page)
            sorted << r.member.name;
        QCOMPARE(sorted, (QStringList{QStringLiteral("陈到"), QStringLiteral("李严"),
                                      QStringLiteral("王平"), QStringLiteral("张飞"),
                                      QStringLiteral("赵云")}));
        query.order = Qt::DescendingOrder;
        page = repo.page(query, 0, 1);
        QVERIFY(page.ok());
        QCOMPARE(page->front().member.name, QStringLiteral("赵云"));
    }

    void filterAndPaging()
    {
        MemberRepository repo(*m_db);
        MemberQuery query;
        query.filter = QStringLiteral("张");
        auto count = repo.count(query);
        QVERIFY(count.ok());
        QCOMPARE(*count, qint64(1));
        query.filter = QStringLiteral("%"); // a literal percent matches nothing
        count = repo.count(query);
        QVERIFY(count.ok());
        QCOMPARE(*count, qint64(0));

        query = MemberQuery();
        query.orgId = m_committee; // with descendants: all six
        count = repo.count(query);
        QVERIFY(count.ok());
        QCOMPARE(*count, qint64(6));
        auto first = repo.page(query, 0, 4);
        auto rest = repo.page(query, 4, 4);
        QVERIFY(first.ok() && rest.ok());
        QCOMPARE(first->size(), size_t(4));
        QCOMPARE(rest->size(), size_t(2));
        QCOMPARE(first->front().orgExtId, QStringLiteral("B01")); // M001 sorts first by number
    }

    // Paging after the last row gives the same rows as paging by offset, in every order.
    void keysetPagingMatchesOffsetPaging_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("order");
        for (auto key :
             {MemberQuery::SortKey::ExtId, MemberQuery::SortKey::Name, MemberQuery::SortKey::Org,
              MemberQuery::SortKey::Position, MemberQuery::SortKey::JoinDate}) {
            QTest::addRow("key %d asc", int(key)) << int(key) << int(Qt::AscendingOrder);
            QTest::addRow("key %d desc", int(key)) << int(key) << int(Qt::DescendingOrder);
        }
    }

    void keysetPagingMatchesOffsetPaging()
    {
        QFETCH(int, key);
        QFETCH(int, order);
        MemberRepository repo(*m_db);
        MemberQuery query;
        query.sortKey = MemberQuery::SortKey(key);
        query.order = Qt::SortOrder(order);
        auto all = repo.page(query, 0, 1000);
        QVERIFY(all.ok());
        QStringList expected;
        for (const MemberRow& r : *all)
            expected << r.member.extId;
        QStringList paged;
        for (int offset = 0; offset < int(all->size()); offset += 2) {
            MemberQuery next = query;
            auto page = repo.page(next, offset, 2);
            if (offset > 0) {
                next.after = all->at(size_t(offset - 1));
                page = repo.page(next, offset, 2);
            }
            QVERIFY(page.ok());
            for (const MemberRow& r : *page)
                paged << r.member.extId;
        }
        QCOMPARE(paged, expected);
    }

    void membershipsCarryExternalNumbers()
    {
        GroupRepository groups(*m_db);
        auto gid = groups.insert(
            {0, QStringLiteral("G1"), QStringLiteral("中心组"), GroupKind::Central, m_committee});
        QVERIFY(gid.ok());
        auto listed = groups.list({});
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), size_t(1));
        QVERIFY(listed->front() == StudyGroup({*gid, QStringLiteral("G1"), QStringLiteral("中心组"),
                                               GroupKind::Central, m_committee}));
        auto m = MemberRepository(*m_db).byExtId(QStringLiteral("M001"));
        QVERIFY(m.ok() && m->has_value());
        GroupMembership gm;
        gm.groupId = *gid;
        gm.memberId = (*m)->id;
        gm.role = GroupRole::Observer;
        gm.from = Date(2026, 1, 1);
        QVERIFY(groups.insertMembership(gm).ok());
        auto rows = groups.memberships(*gid);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(1));
        QCOMPARE(rows->front().memberExtId, QStringLiteral("M001"));
        QCOMPARE(rows->front().membership.role, GroupRole::Observer);
        QCOMPARE(rows->front().membership.from, Date(2026, 1, 1));
        QVERIFY(rows->front().membership.to.is_special());
        // The schema refuses a second membership of the same member in the same group.
        QVERIFY(!groups.insertMembership(gm).ok());
    }

    void schemaRefusesBadEnumCodes()
    {
        Member bad = member(QStringLiteral("M900"), QStringLiteral("错误"), m_branch);
        bad.orgId = 987654; // no such organisation: the foreign key refuses it
        QVERIFY(!MemberRepository(*m_db).insert(bad).ok());
    }

    void transactionRollsBackUnlessCommitted()
    {
        MemberRepository repo(*m_db);
        const qint64 before = *repo.count({});
        {
            Transaction tx(*m_db);
            QVERIFY(
                repo.insert(member(QStringLiteral("T1"), QStringLiteral("临时"), m_branch)).ok());
            {
                Transaction inner(*m_db); // joins the outer one
                QVERIFY(
                    repo.insert(member(QStringLiteral("T2"), QStringLiteral("临时二"), m_branch))
                        .ok());
                QVERIFY(inner.commit().ok());
            }
            QCOMPARE(*repo.count({}), before + 2);
        } // no commit: both rows are gone
        QCOMPARE(*repo.count({}), before);
        {
            Transaction tx(*m_db);
            QVERIFY(
                repo.insert(member(QStringLiteral("T3"), QStringLiteral("保留"), m_branch)).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(*repo.count({}), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
