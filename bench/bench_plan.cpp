// bench_plan: times the generator, the CSV import, the overlap graph and the whole plan for
// generated inventories of several sizes. Each size runs in a child process of its own, so the
// peak memory (ru_maxrss) of one size is not inflated by the one before.
//
//   bench_plan [--sizes 10000,100000,1000000] [--runs N] [--regions R] [--peer]
//              [--markdown FILE [--tag NAME]]  # replace the block NAME of FILE (BENCHMARKS.md)
//   bench_plan --child SIZE --runs N [--regions R] [--keep-csv] [--digest] [--marks] [--generate]
//       # one size; prints one JSON line (--digest: a hash of the edges, families and decisions;
//       # --generate: plan the generated inventory in memory, without writing and importing a CSV)
#include "overlap/overlap.h"
#include "plan/planner.h"
#include "synth/generator.h"
#if __has_include("import/importer.h")
#include "import/importer.h"
#define SLIMPLAN_BENCH_IMPORT 1
#endif

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
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>

#include <algorithm>
#include <vector>

using namespace slimplan;
using namespace slimplan::bench;

namespace {

// With --marks, each stage's start on CLOCK_MONOTONIC goes to stderr (for `perf record -k mono`
// followed by `perf report --time A,B`).
bool g_marks = false;
void mark(const char *stage)
{
    if (!g_marks)
        return;
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    fprintf(stderr, "mark %s %ld.%06ld\n", stage, long(ts.tv_sec), long(ts.tv_nsec / 1000));
}

QString csvPath(qint64 size)
{
    return QDir::temp().filePath(QStringLiteral("slimplan-bench-%1.csv").arg(size));
}

// FNV-1a over the edges, families and every decision: equal digests mean an optimisation left
// the result unchanged, bit for bit (--digest).
struct Digest
{
    quint64 h = 1469598103934665603ull;
    void bytes(const void *p, std::size_t n)
    {
        const auto *c = static_cast<const unsigned char *>(p);
        for (std::size_t i = 0; i < n; ++i)
            h = (h ^ c[i]) * 1099511628211ull;
    }
    template<typename T> void value(const T &v) { bytes(&v, sizeof v); }
    void text(const QString &s)
    {
        value(s.size());
        bytes(s.constData(), std::size_t(s.size()) * sizeof(QChar));
    }
};

QString digestOf(const OverlapResult &ov, const Plan &plan)
{
    Digest d;
    for (const OverlapEdge &e : ov.edges) {
        d.value(e.a);
        d.value(e.b);
        d.value(e.score);
        d.value(e.containedItem);
    }
    for (const auto &f : ov.families)
        for (int v : f)
            d.value(v);
    for (const Decision &x : plan.decisions) {
        d.value(int(x.action));
        d.text(x.target);
        d.text(x.rules.join(QLatin1Char(',')));
        d.text(x.reason(true));
        d.text(x.reason(false));
        d.value(x.confidence);
        d.value(x.cluster);
    }
    for (const Cluster &c : plan.clusters) {
        d.value(c.survivor);
        for (int v : c.members)
            d.value(v);
    }
    d.value(plan.summary.after.total());
    d.value(plan.summary.dataItemsAfter);
    d.value(plan.summary.annualCostSaved);
    return QString::number(d.h, 16);
}

// One child run: each stage `runs` times on the same inventory, the medians printed as JSON.
struct ChildRun
{
    GeneratorOptions options;
    QString csv;
    int runs = 1;
    bool digest = false;
    Inventory inv;
    std::vector<double> tCsv, tGen, tImport, tOverlap, tPlan, cOverlap, cPlan;
    qint64 edges = 0, families = 0, merges = 0;
    double peakAfterImport = 0, peakAfterOverlap = 0;
    QString planDigest;
    OverlapResult lastOverlap;
    QElapsedTimer t;

