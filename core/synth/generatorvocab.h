#pragma once
// The word lists of the synthetic ledger generator: place syllables, departments, functions,
// data items, platforms and group topics, plus the small random distributions it draws from.
// Own distributions (not <random>'s) so the output is the same with every standard library.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>
#include <vector>

namespace slimplan::synth {

struct Vocabulary
{
    QStringList placeFirst, placeSecond;   // two-character county names
    QStringList townFirst, townSecond;     // township names
    QStringList villageFirst, villageSecond;
    QStringList cities;
    QStringList departments;               // 民政局, 人社局, …
    QStringList departmentShort;           // 民政, 人社, … (parallel to departments)
    QStringList townOffices;               // 党政办, 社会事务办, …
    QStringList appSuffixes;               // 政务通, 便民宝, 服务云, …
    QStringList appFunctions;              // Zipf order: common first
    QStringList accountFunctions;
    QStringList groupTopics;               // 社会事务, 防汛值班, …
    QStringList groupFunctions;
    QStringList dataItems;
    QStringList appPlatforms, accountPlatforms, groupPlatforms;

    static const Vocabulary &instance();
};

class Random
{
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    std::uint64_t next() { return m_engine(); }
    // Uniform in [0, n).
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(next() % std::uint64_t(n)); }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    const QString &pick(const QStringList &list) { return list.at(below(static_cast<int>(list.size()))); }

private:
    std::mt19937_64 m_engine;
};

// Zipf-like choice of an index: weight 1 / (k + 1)^s, by binary search over the cumulative sums.
class Zipf
{
public:
    Zipf(int n, double s);
    int draw(Random &random) const;
    // k distinct indices (k ≤ n), in the order drawn.
    std::vector<int> distinct(Random &random, int k) const;

private:
    std::vector<double> m_cumulative;
};

} // namespace slimplan::synth
