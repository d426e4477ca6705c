// qcustomplot.h uses Qt's foreach, which the project switches off (QT_NO_FOREACH); it is included
// first, before any Qt header, so that the macro exists for it.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "charts/trackingchart.h"

#include "charts/chartfile.h"
#include "charts/chartstyle.h"

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace slimplan {

QColor trackingStateColor(TrackingState s)
{
    switch (s) {
    case TrackingState::Planned: return QColor(0xb8, 0xc0, 0xc8);
    case TrackingState::Notified: return QColor(0xe0, 0xa1, 0x3a);
    case TrackingState::InProgress: return QColor(0x7f, 0xb3, 0xe8);
    case TrackingState::Done: return QColor(0x2f, 0x6f, 0xd6);
    case TrackingState::Verified: return QColor(0x2e, 0x9d, 0x5b);
    }
    return {};
}

TrackingChart::TrackingChart(QWidget *parent)
    : QWidget(parent)
{
    m_plot = chartstyle::makeSavablePlot(this, QSize(300, 180), [this] { chartfile::saveInteractively(this, *m_plot); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    // The legend goes in a row of its own under the bars: inside the plot it would hide them.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(m_plot->plotLayout()->rowCount(), 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(m_plot->plotLayout()->rowCount() - 1, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(kTrackingStateCount);
    redraw();
}

void TrackingChart::setProgress(const TrackingProgress &progress)
{
    m_progress = progress;
    m_progress.items.clear(); // the chart draws units only
    redraw();
}

std::array<int, kTrackingStateCount> TrackingChart::countsOf(int unit) const
{
    return unit >= 0 && std::size_t(unit) < m_counts.size() ? m_counts[std::size_t(unit)]
                                                           : std::array<int, kTrackingStateCount>{};
}

void TrackingChart::redraw()
{
    chartstyle::resetPlot(m_plot, tr("Progress by unit"), font());
    m_plot->xAxis->grid()->setVisible(true);
    m_plot->yAxis->grid()->setVisible(false);
    std::vector<const UnitProgress *> units;
    for (const UnitProgress &u : m_progress.units)
        units.push_back(&u);
    std::stable_sort(units.begin(), units.end(), [&](const UnitProgress *a, const UnitProgress *b) {
        return a->actions() > b->actions();
    });
    m_fit = unitsThatFit();
    if (units.size() > std::size_t(m_fit))
        units.resize(std::size_t(m_fit));
    m_units.clear();
    m_counts.clear();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int n = int(units.size());
    QCPBars *below = nullptr;
    for (int s = 0; s < kTrackingStateCount; ++s) {
        const auto state = TrackingState(s);
        auto *bars = chartstyle::addBars(m_plot->yAxis, m_plot->xAxis, trackingStateLabel(state),
                                         trackingStateColor(state), 0.6);
        if (below)
            bars->moveAbove(below);
        below = bars;
        for (int i = 0; i < n; ++i)
            bars->addData(n - i, units[std::size_t(i)]->states[std::size_t(s)]);
    }
    double top = 1;
    for (int i = 0; i < n; ++i) {
        const UnitProgress *u = units[std::size_t(i)];
        QString owner = u->owner.isEmpty() ? tr("(no owner)") : u->owner;
        m_units << owner;
        m_counts.push_back(u->states);
        if (owner.size() > 14)
            owner = owner.left(13) + QChar(0x2026);
        ticker->addTick(n - i, owner);
        top = std::max(top, double(u->actions()));
    }
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(0.4, std::max(1, n) + 0.6);
    m_plot->yAxis->setLabel(QString());
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    m_plot->xAxis->setRange(0, top * 1.05);
    m_plot->xAxis->setLabel(tr("Actions"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int TrackingChart::unitsThatFit() const
{
    // The title, the legend and the value axis take about five text lines.
    const int line = fontMetrics().height();
    const int bars = (m_plot->height() - 5 * line) / (line + 6);
    return std::clamp(bars, kMinUnits, kMaxUnits);
}

void TrackingChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (unitsThatFit() != m_fit)
        redraw();
}

void TrackingChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    QWidget::changeEvent(event);
}

} // namespace slimplan
