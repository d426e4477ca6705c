#include "commands/overridecommand.h"

namespace slimplan {

OverrideCommand::OverrideCommand(Document &document, int row, std::optional<Override> decision,
                                 QUndoCommand *parent)
    : BulkOverrideCommand(document, std::vector<int>{row}, std::move(decision), parent)
    , m_row(row)
{
}

} // namespace slimplan
