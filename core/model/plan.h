#pragma once
// The plan: one decision per item (keep, rectify, merge, migrate, shut down) with the rules and
// the reason behind it, the merge families, the official's overrides, and the summary.

#include "model/types.h"
#include "model/evidence.h"
#include "model/policyprofile.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace slimplan {

// One rule that applied to one item.
struct Finding
{
    QString rule;              // "A4", "P3", …
    Action suggested = Action::Keep;
    QStringList removeFunctions; // for function-level rules: what to remove
    double confidence = 1.0;   // how sure the rule is of what it saw (1 = an explicit ledger fact)
    EvidenceFacts facts;       // what was seen; evidence() puts it into words
    // Set by the planner on a family member's family findings: its overlap with the survivor,
    // which replaces (A10, G2) or comes before (A2, P1, P2) the rule's own evidence.
    std::shared_ptr<const FamilyEvidence> family;

    // What was seen, for people: "设有打卡签到、积分排名".
    QString evidence(bool chinese) const;
    bool hasEvidence(bool chinese) const { return family || !facts.isEmpty(chinese); }
    // States the evidence as text (a loaded project, a finding made by hand).
    void setEvidence(const QString &zh, const QString &en);
};

struct Decision
{
    Action action = Action::Keep;
    QString target;            // merge/migrate: surviving item id or platform name; empty = none
    QStringList rules;         // every rule that applied, strongest first
    // The sentence an official reads, naming the evidence: reason(). Recommended decisions keep
    // only what it is composed from (the findings and the facts below) and compose it when asked,
    // so a million items do not hold two million sentences; a decision loaded from a project, or
    // made by hand, states it in reasonZh/reasonEn.
    QString reasonZh;
    QString reasonEn;
    bool reasonFromFacts = false;  // true: reason() composes; reasonZh/reasonEn are unused
    int survivorOf = 0;            // > 0: the family survivor, with this many members folding in
    bool nothingLeft = false;      // shut down because removing the banned functions leaves nothing
    QString targetName;            // display name of the target (survivor name or platform)
    QStringList removeFunctions;   // rectify: the functions to remove
    double confidence = 1.0;   // 0..1
    int cluster = -1;          // merge family id, -1 = none
    std::vector<Finding> findings; // strongest first, parallel to `rules`
    // Set by applyOverrides when an override changed this decision: what the recommender said,
    // so that removing the override restores it. nullopt = the action is the recommendation.
    std::optional<Action> recommendedAction;
    QString recommendedTarget;

    // The reason in Chinese or English (composed from the findings as the recommender decided:
    // an override changes the action, not the reason).
    QString reason(bool chinese) const;
    // The reason in the language asked for, or the other one when that is empty.
    QString reasonOrOther(bool chinese) const;
};

// A merge family read from the overlap graph: exactly one survivor.
struct Cluster
{
    int id = 0;
    std::vector<int> members;  // item indices, survivor included
    int survivor = -1;         // item index
};

// A decision the official changed, with who, when and why.
struct Override
{
    QString itemId;
    Action action = Action::Keep;
    QString target;
    QString reason;
    QString who;
    QDateTime when;
};

struct KindCounts
{
    std::array<int, kKindCount> perKind{};
    int total() const { return perKind[0] + perKind[1] + perKind[2]; }
};

struct PlanSummary
{
    KindCounts before;
    KindCounts after;
    std::array<double, kKindCount> reductionPct{};
    double reductionPctTotal = 0.0;
    double annualCostSaved = 0.0;  // 万元, over leaving items whose cost is known
    int annualCostUnknown = 0;     // leaving items whose cost is unknown (the saving is a lower bound)
    int dataItemsBefore = 0;       // data items collected, counted per item
    int dataItemsAfter = 0;        // distinct data items once reporting is folded into one form
    std::array<KindCounts, kLevelCount + 1> beforeByLevel{}; // last = unknown level
    std::array<KindCounts, kLevelCount + 1> afterByLevel{};
};

struct Plan
{
    QDate asOf;
    PolicyProfile profile;
    std::vector<Decision> decisions; // parallel to Inventory::items()
    std::vector<Cluster> clusters;
    std::vector<Override> overrides;
    PlanSummary summary;
};

// Items that merge, migrate or shut down leave the region's count; keep and rectify stay.
inline constexpr bool leavesCount(Action a)
{
    return a == Action::Merge || a == Action::Migrate || a == Action::Shutdown;
}

} // namespace slimplan
