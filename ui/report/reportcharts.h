#pragma once
// The report's charts, drawn as vectors with QPainter (sharp at any zoom and in print).

#include "model/plan.h"
#include "report/reporttext.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace slimplan {

struct BarSeries
{
    QString name;
    QColor color;
    std::vector<double> values; // one per category; NaN = no value (no bar)
};

struct BarChartSpec
{
    QString title;
    QStringList categories;
    std::vector<BarSeries> series;
    bool percent = false;   // value labels with "%"
    int decimals = 0;
    QFont font;             // labels; the title uses it in bold
};

// Vertical grouped bars with value labels, a baseline, a light grid and a legend.
void paintBarChart(QPainter &p, const QRectF &rect, const BarChartSpec &spec);

// The plan report's overview charts: before and after per kind, one panel each (groups
// outnumber apps a hundredfold); and the plan's reduction beside Sichuan's published figures.
void paintKindPanels(QPainter &p, const QRectF &rect, const ReportText &text, const PlanSummary &summary);
void paintReductionAgainstReference(QPainter &p, const QRectF &rect, const ReportText &text,
                                    const PlanSummary &summary);

namespace chartcolors {
inline const QColor before{0x9d, 0xb2, 0xcc};
inline const QColor after{0x1f, 0x5a, 0xa6};
inline const QColor reference{0xd9, 0x8c, 0x2b};
} // namespace chartcolors

} // namespace slimplan
