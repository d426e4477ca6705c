#pragma once
// Merge families read from the overlap graph: cohesive groups in which every pair overlaps.

#include "overlap/overlap.h"

#include <vector>

namespace slimplan::overlapdetail {

struct Families
{
    std::vector<std::vector<int>> families; // each sorted, size ≥ 2; ordered by first member
    std::vector<int> familyOf;              // per item: family index or -1
};

// `edges` sorted by (a, b). Returns false (and nothing) when cancelled.
bool buildFamilies(int itemCount, const std::vector<OverlapEdge> &edges, Progress *progress,
                   Families &out);

} // namespace slimplan::overlapdetail
