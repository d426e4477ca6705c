#pragma once
// The choice of the one item of a merge family that stays (the survivor); the others merge or
// migrate into it.
//
// Order, first difference wins:
//  1. compliance class: 0 = nothing or only fixable (rectify) findings, 1 = leaves on its own
//     (migrates to a platform, A1/A3), 2 = shut down on its own (zombie, empty shell) — a family
//     never keeps a member that has to go anyway while a sound one exists;
//  2. level: higher first (central before county), unknown last — folding up, never down (P2);
//  3. monthly active users, more first (unknown last) — the one people actually use;
//  4. registered users, more first (unknown last);
//  5. annual cost, lower first (unknown last) — the cheaper one is kept, the saving is larger;
//  6. fewer findings of its own (the lighter burden), only to break a tie: a fixable finding is
//     already weighed by the compliance class, and must not outrank real use;
//  7. id, for determinism.

#include "model/inventory.h"

#include <vector>

namespace slimplan {

struct SurvivorFacts
{
    int complianceClass = 0; // see above
    int findingCount = 0;    // findings of its own (family rules not counted)
};

// True when item a ranks before item b as a survivor.
bool survivesBefore(const Inventory &inventory, int a, int b, const std::vector<SurvivorFacts> &facts);

// The survivor of a family (item indices), by the order above.
int chooseSurvivor(const Inventory &inventory, const std::vector<int> &members,
                   const std::vector<SurvivorFacts> &facts);

} // namespace slimplan
