#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/TextDecoding.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sl;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private:
    // Writes, decodes and parses again.
    static CsvTable roundTrip(const QStringList& header, const std::vector<QStringList>& rows)
    {
        const QByteArray bytes = CsvWriter::toBytes(header, rows);
        const auto decoded = TextDecoding::decode(bytes);
        if (!decoded)
            return {};
        auto table = CsvReader::parseTable(decoded->text);
        return table ? table.value() : CsvTable();
    }

private slots:
    void bomCrlfAndPlainFields()
    {
        const QByteArray bytes =
            CsvWriter::toBytes({QStringLiteral("编号"), QStringLiteral("姓名")},
                               {{QStringLiteral("M001"), QStringLiteral("张三")}});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF") +
                            QStringLiteral("编号,姓名\r\nM001,张三\r\n").toUtf8());
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, TextEncoding::Utf8Bom);
    }

    void quotingRules()
    {
        QCOMPARE(CsvWriter::formatField(QStringLiteral("plain 文字")),
                 QStringLiteral("plain 文字"));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
        QCOMPARE(CsvWriter::formatField(QStringLiteral(" lead")), QStringLiteral("\" lead\""));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("trail ")), QStringLiteral("\"trail \""));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("　　缩进")),
                 QStringLiteral("\"　　缩进\""));
        QCOMPARE(CsvWriter::formatField(QString()), QString());
    }

    void allEmptyRowIsQuotedSoItSurvives()
    {
        QCOMPARE(CsvWriter::formatRecord({QString(), QString()}), QStringLiteral("\"\","));
        const CsvTable t = roundTrip({"a", "b"}, {{"", ""}, {"1", "2"}});
        QCOMPARE(t.rows.size(), std::size_t(2));
        QCOMPARE(t.rows[0].fields, (QStringList{"", ""}));
        QCOMPARE(t.rows[1].fields, (QStringList{"1", "2"}));
    }

    void roundTripGivesBackExactlyTheSameFields()
    {
        const QStringList header{QStringLiteral("党员编号"), QStringLiteral("笔记"),
                                 QStringLiteral("标题, with comma")};
        const std::vector<QStringList> rows{
            {QStringLiteral("M001"),
             QStringLiteral(
                 "　　学习贯彻\"二十大\"精神。\r\n　　第二段，含逗号,和引号\"。\n第三行😀\r"),
             QStringLiteral("心得体会")},
            {QStringLiteral(" M002 "), QString(), QStringLiteral("\"quoted\"")},
            {QStringLiteral("M003"), QStringLiteral("👨‍👩‍👧 family emoji, 𬀩"),
             QStringLiteral("　")},
            {QStringLiteral(""), QStringLiteral(""), QStringLiteral("x")},
        };
        const CsvTable t = roundTrip(header, rows);
        QCOMPARE(t.header, header);
        QCOMPARE(t.rows.size(), rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(t.rows[i].fields, rows[i]);
        QVERIFY(t.errors.empty());
        // The first row's note spans lines 2 to 5 (CRLF, LF, CR); the next row starts on 6.
        QCOMPARE(t.rows[0].line, 2);
        QCOMPARE(t.rows[1].line, 6);
        QCOMPARE(t.rows[2].line, 7);
    }

    // OWASP CSV injection: = + - @ TAB CR start a formula in a spreadsheet; a ' in front
    // makes the cell text. A cell that starts with ' gets one more, so the reader can undo it.
    void formulaCellsAreNeutralised()
    {
        QCOMPARE(CsvWriter::formatField(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("+86 138")), QStringLiteral("'+86 138"));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("-2")), QStringLiteral("'-2"));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("'quoted")), QStringLiteral("''quoted"));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("=HYPERLINK(\"x\",1)")),
                 QStringLiteral("\"'=HYPERLINK(\"\"x\"\",1)\""));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("a=1")), QStringLiteral("a=1"));
        QCOMPARE(CsvWriter::formatField(QStringLiteral("2026-03-05")),
                 QStringLiteral("2026-03-05"));
    }

    // export -> import -> export is byte-identical, ' texts included.
    void neutralisedCellsRoundTripExactly()
    {
        const QStringList header{"a", "b"};
        const std::vector<QStringList> rows{
            {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("'")},
            {QStringLiteral("''x"), QStringLiteral("'=already")},
            {QStringLiteral("@"), QStringLiteral("\t\tindent")},
            {QStringLiteral("-"), QStringLiteral("+")},
        };
        const QByteArray first = CsvWriter::toBytes(header, rows);
        const CsvTable t = roundTrip(header, rows);
        QCOMPARE(t.rows.size(), rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(t.rows[i].fields, rows[i]);
        QCOMPARE(CsvWriter::toBytes(t), first);
    }

    void toBytesOfTable()
    {
        CsvTable table;
        table.header = QStringList{"id", "name"};
        table.rows.push_back({2, {"M001", QStringLiteral("张三")}});
        QCOMPARE(CsvWriter::toBytes(table),
                 QByteArray("\xEF\xBB\xBF") + QStringLiteral("id,name\r\nM001,张三\r\n").toUtf8());
    }

    void writeFileThenDecodeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const auto status =
            CsvWriter::writeFile(path, {QStringLiteral("姓名")}, {{QStringLiteral("张三\n李四")}});
        QVERIFY(status.ok());
        const auto decoded = TextDecoding::decodeFile(path);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, TextEncoding::Utf8Bom);
        QCOMPARE(decoded->text, QStringLiteral("姓名\r\n\"张三\n李四\"\r\n"));
    }

    void writeFileToMissingDirectoryFails()
    {
        const auto status = CsvWriter::writeFile(QStringLiteral("/nonexistent/dir/out.csv"),
                                                 {QStringLiteral("a")}, {});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
