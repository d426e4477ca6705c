#include "compare/regioncompare.h"

#include "place/places.h"
#include "plan/planner.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace slimplan {

namespace {

QString mostCommonPrefix(const Inventory &inv)
{
    // Owners repeat on many rows: count rows per owner, then ask the place service once each.
    QHash<QString, int> owners;
    for (const Item &it : inv.items()) {
        if (!it.owner.isEmpty())
            ++owners[it.owner];
    }
    QHash<QString, int> votes;
    const Places &places = Places::instance();
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        const QString p = places.ownerCountyName(it.key());
        if (!p.isEmpty())
            votes[p] += it.value();
    }
    QString best;
    int bestVotes = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > bestVotes || (it.value() == bestVotes && it.key() < best)) {
            bestVotes = it.value();
            best = it.key();
        }
    }
    return best;
}

} // namespace

RegionRow compareRow(const RegionInput &region)
{
    RegionRow row;
    row.name = region.name;
    row.code = region.code;
    if (!region.inventory)
        return row;
    const Inventory &inv = *region.inventory;
    for (const Item &it : inv.items()) {
        ++row.itemsPerKind[static_cast<std::size_t>(it.kind)];
        const std::size_t level = it.level ? static_cast<std::size_t>(*it.level) : kLevelCount;
        ++row.itemsPerLevel[level];
    }
    if (!region.plan)
        return row;
    const Plan &plan = *region.plan;
    for (const Decision &d : plan.decisions) {
        QSet<QString> seen; // a rule counts once per decision
        for (const QString &rule : d.rules) {
            if (!seen.contains(rule)) {
                seen.insert(rule);
                ++row.findingsPerRule[rule];
            }
        }
    }
    const PlanSummary &s = plan.summary;
    row.summary = s;
    row.reductionPct = s.reductionPct;
    row.reductionPctTotal = s.reductionPctTotal;
    row.annualCostSaved = s.annualCostSaved;
    row.annualCostUnknown = s.annualCostUnknown;
    row.dataItemsBefore = s.dataItemsBefore;
    row.dataItemsAfter = s.dataItemsAfter;
    return row;
}

std::vector<RegionRow> compareRegions(const std::vector<RegionInput> &regions)
{
    std::vector<RegionRow> rows;
    rows.reserve(regions.size());
    for (const RegionInput &r : regions)
        rows.push_back(compareRow(r));
    return rows;
}

QStringList ruleColumns(const std::vector<RegionRow> &rows)
{
    QSet<QString> ids;
    for (const RegionRow &r : rows) {
        for (auto it = r.findingsPerRule.cbegin(); it != r.findingsPerRule.cend(); ++it)
            ids.insert(it.key());
    }
    QStringList out(ids.cbegin(), ids.cend());
    // "A4" before "A10": letter, then number.
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        const QString pa = a.left(1), pb = b.left(1);
        if (pa != pb)
            return pa < pb;
        bool oka = false, okb = false;
        const int na = a.mid(1).toInt(&oka), nb = b.mid(1).toInt(&okb);
        if (oka && okb && na != nb)
            return na < nb;
        return a < b;
    });
    return out;
}

QString regionKey(const QString &region)
{
    const QString r = region.trimmed();
    if (r.size() < 6)
        return {};
    for (qsizetype i = 0; i < 6; ++i) {
        if (r.at(i) < u'0' || r.at(i) > u'9')
            return {};
    }
    return r.left(6);
}

std::vector<RegionPart> splitByRegion(const Inventory &inventory, const Plan *plan)
{
    const bool withPlan = plan && plan->decisions.size() == inventory.items().size();
    std::map<QString, RegionPart> parts; // sorted by code; "" first, moved last below
    for (int i = 0; i < inventory.size(); ++i) {
        const Item &it = inventory.at(i);
        const QString key = regionKey(it.region);
        RegionPart &part = parts[key];
        part.code = key;
        part.inventory.upsert(it);
        part.sourceIndex.push_back(i);
        if (withPlan)
            part.plan.decisions.push_back(plan->decisions[static_cast<std::size_t>(i)]);
    }
    std::vector<RegionPart> out;
    out.reserve(parts.size());
    for (auto &[key, part] : parts) {
        if (!key.isEmpty())
            out.push_back(std::move(part));
    }
    if (auto it = parts.find(QString()); it != parts.end())
        out.push_back(std::move(it->second));
    for (RegionPart &part : out) {
        part.name = mostCommonPrefix(part.inventory);
        if (withPlan) {
            part.plan.asOf = plan->asOf;
            part.plan.profile = plan->profile;
            for (Decision &d : part.plan.decisions)
                d.cluster = -1; // families refer to indices of the whole inventory
            computeSummary(part.inventory, part.plan);
        }
    }
    return out;
}

} // namespace slimplan
