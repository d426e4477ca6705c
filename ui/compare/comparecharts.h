#pragma once
// The charts of the comparison (QCustomPlot): the planned reduction per kind, one bar per region
// in each kind's group, with Sichuan's published figure for that kind as a dashed line to beat;
// and the regions ranked by their total reduction as horizontal bars, with Sichuan's −14 % as a
// dashed line. Each chart saves as PNG or PDF (context menu).

#include "compare/regioncompare.h"
#include "report/referencecampaign.h"

#include <QWidget>

#include <array>
#include <vector>

class QCustomPlot;

namespace slimplan {

class CompareCharts : public QWidget
{
    Q_OBJECT
public:
    enum Chart { KindChart, RankChart, ChartCount };
    // Sichuan's campaign, the reference drawn beside each region (core/report/referencecampaign.h).
    static constexpr const std::array<double, kKindCount + 1> &kReferencePct = kSichuanCampaign.reductionPct;

    explicit CompareCharts(QWidget *parent = nullptr);

    void setRows(const std::vector<RegionRow> &rows);
    QCustomPlot *plot(Chart chart) const { return m_plots[std::size_t(chart)]; }
    // The ranked chart's regions from the top bar down, and their total reduction.
    const std::vector<RegionRow> &ranked() const { return m_ranked; }

    // The format follows the suffix (.png or .pdf). False on failure.
    bool saveChart(Chart chart, const QString &path) const;
    void saveChartInteractively(Chart chart);

    // The name a chart shows for a region: its name, else its code, else "unknown".
    static QString regionLabel(const RegionRow &row);
    // regionLabel() of each row, with the code added where two rows would read the same.
    static QStringList distinctLabels(const std::vector<RegionRow> &rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void drawKinds();
    void drawRanked();

    std::array<QCustomPlot *, ChartCount> m_plots{};
    std::vector<RegionRow> m_rows;
    std::vector<RegionRow> m_ranked;
};

} // namespace slimplan
