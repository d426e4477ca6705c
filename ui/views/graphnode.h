#pragma once
// One item in the overlap graph: shaped by kind (app circle, account square, group triangle),
// filled with the colour of its action, a star and a heavy ring on the family's survivor, ringed
// in yellow when selected, its name (elided) under it on a light plate so edges do not hide it.

#include "model/types.h"

#include <QFont>
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
    void setSurvivor(bool on);
    bool isSurvivor() const { return m_survivor; }
    // The text under the node (empty = none) and its font, in scene units (1 = 1 pixel unzoomed).
    void setLabel(const QString &text, const QFont &font);
    QString label() const { return m_label; }
    // A label that would cover another is hidden (the name is still in the hover card).
    void setLabelShown(bool on);
    bool isLabelShown() const { return m_labelShown && !m_label.isEmpty(); }
    // Where the label is drawn, in item coordinates (also when hidden); empty without a label.
    QRectF labelRect() const;
    QFont labelFont() const { return m_font; }
    double radius() const { return m_radius; }
    // Names longer than this are cut, the full name is in the tooltip.
    static constexpr int kLabelChars = 10;
    // `skip` leading characters (a prefix every drawn name shares, e.g. the township's name) are
    // left out, shown as "…", so that what tells the items apart fits in the label.
    static QString elide(const QString &name, int skip = 0);

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
    bool m_survivor = false;
    QString m_label;
    QFont m_font;
    bool m_labelShown = true;
};

} // namespace slimplan
