#include "commands/replancommand.h"

#include "document.h"

#include <QCoreApplication>

namespace slimplan {

ReplanCommand::ReplanCommand(Document &document, Plan recommendations, OverlapResult overlap,
                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_new(std::move(recommendations))
    , m_old(document.recommendationsOnly())
    , m_newOverlap(std::move(overlap))
    , m_oldOverlap(document.overlap())
{
    setText(QCoreApplication::translate("slimplan::ReplanCommand", "Re-plan with profile %1")
                .arg(m_new.profile.name));
}

void ReplanCommand::redo()
{
    m_document.setOverlap(m_newOverlap);
    m_document.replaceRecommendations(m_new);
}

void ReplanCommand::undo()
{
    m_document.setOverlap(m_oldOverlap);
    m_document.replaceRecommendations(m_old);
}

} // namespace slimplan
