#include "views/graphnode.h"

#include "actioncolors.h"

#include <QCursor>
#include <QCursor>
#include <QPainter>

namespace slimplan {

GraphNode::GraphNode(int row, Kind kind, Action action, double radius)
    : m_row(row)
    , m_kind(kind)
    , m_action(action)
    , m_radius(radius)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
}

void GraphNode::setAction(Action a)
{
    m_action = a;
    update();
}

void GraphNode::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    setZValue(on ? 3 : 2);
    update();
}

QPainterPath GraphNode::outline() const
{
    QPainterPath p;
    const double r = m_radius;
    switch (m_kind) {
    case Kind::App:
        p.addEllipse(QPointF(0, 0), r, r);
        break;
    case Kind::Account:
        p.addRect(QRectF(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8));
        break;
    case Kind::Group: {
        QPolygonF tri;
        tri << QPointF(0, -r * 1.1) << QPointF(r * 1.05, r * 0.8) << QPointF(-r * 1.05, r * 0.8);
        p.addPolygon(tri);
        p.closeSubpath();
        break;
    }
    }
    return p;
}

QRectF GraphNode::boundingRect() const
{
    const double m = m_radius * 1.6;
    return QRectF(-m, -m, 2 * m, 2 * m);
}

QPainterPath GraphNode::shape() const
{
    return outline();
}

void GraphNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_highlighted) {
        painter->setPen(QPen(QColor(0x20, 0x20, 0x20), m_radius * 0.25));
        painter->setBrush(QColor(255, 230, 0, 120));
        painter->drawEllipse(QPointF(0, 0), m_radius * 1.5, m_radius * 1.5);
    }
    painter->setPen(QPen(actionColor(m_action).darker(140), m_radius * 0.12));
    painter->setBrush(actionColor(m_action));
    painter->drawPath(outline());
}

} // namespace slimplan
