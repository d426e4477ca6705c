#include "plan/survivor.h"

namespace slimplan {

namespace {
// -1 when x ranks before y, 1 when after, 0 when equal; unknown always last.
template <typename T>
int compareKnown(const std::optional<T> &x, const std::optional<T> &y, bool higherFirst)
{
    if (x.has_value() != y.has_value())
        return x.has_value() ? -1 : 1;
    if (!x || *x == *y)
        return 0;
    return (*x > *y) == higherFirst ? -1 : 1;
}
} // namespace

bool survivesBefore(const Inventory &inv, int a, int b, const std::vector<SurvivorFacts> &facts)
{
    const SurvivorFacts &fa = facts[static_cast<std::size_t>(a)];
    const SurvivorFacts &fb = facts[static_cast<std::size_t>(b)];
    if (fa.complianceClass != fb.complianceClass)
        return fa.complianceClass < fb.complianceClass;
    const Item &x = inv.at(a);
    const Item &y = inv.at(b);
    // Level: lower enum value = higher level.
    if (int c = compareKnown(x.level, y.level, false))
        return c < 0;
    if (int c = compareKnown(x.activeUsers, y.activeUsers, true))
        return c < 0;
    if (int c = compareKnown(x.users, y.users, true))
        return c < 0;
    if (int c = compareKnown(x.annualCost, y.annualCost, false))
        return c < 0;
    if (fa.findingCount != fb.findingCount)
        return fa.findingCount < fb.findingCount;
    if (x.id != y.id)
        return x.id < y.id;
    return a < b;
}

int chooseSurvivor(const Inventory &inv, const std::vector<int> &members,
                   const std::vector<SurvivorFacts> &facts)
{
    int best = -1;
    for (int m : members) {
        if (best < 0 || survivesBefore(inv, m, best, facts))
            best = m;
    }
    return best;
}

} // namespace slimplan
