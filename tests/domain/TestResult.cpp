#include "domain/Result.h"

#include <QTest>

#include <vector>

using namespace sl;

namespace {

// Counts the live instances, to see when a Result's value is destroyed.
struct Counted
{
    static inline int alive = 0;
    Counted() { ++alive; }
    Counted(const Counted&) { ++alive; }
    Counted(Counted&&) noexcept { ++alive; }
    Counted& operator=(const Counted&) = default;
    Counted& operator=(Counted&&) = default;
    ~Counted() { --alive; }
};

Result<std::vector<Counted>> threeCounted()
{
    return std::vector<Counted>(3);
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    // `std::move(*result)` takes the value out instead of copying it (a district's rows).
    void theValueIsMovedOut()
    {
        Result<std::vector<int>> result(std::vector<int>{1, 2, 3});
        const int* storage = result->data();
        std::vector<int> taken = std::move(*result);
        QCOMPARE(taken, (std::vector<int>{1, 2, 3}));
        QCOMPARE(taken.data(), storage); // the same buffer: nothing was copied
        QVERIFY(result->empty());
    }

    // A loop over `*f()` iterates over a value that lives through the loop, not over a
    // reference into a Result destroyed before the first step.
    void aLoopOverATemporaryKeepsItsValue()
    {
        QCOMPARE(Counted::alive, 0);
        int seen = 0;
        for (const Counted& c : *threeCounted()) {
            (void)c;
            QCOMPARE(Counted::alive, 3);
            ++seen;
        }
        QCOMPARE(seen, 3);
        QCOMPARE(Counted::alive, 0);
    }

    void anErrorIsKept()
    {
        Result<int> failed(Error::invalid(QStringLiteral("year"), QStringLiteral("bad")));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().field, QStringLiteral("year"));
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "TestResult.moc"
