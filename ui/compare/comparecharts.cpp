// qcustomplot.h uses Qt's foreach, which the project switches off (QT_NO_FOREACH); it is included
// first, before any Qt header, so that the macro exists for it.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "compare/comparecharts.h"

#include "charts/chartfile.h"
#include "charts/chartstyle.h"

#include <QEvent>
#include <QHBoxLayout>

#include <algorithm>

namespace slimplan {

namespace {
using chartstyle::kReferenceColor;
const QColor kBeatsColor(0x3f, 0xa7, 0x6b);
const QColor &kBelowColor = chartstyle::kBeforeColor;

// Distinct, print-safe colours for up to ten regions; more repeat.
QColor regionColor(std::size_t i)
{
    static const QColor colors[] = {
        QColor(0x2f, 0x6f, 0xd6), QColor(0x3f, 0xa7, 0x6b), QColor(0x8e, 0x5c, 0xc9), QColor(0xc9, 0x4c, 0x4c),
        QColor(0x1f, 0x9e, 0xb0), QColor(0x7a, 0x86, 0x2c), QColor(0xb0, 0x5c, 0x9e), QColor(0x44, 0x4c, 0x56),
        QColor(0x5b, 0x8f, 0xf0), QColor(0xa0, 0x6a, 0x3c)};
    return colors[i % (sizeof colors / sizeof colors[0])];
}

QString pct(double v) { return chartstyle::reductionLabel(v); }

void setupPlot(QCustomPlot *plot, const QString &title, const QFont &font)
{
    chartstyle::resetPlot(plot, title, font);
    plot->xAxis->setLabelFont(font);
    plot->yAxis->setLabelFont(font);
}

QCPItemText *addText(QCustomPlot *plot, const QString &text, Qt::Alignment align, const QColor &color,
                     double size = 8.0, bool bold = false)
{
    auto *label = chartstyle::addText(plot, text, align, size, bold);
    label->setColor(color);
    return label;
}

// Reference lines and their labels go over the bars, the labels on a white box so a bar behind
// them does not cut through the text.
void onTop(QCPAbstractItem *item)
{
    item->setLayer(QStringLiteral("overlay"));
    if (auto *text = qobject_cast<QCPItemText *>(item)) {
        text->setBrush(QColor(255, 255, 255, 225));
        text->setPadding(QMargins(3, 1, 3, 1));
    }
}
} // namespace

CompareCharts::CompareCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int c = 0; c < ChartCount; ++c) {
        auto *plot = chartstyle::makeSavablePlot(this, QSize(380, 260), [this, c] { saveChartInteractively(Chart(c)); });
        m_plots[std::size_t(c)] = plot;
        layout->addWidget(plot, c == KindChart ? 3 : 2);
    }
    // The kind chart's legend (one entry per region) sits under the plot, not over the bars.
    QCustomPlot *kinds = m_plots[KindChart];
    kinds->axisRect()->insetLayout()->take(kinds->legend);
    kinds->plotLayout()->addElement(1, 0, kinds->legend);
    kinds->plotLayout()->setRowStretchFactor(1, 0.001);
    kinds->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    kinds->legend->setWrap(5);
    kinds->legend->setBorderPen(Qt::NoPen);
    redraw();
}

QString CompareCharts::regionLabel(const RegionRow &row)
{
    if (!row.name.isEmpty())
        return row.name;
    return row.code.isEmpty() ? tr("unknown") : row.code;
}

QStringList CompareCharts::distinctLabels(const std::vector<RegionRow> &rows)
{
    QStringList labels;
    for (const RegionRow &r : rows)
        labels << regionLabel(r);
    // Two regions of the same name (a county in two projects): tell them apart by their code.
    const QStringList plain = labels;
    for (int i = 0; i < labels.size(); ++i)
        if (plain.count(plain.at(i)) > 1 && !rows[std::size_t(i)].code.isEmpty()
            && labels.at(i) != rows[std::size_t(i)].code)
            labels[i] = regionLabel(rows[std::size_t(i)]) + QLatin1Char(' ') + rows[std::size_t(i)].code;
    return labels;
}

void CompareCharts::setRows(const std::vector<RegionRow> &rows)
{
    m_rows = rows;
    redraw();
}

void CompareCharts::redraw()
{
    drawKinds();
    drawRanked();
    for (QCustomPlot *p : m_plots)
        p->replot(QCustomPlot::rpQueuedReplot);
}

