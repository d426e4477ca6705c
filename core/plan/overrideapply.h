#pragma once
// The one rule for laying an official's override over the recommender's decision, used by the
// planner (applyOverrides, a whole plan) and by the GUI's document (one row per decision).

#include "model/plan.h"

namespace slimplan {

// The recommender's own action and target for a decision, whether an override is applied or not.
struct Recommendation
{
    Action action = Action::Keep;
    QString target;
};
Recommendation recommendationOf(const Decision &d);

// Sets d's action and target from the override, or from the recommendation when `o` is null. The
// recommendation is kept in d while an override applies (reports show it beside the decision),
// and cleared once it stands again, so applying twice gives the same decision.
void applyOverride(Decision &d, const Override *o, const Recommendation &recommended);

} // namespace slimplan
