#include "report/reportcharts.h"

#include "report/referencecampaign.h"
#include "report/reportfonts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace slimplan {

namespace {
// 1, 2, 2.5 or 5 times a power of ten: the step of a readable axis.
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * mag >= raw)
            return m * mag;
    }
    return 10 * mag;
}

QString label(double v, int decimals, bool percent)
{
    QString s = QLocale(QLocale::English).toString(v, 'f', decimals);
    return percent ? s + QLatin1Char('%') : s;
}
} // namespace

namespace {
// The title, then the legend on one line; returns where the plot area may begin.
double paintTitleAndLegend(QPainter &p, const QRectF &rect, const BarChartSpec &spec, double unit)
{
    const QFontMetricsF fm(spec.font, p.device());
    QFont bold = spec.font;
    bold.setBold(true);
    const QFontMetricsF fmb(bold, p.device());
    const double lh = fm.height();
    double y = rect.top();
    if (!spec.title.isEmpty()) {
        p.setFont(bold);
        p.drawText(QPointF(rect.left(), y + fmb.ascent()), spec.title);
        y += fmb.height() + unit;
    }
    p.setFont(spec.font);
    double lx = rect.left();
    for (const BarSeries &s : spec.series) {
        p.fillRect(QRectF(lx, y + (lh - 2 * unit) / 2, 2 * unit, 2 * unit), s.color);
        lx += 3 * unit;
        p.setPen(Qt::black);
        p.drawText(QPointF(lx, y + fm.ascent()), s.name);
        lx += fm.horizontalAdvance(s.name) + 4 * unit;
    }
    return y + lh + 2 * unit;
}

double largestValue(const BarChartSpec &spec)
{
    double max = 0;
    for (const BarSeries &s : spec.series) {
        for (double v : s.values) {
            if (!std::isnan(v))
                max = std::max(max, v);
        }
    }
    return max;
}

// Horizontal grid lines every `step` up to `top`, labelled on the left.
void paintGrid(QPainter &p, const QRectF &plot, double top, double step, int decimals, bool percent, double unit)
{
    const QFontMetricsF fm(p.font(), p.device());
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), unit / 6));
    for (double v = 0; v <= top + step / 2; v += step) {
        const double gy = plot.bottom() - plot.height() * v / top;
        p.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
        p.save();
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QString t = label(v, decimals, percent);
        p.drawText(QPointF(plot.left() - unit - fm.horizontalAdvance(t), gy + fm.ascent() / 2.5), t);
        p.restore();
    }
}

// The bars of each category with their values over them, the category under its group.
void paintBars(QPainter &p, const QRectF &plot, double top, const BarChartSpec &spec, double unit)
{
    const QFontMetricsF fm(spec.font, p.device());
    const int nc = static_cast<int>(spec.categories.size());
    const int ns = static_cast<int>(spec.series.size());
    const double groupW = plot.width() / std::max(1, nc);
    const double barW = std::min(groupW * 0.72 / std::max(1, ns), 12 * unit);
    for (int c = 0; c < nc; ++c) {
        const double gx = plot.left() + c * groupW + (groupW - barW * ns) / 2;
        for (int s = 0; s < ns; ++s) {
            const BarSeries &ser = spec.series[static_cast<std::size_t>(s)];
            if (c >= static_cast<int>(ser.values.size()))
                continue;
            const double v = ser.values[static_cast<std::size_t>(c)];
            if (std::isnan(v))
                continue;
            const double h = plot.height() * std::max(0.0, v) / top;
            const QRectF bar(gx + s * barW + unit / 4, plot.bottom() - h, barW - unit / 2, h);
            p.fillRect(bar, ser.color);
            p.setPen(Qt::black);
            const QString t = label(v, spec.decimals, spec.percent);
            p.drawText(QPointF(bar.center().x() - fm.horizontalAdvance(t) / 2, bar.top() - unit), t);
        }
        p.setPen(Qt::black);
        const QString cat = spec.categories.at(c);
        p.drawText(QPointF(plot.left() + c * groupW + (groupW - fm.horizontalAdvance(cat)) / 2,
                           plot.bottom() + unit + fm.ascent()),
                   cat);
    }
}
} // namespace

void paintBarChart(QPainter &p, const QRectF &rect, const BarChartSpec &spec)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF fm(spec.font, p.device());
    const double lh = fm.height();
    const double unit = lh / 3; // spacing grows with the font, so any resolution looks the same
    const double y = paintTitleAndLegend(p, rect, spec, unit);

    const double max = largestValue(spec);
    const double step = niceStep(max, 4);
    const double top = std::max(step, std::ceil(max / step) * step);
    const int axisDecimals = step < 1 ? 1 : 0;
    const double axisW = fm.horizontalAdvance(label(top, axisDecimals, spec.percent)) + 2 * unit;
    const QRectF plot(rect.left() + axisW, y + lh, rect.width() - axisW,
                      rect.bottom() - y - lh - 2 * lh);
    if (plot.height() <= 0 || plot.width() <= 0) {
        p.restore();
        return;
    }
    paintGrid(p, plot, top, step, axisDecimals, spec.percent, unit);
    paintBars(p, plot, top, spec, unit);
    p.setPen(QPen(QColor(0x44, 0x44, 0x44), unit / 4));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.restore();
}

void paintKindPanels(QPainter &p, const QRectF &r, const ReportText &tt, const PlanSummary &sum)
{
    const double gap = r.width() * 0.04;
    const double w = (r.width() - 2 * gap) / 3;
    for (int k = 0; k < kKindCount; ++k) {
        BarChartSpec spec;
        spec.title = tt.kindPlural(static_cast<Kind>(k));
        spec.series = {{tt.tx("处置前", "Before"), chartcolors::before, {double(sum.before.perKind[k])}},
                       {tt.tx("处置后", "After"), chartcolors::after, {double(sum.after.perKind[k])}}};
        spec.font = ReportFonts::font(8);
        spec.categories = {tt.tx("压减 ", "cut ") + tt.percent(sum.reductionPct[k])};
        paintBarChart(p, QRectF(r.left() + k * (w + gap), r.top(), w, r.height()), spec);
    }
}

void paintReductionAgainstReference(QPainter &p, const QRectF &r, const ReportText &tt, const PlanSummary &sum)
{
    const auto &sichuan = kSichuanCampaign.reductionPct;
    BarChartSpec spec;
    spec.title = tt.tx("压减比例：本方案与四川参考", "Reduction: this plan and the Sichuan reference");
    for (int k = 0; k < kKindCount; ++k)
        spec.categories << tt.kindPlural(static_cast<Kind>(k));
    spec.categories << tt.tx("合计", "Total");
    BarSeries mine{tt.tx("本方案", "This plan"), chartcolors::after, {}};
    BarSeries ref{tt.tx("四川 2024—2025", "Sichuan 2024–2025"), chartcolors::reference, {}};
    for (int k = 0; k < kKindCount; ++k) {
        mine.values.push_back(sum.reductionPct[k]);
        ref.values.push_back(sichuan[k]);
    }
    mine.values.push_back(sum.reductionPctTotal);
    ref.values.push_back(sichuan[kKindCount]);
    spec.series = {mine, ref};
    spec.percent = true;
    spec.decimals = 1;
    spec.font = ReportFonts::font(8);
    paintBarChart(p, r, spec);
}

} // namespace slimplan
