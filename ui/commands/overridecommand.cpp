#include "commands/overridecommand.h"

#include "document.h"

#include <QCoreApplication>

namespace slimplan {

OverrideCommand::OverrideCommand(Document &document, int row, std::optional<Override> decision,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_row(row)
    , m_new(std::move(decision))
{
    if (const Override *o = document.overrideFor(row))
        m_old = *o;
    const QString name = document.inventory().at(row).name;
    if (!m_new)
        setText(QCoreApplication::translate("slimplan::OverrideCommand", "Revert %1 to the recommendation").arg(name));
    else if (m_new->action == document.recommendedAction(row) && m_new->target == document.recommendedTarget(row))
        setText(QCoreApplication::translate("slimplan::OverrideCommand", "Accept recommendation for %1").arg(name));
    else
        setText(QCoreApplication::translate("slimplan::OverrideCommand", "Override %1: %2")
                    .arg(name, actionLabel(m_new->action)));
}

// A decision the project file refused was not made: the command drops out of the stack
// (QUndoStack deletes an obsolete command), so undo never returns to a state the file lacks.
void OverrideCommand::redo()
{
    if (!m_document.setOverride(m_row, m_new))
        setObsolete(true);
}

void OverrideCommand::undo()
{
    if (!m_document.setOverride(m_row, m_old))
        setObsolete(true);
}

} // namespace slimplan
