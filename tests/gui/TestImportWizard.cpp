// The import wizard (File › Import › <kind>…): a column mapped by hand, problems marked on their
// cells with Import disabled, an import whose summary matches the database, and a cancelled
// import that changes nothing.

#include "gui/GuiFixture.h"

#include "gui/common/MessageBoxes.h"
#include "gui/importwizard/ImportRunner.h"
#include "gui/importwizard/ImportWizard.h"
#include "gui/importwizard/PreviewTableModel.h"

#include "exchange/FileFormat.h"
#include "services/RosterService.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace sl;

namespace {

const FileFormat* members()
{
    return FileFormats::find(QStringLiteral("members"));
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;

    Ledger& ledger() { return *m_fixture->ledger; }

    QString write(const QString& name, const QString& text)
    {
        const QString path = m_fixture->ledger.file(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        f.write(text.toUtf8());
        return path;
    }

    qint64 memberCount() { return *RosterService(ledger()).memberCount({}); }

    // Steps 1 and 2: the file, then (when the header matches) the mapping as it is.
    static void openFile(ImportWizard& wizard, const QString& path)
    {
        wizard.fileEdit()->setText(path);
        QVERIFY(wizard.nextButton()->isEnabled());
        QTest::mouseClick(wizard.nextButton(), Qt::LeftButton);
        QCOMPARE(wizard.page(), ImportWizard::MappingPage);
    }

    // Step 3: the preview, once its dry run is done.
    static void preview(ImportWizard& wizard)
    {
        QVERIFY(wizard.nextButton()->isEnabled());
        QTest::mouseClick(wizard.nextButton(), Qt::LeftButton);
        QCOMPARE(wizard.page(), ImportWizard::PreviewPage);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 20000);
    }

    static void import(ImportWizard& wizard)
    {
        QVERIFY(wizard.importButton()->isEnabled());
        QTest::mouseClick(wizard.importButton(), Qt::LeftButton);
        QCOMPARE(wizard.page(), ImportWizard::ProgressPage);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.outcome().has_value(), 20000);
    }

private slots:
    void init()
    {
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_fixture = std::make_unique<GuiFixture>();
    }

    void cleanup()
    {
        m_fixture.reset();
        MessageBoxes::setAutoAnswer(std::nullopt);
    }

    void theKindIsPreselected()
    {
        ImportWizard wizard(ledger(), members());
        QCOMPARE(wizard.kindCombo()->currentData().toString(), QStringLiteral("members"));
        QCOMPARE(wizard.page(), ImportWizard::FilePage);
        QVERIFY(!wizard.nextButton()->isEnabled()); // no file yet
        QVERIFY(!wizard.importButton()->isVisible());
    }

