#include "gui/GuiFixture.h"

#include "gui/BackupMenu.h"
#include "gui/MainWindow.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MembersView.h"
#include "gui/settings/BackupSettingsPage.h"
#include "gui/settings/SettingsView.h"
#include "services/AutoBackup.h"
#include "services/BackupService.h"
#include "support/FileBytes.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace sl;

// File › Restore from Backup… with the dialogs answered in advance, and the automatic backup of
// the day, off the GUI thread.
class TestBackupMenu : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_backup;

    qint64 shownMembers() const { return m_window->membersView()->memberModel()->totalCount(); }
    qint64 storedMembers() const { return *RosterService(m_window->ledger()).memberCount({}); }
    QStringList keptCopies() const
    {
        return QDir(QFileInfo(m_fixture->ledger.path()).absolutePath())
            .entryList({QStringLiteral("*.before-restore-*.sqlite")});
    }
    QAction* restoreAction() const
    {
        return m_window->findChild<QAction*>(QStringLiteral("restoreAction"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings of the test, not the user's
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->addNamedMembers(); // 12
        m_backup = m_fixture->ledger.file(QStringLiteral("backup.sqlite"));
        QVERIFY(BackupService(*m_fixture->ledger).backup(m_backup));
        QVERIFY(m_fixture->addMember(QStringLiteral("M900"), QStringLiteral("孙新"),
                                     m_fixture->branch1));
        auto ledger = Ledger::open(m_fixture->ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger);
        m_window = std::make_unique<MainWindow>(std::move(ledger).value(), false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->showArea(QStringLiteral("members")));
        QCOMPARE(shownMembers(), qint64(13));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Clock::setNow({});
    }

    void aCancelledQuestionChangesNothing()
    {
        QVERIFY(restoreAction());
        FileDialogs::setNextFileName(m_backup);
        MessageBoxes::setNextAnswer(QMessageBox::No);
        restoreAction()->trigger();
        QCOMPARE(storedMembers(), qint64(13));
        QVERIFY(keptCopies().isEmpty());
    }

    void aTextFileIsRefused()
    {
        const QString text = writeBytes(m_fixture->ledger.file(QStringLiteral("名册.csv")),
                                        "编号,姓名\nM001,张三\n");
        QVERIFY(!text.isEmpty());
        FileDialogs::setNextFileName(text);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        restoreAction()->trigger();
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("not an SQLite file")),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(MessageBoxes::lastText().contains(text));
        QCOMPARE(storedMembers(), qint64(13));
        QCOMPARE(shownMembers(), qint64(13));
        QVERIFY(keptCopies().isEmpty());
    }

    void restoreShowsTheBackupsData()
    {
        FileDialogs::setNextFileName(m_backup);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        restoreAction()->trigger();
        QCOMPARE(storedMembers(), qint64(12));
        // The areas were built again on the reopened ledger: the members view shows the backup.
        QVERIFY(m_window->showArea(QStringLiteral("members")));
        QCOMPARE(shownMembers(), qint64(12));
        QCOMPARE(m_window->ledger().path(), m_fixture->ledger.path());
        QCOMPARE(keptCopies().size(), 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(keptCopies().first()),
                 qPrintable(m_window->statusBar()->currentMessage()));
        auto problems = m_window->ledger().check();
        QVERIFY(problems && problems->isEmpty());
    }

    void theSettingIsKeptAndShown()
    {
        QVERIFY(m_window->showArea(QStringLiteral("settings")));
        BackupSettingsPage* page = m_window->settingsView()->backupPage();
        QVERIFY(page);
        page->keepSpinBox()->setValue(2);
        QCOMPARE(BackupSettingsPage::automaticBackupsKept(), 2);
    }

    void theAutomaticBackupRunsOffTheGuiThread()
    {
        BackupSettingsPage::setAutomaticBackupsKept(2);
        BackupMenu* menu = m_window->backupMenu();
        QSignalSpy done(menu, &BackupMenu::automaticBackupDone);
        for (int day = 1; day <= 3; ++day) {
            Clock::setNow(QDateTime(QDate(2026, 4, day), QTime(9, 0)));
            menu->startAutomaticBackup();
            QVERIFY(menu->automaticBackupRunning()); // the window goes on meanwhile
            QVERIFY(done.wait(30000));
            const QString made = done.last().at(0).toString();
            QVERIFY2(done.last().at(1).toString().isEmpty(),
                     qPrintable(done.last().at(1).toString()));
            QVERIFY(QFileInfo::exists(made));
            QVERIFY(m_window->statusBar()->currentMessage().contains(QFileInfo(made).fileName()));
            menu->startAutomaticBackup(); // the same day again: not due
            QVERIFY(!menu->automaticBackupRunning());
        }
        QCOMPARE(AutoBackup::existing(m_window->ledger().path()).size(), 2);

        BackupSettingsPage::setAutomaticBackupsKept(0); // off
        Clock::setNow(QDateTime(QDate(2026, 4, 4), QTime(9, 0)));
        menu->startAutomaticBackup();
        QVERIFY(!menu->automaticBackupRunning());
        QCOMPARE(done.size(), 3);
    }
};

QTEST_MAIN(TestBackupMenu)
#include "TestBackupMenu.moc"
