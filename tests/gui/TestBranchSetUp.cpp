#include "gui/MainWindow.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/members/BranchActions.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MembersView.h"
#include "gui/members/MembershipDialog.h"
#include "gui/members/OrgTreeModel.h"
#include "gui/members/OrganisationDialog.h"
#include "gui/members/StudyGroupDialog.h"

#include "services/AttendanceService.h"
#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/RosterService.h"
#include "services/SessionService.h"

#include "ui_MembershipDialog.h"
#include "ui_OrganisationDialog.h"
#include "ui_StudyGroupDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include <functional>

using namespace sl;

// Issue 14 item 8: a new, empty ledger (as `studyledger-cli init` makes it) is set up in the
// window — an organisation, a study group and a member's place in it, each through its form in
// 组织与党员 and each undoable — and a session is then recorded there.
class TestBranchSetUp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    BranchActions* branch() const { return m_window->membersView()->findChild<BranchActions*>(); }
    RosterService& roster() { return m_window->roster(); }

    // Fills the form of type D once it is shown (modal) and presses Save; `saved` tells whether
    // Save was enabled.
    template <class D> static void whenShown(const std::function<void(D&)>& fill, bool* saved)
    {
        QTimer::singleShot(0, [fill, saved] {
            auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            fill(*dialog);
            *saved = dialog->canSave();
            if (*saved)
                dialog->accept();
            else
                dialog->reject();
        });
    }

    std::vector<Organisation> orgs()
    {
        auto all = roster().organisations();
        return all ? *all : std::vector<Organisation>();
    }

    qint64 orgId(const QString& extId)
    {
        for (const Organisation& o : orgs())
            if (o.extId == extId)
                return o.id;
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        Clock::setToday(Date(2026, 6, 30));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok); // no other box may block the test
        auto ledger =
            Ledger::open(m_dir.filePath(QStringLiteral("new.sqlite")), OpenMode::CreateIfMissing);
        QVERIFY(ledger.ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger).value(), false);
        m_window->show();
        QVERIFY(m_window->showArea(QStringLiteral("members")));
        QVERIFY(branch());
        QCOMPARE(m_window->undoGroup()->activeStack(), branch()->undoStack());
        QVERIFY(orgs().empty());
    }

    void cleanupTestCase() { m_window.reset(); }

    void createsOrganisationsThroughTheForm()
    {
        bool saved = false;
        // An empty form names what is missing and keeps Save disabled.
        whenShown<OrganisationDialog>(
            [](OrganisationDialog& d) {
                QVERIFY(!d.canSave());
                QVERIFY2(!d.errorText(QStringLiteral("id")).isEmpty(),
                         "the number is named as missing");
                d.form().extIdLineEdit->setText(QStringLiteral("D01"));
                d.form().nameLineEdit->setText(QStringLiteral("机关党委"));
            },
            &saved);
        branch()->newOrganisation();
        QVERIFY(saved);
        const qint64 committee = orgId(QStringLiteral("D01"));
        QVERIFY(committee != 0);
        QVERIFY(m_window->membersView()->selectOrg(committee));

        // A branch under it (the form proposes the selected organisation as parent).
        whenShown<OrganisationDialog>(
            [committee](OrganisationDialog& d) {
                QCOMPARE(d.form().parentComboBox->currentData().toLongLong(), committee);
                d.form().extIdLineEdit->setText(QStringLiteral("B01"));
                d.form().nameLineEdit->setText(QStringLiteral("第一党支部"));
            },
            &saved);
        branch()->newOrganisation();
        QVERIFY(saved);
        QCOMPARE(orgs().size(), size_t(2));
        QVERIFY(m_window->membersView()->orgModel()->orgById(orgId(QStringLiteral("B01"))));

        // A number taken is refused by the ledger, naming the field; nothing is kept.
        Organisation twin;
        twin.extId = QStringLiteral("B01");
        twin.name = QStringLiteral("重名支部");
        Error refusal;
        const int steps = branch()->undoStack()->count();
        QCOMPARE(branch()->saveOrganisation(std::nullopt, twin, &refusal), 0);
        QCOMPARE(refusal.field, QStringLiteral("id"));
        QCOMPARE(branch()->undoStack()->count(), steps);
        QCOMPARE(orgs().size(), size_t(2));
    }

    void movesAnOrganisationUndoably()
    {
        const qint64 committee = orgId(QStringLiteral("D01"));
        const Organisation* b01 =
            m_window->membersView()->orgModel()->orgById(orgId(QStringLiteral("B01")));
        QVERIFY(b01);
        const Organisation before = *b01;
        Organisation moved = before;
        moved.parentId = 0;
        moved.name = QStringLiteral("第一党支部（独立）");
        QVERIFY(branch()->saveOrganisation(before, moved) != 0);
        auto stored = [this](const QString& extId) {
            for (const Organisation& o : orgs())
                if (o.extId == extId)
                    return o;
            return Organisation();
        };
        QCOMPARE(stored(QStringLiteral("B01")).parentId, qint64(0));
        // An organisation never goes under itself or one below it.
        Organisation loop = stored(QStringLiteral("D01"));
        Error refusal;
        QVERIFY(branch()->saveOrganisation(stored(QStringLiteral("B01")),
                                           stored(QStringLiteral("B01"))) != 0); // unchanged: fine
        loop.parentId = loop.id;
        QCOMPARE(branch()->saveOrganisation(stored(QStringLiteral("D01")), loop, &refusal), 0);
        QCOMPARE(refusal.field, QStringLiteral("parent_id"));
        branch()->undoStack()->undo(); // the unchanged save
        // Undo moves it back under the committee with its old name; redo moves it again.
        m_window->undoGroup()->undo();
        QCOMPARE(stored(QStringLiteral("B01")).parentId, committee);
        QCOMPARE(stored(QStringLiteral("B01")).name, QStringLiteral("第一党支部"));
        m_window->undoGroup()->redo();
        QCOMPARE(stored(QStringLiteral("B01")).parentId, qint64(0));
        m_window->undoGroup()->undo();
        QCOMPARE(stored(QStringLiteral("B01")).parentId, committee);
    }

    void setsUpAGroupAndAMembershipAndRecordsASession()
    {
        const qint64 b01 = orgId(QStringLiteral("B01"));
        QVERIFY(m_window->membersView()->selectOrg(b01));
        bool saved = false;
        whenShown<StudyGroupDialog>(
            [b01](StudyGroupDialog& d) {
                QCOMPARE(d.form().orgComboBox->currentData().toLongLong(), b01);
                d.form().extIdLineEdit->setText(QStringLiteral("G-B01"));
                d.form().nameLineEdit->setText(QStringLiteral("第一党支部学习组"));
            },
            &saved);
        branch()->newGroup();
        QVERIFY(saved);
        auto groups = roster().groups();
        QVERIFY(groups.ok());
        QCOMPARE(groups->size(), size_t(1));
        const StudyGroup group = groups->front();
        QCOMPARE(group.orgId, b01);

        // Undo removes the group, redo makes it again (a new id, found through the aliases).
        m_window->undoGroup()->undo();
        QVERIFY(roster().groups()->empty());
        m_window->undoGroup()->redo();
        QCOMPARE(roster().groups()->size(), size_t(1));
        const qint64 groupId = roster().groups()->front().id;

        // A member (the members' own form is tested elsewhere) placed in the group as 组长.
        Member m;
        m.extId = QStringLiteral("M001");
        m.name = QStringLiteral("张伟");
        m.orgId = b01;
        m.joinDate = Date(2010, 7, 1);
        auto memberId = roster().saveMember(m);
        QVERIFY2(memberId.ok(), memberId.ok() ? "" : qPrintable(memberId.error().text()));
        m_window->membersView()->memberModel()->reload();
        QVERIFY(m_window->membersView()->selectMember(*memberId));
        whenShown<MembershipDialog>(
            [groupId](MembershipDialog& d) {
                QVERIFY(!d.canSave()); // no group chosen yet
                d.form().groupComboBox->setCurrentIndex(d.form().groupComboBox->findData(groupId));
                d.form().roleComboBox->setCurrentIndex(
                    d.form().roleComboBox->findData(QStringLiteral("leader")));
                d.form().fromDateField->setDate(Date(2026, 1, 1));
            },
            &saved);
        branch()->joinGroup();
        QVERIFY(saved);
        auto seats = roster().memberships(groupId);
        QVERIFY(seats.ok());
        QCOMPARE(seats->size(), size_t(1));
        QCOMPARE(seats->front().membership.role, GroupRole::Leader);
        m_window->undoGroup()->undo();
        QVERIFY(roster().memberships(groupId)->empty());
        m_window->undoGroup()->redo();
        QCOMPARE(roster().memberships(groupId)->size(), size_t(1));

        // A session of the new group is recorded, and its sheet lists the member.
        StudySession s;
        s.groupId = groupId;
        s.date = Date(2026, 3, 5);
        s.start = QTime(14, 30);
        s.minutes = 90;
        s.topic = QStringLiteral("学习党章");
        s.status = SessionStatus::Held;
        auto session = SessionService(m_window->ledger()).save(s);
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().text()));
        auto sheet = AttendanceService(m_window->ledger()).sheet(*session);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet->lines.size(), size_t(1));
        QCOMPARE(sheet->lines.front().memberName, QStringLiteral("张伟"));
    }
};

QTEST_MAIN(TestBranchSetUp)
#include "TestBranchSetUp.moc"
