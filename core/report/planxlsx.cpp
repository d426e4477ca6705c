#include "report/planxlsx.h"

namespace slimplan {

bool writePlanXlsx(const Inventory &, const Plan &, const ReportOptions &, const QString &,
                   Progress *, QString *error)
{
    if (error)
        *error = QStringLiteral("not implemented yet");
    return false;
}

} // namespace slimplan
