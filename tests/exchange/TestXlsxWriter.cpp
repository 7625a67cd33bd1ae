// XlsxFileWriter: real cells that another program (openpyxl) reads as dates and numbers, text
// kept exactly, a styled frozen header, and a file that appears whole or not at all.
#include "support/TempLedger.h"
#include "support/XlsxFixtures.h"

#include "exchange/TableFileWriter.h"
#include "exchange/XlsxFileWriter.h"
#include "exchange/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestXlsxWriter : public QObject
{
    Q_OBJECT

    static QJsonObject cell(const QJsonObject& sheet, int row, int column)
    {
        return sheet.value(QStringLiteral("rows"))
            .toArray()
            .at(row)
            .toArray()
            .at(column)
            .toObject();
    }

    static Status writeSample(const QString& path)
    {
        const QStringList header = {QStringLiteral("编号"),     QStringLiteral("日期"),
                                    QStringLiteral("开始时间"), QStringLiteral("时长(分钟)"),
                                    QStringLiteral("得分"),     QStringLiteral("备注")};
        const std::vector<CellKind> kinds = {CellKind::Text,    CellKind::Date,   CellKind::Time,
                                             CellKind::Integer, CellKind::Number, CellKind::Text};
        return TableFileWriter::writeTable(
            path, header,
            {{QStringLiteral("001"), QStringLiteral("2026-03-05"), QStringLiteral("14:30"),
              QStringLiteral("120"), QStringLiteral("92.5"), QStringLiteral("=SUM(A1:A2)")},
             {QStringLiteral("M002"), QString(), QString(), QStringLiteral("0120"),
              QStringLiteral("7"), QStringLiteral("  缩进\n第二行 ")},
             {QStringLiteral("1e5"), QStringLiteral("2026-02-30"), QStringLiteral("25:00"),
              QStringLiteral("9007199254740993"), QStringLiteral("1.50"), QStringLiteral("'引号")}},
            kinds);
    }

private slots:
    void createPicksTheFormatByEnding()
    {
        QVERIFY(TableFileWriter::isSpreadsheet(QStringLiteral("/x/members.XLSX")));
        QVERIFY(!TableFileWriter::isSpreadsheet(QStringLiteral("/x/members.csv")));
        QVERIFY(
            dynamic_cast<XlsxFileWriter*>(TableFileWriter::create(QStringLiteral("a.xlsx")).get()));
        QVERIFY(
            !dynamic_cast<XlsxFileWriter*>(TableFileWriter::create(QStringLiteral("a.csv")).get()));
    }

    void openpyxlFindsRealCells()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.xlsx"));
        const Status written = writeSample(path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
        QString error;
        const QJsonObject sheet = xlsx_fixtures::read(path, &error);
        QVERIFY2(!sheet.isEmpty(), qPrintable(error));
        QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QVERIFY(sheet.value(QStringLiteral("bold")).toBool());
        QCOMPARE(sheet.value(QStringLiteral("fill")).toString(), QStringLiteral("solid"));
        // Text stays text, exactly: "001", a formula-like text, white space and line breaks.
        QCOMPARE(cell(sheet, 1, 0).value(QStringLiteral("type")).toString(), QStringLiteral("str"));
        QCOMPARE(cell(sheet, 1, 0).value(QStringLiteral("value")).toString(),
                 QStringLiteral("001"));
        QCOMPARE(cell(sheet, 1, 5).value(QStringLiteral("value")).toString(),
                 QStringLiteral("=SUM(A1:A2)"));
        QCOMPARE(cell(sheet, 1, 5).value(QStringLiteral("type")).toString(), QStringLiteral("str"));
        QCOMPARE(cell(sheet, 2, 5).value(QStringLiteral("value")).toString(),
                 QStringLiteral("  缩进\n第二行 "));
        // Dates, times and numbers are real cells.
        QCOMPARE(cell(sheet, 1, 1).value(QStringLiteral("type")).toString(),
                 QStringLiteral("datetime"));
        QCOMPARE(cell(sheet, 1, 1).value(QStringLiteral("value")).toString(),
                 QStringLiteral("2026-03-05T00:00:00"));
        QCOMPARE(cell(sheet, 1, 1).value(QStringLiteral("format")).toString(),
                 QStringLiteral("yyyy-mm-dd"));
        QCOMPARE(cell(sheet, 1, 2).value(QStringLiteral("type")).toString(),
                 QStringLiteral("time"));
        QCOMPARE(cell(sheet, 1, 2).value(QStringLiteral("value")).toString(),
                 QStringLiteral("14:30:00"));
        QCOMPARE(cell(sheet, 1, 3).value(QStringLiteral("type")).toString(), QStringLiteral("int"));
        QCOMPARE(cell(sheet, 1, 3).value(QStringLiteral("value")).toInt(), 120);
        QCOMPARE(cell(sheet, 1, 4).value(QStringLiteral("type")).toString(),
                 QStringLiteral("float"));
        QCOMPARE(cell(sheet, 1, 4).value(QStringLiteral("value")).toDouble(), 92.5);
        // What does not read back as the same text stays text: "0120", "2026-02-30", "25:00",
        // a whole number beyond 2^53.
        for (int column = 1; column <= 3; ++column)
            QCOMPARE(cell(sheet, 3, column).value(QStringLiteral("type")).toString(),
                     QStringLiteral("str"));
        // A decimal is a number shown with its decimals: "1.50" is 1.5 in the format 0.00.
        QCOMPARE(cell(sheet, 3, 4).value(QStringLiteral("type")).toString(),
                 QStringLiteral("float"));
        QCOMPARE(cell(sheet, 3, 4).value(QStringLiteral("format")).toString(),
                 QStringLiteral("0.00"));
        QCOMPARE(cell(sheet, 2, 3).value(QStringLiteral("value")).toString(),
                 QStringLiteral("0120"));
        // Columns as wide as their cells, CJK counting double.
        const QJsonObject widths = sheet.value(QStringLiteral("widths")).toObject();
        QVERIFY(widths.value(QStringLiteral("F")).toDouble() >
                widths.value(QStringLiteral("A")).toDouble());
    }

    void readsBackExactly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.xlsx"));
        QVERIFY(writeSample(path).ok());
        auto sheet = XlsxReader::readTable(path);
        QVERIFY(sheet.ok());
        QVERIFY(sheet->problems.empty());
        QCOMPARE(sheet->table.rows.size(), size_t(3));
        QCOMPARE(sheet->table.rows[0].fields,
                 QStringList({QStringLiteral("001"), QStringLiteral("2026-03-05"),
                              QStringLiteral("14:30"), QStringLiteral("120"),
                              QStringLiteral("92.5"), QStringLiteral("=SUM(A1:A2)")}));
        QCOMPARE(sheet->table.rows[1].fields.at(5), QStringLiteral("  缩进\n第二行 "));
        QCOMPARE(sheet->table.rows[2].fields,
                 QStringList({QStringLiteral("1e5"), QStringLiteral("2026-02-30"),
                              QStringLiteral("25:00"), QStringLiteral("9007199254740993"),
                              QStringLiteral("1.5"), QStringLiteral("'引号")}));
        QCOMPARE(sheet->table.rows[2].line, 4);
    }

    void failureLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.xlsx"));
        const Status s = writeSample(missing);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Io);
        QVERIFY(s.error().message.contains(missing));

        // A file that is not committed does not appear, and leaves no temporary file behind.
        const QString path = dir.filePath(QStringLiteral("out.xlsx"));
        {
            auto out = TableFileWriter::create(path);
            QVERIFY(out->open({QStringLiteral("a")}).ok());
            QVERIFY(out->add({QStringLiteral("1")}).ok());
        }
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void neverOntoALedger()
    {
        TempLedger ledger;
        QVERIFY(ledger.isOpen());
        const QByteArray before = [&] {
            QFile f(ledger.path());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        // A ledger named .xlsx is still a ledger.
        const QString alias = ledger.file(QStringLiteral("ledger.xlsx"));
        QVERIFY(QFile::link(ledger.path(), alias));
        const Status s = writeSample(alias);
        QVERIFY(!s.ok());
        QFile f(ledger.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void tooManyRowsIsAnErrorNotATruncatedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.xlsx"));
        auto out = TableFileWriter::create(path);
        QVERIFY(out->open({QStringLiteral("n")}, {CellKind::Integer}).ok());
        const QStringList row = {QStringLiteral("1")};
        Status s;
        int added = 0;
        while (s.ok() && added < XlsxFileWriter::maxRows) {
            s = out->add(row);
            if (s.ok())
                ++added;
        }
        QCOMPARE(added, XlsxFileWriter::maxRows - 1); // the header is a row too
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Invalid);
        QVERIFY(s.error().message.contains(QStringLiteral("1,048,576")));
        QVERIFY(!out->commit().ok());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "TestXlsxWriter.moc"
