// Benchmark: the plan PDF and spreadsheet of a 10,000-action plan (DESIGN.md: ≤ 10 s each on a
// 2-core machine). The inventory comes from the synthetic generator; the decisions are laid out
// by hand (tests/gui_report/reportfixture.h pattern) so the figure does not depend on the
// recommender. Prints the median of several runs.
//
//   bench_report [--items N] [--runs R] [--lang zh_CN|en] [--out DIR]

#include "../tests/gui_report/reportfixture.h"

#include "report/planpdf.h"
#include "report/planxlsx.h"
#if __has_include("synth/generator.h")
#include "synth/generator.h"
#include "util/allocator.h"
#endif

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

using namespace slimplan;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Gives the generated items the fixture's decisions (every action, families, long reasons).
reportfixture::Sample makePlan(int items)
{
    reportfixture::Sample s = reportfixture::makeSample(items, QStringLiteral("基准县"));
#if __has_include("synth/generator.h")
    GeneratorOptions g;
    g.items = items;
    g.seed = 7;
    Inventory generated = generateInventory(g);
    if (generated.size() == items) {
        // Real names, owners and functions; the fixture's ids keep the decisions' targets valid.
        for (int i = 0; i < items; ++i) {
            Item it = generated.at(i);
            it.id = s.inventory.at(i).id;
            it.kind = s.inventory.at(i).kind;
            s.inventory.items()[static_cast<std::size_t>(i)] = it;
        }
    }
#endif
    return s;
}
} // namespace

int main(int argc, char **argv)
{
    slimplan::tuneAllocator();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("items"), QStringLiteral("Items in the plan."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per format."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Report language: zh_CN or en."), QStringLiteral("LANG"), QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR"), QDir::tempPath()});
    parser.process(app);
    const int items = parser.value(QStringLiteral("items")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QDir out(parser.value(QStringLiteral("out")));

    const reportfixture::Sample s = makePlan(items);
    int actions = 0;
    for (const Decision &d : s.plan.decisions)
        actions += d.action != Action::Keep ? 1 : 0;
    std::printf("plan: %d items, %d non-keep actions, %zu families\n", items, actions,
                s.plan.clusters.size());

    ReportOptions opt;
    opt.regionName = QStringLiteral("基准县");
    opt.language = parser.value(QStringLiteral("lang"));
    opt.planDate = QDate(2026, 11, 22);
    std::vector<double> pdf, xlsx;
    for (int r = 0; r < runs; ++r) {
        QString error;
        QElapsedTimer t;
        t.start();
        if (!writePlanPdf(s.inventory, s.plan, opt, out.filePath(QStringLiteral("bench-plan.pdf")), nullptr, &error)) {
            std::fprintf(stderr, "pdf: %s\n", qPrintable(error));
            return 1;
        }
        pdf.push_back(t.elapsed() / 1000.0);
        t.restart();
        if (!writePlanXlsx(s.inventory, s.plan, opt, out.filePath(QStringLiteral("bench-plan.xlsx")), nullptr, &error)) {
            std::fprintf(stderr, "xlsx: %s\n", qPrintable(error));
            return 1;
        }
        xlsx.push_back(t.elapsed() / 1000.0);
        std::printf("run %d: pdf %.2f s, xlsx %.2f s\n", r + 1, pdf.back(), xlsx.back());
        std::fflush(stdout);
    }
    std::printf("median of %d: pdf %.2f s (%.1f MB), xlsx %.2f s (%.1f MB)\n", runs, median(pdf),
                QFileInfo(out.filePath(QStringLiteral("bench-plan.pdf"))).size() / 1e6, median(xlsx),
                QFileInfo(out.filePath(QStringLiteral("bench-plan.xlsx"))).size() / 1e6);
    return 0;
}
