#include "report/planpdf.h"

namespace slimplan {

bool writePlanPdf(const Inventory &, const Plan &, const ReportOptions &, const QString &,
                  Progress *, QString *error)
{
    if (error)
        *error = QStringLiteral("not implemented yet");
    return false;
}

bool renderPlan(QPagedPaintDevice *, const Inventory &, const Plan &, const ReportOptions &,
                Progress *, QString *error)
{
    if (error)
        *error = QStringLiteral("not implemented yet");
    return false;
}

} // namespace slimplan
