#pragma once
// Everything a rule check needs besides the item itself: the policy profile, the as-of date, the
// overlap result and the hash indexes that let rules about "another item" (A2, A8, P1, P2) run in
// linear time instead of comparing pairs.

#include "model/inventory.h"
#include "overlap/overlap.h"
#include "model/policyprofile.h"
#include "util/textids.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <vector>

namespace slimplan {

// How many items share one key, and the first two of them (enough to name "the other one").
struct KeyStat
{
    int count = 0;
    int first = -1;
    int second = -1;

    void add(int item);
    // An item with this key other than `self`, or -1.
    int other(int self) const { return first == self ? second : first; }
};

// Items grouped by a normalised key. Rules and the planner read the group of an item, so the
// parallel rule checks and the family merge never hash a string.
struct RuleIndexes
{
    std::vector<KeyStat> groups; // by group id; A2, P1 and A8 groups share one numbering
    std::vector<int> centralOwnerGroup;  // A2, per item: grassroots-facing apps of one central unit
    std::vector<int> ownerPlatformGroup; // P1, per item: accounts of one owner on one platform
    // A8, per item: the group of each of its data items (parallel to Item::dataItems; -1 = blank),
    // item i's at dataItemGroups[dataItemOffset[i] .. dataItemOffset[i + 1]).
    std::vector<int> dataItemOffset;
    std::vector<int> dataItemGroups;
    QHash<QString, int> dataItemGroupOfKey; // normalised data item → group
    std::vector<int> higherPartner;  // P2: per item, the overlapping account of a higher level, or -1
    std::vector<float> maxEdgeScore; // per item, its strongest overlap edge (0 when none)

    // The item's group for A2 / P1 (nullptr = none), and the apps collecting a data item.
    const KeyStat *centralOwnerStat(int item) const { return statOf(centralOwnerGroup, item); }
    const KeyStat *ownerPlatformStat(int item) const { return statOf(ownerPlatformGroup, item); }
    KeyStat dataItemStat(const QString &dataItem) const;

private:
    const KeyStat *statOf(const std::vector<int> &groupOf, int item) const
    {
        if (item < 0 || std::size_t(item) >= groupOf.size() || groupOf[std::size_t(item)] < 0)
            return nullptr;
        return &groups[std::size_t(groupOf[std::size_t(item)])];
    }
};

struct RuleContext
{
    PolicyProfile profile;
    QDate asOf;
    const OverlapResult *overlap = nullptr; // may be null: overlap rules (A10, P2, G2) then never fire
    RuleIndexes indexes;
};

// How many other items share item i's merge family; -1 when it has none, or when the context has
// no overlap graph.
int otherFamilyMembers(const RuleContext &ctx, int i);

// Builds the indexes in one pass over the items and one over the overlap edges.
RuleIndexes buildRuleIndexes(const Inventory &inventory, const OverlapResult *overlap);

// A context ready for checking rules (indexes built).
RuleContext makeRuleContext(const Inventory &inventory, const PolicyProfile &profile,
                            const QDate &asOf, const OverlapResult *overlap);

// Keys used by the indexes, shared so that tests and the summary normalise the same way.
QString normalizedKey(const QString &text);
// Dense ids of normalised texts (normalizedKey), looked up by the raw text's buffer first: the
// inventory interns repeated texts, so most lookups neither normalise nor hash a string. Keep one
// only while the strings it has seen are alive and unchanged (see util/textids.h).
class NormalizedIds
{
public:
    int idOf(const QString &raw); // -1 = blank
    int size() const { return static_cast<int>(m_byKey.size()); }
    const QHash<QString, int> &keys() const { return m_byKey; }

private:
    static constexpr int kBlank = -2;
    AddressMap m_byAddress;
    QHash<QString, int> m_byKey;
};

// Empty or only white space (what trimmed().isEmpty() says, without a copy).
bool isBlank(const QString &text);
// A2's notion of a grassroots-facing app of a central department: a central-level app that is not
// known to face the public or enterprises (internal or unknown audience = used by grassroots staff).
bool isCentralGrassrootsApp(const Item &item);

// Whether the owner is at county level or below / below county level. Unknown level = false.
bool atCountyOrBelow(const Item &item);
bool belowCounty(const Item &item);

// Days from `date` to the as-of date; nullopt when the date is unknown.
std::optional<qint64> daysSince(const QDate &date, const QDate &asOf);

} // namespace slimplan
