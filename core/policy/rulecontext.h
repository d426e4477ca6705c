#pragma once
// Everything a rule check needs besides the item itself: the policy profile, the as-of date, the
// overlap result and the hash indexes that let rules about "another item" (A2, A8, P1, P2) run in
// linear time instead of comparing pairs.

#include "model/inventory.h"
#include "overlap/overlap.h"
#include "policy/policyprofile.h"

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

struct RuleIndexes
{
    QHash<QString, KeyStat> centralAppsByOwner;     // A2: grassroots-facing apps of central units
    QHash<QString, KeyStat> accountsByOwnerPlatform; // P1: owner + platform
    QHash<QString, KeyStat> appsByDataItem;         // A8: normalised data item → apps collecting it
    std::vector<int> higherPartner;  // P2: per item, the overlapping account of a higher level, or -1
    std::vector<float> maxEdgeScore; // per item, its strongest overlap edge (0 when none)
};

struct RuleContext
{
    PolicyProfile profile;
    QDate asOf;
    const OverlapResult *overlap = nullptr; // may be null: overlap rules (A10, P2, G2) then never fire
    RuleIndexes indexes;
};

// Builds the indexes in one pass over the items and one over the overlap edges.
RuleIndexes buildRuleIndexes(const Inventory &inventory, const OverlapResult *overlap);

// A context ready for checking rules (indexes built).
RuleContext makeRuleContext(const Inventory &inventory, const PolicyProfile &profile,
                            const QDate &asOf, const OverlapResult *overlap);

// Keys used by the indexes, shared so that tests and the summary normalise the same way.
QString normalizedKey(const QString &text);
QString ownerPlatformKey(const Item &item);
// A2's notion of a grassroots-facing app of a central department: a central-level app that is not
// known to face the public or enterprises (internal or unknown audience = used by grassroots staff).
bool isCentralGrassrootsApp(const Item &item);

// Whether the owner is at county level or below / below county level. Unknown level = false.
bool atCountyOrBelow(const Item &item);
bool belowCounty(const Item &item);

// Days from `date` to the as-of date; nullopt when the date is unknown.
std::optional<qint64> daysSince(const QDate &date, const QDate &asOf);

} // namespace slimplan
