#pragma once
// The comparison of regions: a sortable table of the comparison rows and a grouped-bar chart of
// the planned reduction per region (apps, accounts, groups, total) against Sichuan's published
// −14 % as a horizontal line. Not wired into the main window yet.

#include "compare/regioncompare.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QSortFilterProxyModel;
class QTableView;

namespace slimplan {

class CompareModel;

class CompareView : public QWidget
{
    Q_OBJECT
public:
    // Sichuan's published reduction, the reference line of the chart (percent).
    static constexpr double kReferenceReductionPct = 14.0;

    explicit CompareView(QWidget *parent = nullptr);

    void setRows(std::vector<RegionRow> rows);
    CompareModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCustomPlot *chart() const { return m_chart; }

private:
    void drawChart();

    CompareModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QCustomPlot *m_chart = nullptr;
};

} // namespace slimplan
