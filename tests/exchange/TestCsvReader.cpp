#include "exchange/CsvReader.h"

#include <QtTest>

using namespace sl;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static std::vector<CsvTable::Row> records(const QString& text)
    {
        auto result = CsvReader::parseRecords(text);
        if (!result)
            qWarning() << result.error().text();
        return result ? result.value() : std::vector<CsvTable::Row>();
    }

private slots:
    void simpleRecordsWithLf()
    {
        const auto r = records(QStringLiteral("编号,姓名\nM001,张三\n"));
        QCOMPARE(r.size(), std::size_t(2));
        QCOMPARE(r[0].fields, (QStringList{QStringLiteral("编号"), QStringLiteral("姓名")}));
        QCOMPARE(r[1].fields, (QStringList{QStringLiteral("M001"), QStringLiteral("张三")}));
        QCOMPARE(r[0].line, 1);
        QCOMPARE(r[1].line, 2);
    }

    void crlfAndFinalLineWithoutNewline()
    {
        const auto r = records(QStringLiteral("a,b\r\n1,2\r\n3,4"));
        QCOMPARE(r.size(), std::size_t(3));
        QCOMPARE(r[1].fields, (QStringList{"1", "2"}));
        QCOMPARE(r[2].fields, (QStringList{"3", "4"}));
        QCOMPARE(r[2].line, 3);
    }

    void quotedFieldsWithEscapesAndCommas()
    {
        const auto r = records(QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"\",x\n"));
        QCOMPARE(r.size(), std::size_t(1));
        QCOMPARE(r[0].fields, (QStringList{"a,b", "say \"hi\"", "", "x"}));
    }

    void emptyFieldsAndTrailingComma()
    {
        const auto r = records(QStringLiteral("a,,c,\n"));
        QCOMPARE(r.size(), std::size_t(1));
        QCOMPARE(r[0].fields, (QStringList{"a", "", "c", ""}));
    }

    void newlinesInsideQuotesAreKeptExactly()
    {
        const QString text = QStringLiteral("id,note\r\n"
                                            "1,\"第一行\r\n第二行\n第三行\rend\"\r\n"
                                            "2,after\r\n");
        const auto r = records(text);
        QCOMPARE(r.size(), std::size_t(3));
        QCOMPARE(r[1].fields.at(1), QStringLiteral("第一行\r\n第二行\n第三行\rend"));
        QCOMPARE(r[1].line, 2);
        // The quoted note spans lines 2 to 5 (CRLF, LF and CR each end a line).
        QCOMPARE(r[2].line, 6);
        QCOMPARE(r[2].fields, (QStringList{"2", "after"}));
    }

    void lineNumbersCountSkippedBlankLines()
    {
        const QString text = QStringLiteral("h1,h2\n\n1,\"x\ny\"\n\n\n2,z\n,,\n3,w");
        const auto r = records(text);
        QCOMPARE(r.size(), std::size_t(4));
        QCOMPARE(r[0].line, 1);
        QCOMPARE(r[1].line, 3);
        QCOMPARE(r[1].fields.at(1), QStringLiteral("x\ny"));
        QCOMPARE(r[2].line, 7);
        QCOMPARE(r[3].line, 9);
        QCOMPARE(r[3].fields, (QStringList{"3", "w"}));
    }

    void quotedEmptyRecordIsKept()
    {
        const auto r = records(QStringLiteral("a\n\"\"\n\n"));
        QCOMPARE(r.size(), std::size_t(2));
        QCOMPARE(r[1].fields, QStringList{QString()});
        QCOMPARE(r[1].line, 2);
    }

    void lenientQuotes()
    {
        const auto r = records(QStringLiteral("ab\"c,\"x\"y, \"z\"\n"));
        QCOMPARE(r.size(), std::size_t(1));
        QCOMPARE(r[0].fields, (QStringList{"ab\"c", "xy", " \"z\""}));
    }

    void leadingBomCharacterIsDropped()
    {
        const auto r = records(QStringLiteral("\uFEFF编号,姓名\n"));
        QCOMPARE(r.size(), std::size_t(1));
        QCOMPARE(r[0].fields.at(0), QStringLiteral("编号"));
    }

    void unterminatedQuoteNamesItsLine()
    {
        const auto result =
            CsvReader::parseRecords(QStringLiteral("id,note\n1,ok\n2,\"never closed\n3,x\n"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QVERIFY2(result.error().message.startsWith(QStringLiteral("line 3: ")),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("closing quote")));

        const auto table = CsvReader::parseTable(QStringLiteral("a,b\n\"x"));
        QVERIFY(!table.ok());
        QVERIFY(table.error().message.startsWith(QStringLiteral("line 2: ")));
    }

    void tableHeaderAndRows()
    {
        const auto t = CsvReader::parseTable(QStringLiteral("\n编号,姓名,性别\nM001,张三,男\n"
                                                            "M002,李四\n"));
        QVERIFY(t.ok());
        QCOMPARE(t->headerLine, 2);
        QCOMPARE(t->header, (QStringList{"编号", "姓名", "性别"}));
        QCOMPARE(t->rows.size(), std::size_t(2));
        QCOMPARE(t->rows[0].line, 3);
        QCOMPARE(t->rows[1].line, 4);
        // A short row is padded to the header's width.
        QCOMPARE(t->rows[1].fields, (QStringList{"M002", "李四", ""}));
        QVERIFY(t->errors.empty());
    }

    void extraEmptyFieldsAreFineExtraValuesAreErrors()
    {
        const auto t = CsvReader::parseTable(
            QStringLiteral("id,name\r\nM001,张三,, \r\nM002,李四,,surplus\r\nM003,王五\r\n"));
        QVERIFY(t.ok());
        QCOMPARE(t->rows.size(), std::size_t(3));
        QCOMPARE(t->rows[0].fields, (QStringList{"M001", "张三"}));
        QCOMPARE(t->rows[1].fields, (QStringList{"M002", "李四"}));
        QCOMPARE(t->errors.size(), std::size_t(1));
        QCOMPARE(t->errors[0].line, 3);
        QCOMPARE(t->errors[0].error.field, QStringLiteral("column 4"));
        QVERIFY2(t->errors[0].error.message.contains(QStringLiteral("beyond the last header")),
                 qPrintable(t->errors[0].error.message));
    }

    // The push parser gives the same records whatever the pieces the text comes in.
    void feedingInPiecesGivesTheSameRecords()
    {
        const QString text = QStringLiteral("h1,h2\r\n1,\"a\r\nb\"\"c\"\r\n\r\n2,\"x\"y\r3,\"\"\n"
                                            ",,\n4,\"end\"");
        const auto whole = records(text);
        for (int size : {1, 2, 3, 7}) {
            std::vector<CsvTable::Row> got;
            CsvReader reader([&](CsvTable::Row&& row) { got.push_back(std::move(row)); });
            for (qsizetype i = 0; i < text.size(); i += size)
                reader.feed(QStringView(text).mid(i, size));
            QVERIFY(!reader.finish());
            QCOMPARE(got.size(), whole.size());
            for (std::size_t k = 0; k < got.size(); ++k) {
                QCOMPARE(got[k].line, whole[k].line);
                QCOMPARE(got[k].fields, whole[k].fields);
            }
        }
        QCOMPARE(whole.size(), std::size_t(5));
        QCOMPARE(whole[1].fields.at(1), QStringLiteral("a\r\nb\"c"));
        QCOMPARE(whole[3].line, 6);
        QCOMPARE(whole[3].fields, (QStringList{"3", ""}));
        QCOMPARE(whole[4].line, 8);
    }

    void unclosedQuoteFromTheStreamNamesItsLine()
    {
        CsvReader reader([](CsvTable::Row&&) {});
        reader.feed(u"a\n\"b\nc");
        const auto e = reader.finish();
        QVERIFY(e);
        QCOMPARE(e->line, 2);
        QVERIFY(!e->error.message.startsWith(QStringLiteral("line")));
    }

    // Only the very first U+FEFF of the text is dropped; one that starts a later field is text.
    void bomCharacterInsideTheTextIsKept()
    {
        const auto r = records(QStringLiteral("\uFEFFid,note\n1,\uFEFFx\n\uFEFF2,y\n"));
        QCOMPARE(r.size(), std::size_t(3));
        QCOMPARE(r[1].fields.at(1), QStringLiteral("\uFEFFx"));
        QCOMPARE(r[2].fields.at(0), QStringLiteral("\uFEFF2"));
    }

    // A cell the writer neutralised against formula injection reads back as it was.
    void tableRestoresNeutralisedCells()
    {
        const auto t = CsvReader::parseTable(
            QStringLiteral("a,b,c,d\n'=1+1,'+86 1,''quoted,'plain\n'@x,\"'\t1\",'-,=raw\n"));
        QVERIFY(t.ok());
        QCOMPARE(t->rows[0].fields, (QStringList{"=1+1", "+86 1", "'quoted", "'plain"}));
        QCOMPARE(t->rows[1].fields, (QStringList{"@x", "\t1", "-", "=raw"}));
        // The raw records keep what the file says.
        const auto r = records(QStringLiteral("'=1\n"));
        QCOMPARE(r[0].fields.at(0), QStringLiteral("'=1"));
    }

    void emptyTextIsAnError()
    {
        const auto t = CsvReader::parseTable(QStringLiteral("\r\n\r\n"));
        QVERIFY(!t.ok());
        QVERIFY(t.error().message.contains(QStringLiteral("empty")));
    }

    void headerOnlyHasNoRows()
    {
        const auto t = CsvReader::parseTable(QStringLiteral("id,name"));
        QVERIFY(t.ok());
        QCOMPARE(t->header, (QStringList{"id", "name"}));
        QVERIFY(t->rows.empty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
