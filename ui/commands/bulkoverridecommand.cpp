#include "commands/bulkoverridecommand.h"

#include "document.h"

#include <QCoreApplication>

namespace slimplan {

namespace {
QString commandText(const Document &document, const std::vector<int> &rows, const std::optional<Override> &o)
{
    if (rows.size() != 1) {
        const int n = int(rows.size());
        if (!o)
            return QCoreApplication::translate("slimplan::BulkOverrideCommand",
                                               "Revert %n item(s) to the recommendation", nullptr, n);
        return QCoreApplication::translate("slimplan::BulkOverrideCommand", "Set %n item(s) to %1", nullptr, n)
            .arg(actionLabel(o->action));
    }
    const int row = rows.front();
    const QString name = document.inventory().at(row).name;
    if (!o)
        return QCoreApplication::translate("slimplan::OverrideCommand", "Revert %1 to the recommendation").arg(name);
    if (o->action == document.recommendedAction(row) && o->target == document.recommendedTarget(row))
        return QCoreApplication::translate("slimplan::OverrideCommand", "Accept recommendation for %1").arg(name);
    return QCoreApplication::translate("slimplan::OverrideCommand", "Override %1: %2").arg(name, actionLabel(o->action));
}
} // namespace

BulkOverrideCommand::BulkOverrideCommand(Document &document, std::vector<int> rows,
                                         std::optional<Override> decision, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_new(std::move(decision))
{
    m_rows.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < document.rowCount())
            m_rows.push_back(row);
    }
    m_old.reserve(m_rows.size());
    for (int row : m_rows) {
        const Override *o = document.overrideFor(row);
        m_old.push_back(o ? std::optional<Override>(*o) : std::nullopt);
    }
    setText(commandText(document, m_rows, m_new));
}

// A decision the project file refused was not made: the command drops out of the stack
// (QUndoStack deletes an obsolete command), so undo never returns to a state the file lacks.
void BulkOverrideCommand::redo()
{
    using Kind = DecisionLogEntry::Kind;
    const Kind kind = m_done ? Kind::Redo : (m_new ? Kind::Decide : Kind::Revert);
    if (!m_document.setDecisions(m_rows, m_new, kind))
        setObsolete(true);
    m_done = true;
}

void BulkOverrideCommand::undo()
{
    if (!m_document.setDecisions(m_rows, m_old, DecisionLogEntry::Kind::Undo))
        setObsolete(true);
}

} // namespace slimplan
