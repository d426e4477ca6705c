#include "views/familylinks.h"

#include <QHash>

namespace slimplan {

std::vector<std::pair<int, int>> ruleLinksOf(const std::vector<int> &rows, const std::vector<OverlapEdge> &edges,
                                             int centre, int maxNodes)
{
    std::vector<std::pair<int, int>> links;
    QHash<int, int> parent;
    for (int r : rows)
        parent.insert(r, r);
    const auto root = [&parent, maxNodes](int x) {
        for (int guard = 0; guard < maxNodes + 1 && parent.value(x) != x; ++guard)
            x = parent.value(x);
        return x;
    };
    for (const OverlapEdge &e : edges)
        parent[root(e.a)] = root(e.b);
    // Flatten so that root() stays short.
    for (int r : rows)
        parent[r] = root(r);
    for (int r : rows) {
        if (r != centre && root(r) != root(centre))
            links.emplace_back(r, centre);
    }
    return links;
}

int sharedNamePrefix(const Inventory &inv, const std::vector<int> &rows)
{
    if (rows.size() < 2)
        return 0;
    const QString &first = inv.at(rows.front()).name;
    int common = int(first.size());
    for (int r : rows) {
        const QString &name = inv.at(r).name;
        int k = 0;
        while (k < common && k < name.size() && name[k] == first[k])
            ++k;
        common = k;
    }
    return common >= 2 ? common : 0;
}

} // namespace slimplan
