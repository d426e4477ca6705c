// layoutAround(): rings around a centre. A merge family is nearly a clique, where a force layout
// only gives a blob; rings keep every label apart and show at once which item the others fold into.

#include "overlap/graphlayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace slimplan {

std::vector<int> ringSizes(int others)
{
    std::vector<int> sizes;
    if (others <= 0)
        return sizes;
    // Fewest rings of capacity kRingStep·k that hold everyone.
    int rings = 1;
    while (kRingStep * rings * (rings + 1) / 2 < others)
        ++rings;
    const int total = rings * (rings + 1) / 2;
    int given = 0;
    for (int k = 1; k <= rings; ++k) {
        const int share = k == rings ? others - given : others * k / total;
        sizes.push_back(share);
        given += share;
    }
    // An inner ring left empty by rounding would leave a gap: move items in from outside.
    for (std::size_t k = 0; k + 1 < sizes.size(); ++k) {
        if (sizes[k] == 0 && sizes.back() > 1) {
            ++sizes[k];
            --sizes.back();
        }
    }
    sizes.erase(std::remove(sizes.begin(), sizes.end(), 0), sizes.end());
    return sizes;
}

namespace {

// Per item of the drawing: its overlap with the centre, and its neighbours (for placing outer rings).
struct Around
{
    std::vector<double> toCentre;
    std::vector<std::vector<std::pair<int, double>>> adjacent;
};

Around aroundOf(const std::vector<int> &items, const std::vector<OverlapEdge> &edges, int centre)
{
    const std::size_t n = items.size();
    QHash<int, int> indexOf;
    for (std::size_t i = 0; i < n; ++i)
        indexOf.insert(items[i], int(i));
    Around a{std::vector<double>(n, 0.0), std::vector<std::vector<std::pair<int, double>>>(n)};
    for (const OverlapEdge &e : edges) {
        const int u = indexOf.value(e.a, -1), v = indexOf.value(e.b, -1);
        if (u < 0 || v < 0 || u == v)
            continue;
        const double s = std::clamp(double(e.score), 0.0, 1.0);
        a.adjacent[std::size_t(u)].emplace_back(v, s);
        a.adjacent[std::size_t(v)].emplace_back(u, s);
        if (e.a == centre)
            a.toCentre[std::size_t(v)] = std::max(a.toCentre[std::size_t(v)], s);
        if (e.b == centre)
            a.toCentre[std::size_t(u)] = std::max(a.toCentre[std::size_t(u)], s);
    }
    return a;
}

// Outer items go near the inner item they overlap most with, to keep edges short: the ring in
// order of the angle each one wishes for.
void orderByWish(std::vector<int> &ring, const Around &around, const std::vector<double> &angle,
                 const std::vector<bool> &placed, int ci, double step)
{
    std::vector<std::pair<double, int>> wish;
    wish.reserve(ring.size());
    for (std::size_t j = 0; j < ring.size(); ++j) {
        const int v = ring[j];
        double best = -1, at = step * double(j);
        for (const auto &[u, s] : around.adjacent[std::size_t(v)]) {
            if (placed[std::size_t(u)] && u != ci && s > best) {
                best = s;
                at = angle[std::size_t(u)];
            }
        }
        wish.emplace_back(at, v);
    }
    std::stable_sort(wish.begin(), wish.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t j = 0; j < ring.size(); ++j)
        ring[j] = wish[j].second;
}

} // namespace

std::vector<LayoutPoint> layoutAround(const std::vector<int> &items, const std::vector<OverlapEdge> &edges,
                                      int centre)
{
    const auto c = std::find(items.begin(), items.end(), centre);
    if (items.empty() || c == items.end()) {
        std::vector<LayoutPoint> out = layoutGraph(items, edges, 1.0, 1.0);
        return out;
    }
    const std::size_t n = items.size();
    const Around around = aroundOf(items, edges, centre);
    const std::vector<double> &toCentre = around.toCentre;
    const int ci = int(c - items.begin());
    std::vector<int> others;
    others.reserve(n - 1);
    for (std::size_t i = 0; i < n; ++i) {
        if (int(i) != ci)
            others.push_back(int(i));
    }
    // Strongest overlap with the centre first; the given order breaks ties.
    std::stable_sort(others.begin(), others.end(),
                     [&](int a, int b) { return toCentre[std::size_t(a)] > toCentre[std::size_t(b)]; });

    std::vector<LayoutPoint> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i].item = items[i];
    if (n == 2) {
        // A pair: side by side across the box, not the survivor in the middle and half a line.
        out[std::size_t(ci)] = {centre, 0.0, 0.5};
        out[std::size_t(1 - ci)] = {items[std::size_t(1 - ci)], 1.0, 0.5};
        return out;
    }
    out[std::size_t(ci)].x = 0.5;
    out[std::size_t(ci)].y = 0.5;
    std::vector<double> angle(n, 0.0);
    std::vector<bool> placed(n, false);
    placed[std::size_t(ci)] = true;

    const std::vector<int> sizes = ringSizes(int(others.size()));
    const double pi = std::numbers::pi;
    std::size_t next = 0;
    for (std::size_t k = 0; k < sizes.size(); ++k) {
        std::vector<int> ring(others.begin() + std::ptrdiff_t(next), others.begin() + std::ptrdiff_t(next + std::size_t(sizes[k])));
        next += std::size_t(sizes[k]);
        const double step = 2 * pi / double(ring.size());
        if (k > 0)
            orderByWish(ring, around, angle, placed, ci, step);
        // Start on the right; every other ring is turned by half a step so labels do not line up.
        const double start = (k % 2 == 1) ? step / 2 : 0.0;
        const double radius = 0.5 * double(k + 1) / double(sizes.size());
        for (std::size_t j = 0; j < ring.size(); ++j) {
            const int v = ring[j];
            const double a = start + step * double(j);
            angle[std::size_t(v)] = a;
            out[std::size_t(v)].x = 0.5 + radius * std::cos(a);
            out[std::size_t(v)].y = 0.5 + radius * std::sin(a);
        }
        for (int v : ring)
            placed[std::size_t(v)] = true;
    }
    return out;
}

} // namespace slimplan
