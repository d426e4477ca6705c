// bench_store [N=1000000] [DIR]: times the project store and the text exports on N synthetic
// items — import into a new project (one transaction), open + load, save/load a plan, write the
// --json and the CSV — and prints the peak memory. Run by hand; not a timed test.
#include "plan/planner.h"
#include "plan/projectplan.h"
#include "report/csvexport.h"
#include "report/planjson.h"
#include "store/projectstore.h"
#include "util/allocator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace slimplan;

namespace {

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

Inventory synthetic(int n)
{
    QRandomGenerator gen(7);
    const QStringList functions{QStringLiteral("办事指南"), QStringLiteral("预约办理"),
                                QStringLiteral("信息发布"), QStringLiteral("数据填报"),
                                QStringLiteral("打卡签到"), QStringLiteral("政策查询"),
                                QStringLiteral("投诉建议"), QStringLiteral("通知转发")};
    Inventory inv;
    inv.reserve(n);
    for (int i = 0; i < n; ++i) {
        Item it;
        it.kind = static_cast<Kind>(i % 3);
        it.id = QStringLiteral("R%1-%2").arg(i % 97).arg(i);
        it.name = QStringLiteral("青溪县第%1号应用").arg(i);
        it.owner = QStringLiteral("青溪县第%1局").arg(i % 400);
        it.platform = QStringLiteral("微信小程序");
        it.level = static_cast<Level>(3 + i % 3);
        it.region = QStringLiteral("510999");
        for (int f = 0; f < 3; ++f)
            it.functions << functions[static_cast<int>(gen.bounded(functions.size()))];
        it.users = gen.bounded(100000);
        if (i % 2)
            it.activeUsers = gen.bounded(1000);
        it.lastActive = QDate(2026, 1, 1).addDays(gen.bounded(300));
        it.annualCost = gen.bounded(100.0);
        if (it.kind == Kind::Group)
            for (int m = 0; m < 8; ++m)
                it.memberHashes.push_back(gen.generate64());
        inv.upsert(std::move(it));
    }
    return inv;
}

} // namespace

int main(int argc, char *argv[])
{
    slimplan::tuneAllocator();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args[1].toInt() : 1000000;
    QTemporaryDir tmp;
    const QString dir = args.size() > 2 ? args[2] : tmp.path();
    const QString path = dir + QStringLiteral("/bench.slimplan");
    QFile::remove(path);
    QTextStream out(stdout);
    QElapsedTimer t;
    QString error;

    const Inventory inv = synthetic(n);
    out << "items: " << n << ", memory after building them: " << peakRssMb() << " MB\n";
    {
        t.start();
        auto store = ProjectStore::open(path, &error);
        ImportReport report;
        report.rowsRead = report.rowsImported = n;
        if (!store || !store->importInventory(inv, report, {QStringLiteral("bench.csv")}, nullptr, &error)) {
            out << "import failed: " << error << "\n";
            return 1;
        }
        out << "import (one transaction): " << t.elapsed() << " ms, file "
            << QFile(path).size() / (1024 * 1024) << " MB\n";
    }
    Inventory loaded;
    {
        t.start();
        auto store = ProjectStore::open(path, &error);
        loaded = store->loadInventory();
        out << "open + load: " << t.elapsed() << " ms (" << loaded.size() << " items)\n";
        Plan plan;
        plan.asOf = QDate(2026, 11, 22);
        plan.decisions.resize(loaded.items().size());
        for (std::size_t i = 0; i < plan.decisions.size(); i += 7) {
            plan.decisions[i].action = Action::Shutdown;
            plan.decisions[i].rules = {QStringLiteral("P3")};
            plan.decisions[i].reasonZh = QStringLiteral("超过90天未更新");
            plan.decisions[i].reasonEn = QStringLiteral("No post for more than 90 days");
        }
        computeSummary(loaded, plan);
        t.start();
        store->savePlan(plan, loaded, &error);
        out << "save plan: " << t.elapsed() << " ms\n";
        t.start();
        const std::optional<Plan> back = savedPlan(*store, loaded);
        out << "load plan: " << t.elapsed() << " ms (" << (back ? "ok" : "missing") << ")\n";
        t.start();
        writePlanJson(loaded, plan, true, dir + QStringLiteral("/bench.json"), nullptr, &error);
        out << "write --json: " << t.elapsed() << " ms, "
            << QFile(dir + QStringLiteral("/bench.json")).size() / (1024 * 1024) << " MB\n";
        t.start();
        writePlanCsv(loaded, plan, true, dir + QStringLiteral("/bench.csv"), nullptr, &error);
        out << "write CSV: " << t.elapsed() << " ms\n";
    }
    out << "peak memory: " << peakRssMb() << " MB\n";
    return 0;
}
