#include "support/RecordsFixture.h"
#include "support/TempLedger.h"

#include "services/ActivityImportService.h"
#include "services/Clock.h"
#include "services/SelfStudyService.h"
#include "services/WritingService.h"

#include <QTest>

using namespace sl;
using namespace records_fixture;

class TestActivityImportService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;

    Ledger& ledger() { return **m_ledger; }

    static ImportRow<SelfStudyRecord> study(int line, const char* member, const Date& date,
                                            int minutes, const char* material,
                                            const QString& notes = {})
    {
        SelfStudyRecord r;
        r.memberRef = QString::fromUtf8(member);
        r.entry.date = date;
        r.entry.minutes = minutes;
        r.entry.material = QString::fromUtf8(material);
        r.entry.medium = Medium::Book;
        r.entry.notes = notes;
        return {line, r};
    }

    static ImportRow<WritingRecord> paper(int line, const char* member, const char* title,
                                          std::optional<Award> award = std::nullopt)
    {
        WritingRecord r;
        r.memberRef = QString::fromUtf8(member);
        r.writing.kind = WritingKind::Reflection;
        r.writing.title = QString::fromUtf8(title);
        r.writing.date = Date(2026, 4, 1);
        r.writing.text = QStringLiteral("正文\r\n第二行 ✨");
        r.writing.award = award;
        return {line, r};
    }

    int entries(const char* member)
    {
        auto list = SelfStudyService(ledger()).list(memberId(ledger(), member));
        return list.ok() ? int(list->size()) : -1;
    }

    int writings(const char* member)
    {
        auto list = WritingService(ledger()).list(memberId(ledger(), member));
        return list.ok() ? int(list->size()) : -1;
    }

