#pragma once
// Two facts the overlap graph draws from a family's rows: which members only a rule (not a chain
// of overlaps) joins to the survivor, and the name prefix all members share.

#include "model/inventory.h"
#include "overlap/overlap.h"

#include <utility>
#include <vector>

namespace slimplan {

// Members joined to the survivor by no chain of overlaps are in the family by a rule (one
// central department, one unit on one platform): the pairs (member, centre) a dashed line joins.
// maxNodes bounds the walk up the union-find.
std::vector<std::pair<int, int>> ruleLinksOf(const std::vector<int> &rows, const std::vector<OverlapEdge> &edges,
                                             int centre, int maxNodes);

// A prefix all names share (the township in 蓝田街道民政工作群, 蓝田街道养老服务工作群, …) would
// fill every label: its length (0 under two characters), left out of the labels.
int sharedNamePrefix(const Inventory &inv, const std::vector<int> &rows);

} // namespace slimplan
