#include "support/FileBytes.h"
#include "support/RosterImport.h"
#include "support/TempLedger.h"

#include "exchange/ActivityFiles.h"
#include "exchange/CsvReader.h"
#include "exchange/FieldParsers.h"
#include "exchange/RosterFiles.h"
#include "exchange/TextDecoding.h"
#include "services/Clock.h"
#include "services/RosterService.h"
#include "services/SelfStudyService.h"
#include "services/WritingService.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace sl;

// A year of self-study and writings (tests/data/selfstudy-2026.csv, writings-2026.csv, for
// members M001–M004 of members-gb18030.csv) through import, export and re-import.
class TestActivityFiles : public QObject
{
    Q_OBJECT

    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    static FileImportResult importOk(Ledger& ledger, ImportKind kind, const QString& path)
    {
        auto result = ActivityFiles::importFile(ledger, kind, path);
        if (!result.ok()) {
            qWarning("%s", qPrintable(result.error().text()));
            return {};
        }
        for (const FileProblem& p : result->problems)
            qWarning("%s", qPrintable(p.text()));
        return *result;
    }

    // Every record of the ledger, without ids, one string per record (member number first).
    static QStringList records(Ledger& ledger, ImportKind kind)
    {
        QStringList out;
        const QChar sep(0x1f);
        if (kind == ImportKind::SelfStudy) {
            Status s = SelfStudyService(ledger).exportRows({}, [&](const SelfStudyRow& r) {
                const SelfStudyEntry& e = r.entry;
                out << QStringList{r.memberExtId,
                                   dates::toIso(e.date),
                                   QString::number(e.minutes),
                                   e.material,
                                   e.medium ? enumCode(*e.medium) : QString(),
                                   e.notes}
                           .join(sep);
                return Status();
            });
            if (!s)
                out << s.error().text();
        } else {
            Status s = WritingService(ledger).exportRows({}, [&](const WritingRow& r) {
                const Writing& w = r.writing;
                out << QStringList{r.memberExtId,
                                   enumCode(w.kind),
                                   w.title,
                                   dates::toIso(w.date),
                                   w.chars ? QString::number(*w.chars) : QStringLiteral("-"),
                                   w.text,
                                   w.published,
                                   w.award ? enumCode(*w.award) : QString()}
                           .join(sep);
                return Status();
            });
            if (!s)
                out << s.error().text();
        }
        return out;
    }

    // The free-text cells of a fixture file as the file holds them, by key columns.
    static QHash<QString, QString> fixtureTexts(const QString& path, int keyA, int keyB,
                                                int textColumn)
    {
        QHash<QString, QString> out;
        auto decoded = TextDecoding::decodeFile(path);
        if (!decoded)
            return out;
        auto table = CsvReader::parseTable(decoded->text);
        if (!table)
            return out;
        for (const CsvTable::Row& row : table->rows)
            out.insert(row.fields.at(keyA) + QChar(0x1f) + row.fields.at(keyB),
                       row.fields.at(textColumn));
        return out;
    }

private slots:
    void initTestCase() { Clock::setToday(Date(2026, 12, 31)); }
    void cleanupTestCase() { Clock::setToday(Date()); }

