#pragma once
// 立项预审: a proposed item (an app a unit wants to build, an account it wants to open) checked
// against the region's inventory before it exists: the existing items that already do its job
// (the overlap engine's score and explanation), the policy rules it would break as described
// (the real rule checks of core/policy), and a verdict approve / revise / reject with the reason.

#include "model/inventory.h"
#include "model/plan.h"
#include "model/policyprofile.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace slimplan {

enum class PrecheckVerdict { Approve, Revise, Reject };

// "approve" / "revise" / "reject" (the JSON contract of DESIGN.md).
QString precheckVerdictName(PrecheckVerdict v);

struct PrecheckOverlap
{
    int index = -1;            // index in the project's inventory
    QString id;
    QString name;
    QString owner;
    double score = 0;          // the overlap engine's weighted score
    bool duplicate = false;    // an edge of the overlap graph (score or containment)
    QStringList sharedFunctions;
    QStringList sharedDataItems;
    bool sameAudience = false;
    QString explanationZh, explanationEn;
};

struct PrecheckResult
{
    PrecheckVerdict verdict = PrecheckVerdict::Approve;
    std::vector<PrecheckOverlap> overlaps; // strongest first
    std::vector<Finding> findings;         // rules the proposal would break, catalogue order
    QStringList rejectRules;               // the rules (or "overlap") that make it a reject
    QString reasonZh, reasonEn;

    QStringList ruleIds() const;
    const QString &reason(bool chinese) const { return chinese ? reasonZh : reasonEn; }
};

// Lowest score listed as a partial overlap (below the profile's threshold it asks for a revision).
inline constexpr double kPrecheckPartialScore = 0.3;
// At most this many overlapping items are listed.
inline constexpr int kPrecheckMaxOverlaps = 10;

// Checks `proposed` against `inventory`. The proposal's region, when empty, is taken from an
// item of the same owner, else from the inventory's first item. Rules about a running item's
// life (A9 idle, A11 not filed, P3 no posts, G1 idle group) do not apply to a proposal.
PrecheckResult precheck(const Inventory &inventory, const Item &proposed,
                        const PolicyProfile &profile, const QDate &asOf);

} // namespace slimplan
