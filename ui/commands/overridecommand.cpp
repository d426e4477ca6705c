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

void OverrideCommand::redo()
{
    m_document.setOverride(m_row, m_new);
}

void OverrideCommand::undo()
{
    m_document.setOverride(m_row, m_old);
}

} // namespace slimplan
