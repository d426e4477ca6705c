#pragma once
// How far the plan has been carried out (issue #18, parts 4 and 5): for every unit (owner) and in
// total, how many of its actions to take (items whose action is not keep) are planned, notified,
// in progress, done and verified, per kind too, how many are overdue, and which items marked done
// a later snapshot still holds. Shared by `track --json/--xlsx` and the GUI's Tracking tab, so
// both show the same figures.

#include "model/campaign.h"
#include "model/inventory.h"
#include "model/plan.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <array>
#include <vector>

namespace slimplan {

// One action to take and where it stands.
struct ItemProgress
{
    int row = -1;            // inventory index
    TrackingStatus status;   // state Planned with no dates when the item has not been tracked yet
    bool overdue = false;    // the deadline has passed (before today) and it is not done/verified
    // Marked done or verified, but the later snapshot still holds it although its action takes it
    // away (merge, migrate, shut down): was it really closed?
    bool stillPresent = false;
};

struct UnitProgress
{
    QString owner;           // as the ledger writes it, trimmed; "" = no unit given
    std::array<int, kTrackingStateCount> states{};                          // by TrackingState
    std::array<std::array<int, kTrackingStateCount>, kKindCount> byKind{};  // [Kind][TrackingState]
    int overdue = 0;
    int stillPresent = 0;

    int actions() const;     // actions to take: the sum of `states`
    int count(TrackingState s) const { return states[std::size_t(s)]; }
    int count(Kind k, TrackingState s) const { return byKind[std::size_t(k)][std::size_t(s)]; }
};

struct TrackingProgress
{
    std::vector<UnitProgress> units; // in the order each unit's first action appears
    UnitProgress total;              // owner ""
    std::vector<ItemProgress> items; // the actions to take, in inventory order
};

// `plan` is the applied plan (decisions parallel to the inventory, overrides applied). States of
// items not in the inventory are ignored; an item without a state is planned. laterIds: the item
// ids of a later snapshot, when there is one (part 5, review).
TrackingProgress computeTrackingProgress(const Inventory &inventory, const Plan &plan,
                                         const std::vector<TrackingStatus> &states, QDate today,
                                         const QSet<QString> *laterIds = nullptr);

// The unit an item's action is counted under: its owner trimmed, "" when the ledger gives none
// (blank, 无, 未知, …: ownerUnknown). The one rule for every tracking view and export.
QString trackingUnitOf(const Item &item);

// Done and verified: nothing left to chase.
inline constexpr bool trackingFinished(TrackingState s)
{
    return s == TrackingState::Done || s == TrackingState::Verified;
}

} // namespace slimplan
