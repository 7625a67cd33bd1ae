#pragma once

#include <QtGlobal>

#include <iterator>
#include <random>

namespace sl {

// The one source of randomness of the demo: a seeded Mersenne twister (never rand() or the
// time) with its own mapping to ranges instead of std::uniform_int_distribution, whose results
// differ between standard libraries; so the same seed gives the same data everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_engine(seed) {}

    quint32 next() { return static_cast<quint32>(m_engine()); }

    // 0 <= result < n, for n > 0.
    int below(int n) { return static_cast<int>((quint64(next()) * quint64(n)) >> 32); }

    // lo <= result <= hi.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }

    // True with the given chance in per mille.
    bool perMille(int chance) { return below(1000) < chance; }

    // A random element of a non-empty array or container.
    template <typename C> const auto& pick(const C& c)
    {
        return c[static_cast<size_t>(below(static_cast<int>(std::size(c))))];
    }

private:
    std::mt19937 m_engine;
};

} // namespace sl
