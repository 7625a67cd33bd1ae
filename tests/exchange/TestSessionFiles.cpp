#include "support/FileBytes.h"
#include "support/RosterImport.h"
#include "support/TempLedger.h"

#include "exchange/RosterFiles.h"
#include "exchange/SessionFiles.h"
#include "services/AttendanceService.h"
#include "services/MakeupService.h"
#include "services/PlanService.h"
#include "services/RosterService.h"
#include "services/SessionService.h"
#include "storage/ActivityWriter.h"

#include <QFile>
#include <QTest>

using namespace sl;

// The secretary's files (plans, sessions, attendance, speeches) of a full year: import, export,
// re-import unchanged, and every rule refused with the line and column named.
class TestSessionFiles : public QObject
{
    Q_OBJECT

    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    static constexpr std::pair<ImportKind, const char*> yearFiles[] = {
        {ImportKind::Plans, "plans-2026.csv"},
        {ImportKind::Sessions, "sessions-2026.csv"},
        {ImportKind::Attendance, "attendance-2026.csv"},
        {ImportKind::Speeches, "speeches-2026.csv"},
    };

    static void importYear(Ledger& ledger)
    {
        importRoster(ledger);
        for (const auto& [kind, name] : yearFiles) {
            auto result =
                SessionFiles::importFile(ledger, kind, testData(QString::fromLatin1(name)));
            QVERIFY2(result.ok(), name);
            const QStringList lines = problemTexts(*result);
            QVERIFY2(result->ok(), qPrintable(lines.join(QLatin1Char('\n'))));
        }
    }

    // Every row of the secretary's tables (for "nothing changed").
    static QStringList dump(Ledger& ledger)
    {
        ActivityWriter w(ledger.db());
        QStringList out;
        for (auto table : {ActivityWriter::Table::StudyPlans, ActivityWriter::Table::PlanItems,
                           ActivityWriter::Table::Sessions, ActivityWriter::Table::Attendance,
                           ActivityWriter::Table::Speeches})
            out << *w.dumpRows(table);
        return out;
    }

private slots:
    void fullYearImports()
    {
        TempLedger ledger;
        importYear(*ledger);
        if (QTest::currentTestFailed())
            return;
        RosterService roster(*ledger);
        const qint64 c01 = roster.resolveGroup(QStringLiteral("G-C01"))->id;
        auto plan = PlanService(*ledger).plan(c01, 2026);
        QVERIFY(plan.ok() && *plan);
        QCOMPARE((*plan)->items.size(), size_t(12));
        QCOMPARE((*plan)->approvedOn, Date(2026, 1, 10));
        auto progress = PlanService(*ledger).progress(c01, 2026);
        QCOMPARE(std::count_if(progress->begin(), progress->end(),
                               [](const PlanItemProgress& p) { return p.done(); }),
                 11); // December's session is still planned

        SessionService sessions(*ledger);
        auto c2601 = sessions.byExtId(QStringLiteral("C2601"));
        QVERIFY(*c2601);
        QCOMPARE((*c2601)->speakerMemberId, roster.resolveMember(QStringLiteral("M001"))->id);
        QCOMPARE((*c2601)->speaker, QStringLiteral("张三"));
        QVERIFY((*c2601)->minutesText.contains(QStringLiteral("\r\n二、")));
        auto c2606 = sessions.byExtId(QStringLiteral("C2606"));
        QCOMPARE((*c2606)->minutesText, QStringLiteral("  研讨发言踊跃  ")); // as written
        QCOMPARE((*c2606)->trigger, std::optional(Trigger::Decision));
        auto b2605 = sessions.byExtId(QStringLiteral("B2605"));
        QCOMPARE((*b2605)->date, Date(2026, 5, 21)); // 2026年5月21日
        QCOMPARE((*b2605)->start, QTime(14, 30));    // 14：30
        QCOMPARE((*b2605)->minutes, 45);
        auto b2607 = sessions.byExtId(QStringLiteral("B2607"));
        QCOMPARE((*b2607)->status, SessionStatus::Cancelled);
        QVERIFY(!(*b2607)->start.isValid());

        auto sheet = AttendanceService(*ledger).sheet((*c2601)->id);
        QCOMPARE(sheet->totals.expected, 2);
        QCOMPARE(sheet->totals.observers, 1);
        MakeupQuery done;
        done.state = MakeupQuery::State::Done;
        QCOMPARE(*MakeupService(*ledger).count(done), qint64(2));
        QCOMPARE(*MakeupService(*ledger).count({}), qint64(5)); // 3 in G-C01, 2 in G-B01
    }

