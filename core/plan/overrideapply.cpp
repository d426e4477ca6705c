#include "plan/overrideapply.h"

namespace slimplan {

Recommendation recommendationOf(const Decision &d)
{
    if (d.recommendedAction)
        return {*d.recommendedAction, d.recommendedTarget};
    return {d.action, d.target};
}

void applyOverride(Decision &d, const Override *o, const Recommendation &recommended)
{
    if (o) {
        d.action = o->action;
        d.target = o->target;
        d.recommendedAction = recommended.action;
        d.recommendedTarget = recommended.target;
    } else {
        d.action = recommended.action;
        d.target = recommended.target;
        d.recommendedAction.reset();
        d.recommendedTarget.clear();
    }
}

} // namespace slimplan
