#pragma once
// The before/after charts of the plan (QCustomPlot): per kind with the reduction written on the
// bars, per level, the owners with the most items, and Sichuan's published figures beside the
// plan's own. Redrawn on every plan change (an undo too). Each chart saves as PNG or PDF.

#include "model/plan.h"
#include "report/referencecampaign.h"

#include <QWidget>

#include <array>

class QCustomPlot;
class QCPBars;

namespace slimplan {

class Document;

class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(Document &document, QWidget *parent = nullptr);

    enum Chart { KindChart, LevelChart, OwnerChart, ReferenceChart, ChartCount };
    QCustomPlot *plot(Chart chart) const { return m_plots[std::size_t(chart)]; }
    // The plotted values of the per-kind chart: before and after, for app, account, group, total.
    std::array<double, 4> beforeValues() const;
    std::array<double, 4> afterValues() const;
    // The reduction labels written on the per-kind chart, in bar order.
    QStringList reductionLabels() const;

    // Saves one chart; the format follows the suffix (.png or .pdf). False on failure.
    bool saveChart(Chart chart, const QString &path) const;
    // Asks for a file and saves the chart (context menu, File menu).
    void saveChartInteractively(Chart chart);

    // Sichuan's campaign, the reference drawn beside the plan (core/report/referencecampaign.h).
    static constexpr const std::array<double, kKindCount + 1> &kReferenceReduction = kSichuanCampaign.reductionPct;

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void drawKinds(const PlanSummary &s);
    void drawLevels(const PlanSummary &s);
    void drawOwners();
    void drawReference(const PlanSummary &s);
    void setupPlot(QCustomPlot *plot, const QString &title);

    Document &m_document;
    std::array<QCustomPlot *, ChartCount> m_plots{};
    QCPBars *m_before = nullptr;
    QCPBars *m_after = nullptr;
    QStringList m_reductionLabels;
};

} // namespace slimplan
