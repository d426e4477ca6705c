#pragma once
// The Tracking tab's chart (QCustomPlot): one horizontal bar per unit, stacked planned / notified
// / in progress / done / verified, the units with the most actions on top, so a glance shows who
// is behind. Saves as PNG or PDF from its context menu, like every chart of the program.

#include "report/trackingprogress.h"

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <array>

class QCustomPlot;
class QCPBars;

namespace slimplan {

// The colour of a tracking state in every tracking view: grey planned, amber notified, light
// blue in progress, blue done, green verified.
QColor trackingStateColor(TrackingState s);

class TrackingChart : public QWidget
{
    Q_OBJECT
public:
    // At most this many units are drawn (the ones with the most actions), fewer when the chart
    // is too low for their names to stay readable (one text line and a gap per bar).
    static constexpr int kMaxUnits = 12;
    static constexpr int kMinUnits = 3;

    explicit TrackingChart(QWidget *parent = nullptr);

    void setProgress(const TrackingProgress &progress);
    QCustomPlot *plot() const { return m_plot; }
    // The units drawn, top first, and each one's count per state (for tests and the legend).
    QStringList units() const { return m_units; }
    std::array<int, kTrackingStateCount> countsOf(int unit) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    int unitsThatFit() const;

    QCustomPlot *m_plot;
    TrackingProgress m_progress;
    QStringList m_units;
    std::vector<std::array<int, kTrackingStateCount>> m_counts;
    int m_fit = kMaxUnits;
};

} // namespace slimplan
