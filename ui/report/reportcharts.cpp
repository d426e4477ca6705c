#include "report/reportcharts.h"

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

void paintBarChart(QPainter &p, const QRectF &rect, const BarChartSpec &spec)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF fm(spec.font, p.device());
    QFont bold = spec.font;
    bold.setBold(true);
    const QFontMetricsF fmb(bold, p.device());
    const double lh = fm.height();
    const double unit = lh / 3; // spacing grows with the font, so any resolution looks the same

    // Title, then the legend on one line.
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
    y += lh + 2 * unit;

    double max = 0;
    for (const BarSeries &s : spec.series) {
        for (double v : s.values) {
            if (!std::isnan(v))
                max = std::max(max, v);
        }
    }
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

    // Grid and axis labels.
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), unit / 6));
    for (double v = 0; v <= top + step / 2; v += step) {
        const double gy = plot.bottom() - plot.height() * v / top;
        p.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
        p.save();
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QString t = label(v, axisDecimals, spec.percent);
        p.drawText(QPointF(plot.left() - unit - fm.horizontalAdvance(t), gy + fm.ascent() / 2.5), t);
        p.restore();
    }

    // Bars with their values.
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
    p.setPen(QPen(QColor(0x44, 0x44, 0x44), unit / 4));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.restore();
}

} // namespace slimplan