    void secondImportChangesNothing()
    {
        TempLedger ledger;
        importYear(*ledger);
        if (QTest::currentTestFailed())
            return;
        const QStringList before = dump(*ledger);
        for (const auto& [kind, name] : yearFiles) {
            auto again =
                SessionFiles::importFile(*ledger, kind, testData(QString::fromLatin1(name)));
            QVERIFY(again.ok() && again->ok());
            QCOMPARE(again->counts.added, 0);
            QCOMPARE(again->counts.updated, 0);
            QVERIFY(again->counts.unchanged > 0);
        }
        QCOMPARE(dump(*ledger), before);
    }

    void fullYearExportsImportsBackAndExportsTheSameBytes()
    {
        TempLedger source;
        importYear(*source);
        if (QTest::currentTestFailed())
            return;
        TempLedger target;
        importRoster(*target);
        ExportScope year;
        year.year = 2026;
        for (const auto& [kind, name] : yearFiles) {
            const QString first = source.file(QStringLiteral("first-") + QLatin1String(name));
            auto written = SessionFiles::exportFile(*source, kind, first, year);
            QVERIFY2(written.ok(), name);
            QVERIFY(*written > 0);

            auto same = SessionFiles::importFile(*source, kind, first);
            QVERIFY2(same.ok() && same->ok(),
                     qPrintable(problemTexts(*same).join(QLatin1Char('\n'))));
            QCOMPARE(same->counts.added + same->counts.updated, 0);
            QCOMPARE(same->counts.unchanged, *written);

            auto imported = SessionFiles::importFile(*target, kind, first);
            QVERIFY2(imported.ok() && imported->ok(),
                     qPrintable(problemTexts(*imported).join(QLatin1Char('\n'))));
            QCOMPARE(imported->counts.added, *written);
            const QString second = target.file(QStringLiteral("second-") + QLatin1String(name));
            QVERIFY(SessionFiles::exportFile(*target, kind, second, year).ok());
            QCOMPARE(fileBytes(second), fileBytes(first));
        }
        QCOMPARE(dump(*target).size(), dump(*source).size());
    }

    void exportScopes()
    {
        TempLedger ledger;
        importYear(*ledger);
        if (QTest::currentTestFailed())
            return;
        ExportScope group;
        group.groupRef = QStringLiteral("G-B01");
        QCOMPARE(*SessionFiles::exportFile(*ledger, ImportKind::Sessions,
                                           ledger.file(QStringLiteral("b.csv")), group),
                 5);
        ExportScope org;
        org.orgRef = QStringLiteral("B02");
        QCOMPARE(*SessionFiles::exportFile(*ledger, ImportKind::Plans,
                                           ledger.file(QStringLiteral("p.csv")), org),
                 0);
        ExportScope other;
        other.year = 2025;
        QCOMPARE(*SessionFiles::exportFile(*ledger, ImportKind::Attendance,
                                           ledger.file(QStringLiteral("a.csv")), other),
                 0);
    }