    bool writeCsv(); // false (printed) when the ledger cannot be written
    void importCsv(); // only with SLIMPLAN_BENCH_IMPORT
    void generate();
    void overlap();
    void plan();
    QJsonObject json(double csvMb) const;
};

bool ChildRun::writeCsv()
{
    for (int r = 0; r < runs; ++r) {
        t.start();
        QString error;
        if (!writeGeneratedLedger(options, csv, &error)) {
            QTextStream(stderr) << error << "\n";
            return false;
        }
        tCsv.push_back(t.nsecsElapsed() / 1e9);
    }
    return true;
}

void ChildRun::importCsv()
{
#ifdef SLIMPLAN_BENCH_IMPORT
    for (int r = 0; r < runs; ++r) {
        mark("import");
        inv.clear();
        t.start();
        ImportResult res = importFiles({csv}, ImportOptions(), nullptr);
        tImport.push_back(t.nsecsElapsed() / 1e9);
        inv = std::move(res.inventory);
    }
#endif
}

void ChildRun::generate()
{
    for (int r = 0; r < runs; ++r) {
        inv.clear();
        t.start();
        inv = generateInventory(options);
        tGen.push_back(t.nsecsElapsed() / 1e9);
    }
}

void ChildRun::overlap()
{
    for (int r = 0; r < runs; ++r) {
        mark("overlap");
        const double c0 = cpuSeconds();
        t.start();
        OverlapResult ov = computeOverlap(inv, PolicyProfile());
        tOverlap.push_back(t.nsecsElapsed() / 1e9);
        cOverlap.push_back(cpuSeconds() - c0);
        edges = qint64(ov.edges.size());
        families = qint64(ov.families.size());
        if (digest)
            lastOverlap = std::move(ov);
    }
}

void ChildRun::plan()
{
    for (int r = 0; r < runs; ++r) {
        mark("plan");
        const double c0 = cpuSeconds();
        t.start();
        const Plan plan = makePlan(inv, PolicyProfile(), QDate(2026, 11, 1));
        tPlan.push_back(t.nsecsElapsed() / 1e9);
        cPlan.push_back(cpuSeconds() - c0);
        merges = qint64(plan.clusters.size());
        if (digest && r == runs - 1)
            planDigest = digestOf(lastOverlap, plan);
    }
}

QJsonObject ChildRun::json(double csvMb) const
{
    QJsonObject j{{QStringLiteral("items"), inv.size()},
                  {QStringLiteral("csv_mb"), csvMb},
                  {QStringLiteral("write_csv"), median(tCsv)},
                  {QStringLiteral("generate"), median(tGen)},
                  {QStringLiteral("import"), median(tImport)},
                  {QStringLiteral("overlap"), median(tOverlap)},
                  {QStringLiteral("plan"), median(tPlan)},
                  {QStringLiteral("overlap_cpu"), median(cOverlap)},
                  {QStringLiteral("plan_cpu"), median(cPlan)},
                  {QStringLiteral("edges"), edges},
                  {QStringLiteral("families"), families},
                  {QStringLiteral("clusters"), merges},
                  {QStringLiteral("peak_mib"), peakMiB()},
                  {QStringLiteral("peak_after_import_mib"), peakAfterImport},
                  {QStringLiteral("peak_after_overlap_mib"), peakAfterOverlap}};
    if (digest)
        j.insert(QStringLiteral("digest"), planDigest);
    return j;
}

int runChild(qint64 size, int runs, int regions, bool keepCsv, bool digest, bool inMemory)
{
    ChildRun run;
    run.options.items = size;
    run.options.seed = 1;
    run.options.regions = regions;
    run.csv = csvPath(size);
    run.runs = runs;
    run.digest = digest;
    if (!inMemory) {
        if (!run.writeCsv())
            return 1;
        run.importCsv();
    }
    run.peakAfterImport = peakMiB(); // the import's own peak, for telling the stages apart
    if (run.inv.isEmpty())
        run.generate();
    run.overlap();
    run.peakAfterOverlap = peakMiB();
    run.plan();
    mark("end");
    const double csvMb = inMemory ? 0.0 : QFileInfo(run.csv).size() / 1e6;
    if (!keepCsv && !inMemory)
        QFile::remove(run.csv);
    QTextStream(stdout) << QJsonDocument(run.json(csvMb)).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

QString seconds(double s)
{
    return s < 0 ? QStringLiteral("–") : QString::number(s, 'f', s < 10 ? 3 : 1);
}

// Runs /work/shared/bench/peer_overlap.py (or $SLIMPLAN_PEER) on the CSV; returns its seconds.
double runPeer(const QString &csv, QString *line)
{
    const QString script = qEnvironmentVariable("SLIMPLAN_PEER", QStringLiteral("/work/shared/bench/peer_overlap.py"));
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {script, csv});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        *line = QString::fromUtf8(p.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1);
        return -1;
    }
    *line = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    const auto m = QRegularExpression(QStringLiteral("seconds ([0-9.]+)")).match(*line);
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

// One size's row of the results table, from the child's JSON.
void appendTableRow(QTextStream &md, const QString &s, const QJsonObject &j, double peerSeconds)
{
    const double ov = j.value(QStringLiteral("overlap")).toDouble();
    const double plan = j.value(QStringLiteral("plan")).toDouble();
    md << "| " << s << " | " << seconds(j.value(QStringLiteral("write_csv")).toDouble()) << " | "
       << QString::number(j.value(QStringLiteral("csv_mb")).toDouble(), 'f', 0) << " | "
       << seconds(j.value(QStringLiteral("import")).toDouble()) << " | "
       << seconds(j.value(QStringLiteral("generate")).toDouble()) << " | " << seconds(ov) << " | "
       << seconds(j.value(QStringLiteral("overlap_cpu")).toDouble()) << " | "
       << seconds(j.value(QStringLiteral("plan")).toDouble()) << " | "
       << seconds(j.value(QStringLiteral("plan_cpu")).toDouble()) << " | "
       << QString::number(j.value(QStringLiteral("peak_mib")).toDouble(), 'f', 0) << " | "
       << j.value(QStringLiteral("edges")).toInteger() << " | " << j.value(QStringLiteral("families")).toInteger()
       << " | " << seconds(peerSeconds) << " | "
       << (peerSeconds > 0 && plan > 0 ? QStringLiteral("%1×").arg(peerSeconds / plan, 0, 'f', 1) : QStringLiteral("–"))
       << " |\n";
}

} // namespace

