#pragma once
// Layout of one family or one item's neighbourhood around an item (the survivor or the selected
// item), for the overlap graph: the centre in the middle, the others on rings around it, the
// strongest overlaps with the centre innermost. Positions are in the unit square, so the view
// can stretch them to whatever pane it has without laying out again.

#include "overlap/overlap.h"

#include <vector>

namespace slimplan {

// How many items the rings hold at most, innermost first, for `others` items around a centre:
// ring k holds about kRingStep·k items, so the spacing on every ring stays alike.
std::vector<int> ringSizes(int others);
inline constexpr int kRingStep = 8;

// Positions in [0, 1]² of `items` (same order), the centre at (0.5, 0.5); a pair lies side by
// side across the box. When `centre` is not one of the items they are laid out by layoutGraph()
// in the unit square. Deterministic.
std::vector<LayoutPoint> layoutAround(const std::vector<int> &items, const std::vector<OverlapEdge> &edges,
                                      int centre);

} // namespace slimplan
