#include "report/planpdf.h"

#include "report/flowdocument.h"
#include "report/pagefurniture.h"
#include "report/planreport.h"

#include <QPagedPaintDevice>

namespace slimplan {

using pagefurniture::setError;

bool renderPlan(QPagedPaintDevice *device, const Inventory &inventory, const Plan &plan,
                const ReportOptions &options, Progress *progress, QString *error)
{
    if (!device) {
        setError(error, QStringLiteral("no paint device"));
        return false;
    }
    if (plan.decisions.size() != inventory.items().size()) {
        setError(error, QStringLiteral("the plan does not match the inventory (%1 decisions, %2 items)")
                            .arg(plan.decisions.size()).arg(inventory.items().size()));
        return false;
    }
    pagefurniture::setA4(device);

    const PlanReport report(inventory, plan, options);
    FlowDocument doc(device);
    doc.setBands(22, 20);
    report.build(doc);
    if (!doc.layout(progress)) {
        setError(error, QStringLiteral("canceled"));
        return false;
    }
    // The cover carries no running header.
    const pagefurniture::RunningHeader header{report.title(), report.planDateText(), options.chinese(), false};
    return pagefurniture::paint(doc, device, header, progress, error);
}

bool writePlanPdf(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                  const QString &path, Progress *progress, QString *error)
{
    const QString title = PlanReport(inventory, plan, options).title();
    return pagefurniture::writePdf(path, title, [&](QPagedPaintDevice *device) {
        return renderPlan(device, inventory, plan, options, progress, error);
    }, error);
}

} // namespace slimplan
