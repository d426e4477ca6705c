// bench_decisions [--items N=1000000] [--bulk B=10000] [--runs R=7] [--dir DIR] [--planner]:
// the official's decisions on a large project (issue #18 part 2). Builds an N-item project with
// the generator (core/synth), opens it in a Document with the project attached as the GUI does,
// then times one decision and one bulk decision over B items, each pushed as the views push it:
// logged and written to the project (one transaction) and the summary updated. Prints medians.
// Without --planner the recommendations are laid out synthetically (the decision path does not
// depend on how they were found; the planner on 1,000,000 items is bench_plan's business).
// Run by hand; not a timed test.
#include "benchutil.h"

#include "commands/bulkoverridecommand.h"
#include "commands/overridecommand.h"
#include "document.h"
#include "plan/planner.h"
#include "plan/projectplan.h"
#include "store/projectstore.h"
#include "synth/generator.h"
#include "util/allocator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

using namespace slimplan;

namespace {

// Every 5th item merges into its neighbour, every 7th shuts down, every 11th is rectified.
Plan syntheticPlan(const Inventory &inv)
{
    Plan plan;
    plan.asOf = QDate(2026, 11, 1);
    plan.decisions.resize(inv.items().size());
    for (std::size_t i = 0; i < plan.decisions.size(); ++i) {
        Decision &d = plan.decisions[i];
        if (i % 5 == 1) {
            d.action = Action::Merge;
            d.target = inv.items()[i - 1].id;
        } else if (i % 7 == 0) {
            d.action = Action::Shutdown;
        } else if (i % 11 == 0) {
            d.action = Action::Rectify;
        }
        d.rules = {QStringLiteral("A10")};
        d.reasonZh = QStringLiteral("功能重复");
    }
    return plan;
}

Override decision(Action a, int run)
{
    Override o;
    o.action = a;
    o.reason = QStringLiteral("基准测试第%1轮").arg(run);
    o.who = QStringLiteral("bench");
    o.when = QDateTime::currentDateTimeUtc();
    return o;
}

double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

} // namespace

int main(int argc, char *argv[])
{
    slimplan::tuneAllocator();
    QCoreApplication app(argc, argv);
    const bench::BenchArgs args{app.arguments()};
    const int n = args.value(QStringLiteral("--items"), QStringLiteral("1000000")).toInt();
    const int bulk = std::min(n, args.value(QStringLiteral("--bulk"), QStringLiteral("10000")).toInt());
    const int runs = std::max(1, args.value(QStringLiteral("--runs"), QStringLiteral("7")).toInt());
    QTemporaryDir tmp;
    const QString path = args.value(QStringLiteral("--dir"), tmp.path()) + QStringLiteral("/bench_decisions.slimplan");
    QFile::remove(path);
    QTextStream out(stdout);
    out << "Machine: " << bench::cpuModel() << ", load " << bench::loadAverage() << "\n";
    QElapsedTimer t;
    QString error;

    t.start();
    {
        GeneratorOptions g;
        g.items = n;
        const Inventory inv = generateInventory(g);
        const Plan plan = args.has(QStringLiteral("--planner")) ? makePlan(inv, PolicyProfile(), QDate(2026, 11, 1))
                                                                : syntheticPlan(inv);
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
        if (!store || !store->importInventory(inv, ImportReport{}, {}, nullptr, &error)
            || !store->savePlan(plan, inv, &error)) {
            out << "cannot build the project: " << error << "\n";
            return 1;
        }
    }
    out << "Project of " << n << " items built in " << msSince(t) / 1000 << " s\n";

    t.restart();
    Document doc;
    {
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
        if (!store) {
            out << error << "\n";
            return 1;
        }
        Inventory inv = store->loadInventory();
        std::optional<Plan> plan = savedPlan(*store, inv);
        if (!plan) {
            out << "the saved plan does not load\n";
            return 1;
        }
        doc.reset(std::move(inv), std::move(*plan), QStringLiteral("bench"), path);
        doc.attachStore(std::move(store));
    }
    out << "Opened in a Document in " << msSince(t) / 1000 << " s\n";
    QObject::connect(&doc, &Document::writeFailed, [&](const QString &m) { out << "write failed: " << m << "\n"; });

    QRandomGenerator rng(5);
    const std::array<Action, 3> actions{Action::Keep, Action::Shutdown, Action::Rectify};
    std::vector<double> one, many, undoMany;
    for (int run = 0; run < runs; ++run) {
        const int row = rng.bounded(n);
        t.restart();
        doc.undoStack()->push(new OverrideCommand(doc, row, decision(actions[std::size_t(run) % 3], run)));
        one.push_back(msSince(t));

        std::vector<int> rows;
        rows.reserve(std::size_t(bulk));
        for (int i = 0; i < bulk; ++i)
            rows.push_back(rng.bounded(n));
        t.restart();
        doc.undoStack()->push(new BulkOverrideCommand(doc, std::move(rows), decision(actions[std::size_t(run + 1) % 3], run)));
        many.push_back(msSince(t));
        t.restart();
        doc.undoStack()->undo();
        undoMany.push_back(msSince(t));
        doc.undoStack()->redo();
    }
    // The share of the project file: the same bulk written by the store alone.
    std::vector<double> storeOnly;
    for (int run = 0; run < runs; ++run) {
        std::vector<DecisionLogEntry> entries{std::size_t(bulk)};
        for (DecisionLogEntry &e : entries) {
            e.itemId = doc.inventory().at(rng.bounded(n)).id;
            e.newAction = Action::Keep;
            e.reason = QStringLiteral("store only");
        }
        t.restart();
        if (!doc.store()->recordDecisions(entries, &error))
            out << error << "\n";
        storeOnly.push_back(msSince(t));
    }
    // The incrementally kept summary against a count from scratch, to show it is not stale.
    Plan check;
    check.decisions = doc.plan().decisions;
    t.restart();
    computeSummary(doc.inventory(), check);
    const double recount = msSince(t);
    const bool same = check.summary.after.perKind == doc.plan().summary.after.perKind
                      && check.summary.dataItemsAfter == doc.plan().summary.dataItemsAfter;

    out << "| step (" << n << " items, median of " << runs << ") | ms |\n|---|---:|\n";
    out << "| one decision (logged, written, summary updated) | " << bench::median(one) << " |\n";
    out << "| bulk decision over " << bulk << " items | " << bench::median(many) << " |\n";
    out << "| undo of that bulk decision | " << bench::median(undoMany) << " |\n";
    out << "| of which the project file: " << bulk << " entries + overrides | " << bench::median(storeOnly) << " |\n";
    out << "| (for comparison) summary counted from scratch | " << recount << " |\n";
    out << "Log entries: " << doc.decisionLog().size() << ", overrides: " << doc.plan().overrides.size()
        << ", summary " << (same ? "matches" : "DIFFERS FROM") << " a fresh count\n";
    out << "Peak memory: " << bench::peakMiB() << " MiB\n";
    return same ? 0 : 2;
}
