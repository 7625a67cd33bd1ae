// Files that are not workbooks, or are built to hurt: each a clear error naming the file, and
// nothing changed in the ledger.
#include "support/RosterImport.h"
#include "support/TempLedger.h"
#include "support/XlsxFixtures.h"

#include "exchange/FileFormat.h"
#include "services/RosterService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestXlsxHostile : public QObject
{
    Q_OBJECT

private slots:
    void refusedWithAClearError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a zip") << QStringLiteral("not-a-zip")
                                   << QStringLiteral("not an XLSX workbook: the file is not a zip");
        QTest::newRow("no workbook")
            << QStringLiteral("no-workbook")
            << QStringLiteral("not an XLSX workbook: it has no workbook part");
        QTest::newRow("no sheets")
            << QStringLiteral("no-sheets") << QStringLiteral("the workbook has no sheets");
        QTest::newRow("truncated")
            << QStringLiteral("truncated") << QStringLiteral("damaged or cut short");
        QTest::newRow("DTD") << QStringLiteral("dtd")
                             << QStringLiteral("a DTD is not accepted in a workbook");
        QTest::newRow("huge declared size")
            << QStringLiteral("huge-declared")
            << QStringLiteral("the part xl/worksheets/sheet1.xml is too large (1280 MB unpacked");
    }

    void refusedWithAClearError()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(name + QStringLiteral(".xlsx"));
        QString error;
        QVERIFY2(xlsx_fixtures::write(name, path, &error), qPrintable(error));
        TempLedger ledger;
        importRoster(*ledger);
        auto before = RosterService(*ledger).organisations();
        QVERIFY(before.ok());
        auto result = FileFormats::find(QStringLiteral("orgs"))->read(*ledger, path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QVERIFY2(result.error().message.startsWith(path + QStringLiteral(": ")),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        auto after = RosterService(*ledger).organisations();
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size());
    }

    void aWellFormedMinimalWorkbookIsRead()
    {
        // The hostile files differ from this one only in what makes them hostile: it goes in
        // (absolute relationship targets, inline strings, no styles or shared strings).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("minimal.xlsx"));
        QString error;
        QVERIFY2(xlsx_fixtures::write(QStringLiteral("minimal"), path, &error), qPrintable(error));
        TempLedger ledger;
        auto result = FileFormats::find(QStringLiteral("orgs"))->read(*ledger, path);
        QVERIFY(result.ok());
        // The header alone, without 类别: the problem names the sheet and the header row.
        QCOMPARE(problemTexts(*result),
                 QStringList(path + QStringLiteral(":S!1: 类别: required column is missing "
                                                   "(header 类别 or kind)")));
    }

    void missingFileIsAnIoError()
    {
        TempLedger ledger;
        auto result = FileFormats::find(QStringLiteral("orgs"))
                          ->read(*ledger, ledger.file(QStringLiteral("absent.xlsx")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestXlsxHostile)
#include "TestXlsxHostile.moc"
