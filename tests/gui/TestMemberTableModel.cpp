#include "gui/GuiFixture.h"

#include "gui/common/UiLanguage.h"
#include "gui/members/MemberTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sl;

class TestMemberTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_many;  // 1,000 generated members
    std::unique_ptr<GuiFixture> m_named; // a dozen named members

    static QStringList names(const MemberTableModel& model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, MemberTableModel::Name).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        ui::installTranslations(UiLanguage::Chinese);
        m_many = std::make_unique<GuiFixture>();
        m_many->addManyMembers(1000);
        m_named = std::make_unique<GuiFixture>();
        m_named->addNamedMembers();
    }

    void startsWithOnePageAndGrowsWithFetchMore()
    {
        RosterService roster(*m_many->ledger);
        MemberTableModel model(&roster);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        QSignalSpy total(&model, &MemberTableModel::totalCountChanged);
        model.reload();
        QCOMPARE(model.totalCount(), qint64(1000));
        QCOMPARE(total.count(), 1);
        QCOMPARE(total.first().first().toLongLong(), qint64(1000));
        QCOMPARE(model.rowCount(), MemberTableModel::defaultPageSize);
        QVERIFY(model.canFetchMore({}));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * MemberTableModel::defaultPageSize);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), MemberTableModel::defaultPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        model.fetchMore({}); // nothing more: no change
        QCOMPARE(model.rowCount(), 1000);

        // Every member once, in the order of the query.
        QSet<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.index(r, 0).data(MemberTableModel::MemberIdRole).toLongLong());
        QCOMPARE(ids.size(), 1000);
    }

    void pageSizeIsAdjustable()
    {
        RosterService roster(*m_many->ledger);
        MemberTableModel model(&roster);
        QAbstractItemModelTester tester(&model);
        model.setPageSize(64);
        model.setOrg(m_many->branch1);
        QCOMPARE(model.totalCount(), qint64(500));
        QCOMPARE(model.rowCount(), 64);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 128);
    }

    void sortsNamesInPinyinOrder()
    {
        GuiFixture fixture;
        // Numbers in the reverse order of the names, so that only the collation sorts them.
        fixture.addMember(QStringLiteral("A1"), QStringLiteral("赵一"), fixture.branch1);
        fixture.addMember(QStringLiteral("A2"), QStringLiteral("张二"), fixture.branch1);
        fixture.addMember(QStringLiteral("A3"), QStringLiteral("王三"), fixture.branch1);
        fixture.addMember(QStringLiteral("A4"), QStringLiteral("李四"), fixture.branch1);
        fixture.addMember(QStringLiteral("A5"), QStringLiteral("陈五"), fixture.branch1);
        RosterService roster(*fixture.ledger);
        MemberTableModel model(&roster);
        QAbstractItemModelTester tester(&model);

        model.reload();
        QCOMPARE(names(model), QStringList({"赵一", "张二", "王三", "李四", "陈五"})); // by number

        model.sort(MemberTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(model.query().sortKey, MemberQuery::SortKey::Name);
        QCOMPARE(names(model), QStringList({"陈五", "李四", "王三", "张二", "赵一"}));

        model.sort(MemberTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(model), QStringList({"赵一", "张二", "王三", "李四", "陈五"}));
        QCOMPARE(model.sortColumn(), int(MemberTableModel::Name));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);

        // The phone column cannot be sorted: the order stays.
        model.sort(MemberTableModel::Phone, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(MemberTableModel::Name));
        QCOMPARE(names(model), QStringList({"赵一", "张二", "王三", "李四", "陈五"}));
    }

    void sortsEveryPageInOneOrder()
    {
        RosterService roster(*m_many->ledger);
        MemberTableModel model(&roster);
        model.sort(MemberTableModel::Name, Qt::AscendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        const QStringList all = names(model);
        QCOMPARE(all.size(), 1000);
        // Across page boundaries, names never go back in the alphabet (first letter by pinyin:
        // 陈 < 李 < 王 < 张 < 赵).
        auto rank = [](const QString& name) {
            return QStringLiteral("陈李王张赵").indexOf(name.at(0));
        };
        int last = -1;
        for (const QString& n : all) {
            const int r = rank(n);
            if (r < 0)
                continue;
            QVERIFY2(r >= last, qPrintable(n));
            last = r;
        }
        QCOMPARE(last, 4);
    }

    void filtersByChineseSubstring()
    {
        RosterService roster(*m_named->ledger);
        MemberTableModel model(&roster);
        QAbstractItemModelTester tester(&model);
        model.sort(MemberTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(model.totalCount(), qint64(12));

        model.setFilter(QStringLiteral("张伟"));
        QCOMPARE(model.totalCount(), qint64(2));
        QCOMPARE(names(model), QStringList({"张伟", "张伟华"}));

        model.setFilter(QStringLiteral(" 张 "));
        QCOMPARE(names(model), QStringList({"张敏", "张伟", "张伟华"}));

        model.setFilter(QStringLiteral("不存在"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), qint64(0));
        QVERIFY(!model.canFetchMore({}));

        // The number matches too.
        model.setFilter(QStringLiteral("M0007"));
        QCOMPARE(names(model), QStringList({"张伟华"}));
        model.setFilter(QString());
        QCOMPARE(model.totalCount(), qint64(12));
    }

    void listsAnOrganisationWithItsDescendants()
    {
        RosterService roster(*m_named->ledger);
        MemberTableModel model(&roster);
        QAbstractItemModelTester tester(&model);
        model.setOrg(m_named->branch1);
        QCOMPARE(model.totalCount(), qint64(6)); // 4 in the branch, 2 in its party group
        model.setOrg(m_named->branch1, false);
        QCOMPARE(model.totalCount(), qint64(4));
        model.setOrg(m_named->committee);
        QCOMPARE(model.totalCount(), qint64(12));
    }

    void showsChineseLabels()
    {
        RosterService roster(*m_named->ledger);
        MemberTableModel model(&roster);
        model.setFilter(QStringLiteral("刘洋"));
        QCOMPARE(model.rowCount(), 1);
        auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(MemberTableModel::ExtId), QStringLiteral("M0004"));
        QCOMPARE(cell(MemberTableModel::Gender), QStringLiteral("男"));
        QCOMPARE(cell(MemberTableModel::JoinDate), QStringLiteral("2005-07-01"));
        QCOMPARE(cell(MemberTableModel::Category), QStringLiteral("正式党员"));
        QCOMPARE(cell(MemberTableModel::Org), QStringLiteral("第一党小组"));
        QCOMPARE(cell(MemberTableModel::CadreLevel), QString()); // not a cadre
        QCOMPARE(model.headerData(MemberTableModel::JoinDate, Qt::Horizontal).toString(),
                 QStringLiteral("入党日期"));
        QCOMPARE(model.rowOfMember(model.rowAt(0)->member.id), 0);
        QCOMPARE(model.rowOfMember(-5), -1);
    }

    void withoutDatabaseStaysEmpty()
    {
        MemberTableModel model(nullptr);
        QAbstractItemModelTester tester(&model);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(TestMemberTableModel)
#include "TestMemberTableModel.moc"
