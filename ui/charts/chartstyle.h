#pragma once
// The look every on-screen chart shares (QCustomPlot): the before/after/reference colours, the
// "−23.0 %" reduction label, the title and legend set-up, bars and value labels, and a plot with
// the "Save chart as PNG or PDF…" context menu. The plan's charts and the comparison's use it, so
// they read as one program.

#include <QColor>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QCPAxis;
class QCPAxisTickerText;
class QCPBars;
class QCPItemText;
class QCustomPlot;
class QFont;
class QSize;
class QWidget;

namespace slimplan::chartstyle {

inline const QColor kBeforeColor{0x9a, 0xa5, 0xb1};
inline const QColor kAfterColor{0x2f, 0x6f, 0xd6};
inline const QColor kReferenceColor{0xd6, 0x8a, 0x2f};

// A reduction as the charts write it, with a real minus sign: "−23.0 %" (or "0 %").
QString reductionLabel(double percent);

// Text ticks at 1, 2, … for the labels in order.
QSharedPointer<QCPAxisTickerText> textTicker(const QStringList &labels);

// Bars on (key, value) axes: filled with color, outlined a shade darker.
QCPBars *addBars(QCPAxis *keyAxis, QCPAxis *valueAxis, const QString &name, const QColor &color,
                 double width);

// A text item over the plot (not clipped to the axis rect); the caller places it.
QCPItemText *addText(QCustomPlot *plot, const QString &text, Qt::Alignment align, double points,
                     bool bold = false);

// Empties the plot for a redraw and sets its title row, legend and tick fonts.
void resetPlot(QCustomPlot *plot, const QString &title, const QFont &font);

// A plot in owner with a context menu that saves it (save is called from the menu).
QCustomPlot *makeSavablePlot(QWidget *owner, const QSize &minimum, std::function<void()> save);

} // namespace slimplan::chartstyle
