// bench_import: times the CSV import into a new project (importFiles + ProjectStore::importInventory,
// what `slimplan-cli import` does) and opening it again (ProjectStore::open + loadInventory +
// regionName + loadPlan, what the GUI reads before the table shows) for generated ledgers of several
// sizes. Each size and each stage runs in a child process of its own, so the peak memory
// (ru_maxrss) of one is not inflated by another. Wall-clock and CPU time (user + system, all
// threads) are both reported: on a shared machine the CPU time is the steadier figure.
//
//   bench_import [--sizes 100000,1000000] [--runs N] [--markdown FILE]
//   bench_import --child-import SIZE --runs N    # one size; prints one JSON line
//   bench_import --child-open SIZE --runs N
#include "import/importer.h"
#include "plan/projectplan.h"
#include "store/projectstore.h"
#include "synth/generator.h"

#include "benchutil.h"
#include "util/allocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

using namespace slimplan;
using namespace slimplan::bench;

namespace {




QString csvPath(qint64 size)
{
    return QDir::temp().filePath(QStringLiteral("slimplan-bench-import-%1.csv").arg(size));
}

QString projectPath(qint64 size)
{
    return QDir::temp().filePath(QStringLiteral("slimplan-bench-import-%1.slimplan").arg(size));
}

void removeProject(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

void print(const QJsonObject &j)
{
    QTextStream(stdout) << QJsonDocument(j).toJson(QJsonDocument::Compact) << "\n";
}

int childImport(qint64 size, int runs)
{
    const QString csv = csvPath(size);
    const QString project = projectPath(size);
    QString error;
    if (!QFileInfo::exists(csv)) {
        GeneratorOptions o;
        o.items = size;
        o.seed = 1;
        if (!writeGeneratedLedger(o, csv, &error)) {
            QTextStream(stderr) << error << "\n";
            return 1;
        }
    }
    std::vector<double> wall, cpu;
    int items = 0;
    for (int r = 0; r < runs; ++r) {
        removeProject(project);
        QElapsedTimer t;
        t.start();
        const double c0 = cpuSeconds();
        {
            auto store = ProjectStore::open(project, &error);
            if (!store) {
                QTextStream(stderr) << error << "\n";
                return 1;
            }
            ImportOptions options;
            options.memberSalt = store->memberSalt();
            const ImportResult res = importFiles({csv}, options, nullptr);
            if (!store->importInventory(res.inventory, res.report, {csv}, nullptr, &error)) {
                QTextStream(stderr) << error << "\n";
                return 1;
            }
            items = res.inventory.size();
        }
        wall.push_back(t.nsecsElapsed() / 1e9);
        cpu.push_back(cpuSeconds() - c0);
    }
    print(QJsonObject{{QStringLiteral("items"), items},
                      {QStringLiteral("csv_mb"), QFileInfo(csv).size() / 1e6},
                      {QStringLiteral("project_mb"), QFileInfo(project).size() / 1e6},
                      {QStringLiteral("wall"), median(wall)},
                      {QStringLiteral("cpu"), median(cpu)},
                      {QStringLiteral("peak_mib"), peakMiB()}});
    return 0;
}

int childOpen(qint64 size, int runs)
{
    const QString project = projectPath(size);
    std::vector<double> wall, cpu;
    int items = 0;
    bool hasPlan = false;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuSeconds();
        {
            QString error;
            auto store = ProjectStore::open(project, &error);
            if (!store) {
                QTextStream(stderr) << error << "\n";
                return 1;
            }
            const Inventory inv = store->loadInventory();
            const QString title = store->regionName();
            const std::optional<Plan> plan = savedPlan(*store, inv);
            items = inv.size();
            hasPlan = plan.has_value() && !title.isNull();
        }
        wall.push_back(t.nsecsElapsed() / 1e9);
        cpu.push_back(cpuSeconds() - c0);
    }
    print(QJsonObject{{QStringLiteral("items"), items},
                      {QStringLiteral("plan"), hasPlan},
                      {QStringLiteral("wall"), median(wall)},
                      {QStringLiteral("cpu"), median(cpu)},
                      {QStringLiteral("peak_mib"), peakMiB()}});
    return 0;
}



QJsonObject runChild(const QString &app, const QString &mode, const QString &size, int runs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(app, {mode, size, QStringLiteral("--runs"), QString::number(runs)});
    child.waitForFinished(-1);
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

QString num(const QJsonObject &j, const char *key, int decimals)
{
    const QJsonValue v = j.value(QLatin1String(key));
    return v.isUndefined() ? QStringLiteral("–") : QString::number(v.toDouble(), 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    slimplan::tuneAllocator();
    QCoreApplication app(argc, argv);
    const BenchArgs args{app.arguments()};
    const int runs = std::max(1, args.value(QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    if (args.has(QStringLiteral("--child-import")))
        return childImport(args.value(QStringLiteral("--child-import"), QStringLiteral("10000")).toLongLong(), runs);
    if (args.has(QStringLiteral("--child-open")))
        return childOpen(args.value(QStringLiteral("--child-open"), QStringLiteral("10000")).toLongLong(), runs);

    QTextStream out(stdout);
    const QString loadBefore = loadAverage(3);
    QString table;
    QTextStream md(&table);
    md << "| rows | CSV (MB) | project (MB) | import wall (s) | import CPU (s) | import peak RSS (MiB) "
          "| open + load wall (s) | open + load CPU (s) | open peak RSS (MiB) |\n"
          "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const QString &s : args.value(QStringLiteral("--sizes"), QStringLiteral("100000,1000000")).split(QLatin1Char(','))) {
        const QJsonObject imp = runChild(app.applicationFilePath(), QStringLiteral("--child-import"), s, runs);
        const QJsonObject open = imp.isEmpty() ? QJsonObject()
                                               : runChild(app.applicationFilePath(), QStringLiteral("--child-open"), s, runs);
        md << "| " << s << " | " << num(imp, "csv_mb", 0) << " | " << num(imp, "project_mb", 0) << " | "
           << num(imp, "wall", 2) << " | " << num(imp, "cpu", 2) << " | " << num(imp, "peak_mib", 0) << " | "
           << num(open, "wall", 2) << " | " << num(open, "cpu", 2) << " | " << num(open, "peak_mib", 0) << " |\n";
        printLastRow(out, md, table);
        QFile::remove(csvPath(s.toLongLong()));
        removeProject(projectPath(s.toLongLong()));
    }
    md.flush();
    const QString machine = QStringLiteral("%1 cores (nproc), %2, %3; load average %4 before, %5 after; "
                                           "median of %6 run(s) per size")
                                .arg(QThread::idealThreadCount())
                                .arg(cpuModel(), QSysInfo::prettyProductName(), loadBefore, loadAverage(3))
                                .arg(runs);
    out << "\n" << machine << "\n\n" << table;
    const QString mdPath = args.value(QStringLiteral("--markdown"), QString());
    if (!mdPath.isEmpty())
        writeMarkdownBlock(mdPath, QStringLiteral("bench_import:results"), machine, table);
    return 0;
}
