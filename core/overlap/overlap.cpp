// The overlap graph: blocks of comparable items, compared in parallel, then merge families.
// The score and the filter are described in docs/overlap.md.

#include "overlap/overlap.h"

#include "overlap/overlapblock.h"
#include "overlap/overlapclusters.h"
#include "overlap/overlapfeatures.h"
#include "util/textids.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <array>
#include <atomic>
#include <thread>

namespace slimplan {

using namespace overlapdetail;

namespace {

// Items grouped by (region, kind), blocks in order of their first item, so that block numbering
// never depends on hashing.
std::vector<std::vector<int>> blocksOf(const Inventory &inventory)
{
    const int n = inventory.size();
    std::vector<std::vector<int>> blocks;
    QHash<QString, int> blockOf;
    blockOf.reserve(n / 64 + 16);
    // The key depends on the region and the kind only: regions are interned, so most items
    // find their block by the region's buffer.
    std::array<AddressMap, kKindCount> blockOfRegion;
    for (int i = 0; i < n; ++i) {
        const Item &item = inventory.at(i);
        AddressMap &byRegion = blockOfRegion[static_cast<std::size_t>(item.kind)];
        int b = byRegion.find(item.region);
        if (b < 0) {
            const QString key = blockKey(item);
            auto it = blockOf.find(key);
            if (it == blockOf.end()) {
                it = blockOf.insert(key, static_cast<int>(blocks.size()));
                blocks.emplace_back();
            }
            b = it.value();
            byRegion.insert(item.region, b);
        }
        blocks[std::size_t(b)].push_back(i);
    }
    return blocks;
}

// Compares every block on `threads` threads, largest blocks first so that they finish together.
// Returns each worker's edges; false when cancelled.
bool compareBlocks(const std::vector<std::vector<int>> &blocks, const BlockContext &context, int threads,
                   std::vector<std::vector<OverlapEdge>> &found)
{
    std::vector<int> order(blocks.size());
    for (std::size_t b = 0; b < blocks.size(); ++b)
        order[b] = static_cast<int>(b);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return blocks[std::size_t(x)].size() > blocks[std::size_t(y)].size();
    });
    std::atomic<std::size_t> next{0};
    const int workers = std::max(1, std::min<int>(threads, static_cast<int>(blocks.size())));
    found.assign(static_cast<std::size_t>(workers), {});
    const auto work = [&](int w) {
        for (;;) {
            const std::size_t k = next.fetch_add(1);
            if (k >= order.size() || context.canceled->load())
                return;
            if (!compareBlock(blocks[std::size_t(order[k])], context, found[std::size_t(w)]))
                return;
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(work, w);
    work(0);
    for (std::thread &t : pool)
        t.join();
    return !(context.canceled->load() || (context.progress && context.progress->isCanceled()));
}

// The workers' edges in one list sorted by (a, b), each worker's list freed once copied.
std::vector<OverlapEdge> mergeEdges(std::vector<std::vector<OverlapEdge>> &found)
{
    std::vector<OverlapEdge> edges;
    std::size_t total = 0;
    for (const auto &f : found)
        total += f.size();
    edges.reserve(total);
    for (auto &f : found) {
        edges.insert(edges.end(), f.begin(), f.end());
        std::vector<OverlapEdge>().swap(f);
    }
    std::sort(edges.begin(), edges.end(), [](const OverlapEdge &x, const OverlapEdge &y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return edges;
}

} // namespace

OverlapResult computeOverlap(const Inventory &inventory, const PolicyProfile &profile,
                             Progress *progress, int threads)
{
    OverlapResult result;
    const int n = inventory.size();
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    if (progress)
        progress->beginStage(QCoreApplication::translate("slimplan::Overlap", "Comparing items"), n);

    const TokenTables tables = buildTokenTables(inventory, threads);
    const std::vector<std::vector<int>> blocks = blocksOf(inventory);

    std::atomic<qint64> done{0};
    std::atomic<bool> canceled{progress && progress->isCanceled()};
    BlockContext context;
    context.inventory = &inventory;
    context.tables = &tables;
    context.profile = &profile;
    const FilterBounds bounds = filterBounds(profile);
    context.bounds = &bounds;
    context.progress = progress;
    context.done = &done;
    context.canceled = &canceled;

    std::vector<std::vector<OverlapEdge>> found;
    if (!compareBlocks(blocks, context, threads, found)) {
        result.canceled = true;
        return result;
    }
    result.edges = mergeEdges(found);

    Families families;
    if (!buildFamilies(n, result.edges, progress, families)) {
        result = OverlapResult();
        result.canceled = true;
        return result;
    }
    result.families = std::move(families.families);
    result.familyOf = std::move(families.familyOf);
    return result;
}

OverlapParts overlapParts(const Inventory &inventory, int a, int b, const PolicyProfile &profile)
{
    if (a < 0 || b < 0 || a >= inventory.size() || b >= inventory.size())
        return {};
    const TokenTables &tables = cachedTokenTables(inventory);
    // Always score in index order, as the graph does.
    const int x = std::min(a, b);
    const int y = std::max(a, b);
    const ItemFeatures fx = buildFeatures(inventory.at(x), tables);
    const ItemFeatures fy = buildFeatures(inventory.at(y), tables);
    return scorePair(inventory.at(x), fx, inventory.at(y), fy, tables.functionWeight,
                     profile.weights);
}

} // namespace slimplan