int main(int argc, char *argv[])
{
    slimplan::tuneAllocator();
    QCoreApplication app(argc, argv);
    const BenchArgs args{app.arguments()};
    const int runs = args.value(QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    g_marks = args.has(QStringLiteral("--marks"));
    const int regions = args.value(QStringLiteral("--regions"), QStringLiteral("0")).toInt();
    if (args.has(QStringLiteral("--child")))
        return runChild(args.value(QStringLiteral("--child"), QStringLiteral("10000")).toLongLong(),
                        std::max(1, runs), regions, args.has(QStringLiteral("--keep-csv")),
                        args.has(QStringLiteral("--digest")), args.has(QStringLiteral("--generate")));

    const bool peer = args.has(QStringLiteral("--peer"));
    const QString loadStart = loadAverage();
    QTextStream out(stdout);
    QString table;
    QTextStream md(&table);
    md << "| items | write CSV (s) | CSV size (MB) | import CSV (s) | generate in memory (s) | overlap graph + families (s) "
          "| overlap CPU (s) | whole plan (s) | whole plan CPU (s) | peak RSS (MiB) | edges | families "
          "| peer_overlap.py (s) | speed-up (peer / whole plan) |\n"
          "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const QString &s : args.value(QStringLiteral("--sizes"), QStringLiteral("10000,100000")).split(QLatin1Char(','))) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList childArgs{QStringLiteral("--child"), s, QStringLiteral("--runs"), QString::number(runs),
                              QStringLiteral("--regions"), QString::number(regions)};
        if (peer)
            childArgs << QStringLiteral("--keep-csv");
        child.start(app.applicationFilePath(), childArgs);
        child.waitForFinished(-1);
        const QJsonObject j = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        if (j.isEmpty()) {
            out << "size " << s << ": child failed (exit " << child.exitCode() << ")\n";
            continue;
        }
        double peerSeconds = -1;
        QString peerLine;
        if (peer) {
            peerSeconds = runPeer(csvPath(s.toLongLong()), &peerLine);
            QFile::remove(csvPath(s.toLongLong()));
            out << "peer_overlap.py " << s << ": " << peerLine << "\n";
        }
        appendTableRow(md, s, j, peerSeconds);
        printLastRow(out, md, table);
    }
    md.flush();
    const QString machine = QStringLiteral("%1 cores (nproc), %2, %3; median of %4 run(s) per size; "
                                           "load average at start %5, at end %6")
                                .arg(QThread::idealThreadCount())
                                .arg(cpuModel(), QSysInfo::prettyProductName())
                                .arg(runs)
                                .arg(loadStart, loadAverage());
    out << "\n" << machine << "\n\n" << table;
    const QString mdPath = args.value(QStringLiteral("--markdown"), QString());
    if (!mdPath.isEmpty()) {
        // One block per --tag, so that runs with different sizes or run counts can coexist.
        const QString tag = args.value(QStringLiteral("--tag"), QStringLiteral("results"));
        writeMarkdownBlock(mdPath, QStringLiteral("bench_plan:") + tag, machine, table);
    }
    return 0;
}
