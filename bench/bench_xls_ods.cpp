// bench_xls_ods: times opening an .xls (openXlsSources) or .ods (openOdsSources, when that reader
// is in the tree) and reading every row of every sheet, the part of an import the reader owns.
// Prints rows, seconds, rows/s, CPU time and peak memory — of this process and, separately, of
// child processes (the .xls reader runs FreeXL in a forked child).
//
//   bench_xls_ods FILE [--runs N]
//   bench_xls_ods FILE --compare SAME.xlsx   # cell by cell against the .xlsx reader; exit 1 on a
//                                            # difference (time-only cells excepted)
// A 100,000-row .xls (two sheets, BIFF8 holds 65,536 rows each):
//   slimplan-cli generate --items 100000 --out /tmp/g.csv, split in two sheets with openpyxl,
//   soffice --headless --convert-to xls.
#include "import/xlsreader.h"
#include "import/xlsxreader.h"
#if __has_include("import/odsreader.h")
#include "import/odsreader.h"
#define SLIMPLAN_BENCH_HAVE_ODS 1
#else
#define SLIMPLAN_BENCH_HAVE_ODS 0
#endif

#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sys/resource.h>

#include <cstdio>
#include <vector>

using namespace slimplan;

namespace {

double childPeakMiB()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_maxrss) / 1024.0;
}

double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::vector<std::unique_ptr<TableSource>> openAny(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return openXlsxSources(path, error);
#if SLIMPLAN_BENCH_HAVE_ODS
    if (suffix == QLatin1String("ods"))
        return openOdsSources(path, error);
#endif
    return openXlsSources(path, error);
}

// Rows with cells of every sheet, by row number, for comparing two readers.
std::vector<std::vector<RawRow>> readRows(const QString &path, QString *error)
{
    std::vector<std::vector<RawRow>> sheets;
    for (const auto &s : openAny(path, error)) {
        sheets.emplace_back();
        RawRow row;
        while (s->next(row)) {
            while (!row.cells.isEmpty() && row.cells.last().isEmpty()) {
                row.cells.removeLast();
                row.isDate.removeLast();
            }
            if (!row.cells.isEmpty())
                sheets.back().push_back(row);
        }
    }
    return sheets;
}

int compare(const QString &a, const QString &b)
{
    QString errorA;
    QString errorB;
    const auto sa = readRows(a, &errorA);
    const auto sb = readRows(b, &errorB);
    if (sa.size() != sb.size()) {
        std::printf("sheets differ: %zu vs %zu (%s %s)\n", sa.size(), sb.size(), qPrintable(errorA),
                    qPrintable(errorB));
        return 1;
    }
    qint64 cells = 0;
    int differences = 0;
    for (std::size_t s = 0; s < sa.size(); ++s) {
        if (sa[s].size() != sb[s].size()) {
            std::printf("sheet %zu: %zu vs %zu rows with cells\n", s, sa[s].size(), sb[s].size());
            return 1;
        }
        for (std::size_t r = 0; r < sa[s].size(); ++r) {
            const RawRow &x = sa[s][r];
            const RawRow &y = sb[s][r];
            if (x.row != y.row || x.cells != y.cells || x.isDate != y.isDate) {
                if (++differences <= 5)
                    std::printf("sheet %zu row %d/%d:\n  %s\n  %s\n", s, x.row, y.row,
                                qPrintable(x.cells.join(QLatin1Char('|')).left(200)),
                                qPrintable(y.cells.join(QLatin1Char('|')).left(200)));
            }
            cells += x.cells.size();
        }
    }
    std::printf("compared %lld cells: %d row(s) differ\n", static_cast<long long>(cells), differences);
    return differences ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_xls_ods FILE.xls|FILE.ods [--runs N]\n");
        return 2;
    }
    const QString path = args.at(1);
    const qsizetype c = args.indexOf(QStringLiteral("--compare"));
    if (c > 0 && c + 1 < args.size())
        return compare(path, args.at(c + 1));
    int runs = 1;
    const qsizetype r = args.indexOf(QStringLiteral("--runs"));
    if (r > 0 && r + 1 < args.size())
        runs = std::max(1, args.at(r + 1).toInt());
    std::vector<double> seconds;
    qint64 rows = 0;
    qint64 cells = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        QString error;
        std::vector<std::unique_ptr<TableSource>> sources;
#if !SLIMPLAN_BENCH_HAVE_ODS
        if (QFileInfo(path).suffix().toLower() == QLatin1String("ods")) {
            std::fprintf(stderr, "this build has no .ods reader (core/import/odsreader.h)\n");
            return 2;
        }
#endif
        sources = openAny(path, &error);
        if (sources.empty()) {
            std::fprintf(stderr, "refused: %s\n", qPrintable(error));
            return 1;
        }
        rows = 0;
        cells = 0;
        RawRow row;
        for (const auto &s : sources) {
            while (s->next(row)) {
                ++rows;
                cells += row.cells.size();
            }
            if (!s->errorString().isEmpty()) {
                std::fprintf(stderr, "sheet %s: %s\n", qPrintable(s->sheetName()),
                             qPrintable(s->errorString()));
                return 1;
            }
        }
        seconds.push_back(double(clock.nsecsElapsed()) / 1e9);
    }
    const double s = bench::median(seconds);
    std::printf("file: %s (%.1f MiB)\n", qPrintable(QFileInfo(path).fileName()),
                double(QFileInfo(path).size()) / 1048576.0);
    std::printf("rows: %lld, cells: %lld\n", static_cast<long long>(rows),
                static_cast<long long>(cells));
    std::printf("seconds (median of %d): %.3f\n", runs, s);
    std::printf("rows/s: %.0f\n", s > 0 ? double(rows) / s : 0.0);
    std::printf("cpu s: self %.2f, children %.2f\n", bench::cpuSeconds(), childCpuSeconds());
    std::printf("peak MiB: self %.1f, largest child %.1f\n", bench::peakMiB(), childPeakMiB());
    std::printf("machine: %s, load %s\n", qPrintable(bench::cpuModel()),
                qPrintable(bench::loadAverage(3)));
    return 0;
}
