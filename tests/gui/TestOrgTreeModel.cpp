#include "gui/common/UiLanguage.h"
#include "gui/members/OrgTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sl;

class TestOrgTreeModel : public QObject
{
    Q_OBJECT

    static Organisation org(qint64 id, const QString& name, qint64 parent, OrgKind kind)
    {
        return {id, QStringLiteral("O%1").arg(id), name, parent, kind, std::nullopt};
    }

    static std::vector<Organisation> tree()
    {
        return {org(1, QStringLiteral("机关党委"), 0, OrgKind::Committee),
                org(2, QStringLiteral("第一党支部"), 1, OrgKind::Branch),
                org(3, QStringLiteral("第二党支部"), 1, OrgKind::Branch),
                org(4, QStringLiteral("第一党小组"), 2, OrgKind::PartyGroup),
                org(5, QStringLiteral("独立党支部"), 0, OrgKind::Branch)};
    }

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void buildsTheTree()
    {
        OrgTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.setOrganisations(tree());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex committee = model.index(0, OrgTreeModel::Name);
        QCOMPARE(committee.data().toString(), QStringLiteral("机关党委"));
        QCOMPARE(model.index(0, OrgTreeModel::Kind).data().toString(), QStringLiteral("党委"));
        QCOMPARE(model.rowCount(committee), 2);
        const QModelIndex branch = model.index(0, 0, committee);
        QCOMPARE(branch.data(OrgTreeModel::OrgIdRole).toLongLong(), qint64(2));
        QCOMPARE(model.parent(branch), committee);
        QCOMPARE(model.index(0, 0, branch).data().toString(), QStringLiteral("第一党小组"));
        QCOMPARE(model.indexOfOrg(4).parent(), branch);
        QCOMPARE(model.orgAt(model.indexOfOrg(3))->name, QStringLiteral("第二党支部"));
        QVERIFY(!model.indexOfOrg(99).isValid());
        QCOMPARE(model.headerData(OrgTreeModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("党组织"));
    }

    void listsDepthFirst()
    {
        OrgTreeModel model;
        model.setOrganisations(tree());
        QStringList out;
        for (const auto& e : model.depthFirst())
            out << QStringLiteral("%1%2").arg(QString(e.depth, QLatin1Char('-')), e.org->name);
        QCOMPARE(out, QStringList({"机关党委", "-第一党支部", "--第一党小组", "-第二党支部",
                                   "独立党支部"}));
    }

    void survivesBrokenParents()
    {
        OrgTreeModel model;
        QAbstractItemModelTester tester(&model);
        // An unknown parent and a loop: every organisation is still shown.
        model.setOrganisations({org(1, QStringLiteral("甲"), 42, OrgKind::Branch),
                                org(2, QStringLiteral("乙"), 3, OrgKind::Branch),
                                org(3, QStringLiteral("丙"), 2, OrgKind::Branch)});
        QCOMPARE(int(model.depthFirst().size()), 3);
        model.setOrganisations({});
        QVERIFY(model.isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestOrgTreeModel)
#include "TestOrgTreeModel.moc"
