// How merge families are formed
// -----------------------------
// 1. Connected components of the overlap graph (every edge: score ≥ threshold, or containment),
//    with a union–find (util/unionfind.h) over the edge list: no graph to build. Components only
//    narrow the search; a component is not a family, because a chain A~B~C where A and C share
//    nothing would be merged whole.
// 2. Inside each component, greedy cliques around a core:
//      core  = the remaining item with the highest weighted degree (sum of the scores of its edges
//              to remaining items); ties go to the lower item index;
//      then the core's remaining neighbours in order of their edge score to the core (higher
//      first, ties by index) join if they have an edge to EVERY member already in the family.
//    The family is removed and the step repeats on the rest until no edge is left.
// Why cliques and not stars (every member linked to the core only): a family is merged into one
// survivor, and every member's work must be recognisably the same work. With stars, the middle of
// a chain gathers both ends, which share nothing; the official would see "merge the 防汛 group with
// the 招商 group". Cliques never do that. The cost is that some items linked to a core stay out of
// its family; they remain visible as edges (the plan can still fold a contained item) and may form
// a family of their own with what is left.
// The result does not depend on thread counts or edge order: ties are broken by item index.

#include "overlap/overlapclusters.h"

#include "util/unionfind.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <span>
#include <thread>

namespace slimplan::overlapdetail {

namespace {

struct Neighbour
{
    int item;
    float score;
};

// Neighbour lists (compressed), sorted by item.
struct Adjacency
{
    std::vector<int> offsets;
    std::vector<Neighbour> list;

