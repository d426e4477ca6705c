#include "report/reportregion.h"

#include "place/regionname.h"

#include <QHash>

namespace slimplan {

QString mostCommonRegionName(const Inventory &inv)
{
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const Item &it : inv.items()) {
        if (it.region.isEmpty())
            continue;
        const int c = ++counts[it.region];
        if (c > bestCount) {
            bestCount = c;
            best = it.region;
        }
    }
    if (best.isEmpty())
        return {};
    RegionNames names;
    QHash<QString, int> votes;
    QString name;
    int nameVotes = 0;
    for (const Item &it : inv.items()) {
        if (it.region != best)
            continue;
        const QString &n = names(it.region, it.owner);
        if (n.isEmpty())
            continue;
        const int c = ++votes[n];
        if (c > nameVotes) {
            nameVotes = c;
            name = n;
        }
    }
    return name;
}

} // namespace slimplan
