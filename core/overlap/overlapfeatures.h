#pragma once
// The comparable form of an item for the overlap engine: its functions, data items, members and
// name bigrams as sorted integer tokens, plus the inventory-wide IDF weights of functions.
// Shared by the graph builder and by the on-demand overlapParts(), so both score a pair the same.

#include "model/inventory.h"
#include "overlap/overlap.h"
#include "model/policyprofile.h"
#include "util/textids.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace slimplan::overlapdetail {

// Function weights are fixed-point integers (IDF × 2^16) so that sums are exact and independent
// of the order of summation: the fast path and overlapParts() then agree to the last bit.
using Weight = std::uint64_t;
inline constexpr double kWeightScale = 65536.0;

// Inventory-wide vocabularies: function and data-item ids, and function IDF weights.
struct TokenTables
{
    QHash<QString, std::uint32_t> functionId;
    QHash<QString, std::uint32_t> dataItemId;
    // The same ids by the address of the inventory's strings (see util/textids.h): filled by
    // buildTokenTables() for one computation, empty in cachedTokenTables().
    AddressMap functionAt;
    AddressMap dataItemAt;
    std::vector<Weight> functionWeight; // by function id: round(ln(1 + N / df) × 2^16), ≥ 1
    std::vector<std::uint32_t> functionDf;
    std::vector<std::uint32_t> dataItemDf;
};

// Counts document frequencies over the whole inventory (parallel) and assigns ids in sorted
// string order, so the tables do not depend on the number of threads. With `byAddress`, the
// tables also know the ids by string address: valid while the inventory is not changed.
TokenTables buildTokenTables(const Inventory &inventory, int threads, bool byAddress = true);

// The tables for overlapParts(): cached per inventory (address, size, total list lengths), since
// computing them is O(n) and the GUI asks for one pair at a time.
const TokenTables &cachedTokenTables(const Inventory &inventory);

struct ItemFeatures
{
    std::vector<std::uint32_t> functions; // function ids, sorted, unique
    std::vector<std::uint32_t> dataItems; // data item ids, sorted, unique
    std::vector<quint64> members;         // member hashes, sorted, unique
    std::vector<std::uint32_t> bigrams;   // name character bigrams, sorted, unique
    Weight functionWeight = 0;            // sum of the functions' weights
};

ItemFeatures buildFeatures(const Item &item, const TokenTables &tables);

// The same features without owning them: a view of an ItemFeatures, or of one item's slices of a
// block's flat (CSR) feature arrays. Scoring reads views, so both paths share one code.
struct FeatureView
{
    std::span<const std::uint32_t> functions;
    std::span<const std::uint32_t> dataItems;
    std::span<const quint64> members;
    std::span<const std::uint32_t> bigrams;
    Weight functionWeight = 0;

    FeatureView() = default;
    FeatureView(const ItemFeatures &f) // NOLINT: implicit on purpose
        : functions(f.functions), dataItems(f.dataItems), members(f.members), bigrams(f.bigrams),
          functionWeight(f.functionWeight)
    {
    }
};

// Sorted, unique ids of the item's functions and data items (unknown strings are skipped),
// appended to `functions` / `dataItems`; returns the weight of the functions.
Weight appendFeatureIds(const Item &item, const TokenTables &tables,
                        std::vector<std::uint32_t> &functions, std::vector<std::uint32_t> &dataItems);

// Place names found in an owner ("青溪县青山镇人民政府" → 青溪县, 青溪, 青山镇, 青山): each leading
// place name the place service finds (Places::ownerPlaceSpans), in full and without its suffix.
QStringList placeNames(const QString &owner);

// The place names removed from the item's name: its owner's, and its region's when the region is
// a place name rather than a code. Longest first.
QStringList placesToStrip(const Item &item);
// The same as views into the item's owner and region (valid while those strings are), into `out`.
using PlaceViews = std::vector<QStringView>;
void placesToStrip(const Item &item, PlaceViews &out);
// Whether placesToStrip() depends on the owner alone (the region is empty or a division code).
bool placesFromOwnerOnly(const Item &item);

// The name without the place names of its owner/region, spaces and punctuation, case-folded.
QString strippedName(const Item &item);

// Bigrams of a stripped name as 32-bit codes (two UTF-16 units); a one-character name gives one
// token of its own.
std::vector<std::uint32_t> nameBigrams(QStringView stripped);
void appendNameBigrams(QStringView stripped, std::vector<std::uint32_t> &out); // sorted, unique
// The bigrams of the item's name stripped of `places` (placesToStrip() of the item), appended.
void appendNameTokens(const Item &item, const QStringList &places, std::vector<std::uint32_t> &out);
void appendNameTokens(const Item &item, const PlaceViews &places, std::vector<std::uint32_t> &out);

// Which score components the pair has data for (at least one of the two items).
struct Availability
{
    bool functions = false;
    bool dataItems = false;
    bool members = false;
    bool owner = false;
    bool platform = false;
};

// Scores a pair of items from their features. `weights` of each function id are looked up in
// `functionWeight`. Fills every field of OverlapParts, including score.
OverlapParts scorePair(const Item &x, const FeatureView &fx, const Item &y,
                       const FeatureView &fy, const std::vector<Weight> &functionWeight,
                       const OverlapWeights &weights, Availability *availability = nullptr);

// The weighted sum renormalised over the available components (see docs/overlap.md).
double combineScore(const OverlapParts &p, const Availability &a, const OverlapWeights &w);

// Whether a scored pair becomes an edge, and which item (0 = x, 1 = y, -1 = none) is contained.
struct EdgeVerdict
{
    bool edge = false;
    int contained = -1;
};
EdgeVerdict judgePair(const OverlapParts &p, const FeatureView &fx, const FeatureView &fy,
                      const PolicyProfile &profile);

// Weighted intersection of two sorted function-id lists (exact, as scorePair computes it).
Weight intersectWeight(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b,
                       const std::vector<Weight> &w);
// Jaccard of two sorted unique lists, 0 when either is empty (as scorePair computes it).
double jaccard(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b);
double jaccard(std::span<const quint64> a, std::span<const quint64> b);

// Thresholds of the candidate filter (derivation in overlapfeatures.cpp and docs/overlap.md).
// An item's "set mask" says which of functions (1), data items (2), members (4) it has.
struct FilterBounds
{
    bool exhaustive = false; // no safe filter for these weights: compare every pair of a block
    double nameOnly = 2;     // pairs where neither item has functions/data/members: name bigrams
    double bySetMask[8] = {2, 2, 2, 2, 2, 2, 2, 2}; // τ for functions/data/members, per item mask
};
FilterBounds filterBounds(const PolicyProfile &profile);
int setMask(const FeatureView &f);

// A containment edge also needs this much overall score (a fraction of the threshold), so that
// three generic functions such as 信息发布 inside a bigger list do not link unrelated items.
inline constexpr double kContainmentScoreFloor = 0.75;
inline constexpr std::size_t kContainmentMinFunctions = 3;

// Block key: same kind and same county (first 6 digits of a division code, else the region text).
QString blockKey(const Item &item);

} // namespace slimplan::overlapdetail
