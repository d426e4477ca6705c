#include "views/graphnode.h"

#include "actioncolors.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <numbers>

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

QString GraphNode::elide(const QString &name, int skip)
{
    if (name.size() <= kLabelChars)
        return name;
    QString text = name;
    if (skip > 0 && skip < name.size())
        text = QChar(0x2026) + name.mid(skip);
    return text.size() > kLabelChars ? text.left(kLabelChars - 1) + QChar(0x2026) : text;
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
    setZValue(on ? 4 : (m_survivor ? 3 : 2));
    update();
}

void GraphNode::setSurvivor(bool on)
{
    prepareGeometryChange();
    m_survivor = on;
    setZValue(m_highlighted ? 4 : (on ? 3 : 2));
}

void GraphNode::setLabel(const QString &text, const QFont &font)
{
    prepareGeometryChange();
    m_label = text;
    m_font = font;
}

void GraphNode::setLabelShown(bool on)
{
    if (m_labelShown == on)
        return;
    prepareGeometryChange();
    m_labelShown = on;
}

QPainterPath GraphNode::outline() const
{
    QPainterPath p;
    const double r = m_survivor ? m_radius * 1.3 : m_radius;
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

QRectF GraphNode::labelRect() const
{
    if (m_label.isEmpty())
        return {};
    const QFontMetricsF fm(m_font);
    const double w = fm.horizontalAdvance(m_label) + 6;
    const double h = fm.height() + 2;
    const double top = (m_survivor ? m_radius * 1.3 : m_radius) * 1.15 + 2;
    return QRectF(-w / 2, top, w, h);
}

QRectF GraphNode::boundingRect() const
{
    const double m = m_radius * 1.6 * (m_survivor ? 1.3 : 1.0) + 2;
    const QRectF box(-m, -m, 2 * m, 2 * m);
    return isLabelShown() ? box.united(labelRect()) : box;
}

QPainterPath GraphNode::shape() const
{
    // The label counts too: hovering it shows the full name, clicking it selects the item.
    QPainterPath p = outline();
    if (isLabelShown())
        p.addRect(labelRect());
    return p;
}

void GraphNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double r = m_survivor ? m_radius * 1.3 : m_radius;
    if (m_highlighted) {
        painter->setPen(QPen(QColor(0x20, 0x20, 0x20), m_radius * 0.2));
        painter->setBrush(QColor(255, 220, 0, 140));
        painter->drawEllipse(QPointF(0, 0), r * 1.5, r * 1.5);
    }
    const QColor fill = actionColor(m_action);
    painter->setPen(m_survivor ? QPen(QColor(0x20, 0x20, 0x20), m_radius * 0.3)
                               : QPen(fill.darker(150), m_radius * 0.12));
    painter->setBrush(fill);
    painter->drawPath(outline());
    if (m_survivor) {
        // A five-pointed star: the family keeps this one.
        QPolygonF star;
        const double outer = r * 0.62, inner = outer * 0.42;
        for (int i = 0; i < 10; ++i) {
            const double a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            const double d = (i % 2 == 0) ? outer : inner;
            star << QPointF(d * std::cos(a), d * std::sin(a) + (m_kind == Kind::Group ? r * 0.12 : 0));
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawPolygon(star);
    }
    if (isLabelShown()) {
        const QRectF box = labelRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 215));
        painter->drawRoundedRect(box, 3, 3);
        painter->setFont(m_font);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(box, Qt::AlignCenter, m_label);
    }
}

} // namespace slimplan