    const Neighbour *begin(int v) const { return list.data() + offsets[std::size_t(v)]; }
    const Neighbour *end(int v) const { return list.data() + offsets[std::size_t(v) + 1]; }
    bool linked(int u, int v) const
    {
        const auto *b = begin(u);
        const auto *e = end(u);
        const auto *it = std::lower_bound(b, e, v, [](const Neighbour &n, int x) { return n.item < x; });
        return it != e && it->item == v;
    }
};

Adjacency buildAdjacency(int n, const std::vector<OverlapEdge> &edges)
{
    Adjacency adj;
    adj.offsets.assign(std::size_t(n) + 1, 0);
    for (const OverlapEdge &e : edges) {
        ++adj.offsets[std::size_t(e.a) + 1];
        ++adj.offsets[std::size_t(e.b) + 1];
    }
    for (int v = 0; v < n; ++v)
        adj.offsets[std::size_t(v) + 1] += adj.offsets[std::size_t(v)];
    adj.list.resize(edges.size() * 2);
    std::vector<int> fill(adj.offsets.begin(), adj.offsets.end() - 1);
    for (const OverlapEdge &e : edges) {
        adj.list[std::size_t(fill[std::size_t(e.a)]++)] = {e.b, e.score};
        adj.list[std::size_t(fill[std::size_t(e.b)]++)] = {e.a, e.score};
    }
    for (int v = 0; v < n; ++v)
        std::sort(adj.list.begin() + adj.offsets[std::size_t(v)],
                  adj.list.begin() + adj.offsets[std::size_t(v) + 1],
                  [](const Neighbour &x, const Neighbour &y) { return x.item < y.item; });
    return adj;
}

// Greedy cliques of one component; `alive` marks the items not yet placed.
void familiesOfComponent(std::span<const int> component, const Adjacency &adj,
                         std::vector<char> &alive, std::vector<std::vector<int>> &out)
{
    if (component.size() == 2) {
        // Two items with an edge between them: the most common case, without the search.
        out.push_back({component[0], component[1]});
        alive[std::size_t(component[0])] = alive[std::size_t(component[1])] = 0;
        return;
    }
    std::vector<int> rest(component.begin(), component.end());
    while (rest.size() >= 2) {
        int core = -1;
        double best = -1;
        for (int v : rest) {
            double degree = 0;
            for (const Neighbour *n = adj.begin(v); n != adj.end(v); ++n)
                if (alive[std::size_t(n->item)])
                    degree += n->score;
            if (degree > best) {
                best = degree;
                core = v;
            }
        }
        if (best <= 0)
            break; // no edge left among the rest
        std::vector<Neighbour> around;
        for (const Neighbour *n = adj.begin(core); n != adj.end(core); ++n)
            if (alive[std::size_t(n->item)])
                around.push_back(*n);
        std::sort(around.begin(), around.end(), [](const Neighbour &x, const Neighbour &y) {
            return x.score != y.score ? x.score > y.score : x.item < y.item;
        });
        std::vector<int> family{core};
        for (const Neighbour &cand : around) {
            const bool withAll = std::all_of(family.begin() + 1, family.end(),
                                             [&](int m) { return adj.linked(cand.item, m); });
            if (withAll)
                family.push_back(cand.item);
        }
        for (int v : family)
            alive[std::size_t(v)] = 0;
        if (family.size() >= 2) {
            std::sort(family.begin(), family.end());
            out.push_back(std::move(family));
        }
        rest.erase(std::remove_if(rest.begin(), rest.end(),
                                  [&](int v) { return !alive[std::size_t(v)]; }),
                   rest.end());
    }
}

// The items with an edge, grouped by connected component: members[start[c] .. start[c + 1]) are
// component c's items in index order (at least two each), components in order of their first item.
struct Components
{
    std::vector<int> start;
    std::vector<int> members;
    int count() const { return static_cast<int>(start.size()) - 1; }
};

Components componentsOf(int n, const std::vector<OverlapEdge> &edges)
{
    // Only items with an edge take part, under compact ids in index order.
    std::vector<int> compact(static_cast<std::size_t>(n), -1);
    for (const OverlapEdge &e : edges)
        compact[std::size_t(e.a)] = compact[std::size_t(e.b)] = 0;
    std::vector<int> items;
    for (int v = 0; v < n; ++v) {
        if (compact[std::size_t(v)] == 0) {
            compact[std::size_t(v)] = static_cast<int>(items.size());
            items.push_back(v);
        }
    }
    std::vector<int> component(items.size(), -1);
    int count = 0;
    {
        UnionFind sets(items.size());
        for (const OverlapEdge &e : edges)
            sets.unite(compact[std::size_t(e.a)], compact[std::size_t(e.b)]);
        std::vector<int> numberOfRoot(items.size(), -1);
        for (std::size_t k = 0; k < items.size(); ++k) {
            int &number = numberOfRoot[std::size_t(sets.find(int(k)))];
            if (number < 0)
                number = count++;
            component[k] = number;
        }
    }
    Components out;
    out.start.assign(static_cast<std::size_t>(count) + 1, 0);
    for (int c : component)
        ++out.start[std::size_t(c) + 1];
    for (int c = 0; c < count; ++c)
        out.start[std::size_t(c) + 1] += out.start[std::size_t(c)];
    out.members.resize(items.size());
    std::vector<int> fill(out.start.begin(), out.start.end() - 1);
    for (std::size_t k = 0; k < items.size(); ++k)
        out.members[std::size_t(fill[std::size_t(component[k])]++)] = items[k];
    return out;
}

// The families of every component, sorted. Components are independent (an item's neighbours are
// in its component, and each writes only its own `alive` flags): the second half of the items'
// components goes to a second thread; the sort hides the split. False when cancelled.
bool familiesOf(int n, const Components &comps, const Adjacency &adj, Progress *progress,
                std::vector<std::vector<int>> &families)
{
    const int count = comps.count();
    std::vector<char> alive(std::size_t(n), 1);
    int split = count;
    if (count > 64 && comps.members.size() > 4096) {
        split = 0;
        while (split < count && std::size_t(comps.start[std::size_t(split)]) < comps.members.size() / 2)
            ++split;
    }
    const auto run = [&](int from, int to, std::vector<std::vector<int>> &found, bool report) {
        qint64 done = 0;
        for (int c = from; c < to; ++c) {
            const auto begin = comps.start[std::size_t(c)];
            const std::span<const int> comp(comps.members.data() + begin,
                                            std::size_t(comps.start[std::size_t(c) + 1] - begin));
            familiesOfComponent(comp, adj, alive, found);
            done += static_cast<qint64>(comp.size());
            if (report && progress) {
                if (progress->isCanceled())
                    return false;
                progress->advance(done);
            }
        }
        return true;
    };
    std::vector<std::vector<int>> second;
    bool finished = true;
    {
        std::thread helper;
        if (split < count)
            helper = std::thread([&] { run(split, count, second, false); });
        finished = run(0, split, families, true);
        if (helper.joinable())
            helper.join();
    }
    if (!finished)
        return false;
    families.insert(families.end(), std::make_move_iterator(second.begin()), std::make_move_iterator(second.end()));
    std::sort(families.begin(), families.end());
    return true;
}

} // namespace

bool buildFamilies(int n, const std::vector<OverlapEdge> &edges, Progress *progress, Families &out)
{
    out = {};
    out.familyOf.assign(std::size_t(n), -1);
    if (progress)
        progress->beginStage(QCoreApplication::translate("slimplan::Overlap", "Forming merge families"),
                             static_cast<qint64>(n));
    if (edges.empty())
        return !(progress && progress->isCanceled());

    const Components comps = componentsOf(n, edges);
    if (progress && progress->isCanceled())
        return false;
    const Adjacency adj = buildAdjacency(n, edges);
    std::vector<std::vector<int>> families;
    if (!familiesOf(n, comps, adj, progress, families))
        return false;
    for (std::size_t f = 0; f < families.size(); ++f)
        for (int v : families[f])
            out.familyOf[std::size_t(v)] = static_cast<int>(f);
    out.families = std::move(families);
    if (progress)
        progress->advance(n);
    return true;
}

} // namespace slimplan::overlapdetail
