#pragma once
// Candidate generation and verification inside one block (same county, same kind): prefix
// filtering over inverted indexes of functions, data items, members and name bigrams, so that a
// block is not compared pair by pair, yet no pair that can reach the threshold is skipped.

#include "overlap/overlapfeatures.h"
#include "util/progress.h"

#include <atomic>
#include <vector>

namespace slimplan::overlapdetail {

struct BlockContext
{
    const Inventory *inventory = nullptr;
    const TokenTables *tables = nullptr;
    const PolicyProfile *profile = nullptr;
    const FilterBounds *bounds = nullptr;
    Progress *progress = nullptr;
    std::atomic<qint64> *done = nullptr; // items compared so far, over all blocks
    std::atomic<bool> *canceled = nullptr;
};

// Appends the block's edges (a < b, global item indices) to `out`. `items` ascending.
// Returns false when cancelled.
bool compareBlock(const std::vector<int> &items, const BlockContext &context,
                  std::vector<OverlapEdge> &out);

} // namespace slimplan::overlapdetail