private slots:
    void initTestCase() { Clock::setToday(Date(2026, 12, 31)); }
    void cleanupTestCase() { Clock::setToday(Date()); }

    void init()
    {
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(buildRoster(ledger()));
    }

    void importThenReimportChangesNothing()
    {
        const QString notes = QStringLiteral("　　笔记\r\n第二行\n👍");
        const std::vector<ImportRow<SelfStudyRecord>> rows = {
            study(2, "M001", Date(2026, 1, 5), 60, "党的二十大报告", notes),
            study(3, "M001", Date(2026, 1, 6), 45, "党的二十大报告"),
            study(4, "王五", Date(2026, 1, 5), 30, "党的二十大报告"), // by unique name
        };
        ActivityImportService service(ledger());
        auto first = service.importSelfStudy(rows);
        QVERIFY(first.ok() && first->ok());
        QCOMPARE(first->counts.added, 3);
        auto second = service.importSelfStudy(rows);
        QVERIFY(second.ok() && second->ok());
        QCOMPARE(second->counts.added, 0);
        QCOMPARE(second->counts.updated, 0);
        QCOMPARE(second->counts.unchanged, 3);
        auto listed = SelfStudyService(ledger()).list(memberId(ledger(), "M001"));
        QCOMPARE(listed->back().notes, notes);

        auto changed = rows;
        changed[1].record.entry.notes = QStringLiteral("补充笔记");
        auto third = service.importSelfStudy(changed);
        QVERIFY(third.ok() && third->ok());
        QCOMPARE(third->counts.updated, 1);
        QCOMPARE(third->counts.unchanged, 2);
    }

    void everyBadRowIsReportedAndNothingImported()
    {
        ActivityImportService service(ledger());
        auto future = study(4, "M002", Date(2027, 1, 1), 60, "学习");
        auto report = service.importSelfStudy({
            study(2, "M001", Date(2026, 3, 1), 60, "学习"),
            study(3, "M999", Date(2026, 3, 1), 60, "学习"), future,
            study(5, "M001", Date(2026, 3, 2), 0, "学习"),
            study(6, "M001", Date(2026, 3, 3), 1441, ""),
            study(7, "M001", Date(2026, 3, 1), 30, "学习"), // the key of line 2 again
        });
        QVERIFY(report.ok());
        QStringList got;
        for (const RowError& e : report->errors)
            got << QStringLiteral("%1:%2").arg(e.line).arg(e.column);
        QCOMPARE(got, (QStringList{QStringLiteral("3:member_id"), QStringLiteral("4:date"),
                                   QStringLiteral("5:minutes"), QStringLiteral("6:minutes"),
                                   QStringLiteral("6:material"), QStringLiteral("7:material")}));
        QVERIFY(report->errors[0].message.contains(QStringLiteral("M999")));
        QVERIFY(report->errors[5].message.contains(QStringLiteral("line 2")));
        QCOMPARE(entries("M001"), 0);
    }

    void readErrorsAloneChangeNothing()
    {
        // Every row is valid as handed over, but a cell of line 3 did not parse: nothing goes in,
        // and the service adds nothing of its own at that line and column.
        ActivityImportService service(ledger());
        auto report = service.importSelfStudy(
            {study(2, "M001", Date(2026, 3, 1), 60, "学习"), study(3, "M001", Date(), 60, "学习")},
            {{3, QStringLiteral("date"), QStringLiteral("no such date: 2026-02-30")}});
        QVERIFY(report.ok());
        QCOMPARE(report->errors.size(), size_t(1));
        QCOMPARE(report->errors[0].message, QStringLiteral("no such date: 2026-02-30"));
        QCOMPARE(entries("M001"), 0);
    }

    void writingsImportAndUpdate()
    {
        ActivityImportService service(ledger());
        auto first = service.importWritings(
            {paper(2, "M001", "心得一", Award::First), paper(3, "M002", "心得一")});
        QVERIFY(first.ok() && first->ok());
        QCOMPARE(first->counts.added, 2);
        auto second = service.importWritings(
            {paper(2, "M001", "心得一", Award::Second), paper(3, "M002", "心得一")});
        QVERIFY(second.ok() && second->ok());
        QCOMPARE(second->counts.updated, 1);
        QCOMPARE(second->counts.unchanged, 1);
        auto listed = WritingService(ledger()).list(memberId(ledger(), "M001"));
        QCOMPARE(listed->front().award, std::optional<Award>(Award::Second));
        QCOMPARE(listed->front().text, QStringLiteral("正文\r\n第二行 ✨"));
    }

    void badWritingsAreRefused()
    {
        ActivityImportService service(ledger());
        auto neither = paper(3, "M001", "无正文");
        neither.record.writing.text.clear();
        auto negative = paper(4, "M001", "负数");
        negative.record.writing.chars = -5;
        auto report =
            service.importWritings({paper(2, "M001", "好的"), neither, negative,
                                    paper(5, "M404", "无此人"), paper(6, "M001", "好的")});
        QVERIFY(report.ok());
        QStringList got;
        for (const RowError& e : report->errors)
            got << QStringLiteral("%1:%2").arg(e.line).arg(e.column);
        QCOMPARE(got, (QStringList{QStringLiteral("3:chars"), QStringLiteral("4:chars"),
                                   QStringLiteral("5:member_id"), QStringLiteral("6:title")}));
        QCOMPARE(writings("M001"), 0);
    }

    void memberImportsOnlyOwnRecordsWithoutAwards()
    {
        ActivityImportService service(ledger());
        QVERIFY(service.importWritings({paper(2, "M001", "旧作", Award::Excellent)})->ok());
        ledger().setActor(account(ledger(), AccountRole::Member, memberId(ledger(), "M001")));

        auto own = service.importSelfStudy({study(2, "M001", Date(2026, 3, 1), 60, "学习")});
        QVERIFY(own.ok() && own->ok());
        auto other = service.importSelfStudy({study(2, "M001", Date(2026, 3, 2), 60, "学习"),
                                              study(3, "M002", Date(2026, 3, 2), 60, "学习")});
        QVERIFY(other.ok());
        QCOMPARE(other->errors.size(), size_t(1));
        QCOMPARE(other->errors[0].line, 3);
        QCOMPARE(other->errors[0].column, QStringLiteral("member_id"));
        QCOMPARE(entries("M001"), 1); // line 2 of the refused file did not go in

        // The stored award may be repeated, not changed; a new writing comes without one.
        auto same = service.importWritings(
            {paper(2, "M001", "旧作", Award::Excellent), paper(3, "M001", "新作")});
        QVERIFY(same.ok() && same->ok());
        auto changed = service.importWritings({paper(2, "M001", "旧作", Award::First)});
        QVERIFY(changed.ok());
        QCOMPARE(changed->errors.size(), size_t(1));
        QCOMPARE(changed->errors[0].column, QStringLiteral("award"));
        auto awarded = service.importWritings({paper(2, "M001", "又一新作", Award::First)});
        QCOMPARE(awarded->errors.size(), size_t(1));
        ledger().setActor(Actor());
        QCOMPARE(writings("M001"), 2);
    }

    void leaderMayNotImport()
    {
        ledger().setActor(account(ledger(), AccountRole::Leader));
        auto report = ActivityImportService(ledger()).importSelfStudy(
            {study(2, "M001", Date(2026, 3, 1), 60, "学习")});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Permission);
        ledger().setActor(Actor());
        QCOMPARE(entries("M001"), 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityImportService)
#include "TestActivityImportService.moc"
