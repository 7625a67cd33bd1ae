// The foundation test of the GUI: open a database with members, type a Chinese name into the
// filter field through the input method, and find the member.
#include "gui/GuiFixture.h"

#include "demo/DemoBuilder.h"
#include "gui/MainWindow.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MemberTableView.h"
#include "gui/members/MembersView.h"
#include "gui/members/OrgTreeModel.h"

#include <QLineEdit>
#include <QTest>
#include <QTreeView>

using namespace sl;

class TestMembersView : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    MembersView* view() const { return m_window->membersView(); }
    MemberTableModel* model() const { return view()->memberModel(); }

    static QStringList shownNames(const MemberTableModel* model)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, MemberTableModel::Name).data().toString();
        return out;
    }

    // What an input method sends: the pinyin being composed, then the committed characters.
    static void typeChinese(QWidget* widget, const QString& pinyin, const QString& text)
    {
        QInputMethodEvent preedit(pinyin, {});
        QApplication::sendEvent(widget, &preedit);
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(widget, &commit);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Cancel); // no modal box may block the test
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->addNamedMembers();
        // Open the database the way the program does.
        auto ledger = Ledger::open(m_fixture->ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger.ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger).value(), false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void init()
    {
        // Each test starts with the main window active (another test may open a window).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // The foundation test on the demo database (`studyledger-cli demo`): type the name of one
    // of its members and the table shows exactly the members whose name holds it.
    void findsAMemberOfTheDemoDatabase()
    {
        TempLedger demo;
        DemoOptions options;
        options.year = 2025;
        QVERIFY(buildDemo(*demo, options).ok());
        MemberQuery byName;
        byName.sortKey = MemberQuery::SortKey::Name;
        RosterService roster(*demo);
        auto first = roster.memberPage(byName, 10, 1);
        QVERIFY(first.ok() && first->size() == 1);
        const QString name = first->front().member.name;

        auto ledger = Ledger::open(demo.path(), OpenMode::MustExist);
        QVERIFY(ledger.ok());
        MainWindow window(std::move(ledger).value(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showArea(QStringLiteral("members"))); // the window opens on 首页
        MembersView* members = window.membersView();
        const qint64 all = members->memberModel()->totalCount();
        QCOMPARE(all, roster.memberCount({}).value());

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(members->filterEdit()->hasFocus());
        typeChinese(members->filterEdit(), QStringLiteral("pinyin"), name);
        QTRY_VERIFY(members->memberModel()->totalCount() < all);

        MemberQuery filtered;
        filtered.filter = name;
        const qint64 expected = roster.memberCount(filtered).value();
        QVERIFY(expected >= 1);
        QCOMPARE(members->memberModel()->totalCount(), expected);
        QCOMPARE(qint64(members->memberModel()->rowCount()), expected);
        const QStringList shown = shownNames(members->memberModel());
        QVERIFY(shown.contains(name));
        for (const QString& n : shown)
            QVERIFY2(n.contains(name), qPrintable(n));
    }

    void opensOnTheRootOrganisation()
    {
        QVERIFY(m_window->areas().contains(QStringLiteral("members")));
        QVERIFY(m_window->showArea(QStringLiteral("members")));
        QCOMPARE(view()->currentOrgId(), m_fixture->committee);
        QVERIFY(
            view()->orgTree()->isExpanded(view()->orgModel()->indexOfOrg(m_fixture->committee)));
        QCOMPARE(model()->totalCount(), qint64(12));
        QCOMPARE(m_window->memberCountText(), QStringLiteral("共 12 名党员"));
        QVERIFY(m_window->databasePathText().endsWith(QStringLiteral("test.sqlite")));
        // Sorted by name in pinyin order.
        QCOMPARE(shownNames(model()).first(), QStringLiteral("陈静"));
        QCOMPARE(shownNames(model()).last(), QStringLiteral("周杰"));
    }

    void findsAMemberByPinyinInitials()
    {
        QLineEdit* filter = view()->filterEdit();
        filter->clear();
        // Typed with the input method off: the initials of 张伟 and 张伟华, from the first.
        QTest::keyClicks(filter, QStringLiteral("zw"));
        QTRY_COMPARE(model()->query().filter, QStringLiteral("zw"));
        QTRY_COMPARE(shownNames(model()), QStringList({"张伟", "张伟华"}));
        QTest::keyClick(filter, Qt::Key_H);
        QTRY_COMPARE(shownNames(model()), QStringList{QStringLiteral("张伟华")});
        filter->clear();
        QTRY_VERIFY(model()->query().filter.isEmpty());
    }

    void findsAMemberByTypingAChineseName()
    {
        QLineEdit* filter = view()->filterEdit();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());

        typeChinese(filter, QStringLiteral("zhangwei"), QStringLiteral("张伟"));
        QCOMPARE(filter->text(), QStringLiteral("张伟"));
        // Debounced: the table follows a moment later, not on every keystroke.
        QVERIFY(model()->query().filter.isEmpty());
        QTRY_COMPARE(model()->totalCount(), qint64(2));
        QCOMPARE(shownNames(model()), QStringList({"张伟", "张伟华"}));
        QCOMPARE(m_window->memberCountText(), QStringLiteral("共 2 名党员"));

        // One more character narrows it to exactly one member.
        typeChinese(filter, QStringLiteral("hua"), QStringLiteral("华"));
        QTRY_COMPARE(model()->totalCount(), qint64(1));
        QCOMPARE(shownNames(model()), QStringList{QStringLiteral("张伟华")});
        const QModelIndex row = model()->index(0, MemberTableModel::Org);
        QCOMPARE(row.data().toString(), QStringLiteral("第二党支部"));
        QVERIFY(view()->emptyText().isEmpty());
    }

    void saysSoWhenNothingMatches()
    {
        QLineEdit* filter = view()->filterEdit();
        filter->selectAll();
        typeChinese(filter, QStringLiteral("wu"), QStringLiteral("无此人"));
        QTRY_COMPARE(model()->totalCount(), qint64(0));
        QCOMPARE(view()->emptyText(), QStringLiteral("没有与“无此人”匹配的党员。"));
        filter->clear();
        QTRY_COMPARE(model()->totalCount(), qint64(12));
        QVERIFY(view()->emptyText().isEmpty());
    }

    void choosingAnOrganisationListsItsMembers()
    {
        QVERIFY(view()->selectOrg(m_fixture->branch2));
        QCOMPARE(model()->totalCount(), qint64(4));
        QCOMPARE(shownNames(model()), QStringList({"陈静", "吴霞", "张伟华", "赵磊"}));
        QVERIFY(view()->selectOrg(m_fixture->committee));
        QCOMPARE(model()->totalCount(), qint64(12));
    }

    void deleteAsksFirst()
    {
        QVERIFY(view()->selectOrg(m_fixture->branch2));
        view()->table()->setFocus();
        view()->table()->setCurrentIndex(model()->index(1, MemberTableModel::Name)); // 吴霞
        QCOMPARE(view()->currentMemberId() != 0, true);

        MessageBoxes::setNextAnswer(QMessageBox::No);
        QTest::keyClick(view()->table(), Qt::Key_Delete);
        QCOMPARE(MessageBoxes::lastText().contains(QStringLiteral("吴霞")), true);
        QCOMPARE(model()->totalCount(), qint64(4));

        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(view()->table(), Qt::Key_Delete);
        QCOMPARE(model()->totalCount(), qint64(3));
        QCOMPARE(shownNames(model()), QStringList({"陈静", "张伟华", "赵磊"}));
        QVERIFY(view()->selectOrg(m_fixture->committee));
    }
};

QTEST_MAIN(TestMembersView)
#include "TestMembersView.moc"
