// Helpers of the compare GUI suite: projects made with the CLI, the rows `slimplan-cli compare`
// would give for them, and reading back what the charts drew.

#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "helper_compare.h"
#include "../common/clirun.h"
#include "plan/projectplan.h"

#include "plan/planner.h"
#include "store/projectstore.h"

#include <QFileInfo>

namespace slimplan::testing {

int cliExitCode(const QStringList &args)
{
    return cli(args).exitCode;
}

// A project made of the fixture ledger `csv`, as a user of the CLI makes one.
QString project(const QTemporaryDir &dir, const QString &csv)
{
    const QString path = dir.filePath(QFileInfo(csv).completeBaseName() + QStringLiteral(".slimplan"));
    const QString source = QFileInfo(csv).isAbsolute() ? csv : kData + csv;
    if (cliExitCode({QStringLiteral("import"), source, QStringLiteral("--project"), path}) != 0)
        return {};
    return path;
}

// What the comparison must show for the projects, computed the way `slimplan-cli compare` does.
std::vector<RegionRow> expectedRows(const QStringList &paths)
{
    std::vector<Inventory> inventories;
    std::vector<Plan> plans;
    std::vector<std::pair<QString, QString>> names;
    inventories.reserve(std::size_t(paths.size()));
    plans.reserve(std::size_t(paths.size()));
    for (const QString &path : paths) {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
        if (!store)
            return {};
        inventories.push_back(store->loadInventory());
        std::optional<Plan> plan = savedPlan(*store, inventories.back());
        if (!plan) {
            plan = makePlan(inventories.back(), store->policyProfile(), QDate::currentDate(), nullptr);
            plan->overrides = store->overrides();
            applyOverrides(inventories.back(), *plan);
        }
        plans.push_back(std::move(*plan));
        names.emplace_back(store->regionName(), store->regionCode());
    }
    std::vector<RegionInput> inputs;
    for (std::size_t i = 0; i < inventories.size(); ++i)
        inputs.push_back({names[i].first, names[i].second, &inventories[i], &plans[i]});
    return compareRegions(inputs);
}

// The ranked chart as drawn: tick labels from the top bar down, and the bar values by tick.
std::vector<std::pair<QString, double>> rankedBars(QCustomPlot *plot)
{
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(plot->yAxis->ticker());
    std::vector<std::pair<QString, double>> out;
    if (!ticker)
        return out;
    const QMap<double, QString> ticks = ticker->ticks();
    for (auto it = ticks.cend(); it != ticks.cbegin();) {
        --it;
        double value = -1;
        for (int p = 0; p < plot->plottableCount(); ++p) {
            auto *bars = qobject_cast<QCPBars *>(plot->plottable(p));
            if (!bars)
                continue;
            auto found = bars->data()->findBegin(it.key(), false);
            if (found != bars->data()->constEnd() && qFuzzyCompare(found->key, it.key()))
                value = found->value;
        }
        out.emplace_back(it.value(), value);
    }
    return out;
}

std::vector<double> referenceLines(QCustomPlot *plot)
{
    std::vector<double> out;
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (plot->item(i)->objectName() != QLatin1String("reference"))
            continue;
        if (auto *line = qobject_cast<QCPItemLine *>(plot->item(i)))
            out.push_back(line->start->coords().y());
        else if (auto *straight = qobject_cast<QCPItemStraightLine *>(plot->item(i)))
            out.push_back(straight->point1->coords().x());
    }
    return out;
}

QStringList column(const QAbstractItemModel *model, int col)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, col).data().toString();
    out.sort();
    return out;
}

RegionRow syntheticRow(const QString &name, const QString &code, int apps, double reduction)
{
    RegionRow r;
    r.name = name;
    r.code = code;
    r.itemsPerKind = {apps, 1, 2};
    r.itemsPerLevel[static_cast<std::size_t>(Level::County)] = apps + 3;
    r.findingsPerRule.insert(QStringLiteral("A4"), apps);
    r.reductionPct = {reduction, 0.0, 50.0};
    r.reductionPctTotal = reduction / 2;
    r.annualCostSaved = 12.5;
    r.annualCostUnknown = 1;
    return r;
}

Item item(const QString &id, Kind kind, const QString &owner, const QString &name, const QString &region)
{
    Item it = countyItem(id, kind, owner, name, region);
    it.lastActive = QDate(2026, 11, 1);
    return it;
}

} // namespace slimplan::testing
