#pragma once
// One line of the overlap graph: between two items that overlap (width and darkness by the
// score), or dashed from a member that is in the family by a rule, not by overlap, to the
// survivor. Hovering a wide band around it is enough to get its card.

#include <QGraphicsLineItem>

namespace slimplan {

class OverlapEdgeItem : public QGraphicsLineItem
{
public:
    // score < 0: a family link without overlap (dashed). toCentre: the line meets the item in the
    // middle (the survivor): drawn darker, the lines between the others stay in the background.
    OverlapEdgeItem(int a, int b, double score, bool toCentre);

    int a() const { return m_a; }
    int b() const { return m_b; }
    double score() const { return m_score; }
    bool isRuleLink() const { return m_score < 0; }
    void setEnds(const QPointF &pa, const QPointF &pb) { setLine(QLineF(pa, pb)); }
    // Pen width in pixels for a score in [0, 1]. Edges exist only from a high score on (0.6 by
    // default), so a cube spreads the widths where the scores are: 0.6 → 2.7, 0.8 → 5.1, 1 → 9.
    static double widthFor(double score) { return 1.0 + 8.0 * score * score * score; }

    QPainterPath shape() const override;
    enum { Type = UserType + 23 };
    int type() const override { return Type; }

private:
    int m_a;
    int m_b;
    double m_score;
};

} // namespace slimplan
