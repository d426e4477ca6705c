#pragma once
// Undoable decision on one item: accept the recommendation, override it (another action or
// target, with the official's reason) or return to the recommendation. A bulk decision of one
// row, kept as its own type for the views that list an item's decisions.

#include "commands/bulkoverridecommand.h"

namespace slimplan {

class OverrideCommand : public BulkOverrideCommand
{
public:
    // `decision` empty = back to the planner's recommendation.
    OverrideCommand(Document &document, int row, std::optional<Override> decision,
                    QUndoCommand *parent = nullptr);

    // The inventory row the decision is about (the details pane lists an item's decisions by it).
    int row() const { return m_row; }

private:
    int m_row;
};

} // namespace slimplan
