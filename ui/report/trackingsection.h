#pragma once
// The plan report's section on carrying the plan out (issue #18 part 5): once any item has left
// "planned", planned vs done vs verified by unit and by kind, and the overdue actions, as of the
// report's date, and (part 5, review) the items marked done or verified that the later snapshot
// (ReportOptions::laterItemIds) still holds. The states come from ReportOptions::tracking (the
// project's); without them, or while every item is still planned, the report has no such section.

#include "model/inventory.h"
#include "model/plan.h"
#include "report/reportoptions.h"
#include "report/reporttext.h"

namespace slimplan {

class FlowDocument;
struct TrackingProgress;

class TrackingSection
{
public:
    TrackingSection(const Inventory &inventory, const Plan &plan, const ReportOptions &options);

    // True when the options carry states and some item has left "planned".
    bool applies() const;
    // Adds the section (nothing when it does not apply).
    void build(FlowDocument &doc) const;

private:
    void summary(FlowDocument &doc, const TrackingProgress &p) const;
    void byUnit(FlowDocument &doc, const TrackingProgress &p) const;
    void byKind(FlowDocument &doc, const TrackingProgress &p) const;
    void stillPresent(FlowDocument &doc, const TrackingProgress &p) const;

    const Inventory &m_inv;
    const Plan &m_plan;
    const ReportOptions &m_opt;
    ReportText m_t;
};

} // namespace slimplan
