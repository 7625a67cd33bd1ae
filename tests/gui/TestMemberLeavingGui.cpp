#include "support/SessionFixture.h"

#include "gui/AreaViews.h"
#include "gui/MainWindow.h"
#include "gui/archive/ArchiveView.h"
#include "gui/common/MemberPicker.h"
#include "gui/common/MemberSearchField.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/members/BranchActions.h"
#include "gui/members/DeactivateDialog.h"
#include "gui/members/MemberDetailPane.h"
#include "gui/members/MemberDialog.h"
#include "gui/members/MemberLeavingActions.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MembersView.h"
#include "gui/members/MembershipDialog.h"
#include "gui/members/MembershipsPane.h"
#include "gui/members/TransferDialog.h"

#include "services/AttendanceService.h"
#include "services/MemberLeavingService.h"

#include "ui_DeactivateDialog.h"
#include "ui_MembershipDialog.h"
#include "ui_TransferDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace sl;
using namespace session_fixture;

// Issue 14 item 8 in the window: a member who leaves (转出, 停用, 恢复), deleting refused for a
// member with records, and a member's places in study groups edited and removed — each one step
// of the members area's undo stack.
class TestMemberLeavingGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    MembersView* view() const { return m_window->membersView(); }
    BranchActions* branch() const { return view()->findChild<BranchActions*>(); }
    MemberLeavingActions* leaving() const { return branch()->leaving(); }
    QUndoStack* undo() const { return branch()->undoStack(); }
    Ledger& ledger() { return m_window->ledger(); }

    Member stored(const char* ext) { return **m_window->roster().member(memberId(ledger(), ext)); }

    std::optional<GroupMembership> seatOf(const char* group, const char* member)
    {
        auto rows = m_window->roster().memberships(groupId(ledger(), group));
        for (const MembershipRow& r : *rows)
            if (r.membership.memberId == memberId(ledger(), member))
                return r.membership;
        return std::nullopt;
    }

    bool selectMember(const char* ext)
    {
        view()->selectOrg(orgId(ledger(), "D01"));
        return view()->selectMember(memberId(ledger(), ext));
    }

    // Runs `fill` on the dialog D once it is shown, then presses Save. With SL_TEST_SHOTS set
    // to a folder, the filled form is saved there as a picture (to look at).
    template <class D> static void whenShown(const std::function<void(D&)>& fill)
    {
        QTimer::singleShot(0, [fill] {
            auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(*dialog);
            if (const QString shots = qEnvironmentVariable("SL_TEST_SHOTS"); !shots.isEmpty())
                dialog->grab().save(shots + QLatin1Char('/') + dialog->objectName() +
                                    QStringLiteral(".png"));
            QVERIFY(dialog->canSave());
            dialog->accept();
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        Clock::setToday(Date(2026, 6, 30));
        MessageBoxes::setAutoAnswer(QMessageBox::Cancel);
        auto opened =
            Ledger::open(m_dir.filePath(QStringLiteral("l.sqlite")), OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        QVERIFY(buildRoster(**opened));
        m_window = std::make_unique<MainWindow>(std::move(opened).value(), false);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(m_window->showArea(QStringLiteral("members")));
        QVERIFY(branch());
        QCOMPARE(m_window->undoGroup()->activeStack(), undo());
    }

    void cleanupTestCase() { m_window.reset(); }

    void transferThroughTheFormAndUndo()
    {
        QVERIFY(selectMember("M001"));
        QVERIFY(leaving()->transferAction()->isEnabled());
        const qint64 b02 = orgId(ledger(), "B02");
        const qint64 b01 = orgId(ledger(), "B01");
        whenShown<TransferDialog>([b01, b02](TransferDialog& d) {
            // The member's own organisation is refused as typed.
            d.form().orgComboBox->setCurrentIndex(d.form().orgComboBox->findData(b01));
            QVERIFY(!d.canSave());
            QVERIFY(!d.errorText(QStringLiteral("org_id")).isEmpty());
            d.form().orgComboBox->setCurrentIndex(d.form().orgComboBox->findData(b02));
            d.form().transferDateField->setDate(Date(2026, 4, 30));
        });
        leaving()->transferCurrent();
        QCOMPARE(stored("M001").orgId, b02);
        QCOMPARE(seatOf("G-B01", "M001")->to, Date(2026, 4, 30));
        QVERIFY(seatOf("G-C01", "M001")->to.is_special()); // a group of D01 stays
        undo()->undo();
        QCOMPARE(stored("M001").orgId, orgId(ledger(), "B01"));
        QVERIFY(seatOf("G-B01", "M001")->to.is_special());
        undo()->redo();
        QCOMPARE(stored("M001").orgId, b02);
        undo()->undo();
    }

    void deactivatedMemberIsGreyedFilteredAndNotOffered()
    {
        MemberSearchField picker(m_window->roster());
        picker.setText(QStringLiteral("ls"));
        picker.search();
        QVERIFY(picker.matches().join(QLatin1Char(' ')).contains(QStringLiteral("李四")));

        QVERIFY(selectMember("M002"));
        whenShown<DeactivateDialog>([](DeactivateDialog& d) {
            d.form().leftOnDateField->setDate(Date(2026, 5, 31));
            d.form().reasonComboBox->setCurrentIndex(
                d.form().reasonComboBox->findText(QStringLiteral("去世")));
            d.form().noteLineEdit->setText(QStringLiteral("病故"));
        });
        leaving()->deactivateCurrent();
        const Member left = stored("M002");
        QVERIFY(!left.isActive());
        QCOMPARE(left.leaveReason, std::optional(LeaveReason::Deceased));

        // Not offered for new records.
        picker.search();
        QVERIFY(!picker.matches().join(QLatin1Char(' ')).contains(QStringLiteral("李四")));
        // The archive looks back: it offers the member who left.
        QVERIFY(m_window->showArea(AreaViews::archiveArea));
        auto* archivePicker = m_window->archiveView()->findChild<MemberPicker*>();
        QVERIFY(archivePicker);
        archivePicker->lineEdit()->setText(QStringLiteral("ls"));
        archivePicker->search();
        QVERIFY(archivePicker->matches().join(QLatin1Char(' ')).contains(QStringLiteral("李四")));
        QVERIFY(m_window->showArea(AreaViews::membersArea));
        // Not listed, until "显示已停用"; then greyed with the reason in the tooltip.
        MemberTableModel* model = view()->memberModel();
        QCOMPARE(model->rowOfMember(left.id), -1);
        leaving()->showInactiveBox()->setChecked(true);
        const int row = model->rowOfMember(left.id);
        QVERIFY(row >= 0);
        const QModelIndex name = model->index(row, MemberTableModel::Name);
        QCOMPARE(name.data(Qt::ForegroundRole).value<QBrush>().color(),
                 QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("去世")));
        QVERIFY(view()->selectMember(left.id));
        if (const QString shots = qEnvironmentVariable("SL_TEST_SHOTS"); !shots.isEmpty())
            m_window->grab().save(shots + QStringLiteral("/members-inactive.png"));
        QVERIFY(!leaving()->transferAction()->isEnabled());
        QVERIFY(leaving()->reactivateAction()->isEnabled());

        // Undo: active again and offered.
        undo()->undo();
        QVERIFY(stored("M002").isActive());
        picker.search();
        QVERIFY(picker.matches().join(QLatin1Char(' ')).contains(QStringLiteral("李四")));
        leaving()->showInactiveBox()->setChecked(false);
    }

    void deleteWithRecordsIsRefusedWithTheCountAndTheOffer()
    {
        const qint64 c = heldSession(ledger(), "G-C01", Date(2026, 3, 10));
        Attendance a;
        a.memberId = memberId(ledger(), "M003");
        a.status = AttendanceStatus::Present;
        QVERIFY(AttendanceService(ledger()).save(c, {a}).ok());
        QVERIFY(selectMember("M003"));
        const int steps = undo()->count();
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        view()->deleteAction()->trigger();
        const QString text = MessageBoxes::lastText();
        QVERIFY2(text.contains(QStringLiteral("王五")) && text.contains(QStringLiteral("1")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("转出")) || text.contains(QStringLiteral("Transfer")),
                 qPrintable(text));
        QVERIFY(m_window->roster().member(a.memberId).value().has_value());
        QCOMPARE(undo()->count(), steps);
        // The offer's 停用 opens the form.
        MessageBoxes::setNextAnswer(QMessageBox::No);
        whenShown<DeactivateDialog>(
            [](DeactivateDialog& d) { d.form().leftOnDateField->setDate(Date(2026, 6, 1)); });
        view()->deleteAction()->trigger();
        QVERIFY(!stored("M003").isActive());
        undo()->undo();
        QVERIFY(stored("M003").isActive());
    }

    void deleteWithoutRecordsAndUndo()
    {
        QVERIFY(selectMember("M004"));
        const Member before = stored("M004");
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        view()->deleteAction()->trigger();
        QVERIFY(!m_window->roster().member(before.id).value().has_value());
        QVERIFY(!seatOf("G-C01", "M004"));
        undo()->undo();
        QCOMPARE(stored("M004"), before);
        QCOMPARE(seatOf("G-C01", "M004")->role, GroupRole::Observer);
        undo()->redo();
        QVERIFY(!m_window->roster().member(before.id).value().has_value());
        undo()->undo();
    }

    void membershipEditedAndRemovedFromTheDetailPane()
    {
        QVERIFY(selectMember("M002"));
        MembershipsPane* pane = view()->detailPane()->memberships();
        QCOMPARE(pane->table()->rowCount(), 1);
        QCOMPARE(pane->table()->item(0, 0)->text(), QStringLiteral("学习组G-B01"));
        QVERIFY(pane->editButton()->isEnabled());
        whenShown<MembershipDialog>([](MembershipDialog& d) {
            d.form().roleComboBox->setCurrentIndex(
                d.form().roleComboBox->findText(QStringLiteral("秘书")));
            d.form().toDateField->setDate(Date(2026, 9, 30));
        });
        pane->editButton()->click();
        QCOMPARE(seatOf("G-B01", "M002")->role, GroupRole::Secretary);
        QCOMPARE(seatOf("G-B01", "M002")->to, Date(2026, 9, 30));
        QCOMPARE(pane->table()->item(0, 1)->text(), QStringLiteral("秘书"));
        undo()->undo();
        QCOMPARE(seatOf("G-B01", "M002")->role, GroupRole::Member);
        QVERIFY(seatOf("G-B01", "M002")->to.is_special());
        undo()->redo();
        QCOMPARE(seatOf("G-B01", "M002")->role, GroupRole::Secretary);

        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        pane->removeButton()->click();
        QVERIFY(!seatOf("G-B01", "M002"));
        QCOMPARE(pane->table()->rowCount(), 0);
        undo()->undo();
        QCOMPARE(seatOf("G-B01", "M002")->role, GroupRole::Secretary);
        QCOMPARE(seatOf("G-B01", "M002")->from, Date(2026, 3, 1));
    }

    void aMemberSavedInTheFormIsOneUndoableStep()
    {
        const auto fillAndSave = [](const std::function<void(MemberDialog&)>& fill) {
            QTimer::singleShot(0, [fill] {
                auto* dialog = qobject_cast<MemberDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                fill(*dialog);
                QVERIFY(dialog->canSave());
                dialog->save();
            });
        };
        // A changed name: undo writes the member back as they were, redo changes it again.
        const Member before = stored("M003");
        QVERIFY(selectMember("M003"));
        fillAndSave([](MemberDialog& d) { d.nameEdit()->setText(QStringLiteral("王五改")); });
        view()->editCurrent();
        QCOMPARE(stored("M003").name, QStringLiteral("王五改"));
        undo()->undo();
        QCOMPARE(stored("M003"), before);
        undo()->redo();
        QCOMPARE(stored("M003").name, QStringLiteral("王五改"));
        undo()->undo();

        // A new member: undo removes them, redo registers them again.
        const auto find = [this](const char* ext) -> std::optional<Member> {
            const qint64 id = memberId(ledger(), ext);
            if (id == 0)
                return std::nullopt;
            auto m = m_window->roster().member(id);
            if (!m || !*m)
                return std::nullopt;
            return **m;
        };
        fillAndSave([](MemberDialog& d) {
            d.extIdEdit()->setText(QStringLiteral("M900"));
            d.nameEdit()->setText(QStringLiteral("赵新"));
        });
        view()->newMember();
        QVERIFY(find("M900"));
        undo()->undo();
        QVERIFY(!find("M900"));
        undo()->redo();
        QCOMPARE(find("M900")->name, QStringLiteral("赵新"));
        undo()->undo();
    }
};

QTEST_MAIN(TestMemberLeavingGui)
#include "TestMemberLeavingGui.moc"
