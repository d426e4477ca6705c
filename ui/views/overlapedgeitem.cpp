#include "views/overlapedgeitem.h"

#include <QPainterPathStroker>
#include <QPen>

#include <algorithm>

namespace slimplan {

OverlapEdgeItem::OverlapEdgeItem(int a, int b, double score, bool toCentre)
    : m_a(a)
    , m_b(b)
    , m_score(score)
{
    const double s = std::clamp(score, 0.0, 1.0);
    QColor c(0x44, 0x55, 0x66);
    if (score < 0) {
        c.setAlphaF(0.6);
        QPen pen(c, 1.5, Qt::DashLine);
        setPen(pen);
    } else {
        c.setAlphaF(toCentre ? 0.45 + 0.5 * s : 0.12 + 0.25 * s);
        setPen(QPen(c, widthFor(s), Qt::SolidLine, Qt::RoundCap));
    }
    setZValue(1);
    setAcceptHoverEvents(true);
}

QPainterPath OverlapEdgeItem::shape() const
{
    // Thin lines are hard to hit with the mouse: a band of at least 10 pixels.
    QPainterPath p;
    p.moveTo(line().p1());
    p.lineTo(line().p2());
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(10.0, pen().widthF()));
    return stroker.createStroke(p);
}

} // namespace slimplan
