#pragma once
// Undoable re-planning: the recommendations made with another policy profile (and the overlap
// graph they were read from) replace the current ones; the official's overrides stay. Undo puts
// back both, so the graph view and the families always match the plan shown.

#include "overlap/overlap.h"
#include "model/plan.h"

#include <QUndoCommand>

namespace slimplan {

class Document;

class ReplanCommand : public QUndoCommand
{
public:
    // `recommendations`: the planner's output for the new profile (no overrides); `overlap`: the
    // graph computed with the same profile.
    ReplanCommand(Document &document, Plan recommendations, OverlapResult overlap,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document &m_document;
    Plan m_new;
    Plan m_old;
    OverlapResult m_newOverlap;
    OverlapResult m_oldOverlap;
};

} // namespace slimplan
