// qcustomplot.h uses Qt's foreach, which the project switches off (QT_NO_FOREACH); it is included
// first, before any Qt header, so that the macro exists for it.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "charts/chartstyle.h"

#include <QCoreApplication>
#include <QMenu>

namespace slimplan::chartstyle {

QString reductionLabel(double percent)
{
    return percent > 0.0005 ? QStringLiteral("\u2212%1 %").arg(percent, 0, 'f', 1) : QStringLiteral("0 %");
}

QSharedPointer<QCPAxisTickerText> textTicker(const QStringList &labels)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, labels.at(i));
    return ticker;
}

QCPBars *addBars(QCPAxis *keyAxis, QCPAxis *valueAxis, const QString &name, const QColor &color, double width)
{
    auto *bars = new QCPBars(keyAxis, valueAxis);
    bars->setName(name);
    bars->setPen(QPen(color.darker(130)));
    bars->setBrush(color);
    bars->setWidth(width);
    return bars;
}

QCPItemText *addText(QCustomPlot *plot, const QString &text, Qt::Alignment align, double points, bool bold)
{
    auto *label = new QCPItemText(plot);
    label->setPositionAlignment(align);
    label->setText(text);
    QFont f = plot->font();
    f.setPointSizeF(points);
    f.setBold(bold);
    label->setFont(f);
    label->setClipToAxisRect(false);
    return label;
}

void resetPlot(QCustomPlot *plot, const QString &title, const QFont &font)
{
    plot->clearPlottables();
    plot->clearItems();
    // The title row is made once and kept: a redraw (an undo, a language change) only renames it.
    auto *titleElement = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0));
    if (!titleElement) {
        plot->plotLayout()->insertRow(0);
        titleElement = new QCPTextElement(plot, QString());
        plot->plotLayout()->addElement(0, 0, titleElement);
    }
    titleElement->setFont(QFont(font.family(), 10, QFont::Bold));
    titleElement->setText(title);
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(font.family(), 8));
    plot->xAxis->setTickLabelFont(font);
    plot->yAxis->setTickLabelFont(font);
}

QCustomPlot *makeSavablePlot(QWidget *owner, const QSize &minimum, std::function<void()> save)
{
    auto *plot = new QCustomPlot(owner);
    plot->setMinimumSize(minimum);
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, owner, [plot, save](const QPoint &pos) {
        QMenu menu;
        menu.addAction(QCoreApplication::translate("slimplan::ChartFile", "Save chart as PNG or PDF…"), plot, save);
        menu.exec(plot->mapToGlobal(pos));
    });
    return plot;
}

} // namespace slimplan::chartstyle