void CompareCharts::drawKinds()
{
    QCustomPlot *plot = m_plots[KindChart];
    setupPlot(plot, tr("Planned reduction by kind, per region"), font());
    const int groups = kKindCount + 1;
    const std::size_t n = m_rows.size();
    const QStringList labels = distinctLabels(m_rows);
    const double groupWidth = 0.8;
    const double barWidth = n > 0 ? groupWidth / double(n) : groupWidth;
    double top = 25;
    for (std::size_t r = 0; r < n; ++r) {
        auto *bars = chartstyle::addBars(plot->xAxis, plot->yAxis, labels.at(int(r)), regionColor(r), barWidth * 0.92);
        for (int k = 0; k < groups; ++k) {
            const double v = k < kKindCount ? m_rows[r].reductionPct[std::size_t(k)] : m_rows[r].reductionPctTotal;
            const double x = k + 1 - groupWidth / 2 + barWidth * (double(r) + 0.5);
            bars->addData(x, v);
            top = std::max(top, v);
            if (n <= 4) {
                auto *label = addText(plot, QString::number(v, 'f', 1), Qt::AlignHCenter | Qt::AlignBottom,
                                      QColor(0x33, 0x33, 0x33), 7.5);
                label->position->setCoords(x, v);
            }
        }
    }
    // Sichuan's figure per kind: a dashed segment across that kind's group, its value above it.
    for (int k = 0; k < groups; ++k) {
        const double ref = kReferencePct[std::size_t(k)];
        // A white halo under the dashes keeps the line readable where it crosses a bar.
        for (const bool halo : {true, false}) {
            auto *line = new QCPItemLine(plot);
            line->setObjectName(halo ? QStringLiteral("halo") : QStringLiteral("reference"));
            line->start->setCoords(k + 1 - 0.46, ref);
            line->end->setCoords(k + 1 + 0.46, ref);
            line->setPen(halo ? QPen(QColor(255, 255, 255, 230), 5) : QPen(kReferenceColor, 2.5, Qt::DashLine));
            onTop(line);
        }
        auto *label = addText(plot, tr("Sichuan %1").arg(pct(ref)), Qt::AlignRight | Qt::AlignBottom,
                              kReferenceColor.darker(125), 7.5, true);
        label->position->setCoords(k + 1 + 0.46, ref);
        onTop(label);
    }
    // A legend entry for the dashed lines: an empty graph drawn with the same pen.
    auto *legendOnly = new QCPGraph(plot->xAxis, plot->yAxis);
    legendOnly->setName(tr("Sichuan 2024–2025 (line to beat)"));
    legendOnly->setPen(QPen(kReferenceColor, 2.5, Qt::DashLine));

    QStringList kinds;
    for (int k = 0; k < kKindCount; ++k)
        kinds << kindLabel(Kind(k));
    plot->xAxis->setTicker(chartstyle::textTicker(kinds << tr("Total")));
    plot->xAxis->setRange(0.45, groups + 0.55);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    plot->yAxis->setRange(0, std::min(105.0, top * 1.15 + 2));
    plot->yAxis->setLabel(tr("Reduction (%)"));
}

void CompareCharts::drawRanked()
{
    QCustomPlot *plot = m_plots[RankChart];
    setupPlot(plot, tr("Regions ranked by total reduction"), font());
    std::vector<std::pair<RegionRow, QString>> ranked;
    const QStringList labels = distinctLabels(m_rows);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        ranked.emplace_back(m_rows[i], labels.at(int(i)));
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first.reductionPctTotal > b.first.reductionPctTotal;
    });
    m_ranked.clear();
    for (const auto &r : ranked)
        m_ranked.push_back(r.first);
    const double ref = kReferencePct[kKindCount];
    // Two series so the legend says which regions beat the reference.
    auto *beats = chartstyle::addBars(plot->yAxis, plot->xAxis, tr("Beats Sichuan's %1").arg(pct(ref)), kBeatsColor, 0.6);
    auto *below = chartstyle::addBars(plot->yAxis, plot->xAxis, tr("Below it"), kBelowColor, 0.6);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int n = int(m_ranked.size());
    double top = 25;
    for (int i = 0; i < n; ++i) {
        const RegionRow &row = m_ranked[std::size_t(i)];
        const double y = n - i; // the deepest cut on top
        QString name = ranked[std::size_t(i)].second;
        if (name.size() > 16)
            name = name.left(13) + QChar(0x2026);
        ticker->addTick(y, QStringLiteral("%1. %2").arg(i + 1).arg(name));
        (row.reductionPctTotal >= ref ? beats : below)->addData(y, row.reductionPctTotal);
        top = std::max(top, row.reductionPctTotal);
        auto *label = addText(plot, pct(row.reductionPctTotal), Qt::AlignLeft | Qt::AlignVCenter,
                              QColor(0x33, 0x33, 0x33), 8.0);
        label->position->setCoords(row.reductionPctTotal, y);
        label->setPadding(QMargins(4, 0, 0, 0));
    }
    for (const bool halo : {true, false}) {
        auto *line = new QCPItemStraightLine(plot);
        line->setObjectName(halo ? QStringLiteral("halo") : QStringLiteral("reference"));
        line->point1->setCoords(ref, 0);
        line->point2->setCoords(ref, 1);
        line->setPen(halo ? QPen(QColor(255, 255, 255, 230), 5) : QPen(kReferenceColor, 2.5, Qt::DashLine));
        onTop(line);
    }
    auto *label = addText(plot, tr("Sichuan %1").arg(pct(ref)), Qt::AlignLeft | Qt::AlignTop,
                          kReferenceColor.darker(125), 8.0, true);
    onTop(label);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(ref, 0.0);

    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.4, std::max(1, n) + 0.6);
    plot->yAxis->grid()->setVisible(false);
    plot->yAxis->setLabel(QString());
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    // Room on the right for the value written after the longest bar.
    plot->xAxis->setRange(0, std::min(125.0, top * 1.25 + 2));
    plot->xAxis->setLabel(tr("Total reduction (%)"));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

bool CompareCharts::saveChart(Chart chart, const QString &path) const
{
    return chartfile::save(*m_plots[std::size_t(chart)], path);
}

void CompareCharts::saveChartInteractively(Chart chart)
{
    chartfile::saveInteractively(this, *m_plots[std::size_t(chart)]);
}

void CompareCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    QWidget::changeEvent(event);
}

} // namespace slimplan
