#pragma once
// The texts the overlap graph shows on hover: an item's name and decision, and the card that
// explains an edge's score (shared functions, data items and members, what else is alike). Made
// only for the hovered node or edge, never for the whole graph.

#include <QCoreApplication>
#include <QString>

namespace slimplan {

class Document;

class OverlapCard
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::OverlapCard)
public:
    static QString forItem(const Document &document, int row, bool survivor);
    // Two items that overlap with `score` (the edge's, in [0, 1]).
    static QString forPair(const Document &document, int a, int b, double score);
    // A member joined to the survivor by a rule (A2, P1), not by overlap.
    static QString forRuleLink(const Document &document, int member, int survivor);
};

} // namespace slimplan
