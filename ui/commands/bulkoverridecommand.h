#pragma once
// Undoable decision on many items at once (a filter's rows or a selection): one action with one
// reason, or back to the recommendation, as one undo step. Undo restores each row's previous
// override and appends the reverse to the decision log; redo appends again: the log only grows.

#include "model/plan.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace slimplan {

class Document;

class BulkOverrideCommand : public QUndoCommand
{
public:
    // `decision` empty = back to the planner's recommendation. Rows out of range are ignored.
    BulkOverrideCommand(Document &document, std::vector<int> rows, std::optional<Override> decision,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const std::vector<int> &rows() const { return m_rows; }
    const std::optional<Override> &decision() const { return m_new; }

private:
    Document &m_document;
    std::vector<int> m_rows;
    std::optional<Override> m_new;
    std::vector<std::optional<Override>> m_old; // parallel to m_rows
    bool m_done = false;                        // redone once: the next redo is a Redo
};

} // namespace slimplan
