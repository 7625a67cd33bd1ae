#include "support/RecordsFixture.h"
#include "support/TempLedger.h"

#include "services/Clock.h"
#include "services/WritingService.h"

#include <QTest>

using namespace sl;
using namespace records_fixture;

class TestWritingService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    qint64 m_m1 = 0;
    qint64 m_m2 = 0;

    Ledger& ledger() { return **m_ledger; }

    Writing writing(qint64 member, const char* title) const
    {
        Writing w = WritingService::draft(member);
        w.title = QString::fromUtf8(title);
        w.date = Date(2026, 5, 20);
        w.text = QStringLiteral("　　正文第一段。\r\n　　正文第二段 🏮");
        w.published = QStringLiteral("支部学习交流会");
        return w;
    }

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

    void draftIsATodaysReflection()
    {
        const Writing w = WritingService::draft(m_m1);
        QCOMPARE(w.date, Date(2026, 6, 30));
        QCOMPARE(w.kind, WritingKind::Reflection);
        QVERIFY(!w.award.has_value());
    }

    void saveUpdateRemove()
    {
        WritingService service(ledger());
        Writing w = writing(m_m1, " 学习党的二十大精神心得 ");
        w.award = Award::Second;
        auto id = service.save(w);
        QVERIFY2(id.ok(), qPrintable(why(id)));
        auto stored = service.writing(*id);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->title, QStringLiteral("学习党的二十大精神心得"));
        QCOMPARE((*stored)->text, w.text);
        QCOMPARE((*stored)->award, std::optional<Award>(Award::Second)); // single-user mode

        Writing changed = **stored;
        changed.kind = WritingKind::Article;
        changed.text.clear();
        changed.chars = 4200;
        auto again = service.save(changed);
        QVERIFY(again.ok());
        QCOMPARE(*again, *id);
        QVERIFY(**service.writing(*id) == changed);

        QVERIFY(service.remove(*id).ok());
        QVERIFY(!service.writing(*id)->has_value());
    }

    void rulesAndKeyAreChecked()
    {
        WritingService service(ledger());
        Writing neither = writing(m_m1, "没有正文");
        neither.text.clear();
        auto refused = service.save(neither);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("chars"));

        QVERIFY(service.save(writing(m_m1, "同一标题")).ok());
        auto twice = service.save(writing(m_m1, "同一标题"));
        QCOMPARE(twice.error().code, ErrorCode::Conflict);
        QCOMPARE(twice.error().field, QStringLiteral("title"));
        QVERIFY(service.save(writing(m_m2, "同一标题")).ok()); // another member's is fine

        Writing nobody = writing(987654, "无主");
        QCOMPARE(service.save(nobody).error().field, QStringLiteral("member_id"));
    }

    void memberCannotChangeTheAward()
    {
        WritingService service(ledger());
        ledger().setActor(account(ledger(), AccountRole::Secretary));
        QVERIFY(service.mayAppraise());
        auto id = service.save(writing(m_m1, "获奖心得"));
        QVERIFY(id.ok());
        QVERIFY(service.setAward(*id, Award::First).ok());

        ledger().setActor(account(ledger(), AccountRole::Member, m_m1));
        QVERIFY(!service.mayAppraise());
        Writing mine = **service.writing(*id);
        mine.title = QStringLiteral("获奖心得（修订）");
        mine.award = Award::Third; // ignored: the stored award is kept
        QVERIFY(service.save(mine).ok());
        auto stored = service.writing(*id);
        QCOMPARE((*stored)->title, QStringLiteral("获奖心得（修订）"));
        QCOMPARE((*stored)->award, std::optional<Award>(Award::First));
        mine.award.reset(); // nor can it be cleared
        QVERIFY(service.save(mine).ok());
        QCOMPARE((*service.writing(*id))->award, std::optional<Award>(Award::First));

        QCOMPARE(service.setAward(*id, Award::Excellent).error().code, ErrorCode::Permission);
        QCOMPARE(service.setAward(*id, std::nullopt).error().code, ErrorCode::Permission);

        Writing fresh = writing(m_m1, "新写的心得");
        fresh.award = Award::First; // a new writing of a member starts without an award
        auto freshId = service.save(fresh);
        QVERIFY(freshId.ok());
        QVERIFY(!(*service.writing(*freshId))->award.has_value());
        ledger().setActor(Actor());
    }

    void memberTouchesOnlyOwnWritings()
    {
        WritingService service(ledger());
        auto theirs = service.save(writing(m_m2, "李四的文章"));
        QVERIFY(theirs.ok());
        ledger().setActor(account(ledger(), AccountRole::Member, m_m1));
        QVERIFY(service.save(writing(m_m1, "张三的文章")).ok());
        QCOMPARE(service.save(writing(m_m2, "代写")).error().code, ErrorCode::Permission);
        Writing other = writing(m_m2, "李四的文章");
        other.id = *theirs;
        other.published = QStringLiteral("改");
        QCOMPARE(service.save(other).error().code, ErrorCode::Permission);
        QCOMPARE(service.remove(*theirs).error().code, ErrorCode::Permission);
        QCOMPARE(service.list(m_m2).error().code, ErrorCode::Permission);
        QVERIFY(service.list(m_m1).ok());
        ledger().setActor(Actor());
        QCOMPARE((*service.writing(*theirs))->published, QStringLiteral("支部学习交流会"));
    }

    void leaderOnlyReads()
    {
        WritingService service(ledger());
        auto id = service.save(writing(m_m1, "文章"));
        QVERIFY(id.ok());
        ledger().setActor(account(ledger(), AccountRole::Leader));
        QCOMPARE(service.save(writing(m_m1, "领导代写")).error().code, ErrorCode::Permission);
        QCOMPARE(service.setAward(*id, Award::First).error().code, ErrorCode::Permission);
        QCOMPARE(service.remove(*id).error().code, ErrorCode::Permission);
        QVERIFY(service.list(m_m1).ok());
        ledger().setActor(Actor());
    }

    void awardCanBeCleared()
    {
        WritingService service(ledger());
        auto id = service.save(writing(m_m1, "文章"));
        QVERIFY(id.ok());
        QVERIFY(service.setAward(*id, Award::Excellent).ok());
        QVERIFY(service.setAward(*id, std::nullopt).ok());
        QVERIFY(!(*service.writing(*id))->award.has_value());
        QCOMPARE(service.setAward(987654, Award::First).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestWritingService)
#include "TestWritingService.moc"
