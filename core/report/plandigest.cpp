#include "report/plandigest.h"

#include "policy/rulecatalog.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace slimplan {

namespace {
bool itemLess(const Inventory &inv, int a, int b)
{
    const Item &x = inv.at(a);
    const Item &y = inv.at(b);
    if (x.owner != y.owner)
        return x.owner < y.owner;
    if (x.name != y.name)
        return x.name < y.name;
    return x.id < y.id;
}

std::vector<char> clusterMembers(const Plan &plan, int n)
{
    std::vector<char> inCluster(static_cast<std::size_t>(n), 0);
    for (const Cluster &c : plan.clusters) {
        for (int m : c.members) {
            if (m >= 0 && m < n)
                inCluster[static_cast<std::size_t>(m)] = 1;
        }
    }
    return inCluster;
}

void sortItemLists(PlanDigest &d, const Inventory &inventory)
{
    const auto less = [&inventory](int a, int b) { return itemLess(inventory, a, b); };
    for (auto &perKind : d.items) {
        for (auto &v : perKind)
            std::sort(v.begin(), v.end(), less);
    }
    for (auto &v : d.loneMerges)
        std::sort(v.begin(), v.end(), less);
}

// Families with a survivor, by kind, then in the order the recommender numbered them.
std::vector<int> familiesInOrder(const Inventory &inventory, const Plan &plan, int n)
{
    std::vector<int> order;
    for (int c = 0; c < static_cast<int>(plan.clusters.size()); ++c) {
        const int s = plan.clusters[static_cast<std::size_t>(c)].survivor;
        if (s >= 0 && s < n)
            order.push_back(c);
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Cluster &ca = plan.clusters[static_cast<std::size_t>(a)];
        const Cluster &cb = plan.clusters[static_cast<std::size_t>(b)];
        const Kind ka = inventory.at(ca.survivor).kind;
        const Kind kb = inventory.at(cb.survivor).kind;
        if (ka != kb)
            return ka < kb;
        if (ca.id != cb.id)
            return ca.id < cb.id;
        return a < b;
    });
    return order;
}

void sortOwners(std::vector<OwnerActions> &owners)
{
    std::sort(owners.begin(), owners.end(), [](const OwnerActions &a, const OwnerActions &b) {
        const int la = a.before - a.after;
        const int lb = b.before - b.after;
        if (la != lb)
            return la > lb;
        if (a.before != b.before)
            return a.before > b.before;
        return a.owner < b.owner;
    });
}

// The cited rule ids in catalogue order, then the unknown ones sorted.
QStringList inCatalogOrder(QSet<QString> cited)
{
    QStringList out;
    for (const RuleInfo &r : ruleCatalog()) {
        if (cited.remove(r.id))
            out << r.id;
    }
    QStringList rest(cited.begin(), cited.end());
    rest.removeAll(QString());
    rest.sort();
    out << rest;
    return out;
}

} // namespace

PlanDigest PlanDigest::build(const Inventory &inventory, const Plan &plan)
{
    PlanDigest d;
    const int n = std::min<int>(inventory.size(), static_cast<int>(plan.decisions.size()));
    const std::vector<char> inCluster = clusterMembers(plan, n);

    QHash<QString, int> ownerIndex;
    QSet<QString> cited;
    for (int i = 0; i < n; ++i) {
        const Item &it = inventory.at(i);
        const Decision &dec = plan.decisions[static_cast<std::size_t>(i)];
        const int a = static_cast<int>(dec.action);
        const int k = static_cast<int>(it.kind);
        d.items[a][k].push_back(i);
        ++d.countByKind[k][a];
        if (dec.action == Action::Merge && !inCluster[static_cast<std::size_t>(i)])
            d.loneMerges[k].push_back(i);

        auto pos = ownerIndex.find(it.owner); // QHash::try_emplace needs Qt 6.5
        if (pos == ownerIndex.end()) {
            pos = ownerIndex.insert(it.owner, static_cast<int>(d.owners.size()));
            d.owners.push_back(OwnerActions{});
            d.owners.back().owner = it.owner;
        }
        OwnerActions &o = d.owners[static_cast<std::size_t>(pos.value())];
        ++o.perAction[a];
        ++o.before;
        if (!leavesCount(dec.action))
            ++o.after;

        for (const QString &r : dec.rules)
            cited.insert(r);
        for (const Finding &f : dec.findings)
            cited.insert(f.rule);
    }
    sortItemLists(d, inventory);
    d.clusterOrder = familiesInOrder(inventory, plan, n);
    sortOwners(d.owners);
    d.citedRules = inCatalogOrder(std::move(cited));
    return d;
}

QString describeTarget(const Inventory &inventory, const QString &target, bool chinese)
{
    if (target.isEmpty())
        return QString();
    const int i = inventory.indexOf(target);
    if (i < 0)
        return target;
    const Item &it = inventory.at(i);
    return chinese ? it.name + QStringLiteral("（") + it.id + QStringLiteral("）")
                   : it.name + QStringLiteral(" (") + it.id + QStringLiteral(")");
}

} // namespace slimplan
