#pragma once
// The figures of the Overview page (概览): the plan's before/after headline, the most frequent
// rule findings, the units carrying the most items and actions, and the items that still need
// checking. A plain struct computed in one pass over the inventory and the plan, without widgets,
// so that the GUI page and any report read the same numbers.

#include "model/inventory.h"
#include "model/plan.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace slimplan {

// Why an item needs checking, as bits. The missing-data bits are the facts the rules read
// (POLICY.md): without them a rule cannot fire, so "keep" only means "nothing was seen".
enum class CheckFlag : quint8 {
    NoOwner = 1u << 0,       // A1, A2, P1, G4 and the per-unit figures need the owning unit
    NoLevel = 1u << 1,       // A1, A2, A3, P2 compare administrative levels
    NoFunctions = 1u << 2,   // A3–A7, P4, P5, G3 and the overlap families read the function list
    NoActivity = 1u << 3,    // A9, P3, P6, G1: neither a last-active date nor a 90-day post count
    NoUsage = 1u << 4,       // A9 (apps only): no monthly active users
    LowConfidence = 1u << 5, // a change recommended with confidence below kLowConfidence, not yet decided
};
inline constexpr int kCheckFlagCount = 6;
inline constexpr quint8 kMissingDataChecks = 0x1f;
inline constexpr quint8 kAllChecks = 0x3f;
// Below this a recommendation is called unsure. Rules that read a ledger fact say 1.0, inferred
// ones 0.8–0.95, a family merge 0.5 + score/2: 0.75 catches weak families (score < 0.5) and
// usage ratios (A9 at 0.7) without flagging every inferred finding.
inline constexpr double kLowConfidence = 0.75;

inline constexpr quint8 checkBit(CheckFlag f) { return static_cast<quint8>(f); }
inline constexpr quint8 actionBit(Action a) { return static_cast<quint8>(1u << static_cast<int>(a)); }
inline constexpr quint8 kLeavingActions = actionBit(Action::Merge) | actionBit(Action::Migrate) | actionBit(Action::Shutdown);
inline constexpr quint8 kStayingActions = actionBit(Action::Keep) | actionBit(Action::Rectify);
inline constexpr quint8 kChangingActions = kLeavingActions | actionBit(Action::Rectify);

// The check bits of one item under its current action and the decision's confidence (Keep and 1
// without a plan); `decided` = the official has accepted or overridden it (the recommendation has
// been looked at). Shared with the table's filter so that a figure and its rows always agree.
quint8 checkFlags(const Item &item, Action action, double confidence, bool decided);

// The ledger fields the rules read that this item lacks, by their JSON names ("owner", "level",
// "functions", "last_active", "posts_90d", "active_users"): the `missing` list of the plan JSON,
// and exactly the missing-data bits of checkFlags(), so the JSON and the overview agree.
QStringList missingFields(const Item &item);

// Share of the facts the rules read that this item has (owner, level, functions, activity, and
// for apps monthly active users): 1 = all known. The same facts as missingFields().
double completeness(const Item &item);

// How sure one recommendation is, and why: the missing facts and, for a family merge, what the
// overlap with the survivor rests on (shared functions, data items, members) or names only.
struct ConfidenceNote
{
    double confidence = 1.0;
    double completeness = 1.0;
    QStringList missing;       // missingFields()
    bool family = false;       // merged or migrated into a family survivor
    int sharedFunctions = 0;   // with the survivor, as the decision's family evidence says
    int sharedDataItems = 0;
    int sharedMembers = 0;
    bool namesOnly() const { return family && !sharedFunctions && !sharedDataItems && !sharedMembers; }
    bool low() const;          // below kLowConfidence, or a merge resting on names only
    QString text(bool chinese) const; // "可信度 0.60：缺少功能清单；仅凭名称相似"
};
ConfidenceNote explainConfidence(const Item &item, const Decision *decision);

// Per owning unit: mean completeness of its items and how many need checking (checkFlags()).
struct UnitCompleteness
{
    QString owner;
    int items = 0;
    double completeness = 0; // mean over the unit's items
    int needsCheck = 0;
};
// Units in order of first appearance; items without a known owner are not counted.
std::vector<UnitCompleteness> unitCompleteness(const Inventory &inventory, const Plan &plan);

// A blank owner, or one a ledger gives as "无", "未知", "-", "n/a": no unit to count.
bool ownerUnknown(const QString &owner);

struct OverviewRule
{
    QString rule;  // "A8"
    int items = 0; // items with this rule among their findings
};

struct OverviewUnit
{
    QString owner; // exactly as in the ledger
    int items = 0;
    int actions = 0; // items whose action is not keep
};

// Hook for the campaign features (returns received from units, actions reported done). They do
// not exist yet: computeOverview leaves this empty and the page shows nothing for it.
struct OverviewCampaign
{
    int returnsExpected = 0;
    int returnsReceived = 0;
    int actionsDone = 0;
};

struct Overview
{
    int items = 0;
    PlanSummary summary;               // the plan's own summary (computeSummary), not recomputed
    int changing = 0;                  // items whose action is not keep
    std::vector<OverviewRule> topRules; // most items first, then catalogue slot; at most `top`
    int rulesSeen = 0;                 // distinct rules with at least one finding
    std::vector<OverviewUnit> unitsByItems;
    std::vector<OverviewUnit> unitsByActions; // only units with at least one action
    int units = 0;                     // distinct non-blank owners
    int needsCheck = 0;                // items with any check bit
    int missingData = 0;               // items with any missing-data bit
    std::array<int, kCheckFlagCount> perCheck{}; // by bit index
    std::optional<OverviewCampaign> campaign;
};

// One pass over the items; owners are counted in one hash (one node per distinct owner).
Overview computeOverview(const Inventory &inventory, const Plan &plan, int top = 5);

} // namespace slimplan
