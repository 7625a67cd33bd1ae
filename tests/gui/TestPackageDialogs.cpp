#include "gui/DemoGuiFixture.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/package/ExportPackageDialog.h"
#include "gui/package/ImportPackageDialog.h"
#include "gui/package/PackageActions.h"

#include "exchange/FileFormat.h"
#include "exchange/PackageFiles.h"
#include "exchange/RosterFiles.h"
#include "services/LedgerEvents.h"
#include "services/SessionService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

using namespace sl;

// File › Export data package and File › Import data package (offscreen): the summary shown
// before a merge, Import disabled while the package refers to members this ledger does not
// know, and the whole import through the menu action, which the window's ledger announces.
class TestPackageDialogs : public QObject
{
    Q_OBJECT

    DemoGuiFixture m_demo;
    QTemporaryDir m_dir;
    QString m_package;

    // A new ledger with the demo's organisations and, with `members`, its members.
    void fillRoster(Ledger& target, bool members)
    {
        for (ImportKind kind : {ImportKind::Orgs, ImportKind::Members}) {
            if (kind == ImportKind::Members && !members)
                continue;
            const QString csv = m_dir.filePath(importKindName(kind) + QStringLiteral(".csv"));
            QVERIFY(RosterFiles::exportFile(*m_demo.ledger, kind, csv).ok());
            auto imported = RosterFiles::importFile(target, kind, csv);
            QVERIFY(imported.ok() && imported->ok());
        }
    }

    static int sessionCount(Ledger& ledger)
    {
        int count = 0;
        Status s = SessionService(ledger).exportRows({}, [&](const SessionRow&) {
            ++count;
            return Status();
        });
        return s.ok() ? count : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.built);
        m_package = m_dir.filePath(QStringLiteral("D01-01.zip"));
        auto manifest =
            PackageFiles::exportPackage(*m_demo.ledger, QStringLiteral("D01-01"), 2026, m_package);
        QVERIFY(manifest.ok());
    }

    void cleanup() { MessageBoxes::setAutoAnswer(std::nullopt); }

    void summaryOfAKnownPackage()
    {
        TempLedger target;
        fillRoster(*target, true);
        auto summary = PackageFiles::inspect(*target, m_package);
        QVERIFY(summary.ok());
        ImportPackageDialog dialog(*summary, QStringLiteral("D01-01.zip"));
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(dialog.sourceLabel()->text().startsWith(QStringLiteral("D01-01 ")));
        QTableWidget* table = dialog.partsTable();
        QCOMPARE(table->rowCount(), int(summary->manifest.parts.size()));
        const PackagePart& sessions = *summary->manifest.part(QStringLiteral("sessions"));
        QVERIFY(sessions.rows > 0);
        bool found = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() ==
                FileFormats::find(QStringLiteral("sessions"))->displayName()) {
                QCOMPARE(table->item(row, 1)->text(), QLocale().toString(sessions.rows));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void unknownMembersDisableImport()
    {
        TempLedger target;
        fillRoster(*target, false);
        auto summary = PackageFiles::inspect(*target, m_package);
        QVERIFY(summary.ok());
        QVERIFY(!summary->unknown.members.empty());
        ImportPackageDialog dialog(*summary, QStringLiteral("D01-01.zip"));
        QVERIFY(!dialog.importButton()->isEnabled());
        const PackageRef& first = summary->unknown.members.front();
        QVERIFY2(
            dialog.unknownLabel()->text().contains(first.extId + QLatin1Char(' ') + first.name),
            qPrintable(dialog.unknownLabel()->text()));
        dialog.importButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void exportDialogChoosesOrganisationAndYear()
    {
        auto orgs = RosterService(*m_demo.ledger).organisations();
        QVERIFY(orgs.ok() && orgs->size() > 1);
        ExportPackageDialog dialog(*orgs, 2026);
        QCOMPARE(dialog.orgCombo()->count(), int(orgs->size()));
        dialog.orgCombo()->setCurrentIndex(1);
        QCOMPARE(dialog.orgRef(), (*orgs)[1].extId);
        QCOMPARE(dialog.year(), 2026);
        dialog.allYearsCheck()->setChecked(true);
        QVERIFY(!dialog.yearSpin()->isEnabled());
        QCOMPARE(dialog.year(), 0);
    }

    void importThroughTheMenuAction()
    {
        TempLedger target;
        fillRoster(*target, true);
        QCOMPARE(sessionCount(*target), 0);
        QWidget window;
        PackageActions actions(&window);
        actions.setLedger(&*target);
        QSignalSpy announced(&target->events(), &LedgerEvents::sessionsChanged);
        FileDialogs::setNextFileName(m_package);
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        // The summary comes up after the package was checked on a worker thread: accept it
        // once it is shown.
        bool clicked = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<ImportPackageDialog*>(w);
                if (dialog && dialog->isVisible() && !clicked) {
                    clicked = true;
                    poll.stop();
                    dialog->importButton()->click();
                }
            }
        });
        poll.start();
        actions.importPackage();
        QVERIFY(clicked);
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("added")),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(sessionCount(*target) > 0);
        QCOMPARE(announced.count(), 1);
    }
};

QTEST_MAIN(TestPackageDialogs)
#include "TestPackageDialogs.moc"
