#pragma once
// One item in the overlap graph: shaped by kind (app circle, account square, group triangle),
// filled with the colour of its action, ringed when selected.

#include "model/types.h"

#include <QGraphicsItem>

namespace slimplan {

class GraphNode : public QGraphicsItem
{
public:
    GraphNode(int row, Kind kind, Action action, double radius);

    int row() const { return m_row; }
    Action action() const { return m_action; }
    void setAction(Action a);
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath outline() const;

    int m_row;
    Kind m_kind;
    Action m_action;
    double m_radius;
    bool m_highlighted = false;
};

} // namespace slimplan
