#include "gui/GuiFixture.h"
#include "support/CliRunner.h"
#include "support/FileBytes.h"

#include "gui/MainWindow.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/importwizard/ImportWizard.h"
#include "gui/members/MembersView.h"
#include "gui/members/OrgTreeModel.h"

#include "exchange/FileFormat.h"
#include "services/RosterService.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace sl;

// File › Import and File › Export: every kind, through the same FileFormat as the command line.
class TestExchangeMenus : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    QAction* action(const QString& name) const { return m_window->findChild<QAction*>(name); }

    static QByteArray contents(const QString& file) { return fileBytes(file); }

private slots:
    void initTestCase()
    {
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_fixture = std::make_unique<GuiFixture>();
        auto ledger = Ledger::open(m_fixture->ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger.ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger).value(), false);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        MessageBoxes::setAutoAnswer(std::nullopt);
    }

    void everyKindHasItsEntries()
    {
        for (const auto& format : FileFormats::all()) {
            if (format->canRead())
                QVERIFY2(action(QStringLiteral("import-") + format->shortName()),
                         qPrintable(format->shortName()));
            if (format->canWrite())
                QVERIFY2(action(QStringLiteral("export-") + format->shortName()),
                         qPrintable(format->shortName()));
        }
        QVERIFY(!action(QStringLiteral("import-calendar"))); // written, never read
        QVERIFY(action(QStringLiteral("export-calendar")));
    }

    // File › Import › <kind>… opens the wizard for the kind; it is driven to its preview here and
    // left there (the wizard itself is TestImportWizard's).
    ImportWizard* openWizard(const QString& kind, const QString& path)
    {
        action(QStringLiteral("import-") + kind)->trigger();
        auto* wizard = m_window->findChild<ImportWizard*>();
        if (!wizard)
            return nullptr;
        wizard->fileEdit()->setText(path);
        wizard->next(); // the mapping
        wizard->next(); // the preview and its dry run
        if (!QTest::qWaitFor([wizard] { return !wizard->isBusy(); }, 20000))
            return nullptr;
        return wizard;
    }

    static void closeWizard(ImportWizard* wizard)
    {
        wizard->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void importsACsvFile()
    {
        ImportWizard* wizard =
            openWizard(QStringLiteral("orgs"), QStringLiteral(SL_TEST_DATA_DIR "/orgs.csv"));
        QVERIFY(wizard);
        QCOMPARE(wizard->kindCombo()->currentData().toString(), QStringLiteral("orgs"));
        wizard->startImport();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->outcome().has_value(), 20000);
        QVERIFY2(wizard->summaryText().contains(QStringLiteral("Added")),
                 qPrintable(wizard->summaryText()));
        closeWizard(wizard);
        QVERIFY(!m_window->findChild<ImportWizard*>());
        auto org = RosterService(m_window->ledger()).resolveOrg(QStringLiteral("B02"));
        QVERIFY(org.ok());
        QCOMPARE(org->name, QStringLiteral("社区党支部（东城）"));
        // The members area shows it: the import's events reached it, nothing rebuilt it.
        QTRY_VERIFY(m_window->membersView()->orgModel()->indexOfOrg(org->id).isValid());
        // The same file again changes nothing (the command line's contract).
        wizard = openWizard(QStringLiteral("orgs"), QStringLiteral(SL_TEST_DATA_DIR "/orgs.csv"));
        QVERIFY(wizard);
        wizard->startImport();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->outcome().has_value(), 20000);
        QVERIFY2(wizard->summaryText().contains(QStringLiteral("Added: 0\nUpdated: 0")),
                 qPrintable(wizard->summaryText()));
        closeWizard(wizard);
    }

    void aBadFileChangesNothingAndSaysWhere()
    {
        const QString bad = m_fixture->ledger.file(QStringLiteral("bad-orgs.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("编号,名称,上级编号,类别\nX1,新支部,D01,党支部\nX2,,D01,不知道\n");
        f.close();
        ImportWizard* wizard = openWizard(QStringLiteral("orgs"), bad);
        QVERIFY(wizard);
        QVERIFY(!wizard->importButton()->isEnabled());
        QVERIFY(wizard->problemsList()->count() > 0);
        QVERIFY2(wizard->problemsList()->item(0)->text().startsWith(QStringLiteral("Line 3")),
                 qPrintable(wizard->problemsList()->item(0)->text()));
        closeWizard(wizard);
        QVERIFY(!RosterService(m_window->ledger()).resolveOrg(QStringLiteral("X1")).ok());
    }

    void exportsWhatTheCommandLineExports()
    {
        const QString fromGui = m_fixture->ledger.file(QStringLiteral("gui-orgs.csv"));
        FileDialogs::setNextFileName(fromGui);
        action(QStringLiteral("export-orgs"))->trigger();
        const QString fromCli = m_fixture->ledger.file(QStringLiteral("cli-orgs.csv"));
        const CliRun run =
            runCli({QStringLiteral("--db"), m_fixture->ledger.path(), QStringLiteral("export"),
                    QStringLiteral("orgs"), QStringLiteral("-o"), fromCli});
        QCOMPARE(run.code, 0);
        QVERIFY(!contents(fromGui).isEmpty());
        QCOMPARE(contents(fromGui), contents(fromCli));
    }

    void neverExportsOntoTheLedger()
    {
        const QByteArray before = contents(m_fixture->ledger.path());
        FileDialogs::setNextFileName(m_fixture->ledger.path());
        action(QStringLiteral("export-members"))->trigger();
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("open ledger")),
                 qPrintable(MessageBoxes::lastText()));
        QCOMPARE(contents(m_fixture->ledger.path()), before);
    }
};

QTEST_MAIN(TestExchangeMenus)
#include "TestExchangeMenus.moc"
