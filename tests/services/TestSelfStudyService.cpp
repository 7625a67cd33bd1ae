#include "support/RecordsFixture.h"
#include "support/TempLedger.h"

#include "domain/Period.h"
#include "services/Clock.h"
#include "services/SelfStudyService.h"
#include "storage/AuditRepository.h"

#include <QTest>

using namespace sl;
using namespace records_fixture;

class TestSelfStudyService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_m1 = 0;
    qint64 m_m2 = 0;

    SelfStudyEntry entry(qint64 member, const Date& date, const char* material) const
    {
        SelfStudyEntry e = SelfStudyService::draft(member);
        e.date = date;
        e.minutes = 60;
        e.material = QString::fromUtf8(material);
        e.medium = Medium::Article;
        return e;
    }

    Ledger& ledger() { return **m_ledger; }

private slots:
    void initTestCase() { Clock::setToday(Date(2026, 6, 30)); }
    void cleanupTestCase() { Clock::setToday(Date()); }

    void init()
    {
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(buildRoster(ledger()));
        m_m1 = memberId(ledger(), "M001");
        m_m2 = memberId(ledger(), "M002");
    }

    void draftIsTodayAndThirtyMinutes()
    {
        const SelfStudyEntry e = SelfStudyService::draft(m_m1);
        QCOMPARE(e.memberId, m_m1);
        QCOMPARE(e.date, Date(2026, 6, 30));
        QCOMPARE(e.minutes, 30);
        QCOMPARE(e.id, qint64(0));
    }

    void logEditRemove()
    {
        SelfStudyService service(ledger());
        const qint64 auditBefore = *AuditRepository(ledger().db()).count();
        SelfStudyEntry e = entry(m_m1, Date(2026, 6, 1), "  党的二十大报告 ");
        e.notes = QStringLiteral("　　笔记第一段。\r\n第二段 📚\n");
        auto id = service.log(e);
        QVERIFY2(id.ok(), qPrintable(why(id)));
        auto stored = service.entry(*id);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->material, QStringLiteral("党的二十大报告")); // trimmed
        QCOMPARE((*stored)->notes, e.notes);                             // kept as written

        SelfStudyEntry changed = **stored;
        changed.minutes = 1440;
        changed.medium.reset();
        QVERIFY(service.edit(changed).ok());
        QVERIFY(**service.entry(*id) == changed);

        QVERIFY(service.remove(*id).ok());
        QVERIFY(!service.entry(*id)->has_value());
        QCOMPARE(*AuditRepository(ledger().db()).count(), auditBefore + 3);
        QCOMPARE(service.remove(*id).error().code, ErrorCode::NotFound);
    }

    void rulesAndReferencesAreChecked()
    {
        SelfStudyService service(ledger());
        SelfStudyEntry future = entry(m_m1, Date(2026, 7, 1), "学习纲要");
        auto refused = service.log(future);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("date"));

        SelfStudyEntry tooLong = entry(m_m1, Date(2026, 6, 1), "学习纲要");
        tooLong.minutes = 1441;
        QCOMPARE(service.log(tooLong).error().field, QStringLiteral("minutes"));

        SelfStudyEntry nobody = entry(987654, Date(2026, 6, 1), "学习纲要");
        QCOMPARE(service.log(nobody).error().field, QStringLiteral("member_id"));

        QVERIFY(service.log(entry(m_m1, Date(2026, 6, 1), "学习纲要")).ok());
        auto twice = service.log(entry(m_m1, Date(2026, 6, 1), "学习纲要"));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, ErrorCode::Conflict);
        QCOMPARE(twice.error().field, QStringLiteral("material"));
        // The same material another day, or by another member, is fine.
        QVERIFY(service.log(entry(m_m1, Date(2026, 6, 2), "学习纲要")).ok());
        QVERIFY(service.log(entry(m_m2, Date(2026, 6, 1), "学习纲要")).ok());

        const auto problems = service.check(entry(m_m1, Date(2026, 6, 1), "学习纲要"));
        QCOMPARE(problems.size(), size_t(1));
        QCOMPARE(problems.front().code, ErrorCode::Conflict);
    }

    void listFiltersByPeriodNewestFirst()
    {
        SelfStudyService service(ledger());
        for (int month = 1; month <= 6; ++month)
            QVERIFY(service.log(entry(m_m1, Date(2026, month, 15), "《中国共产党章程》")).ok());
        QVERIFY(service.log(entry(m_m2, Date(2026, 2, 15), "《中国共产党章程》")).ok());
        const Period q1 = Period::quarter(2026, 1);
        auto listed = service.list(m_m1, q1.from, q1.to);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), size_t(3));
        QCOMPARE(listed->front().date, Date(2026, 3, 15));
        QCOMPARE(listed->back().date, Date(2026, 1, 15));
        QCOMPARE(service.list(m_m1)->size(), size_t(6));
    }

    void materialsCompleteFromTheMembersHistory()
    {
        SelfStudyService service(ledger());
        QVERIFY(service.log(entry(m_m1, Date(2026, 1, 5), "《论党的自我革命》")).ok());
        QVERIFY(service.log(entry(m_m1, Date(2026, 5, 5), "《论语》")).ok());
        QVERIFY(service.log(entry(m_m1, Date(2026, 3, 5), "党的二十大报告")).ok());
        QVERIFY(service.log(entry(m_m2, Date(2026, 6, 5), "《论持久战》")).ok());
        auto all = service.materials(m_m1);
        QVERIFY(all.ok());
        QCOMPARE(*all, (QStringList{QStringLiteral("《论语》"), QStringLiteral("党的二十大报告"),
                                    QStringLiteral("《论党的自我革命》")}));
        auto completed = service.materials(m_m1, QStringLiteral("《论"));
        QVERIFY(completed.ok());
        QCOMPARE(*completed,
                 (QStringList{QStringLiteral("《论语》"), QStringLiteral("《论党的自我革命》")}));
    }

    void memberTouchesOnlyOwnEntries()
    {
        SelfStudyService service(ledger());
        auto others = service.log(entry(m_m2, Date(2026, 6, 1), "李四的学习"));
        QVERIFY(others.ok());

        ledger().setActor(account(ledger(), AccountRole::Member, m_m1));
        auto own = service.log(entry(m_m1, Date(2026, 6, 1), "张三的学习"));
        QVERIFY2(own.ok(), qPrintable(why(own)));
        SelfStudyEntry mine = **service.entry(*own);
        mine.minutes = 120;
        QVERIFY(service.edit(mine).ok());
        QVERIFY(service.list(m_m1).ok());
        QVERIFY(service.materials(m_m1).ok());

        QCOMPARE(service.log(entry(m_m2, Date(2026, 6, 2), "代写")).error().code,
                 ErrorCode::Permission);
        SelfStudyEntry theirs = entry(m_m2, Date(2026, 6, 1), "李四的学习");
        theirs.id = *others;
        theirs.minutes = 5;
        QCOMPARE(service.edit(theirs).error().code, ErrorCode::Permission);
        QCOMPARE(service.remove(*others).error().code, ErrorCode::Permission);
        QCOMPARE(service.entry(*others).error().code, ErrorCode::Permission);
        QCOMPARE(service.list(m_m2).error().code, ErrorCode::Permission);
        QCOMPARE(service.materials(m_m2).error().code, ErrorCode::Permission);
        SelfStudyEntry moved = mine;
        moved.memberId = m_m2; // giving one's own entry to someone else
        QCOMPARE(service.edit(moved).error().code, ErrorCode::Permission);
        QCOMPARE(service.exportRows({}, [](const SelfStudyRow&) { return Status(); }).error().code,
                 ErrorCode::Permission);

        ledger().setActor(Actor());
        auto untouched = service.entry(*others);
        QCOMPARE((*untouched)->minutes, 60);
    }

    void memberWithoutLinkTouchesNothing()
    {
        ledger().setActor(account(ledger(), AccountRole::Member, 0));
        SelfStudyService service(ledger());
        QCOMPARE(service.log(entry(m_m1, Date(2026, 6, 1), "学习")).error().code,
                 ErrorCode::Permission);
        ledger().setActor(Actor());
    }

    void leaderReadsButCannotLog()
    {
        SelfStudyService service(ledger());
        auto id = service.log(entry(m_m1, Date(2026, 6, 1), "学习"));
        QVERIFY(id.ok());
        ledger().setActor(account(ledger(), AccountRole::Leader));
        QCOMPARE(service.log(entry(m_m1, Date(2026, 6, 2), "学习")).error().code,
                 ErrorCode::Permission);
        QCOMPARE(service.remove(*id).error().code, ErrorCode::Permission);
        SelfStudyEntry e = **service.entry(*id);
        e.minutes = 1;
        QCOMPARE(service.edit(e).error().code, ErrorCode::Permission);
        QVERIFY(service.list(m_m1).ok());
        int rows = 0;
        QVERIFY(service
                    .exportRows({},
                                [&](const SelfStudyRow&) {
                                    ++rows;
                                    return Status();
                                })
                    .ok());
        QCOMPARE(rows, 1);
        ledger().setActor(Actor());
    }

    void secretaryTouchesEveryone()
    {
        ledger().setActor(account(ledger(), AccountRole::Secretary));
        SelfStudyService service(ledger());
        auto id = service.log(entry(m_m2, Date(2026, 6, 1), "学习"));
        QVERIFY(id.ok());
        QVERIFY(service.remove(*id).ok());
        ledger().setActor(Actor());
    }
};

QTEST_GUILESS_MAIN(TestSelfStudyService)
#include "TestSelfStudyService.moc"