    void aYearImportsExportsAndReimportsUnchanged_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("rows");
        QTest::newRow("selfstudy")
            << int(ImportKind::SelfStudy) << testData(QStringLiteral("selfstudy-2026.csv")) << 96;
        QTest::newRow("writings") << int(ImportKind::Writings)
                                  << testData(QStringLiteral("writings-2026.csv")) << 12;
    }

    void aYearImportsExportsAndReimportsUnchanged()
    {
        QFETCH(int, kind);
        QFETCH(QString, fixture);
        QFETCH(int, rows);
        const ImportKind k = ImportKind(kind);
        TempLedger source;
        importRoster(*source);
        const FileImportResult first = importOk(*source, k, fixture);
        QVERIFY(first.ok());
        QCOMPARE(first.counts.added, rows);

        // The same file again changes nothing.
        const FileImportResult again = importOk(*source, k, fixture);
        QVERIFY(again.ok());
        QCOMPARE(again.counts.added + again.counts.updated, 0);
        QCOMPARE(again.counts.unchanged, rows);

        // Its export, re-imported, changes nothing.
        const QString exported = source.file(QStringLiteral("export.csv"));
        ExportScope year;
        year.year = 2026;
        auto written = ActivityFiles::exportFile(*source, k, exported, year);
        QVERIFY(written.ok());
        QCOMPARE(*written, rows);
        const FileImportResult back = importOk(*source, k, exported);
        QVERIFY(back.ok());
        QCOMPARE(back.counts.added + back.counts.updated, 0);
        QCOMPARE(back.counts.unchanged, rows);

        // Into a fresh database and out again: the same bytes and the same records.
        TempLedger target;
        importRoster(*target);
        const FileImportResult fresh = importOk(*target, k, exported);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh.counts.added, rows);
        const QString second = target.file(QStringLiteral("second.csv"));
        QVERIFY(ActivityFiles::exportFile(*target, k, second).ok());
        QCOMPARE(fileBytes(second), fileBytes(exported));
        QCOMPARE(records(*target, k), records(*source, k));
    }

    void notesAndTextsAreKeptByteForByte()
    {
        TempLedger ledger;
        importRoster(*ledger);
        const QString studyFile = testData(QStringLiteral("selfstudy-2026.csv"));
        const QString writingFile = testData(QStringLiteral("writings-2026.csv"));
        QVERIFY(importOk(*ledger, ImportKind::SelfStudy, studyFile).ok());
        QVERIFY(importOk(*ledger, ImportKind::Writings, writingFile).ok());

        // Exactly: each fixture row's notes against the record with its key.
        auto decoded = TextDecoding::decodeFile(studyFile);
        auto table = CsvReader::parseTable(decoded->text);
        QVERIFY(table.ok());
        SelfStudyService service(*ledger);
        RosterService roster(*ledger);
        bool sawCrLf = false, sawLf = false, sawIdeographic = false, sawEmoji = false,
             sawEdgeSpace = false;
        for (const CsvTable::Row& row : table->rows) {
            const qint64 member = roster.resolveMember(row.fields.at(0))->id;
            auto date = FieldParsers::parseDate(row.fields.at(1));
            QVERIFY(date.ok());
            auto list = service.list(member, *date, *date);
            QVERIFY(list.ok());
            auto it = std::find_if(list->begin(), list->end(), [&](const SelfStudyEntry& e) {
                return e.material == row.fields.at(3).trimmed();
            });
            QVERIFY(it != list->end());
            const QString& n = row.fields.at(5);
            QCOMPARE(it->notes.toUtf8(), n.toUtf8());
            sawCrLf |= n.contains(QLatin1String("\r\n"));
            sawLf |= n.contains(QRegularExpression(QStringLiteral("[^\\r]\\n")));
            sawIdeographic |= n.contains(QChar(0x3000));
            sawEmoji |= n.contains(QStringLiteral("👍"));
            sawEdgeSpace |= n.startsWith(QLatin1Char(' ')) || n.endsWith(QLatin1String("\r\n"));
        }
        // The fixture holds every kind of text the notes must keep.
        QVERIFY(sawCrLf && sawLf && sawIdeographic && sawEmoji && sawEdgeSpace);

        const auto texts = fixtureTexts(writingFile, 0, 2, 5);
        WritingService writings(*ledger);
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            const QStringList key = it.key().split(QChar(0x1f));
            auto list = writings.list(roster.resolveMember(key[0])->id);
            QVERIFY(list.ok());
            auto w = std::find_if(list->begin(), list->end(),
                                  [&](const Writing& x) { return x.title == key[1]; });
            QVERIFY(w != list->end());
            QCOMPARE(w->text.toUtf8(), it.value().toUtf8());
        }
    }

    void gb18030FileGivesTheSameRecords()
    {
        TempLedger utf8;
        importRoster(*utf8);
        const QString fixture = testData(QStringLiteral("selfstudy-2026.csv"));
        QVERIFY(importOk(*utf8, ImportKind::SelfStudy, fixture).ok());
        TempLedger gb;
        importRoster(*gb);
        const QString converted = gb.file(QStringLiteral("gb.csv"));
        write(converted, TextDecoding::encodeGb18030(TextDecoding::decodeFile(fixture)->text));
        const FileImportResult result = importOk(*gb, ImportKind::SelfStudy, converted);
        QVERIFY(result.ok());
        QCOMPARE(result.encoding, TextEncoding::Gb18030);
        QCOMPARE(records(*gb, ImportKind::SelfStudy), records(*utf8, ImportKind::SelfStudy));
    }

    void exportSelectsByYearOrganisationAndGroup()
    {
        TempLedger ledger;
        importRoster(*ledger);
        QVERIFY(
            importOk(*ledger, ImportKind::SelfStudy, testData(QStringLiteral("selfstudy-2026.csv")))
                .ok());
        const QString out = ledger.file(QStringLiteral("out.csv"));
        ExportScope scope;
        scope.year = 2025;
        QCOMPARE(*ActivityFiles::exportFile(*ledger, ImportKind::SelfStudy, out, scope), 0);
        QCOMPARE(fileBytes(out),
                 QByteArray("\xEF\xBB\xBF党员编号,日期,时长(分钟),学习内容,形式,笔记\r\n"));

        scope = {};
        scope.orgRef = QStringLiteral("B02"); // M003 and M004
        QCOMPARE(*ActivityFiles::exportFile(*ledger, ImportKind::SelfStudy, out, scope), 48);
        QVERIFY(!fileBytes(out).contains("M001"));
        scope.orgRef = QStringLiteral("D01"); // the committee and everything below it
        QCOMPARE(*ActivityFiles::exportFile(*ledger, ImportKind::SelfStudy, out, scope), 96);

        scope = {};
        scope.groupRef = QStringLiteral("G-B01"); // M001 and M002
        QCOMPARE(*ActivityFiles::exportFile(*ledger, ImportKind::SelfStudy, out, scope), 48);
        QVERIFY(!fileBytes(out).contains("M003"));

        scope = {};
        scope.orgRef = QStringLiteral("X99");
        auto unknown = ActivityFiles::exportFile(*ledger, ImportKind::SelfStudy, out, scope);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void refusalsNameLineAndColumnAndChangeNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("badRow");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("says");
        auto study = [&](const char* tag, const char* row, const char* column, const char* says) {
            QTest::newRow(tag) << int(ImportKind::SelfStudy) << QByteArray(row)
                               << QString::fromUtf8(column) << QString::fromUtf8(says);
        };
        study("impossible date", "M001,2026-02-30,60,学习,书籍,", "日期", "no such date");
        study("date format", "M001,30/12/2026,60,学习,书籍,", "日期", "expected a date");
        study("future date", "M001,2027-01-05,60,学习,书籍,", "日期", "future");
        study("no minutes", "M001,2026-03-01,,学习,书籍,", "时长(分钟)", "required");
        study("zero minutes", "M001,2026-03-01,0,学习,书籍,", "时长(分钟)", "1 to 1440");
        study("1441 minutes", "M001,2026-03-01,1441,学习,书籍,", "时长(分钟)", "1 to 1440");
        study("minutes text", "M001,2026-03-01,一小时,学习,书籍,", "时长(分钟)", "whole number");
        study("unknown member", "M999,2026-03-01,60,学习,书籍,", "党员编号", "M999");
        study("unknown medium", "M001,2026-03-01,60,学习,电影,", "形式", "书籍");
        study("no material", "M001,2026-03-01,60, ,书籍,", "学习内容", "required");
        study("same key", "M001,2026-12-30,30,《中国共产党章程》,,", "学习内容", "line 2");
        auto paper = [&](const char* tag, const char* row, const char* column, const char* says) {
            QTest::newRow(tag) << int(ImportKind::Writings) << QByteArray(row)
                               << QString::fromUtf8(column) << QString::fromUtf8(says);
        };
        paper("unknown kind", "M001,诗歌,一首诗,2026-03-01,100,,,", "类别", "心得体会");
        paper("unknown award", "M001,心得体会,心得,2026-03-01,100,,,特等奖", "评选结果", "一等奖");
        paper("neither text nor chars", "M001,心得体会,心得,2026-03-01,,,交流会,", "字数", "正文");
        paper("negative chars", "M001,心得体会,心得,2026-03-01,-3,,,", "字数", "from 0");
        paper("writing date", "M001,心得体会,心得,2026-13-01,100,,,", "日期", "no such date");
        paper("writing member", "M404,心得体会,心得,2026-03-01,100,,,", "党员编号", "M404");
    }

    void refusalsNameLineAndColumnAndChangeNothing()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, badRow);
        QFETCH(QString, column);
        QFETCH(QString, says);
        const ImportKind k = ImportKind(kind);
        TempLedger ledger;
        importRoster(*ledger);
        QVERIFY(
            importOk(*ledger, ImportKind::SelfStudy, testData(QStringLiteral("selfstudy-2026.csv")))
                .ok());
        QVERIFY(
            importOk(*ledger, ImportKind::Writings, testData(QStringLiteral("writings-2026.csv")))
                .ok());
        const QStringList before = records(*ledger, k);

        QByteArray bytes;
        if (k == ImportKind::SelfStudy)
            bytes = "党员编号,日期,时长(分钟),学习内容,形式,笔记\r\n"
                    "M001,2026-12-30,60,《中国共产党章程》,书籍,新的一行\r\n";
        else
            bytes = "党员编号,类别,标题,日期,字数,正文,发表交流,评选结果\r\n"
                    "M001,理论文章,新的文章,2026-12-30,800,,,\r\n";
        bytes += badRow + "\r\n";
        const QString path = ledger.file(QStringLiteral("bad.csv"));
        write(path, bytes);
        auto result = ActivityFiles::importFile(*ledger, k, path);
        QVERIFY(result.ok());
        const QStringList problems = problemTexts(*result);
        QCOMPARE(problems.size(), qsizetype(1));
        const QString prefix = path + QStringLiteral(":3: ") + column + QStringLiteral(": ");
        QVERIFY2(problems[0].startsWith(prefix), qPrintable(problems[0]));
        QVERIFY2(problems[0].contains(says), qPrintable(problems[0]));
        QCOMPARE(result->counts.added + result->counts.updated, 0);
        QCOMPARE(records(*ledger, k), before);
    }

    void unknownColumnAndRosterKindsAreRefused()
    {
        TempLedger ledger;
        importRoster(*ledger);
        const QString path = ledger.file(QStringLiteral("extra.csv"));
        write(path, "党员编号,日期,时长(分钟),学习内容,心情\r\nM001,2026-03-01,60,学习,好\r\n");
        auto result = ActivityFiles::importFile(*ledger, ImportKind::SelfStudy, path);
        QVERIFY(result.ok());
        QCOMPARE(result->problems.size(), size_t(1));
        QVERIFY(result->problems[0].text().contains(QStringLiteral("心情")));

        QVERIFY(!ActivityFiles::importFile(*ledger, ImportKind::Members, path).ok());
        QVERIFY(!RosterFiles::importFile(*ledger, ImportKind::SelfStudy, path).ok());
        // An .xlsx target is a workbook now (TestXlsx*), also for a ledger without writings.
        QVERIFY(ActivityFiles::exportFile(*ledger, ImportKind::Writings,
                                          ledger.file(QStringLiteral("w.xlsx")))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestActivityFiles)
#include "TestActivityFiles.moc"
