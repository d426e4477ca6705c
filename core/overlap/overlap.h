#pragma once
// The functional-overlap graph of an inventory and the merge families read from it.
// Contract between the overlap engine (core/overlap) and the recommender (core/plan).

#include "model/inventory.h"
#include "model/policyprofile.h"
#include "util/progress.h"

#include <QString>

#include <optional>
#include <vector>

namespace slimplan {

// The parts of one pair's score, each in [0, 1], so the edge can say why it exists.
struct OverlapParts
{
    double functions = 0;   // IDF-weighted Jaccard of functions
    double dataItems = 0;   // Jaccard of data items
    double members = 0;     // Jaccard of member hashes
    double name = 0;        // bigram Jaccard of names (region name removed)
    bool sameOwner = false;
    bool samePlatform = false;
    double containment = 0; // share of the smaller item's functions found in the other's
    double score = 0;       // the weighted score, renormalised over the parts with data
};

struct OverlapEdge
{
    int a = -1;             // item index, a < b
    int b = -1;
    float score = 0;        // weighted score in [0, 1]
    // When containment >= the profile's containmentThreshold: the index of the item whose
    // functions lie inside the other's (it can fold into the other). -1 otherwise.
    int containedItem = -1;
};

struct OverlapResult
{
    std::vector<OverlapEdge> edges;             // edges with score >= threshold (or containment)
    std::vector<std::vector<int>> families;     // cohesive merge families, each size >= 2, sorted
    std::vector<int> familyOf;                  // per item: index into families, or -1
    bool canceled = false;
};

// Builds the graph and the families. Deterministic; parallel over blocks; honours cancel.
// threads: worker threads (0 = QThread::idealThreadCount()); the result does not depend on it.
OverlapResult computeOverlap(const Inventory &inventory, const PolicyProfile &profile,
                             Progress *progress = nullptr, int threads = 0);

// The score parts of one pair, computed on demand (for the GUI, the PDF and the reasons).
OverlapParts overlapParts(const Inventory &inventory, int a, int b, const PolicyProfile &profile);

// "functions 4/5 shared: 政务服务, …; members 27/30 shared" in the current language (zh/en).
QString explainOverlap(const Inventory &inventory, int a, int b, const PolicyProfile &profile,
                       bool chinese);

// Positions for drawing a set of items (a family or a region), deterministic for the same input.
struct LayoutPoint
{
    int item = -1;
    double x = 0;
    double y = 0;
};
std::vector<LayoutPoint> layoutGraph(const std::vector<int> &items,
                                     const std::vector<OverlapEdge> &edges, double width,
                                     double height);

} // namespace slimplan
