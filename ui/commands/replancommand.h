#pragma once
// Undoable re-planning: the recommendations made with another policy profile replace the current
// ones; the official's overrides stay.

#include "plan/plan.h"

#include <QUndoCommand>

namespace slimplan {

class Document;

class ReplanCommand : public QUndoCommand
{
public:
    // `recommendations`: the planner's output for the new profile (no overrides).
    ReplanCommand(Document &document, Plan recommendations, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document &m_document;
    Plan m_new;
    Plan m_old;
};

} // namespace slimplan