    void everyRuleIsRefusedNamingLineAndColumn_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected"); // ":LINE: COLUMN: "
        const QByteArray att = "活动编号,党员编号,状态,请假事由,补学日期,补学说明\n";
        const QByteArray ses = "编号,学习组,日期,开始时间,时长(分钟),形式,主题,三个必学习,计划序号,"
                               "状态\n";
        QTest::newRow("请假 without a reason")
            << int(ImportKind::Attendance) << att + "C2601,M001,出席,,,\nC2602,M003,请假,,,\n"
            << ":3: 请假事由: ";
        QTest::newRow("make-up date on 出席")
            << int(ImportKind::Attendance) << att + "C2602,M001,出席,,2026-02-20,\n"
            << ":2: 补学日期: ";
        QTest::newRow("make-up date before the session")
            << int(ImportKind::Attendance) << att + "C2602,M003,缺席,,2026-02-09,\n"
            << ":2: 补学日期: ";
        QTest::newRow("attendance of a non-member")
            << int(ImportKind::Attendance) << att + "B2602,M002,出席,,,\n"
            << ":2: 党员编号: ";
        QTest::newRow("attendance at a planned session")
            << int(ImportKind::Attendance) << att + "C2612,M001,出席,,,\n"
            << ":2: 活动编号: ";
        QTest::newRow("unknown status")
            << int(ImportKind::Attendance) << att + "C2602,M001,到会,,,\n"
            << ":2: 状态: ";
        QTest::newRow("duration 0")
            << int(ImportKind::Sessions) << ses + "X1,G-C01,2026-03-10,14:30,0,集体学习,学习,,,\n"
            << ":2: 时长(分钟): ";
        QTest::newRow("duration 1441") << int(ImportKind::Sessions)
                                       << ses + "X1,G-C01,2026-03-10,14:30,1441,集体学习,学习,,,\n"
                                       << ":2: 时长(分钟): ";
        QTest::newRow("unknown form")
            << int(ImportKind::Sessions) << ses + "X1,G-C01,2026-03-10,14:30,90,座谈会,学习,,,\n"
            << ":2: 形式: ";
        QTest::newRow("unknown status of a session")
            << int(ImportKind::Sessions)
            << ses + "X1,G-C01,2026-03-10,14:30,90,集体学习,学习,,,推迟\n"
            << ":2: 状态: ";
        QTest::newRow("unknown trigger")
            << int(ImportKind::Sessions)
            << ses + "X1,G-C01,2026-03-10,14:30,90,集体学习,学习,年终总结时,,\n"
            << ":2: 三个必学习: ";
        QTest::newRow("unknown group")
            << int(ImportKind::Sessions) << ses + "X1,G-X99,2026-03-10,14:30,90,集体学习,学习,,,\n"
            << ":2: 学习组: ";
        QTest::newRow("plan item the plan does not have")
            << int(ImportKind::Sessions)
            << ses + "X1,G-C01,2026-03-10,14:30,90,集体学习,学习,,13,\n"
            << ":2: 计划序号: ";
        QTest::newRow("plan item of a group without a plan that year")
            << int(ImportKind::Sessions) << ses + "X1,G-B02,2026-03-10,14:30,90,集体学习,学习,,1,\n"
            << ":2: 计划序号: ";
        QTest::newRow("unknown form in a plan")
            << int(ImportKind::Plans)
            << QByteArray("学习组,年度,序号,月份,专题,形式\nG-C01,2026,13,12,总结,茶话会\n")
            << ":2: 形式: ";
        QTest::newRow("plan of an unknown group")
            << int(ImportKind::Plans)
            << QByteArray("学习组,年度,序号,月份,专题,形式\nG-X99,2026,1,1,学习,集体学习\n")
            << ":2: 学习组: ";
        QTest::newRow("speech at an unknown session")
            << int(ImportKind::Speeches) << QByteArray("活动编号,党员编号,题目\nC2699,M001,体会\n")
            << ":2: 活动编号: ";
    }

    void everyRuleIsRefusedNamingLineAndColumn()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        TempLedger ledger;
        importYear(*ledger);
        if (QTest::currentTestFailed())
            return;
        const QStringList before = dump(*ledger);
        const QString path = ledger.file(QStringLiteral("bad.csv"));
        write(path, file);
        auto result = SessionFiles::importFile(*ledger, ImportKind(kind), path);
        QVERIFY(result.ok());
        QVERIFY(!result->ok());
        const QStringList lines = problemTexts(*result);
        QVERIFY2(lines.size() == 1 && lines.front().startsWith(path + expected),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(result->counts.added + result->counts.updated, 0);
        QCOMPARE(dump(*ledger), before);
    }

    void oneBadRowAndNothingOfTheFileIsImported()
    {
        TempLedger ledger;
        importYear(*ledger);
        if (QTest::currentTestFailed())
            return;
        const QStringList before = dump(*ledger);
        const QString path = ledger.file(QStringLiteral("mixed.csv"));
        write(path, "活动编号,党员编号,状态,请假事由\nC2601,M001,迟到,\nC2602,M004,出席,\n"
                    "C2603,M001,请假,\nB2602,M002,出席,\n");
        auto result = SessionFiles::importFile(*ledger, ImportKind::Attendance, path);
        QVERIFY(result.ok());
        const QStringList lines = problemTexts(*result);
        QCOMPARE(lines.size(), 2); // line 4 (no reason) and line 5 (not a member in February)
        QVERIFY(lines[0].startsWith(path + QStringLiteral(":4: 请假事由: ")));
        QVERIFY(lines[1].startsWith(path + QStringLiteral(":5: 党员编号: ")));
        QCOMPARE(dump(*ledger), before); // lines 2 and 3 were fine, and did not go in either
    }
};

QTEST_GUILESS_MAIN(TestSessionFiles)
#include "TestSessionFiles.moc"