    void aColumnMappedByHandShowsTheRows()
    {
        const QString path =
            write(QStringLiteral("renamed.csv"), QStringLiteral("编号,人员姓名,所在党组织\n"
                                                                "N001,周明,D0101\n"
                                                                "N002,吴芳,D0102\n"));
        ImportWizard wizard(ledger(), members());
        openFile(wizard, path);
        // 人员姓名 matches nothing: 姓名 is missing and the column is unmatched.
        QVERIFY(!wizard.nextButton()->isEnabled());
        QComboBox* combo = wizard.mappingCombo(1);
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString());
        QCOMPARE(wizard.mappingCombo(0)->currentData().toString(), QStringLiteral("id"));
        const int name = combo->findData(QStringLiteral("name"));
        QVERIFY(name > 0);
        QVERIFY(combo->itemText(name).endsWith(QStringLiteral("*"))); // required
        combo->setCurrentIndex(name);
        preview(wizard);
        PreviewTableModel* model = wizard.previewModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("吴芳"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("人员姓名"));
        QCOMPARE(model->headerData(1, Qt::Vertical).toInt(), 3); // line 3 of the file
        QCOMPARE(wizard.problemsList()->count(), 0);
        QVERIFY(wizard.importButton()->isEnabled());
        import(wizard);
        QVERIFY(wizard.outcome()->ok());
        auto added = RosterService(ledger()).resolveMember(QStringLiteral("N002"));
        QVERIFY(added.ok());
        QCOMPARE(added->name, QStringLiteral("吴芳"));
    }

    void aBadDateIsMarkedOnItsCell()
    {
        const qint64 before = memberCount();
        const QString path =
            write(QStringLiteral("bad-date.csv"), QStringLiteral("编号,姓名,出生日期,所在党组织\n"
                                                                 "N101,钱进,1985-02-30,D0101\n"
                                                                 "N102,孙立,1988-04-05,X99\n"
                                                                 "N103,李四,1990-01-01,D0102\n"));
        ImportWizard wizard(ledger(), members());
        openFile(wizard, path);
        preview(wizard);
        PreviewTableModel* model = wizard.previewModel();
        const QModelIndex date = model->index(0, 2);
        QCOMPARE(date.data(Qt::BackgroundRole).value<QColor>(), PreviewTableModel::errorColour());
        QVERIFY2(!date.data(Qt::ToolTipRole).toString().isEmpty(),
                 qPrintable(date.data(Qt::ToolTipRole).toString()));
        // The service's own check (an unknown organisation) is marked too, not only the cells.
        QCOMPARE(model->index(1, 3).data(Qt::BackgroundRole).value<QColor>(),
                 PreviewTableModel::errorColour());
        QVERIFY(!model->index(0, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(2, 2).data(Qt::BackgroundRole).isValid());
        QCOMPARE(wizard.problemsList()->count(), 2);
        QVERIFY(!wizard.importButton()->isEnabled());
        // A click on a problem goes to its cell.
        wizard.problemsList()->setCurrentRow(1);
        QCOMPARE(wizard.previewView()->currentIndex(), model->index(1, 3));
        wizard.problemsList()->setCurrentRow(0);
        QCOMPARE(wizard.previewView()->currentIndex(), date);
        QCOMPARE(memberCount(), before); // the dry run changed nothing
    }

    void theSummaryMatchesTheDatabase()
    {
        const QString first =
            write(QStringLiteral("first.csv"), QStringLiteral("编号,姓名,所在党组织,职务\n"
                                                              "N201,周明,D0101,科员\n"
                                                              "N202,吴芳,D0101,科员\n"
                                                              "N203,郑强,D0102,科员\n"));
        const qint64 before = memberCount();
        {
            ImportWizard wizard(ledger(), members());
            openFile(wizard, first);
            preview(wizard);
            import(wizard);
            QVERIFY2(wizard.summaryText().contains(QStringLiteral("Added: 3")),
                     qPrintable(wizard.summaryText()));
            QCOMPARE(memberCount(), before + 3);
        }
        // Again with one member changed: 0 added, 1 updated, 2 unchanged.
        const QString second =
            write(QStringLiteral("second.csv"), QStringLiteral("编号,姓名,所在党组织,职务\n"
                                                               "N201,周明,D0101,科员\n"
                                                               "N202,吴芳,D0101,副科长\n"
                                                               "N203,郑强,D0102,科员\n"));
        ImportWizard wizard(ledger(), members());
        openFile(wizard, second);
        preview(wizard);
        import(wizard);
        const FileImportResult& result = wizard.outcome()->value();
        QCOMPARE(result.counts.added, 0);
        QCOMPARE(result.counts.updated, 1);
        QCOMPARE(result.counts.unchanged, 2);
        const QString summary = wizard.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("Added: 0")) &&
                     summary.contains(QStringLiteral("Updated: 1")) &&
                     summary.contains(QStringLiteral("Unchanged: 2")),
                 qPrintable(summary));
        QCOMPARE(memberCount(), before + 3);
        QCOMPARE(RosterService(ledger()).resolveMember(QStringLiteral("N202"))->position,
                 QStringLiteral("副科长"));
    }

    void aCancelledImportChangesNothing()
    {
        QString text = QStringLiteral("编号,姓名,所在党组织\n");
        for (int i = 0; i < 4000; ++i)
            text += QStringLiteral("C%1,成员%1,D0101\n").arg(i, 5, 10, QLatin1Char('0'));
        const QString path = write(QStringLiteral("many.csv"), text);
        const qint64 before = memberCount();
        ImportWizard wizard(ledger(), members());
        wizard.show();
        openFile(wizard, path);
        preview(wizard);
        QVERIFY(wizard.importButton()->isEnabled());
        // Cancel as soon as the first rows went in.
        auto* runner = wizard.findChild<ImportRunner*>();
        QVERIFY(runner);
        bool cancelled = false;
        connect(runner, &ImportRunner::progress, &wizard, [&](int done, int) {
            if (done > 0 && !cancelled) {
                cancelled = true;
                QTest::mouseClick(wizard.cancelButton(), Qt::LeftButton);
            }
        });
        import(wizard);
        QVERIFY(cancelled);
        QVERIFY(!wizard.outcome()->ok());
        QCOMPARE(wizard.outcome()->error().code, ErrorCode::Cancelled);
        QVERIFY2(wizard.summaryText().contains(QStringLiteral("nothing was imported")),
                 qPrintable(wizard.summaryText()));
        QVERIFY(wizard.isVisible()); // Cancel stopped the import and left the wizard to say so
        QCOMPARE(memberCount(), before);
    }
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
