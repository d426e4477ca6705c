#pragma once
// The colours and shapes that stand for actions and kinds everywhere in the GUI (table, graph,
// charts), so a colour means the same thing on every screen.

#include "model/types.h"

#include <QColor>

namespace slimplan {

// keep green, rectify amber, merge blue, migrate purple, shut down red.
QColor actionColor(Action a);
// One colour per kind for the charts.
QColor kindColor(Kind k);

} // namespace slimplan
