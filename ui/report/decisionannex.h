#pragma once
// The plan report's annex 调整记录 (issue #18 part 2): every entry of the project's decision log,
// oldest first — time, who, item, old → new action/target, reason and what kind of entry it is
// (a decision, a revert, an undo, a redo) — so that the printed plan shows how it came to be.
// The entries come from ReportOptions::decisionLog; without entries the report has no annex.

#include "model/inventory.h"
#include "report/reportoptions.h"
#include "report/reporttext.h"

namespace slimplan {

class FlowDocument;

class DecisionAnnex
{
public:
    DecisionAnnex(const Inventory &inventory, const ReportOptions &options);

    bool applies() const;
    // Adds the annex (nothing when the log is empty or absent).
    void build(FlowDocument &doc) const;

private:
    const Inventory &m_inv;
    const ReportOptions &m_opt;
    ReportText m_t;
};

} // namespace slimplan
