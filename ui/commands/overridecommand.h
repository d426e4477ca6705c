#pragma once
// Undoable decision on one item: accept the recommendation, override it (another action or
// target, with the official's reason) or return to the recommendation.

#include "model/plan.h"

#include <QUndoCommand>

#include <optional>

namespace slimplan {

class Document;

class OverrideCommand : public QUndoCommand
{
public:
    // `decision` empty = back to the planner's recommendation.
    OverrideCommand(Document &document, int row, std::optional<Override> decision,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The inventory row the decision is about (the details pane lists an item's decisions by it).
    int row() const { return m_row; }

private:
    Document &m_document;
    int m_row;
    std::optional<Override> m_new;
    std::optional<Override> m_old;
};

} // namespace slimplan
