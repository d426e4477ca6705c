#pragma once
// Helpers of the compare GUI suite (helper_compare.cpp).

#include "compare/regioncompare.h"
#include "compare/snapshotdiff.h"

#include "../common/testitems.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <QTemporaryDir>

#include <utility>
#include <vector>

class QCustomPlot;

namespace slimplan::testing {

inline const QString kData = QStringLiteral(SLIMPLAN_TEST_DATA "/compare/");

// Runs slimplan-cli; its exit code, -1 if it crashed or hung.
int cliExitCode(const QStringList &args);
// A project made of the ledger `csv` (a fixture name, or an absolute path); empty on failure.
QString project(const QTemporaryDir &dir, const QString &csv);
// What the comparison must show for the projects, computed the way `slimplan-cli compare` does.
std::vector<RegionRow> expectedRows(const QStringList &paths);
// The ranked chart as drawn: tick labels from the top bar down, with the bar value at each.
std::vector<std::pair<QString, double>> rankedBars(QCustomPlot *plot);
// The y of each dashed reference segment, or the x of a vertical reference line, in drawing order.
std::vector<double> referenceLines(QCustomPlot *plot);
// The texts of one column, sorted.
QStringList column(const QAbstractItemModel *model, int col);
RegionRow syntheticRow(const QString &name, const QString &code, int apps, double reduction);
Item item(const QString &id, Kind kind, const QString &owner, const QString &name, const QString &region);

} // namespace slimplan::testing
