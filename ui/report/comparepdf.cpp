#include "report/comparepdf.h"

namespace slimplan {

bool writeComparePdf(const std::vector<RegionSummary> &, const ReportOptions &, const QString &,
                     QString *error)
{
    if (error)
        *error = QStringLiteral("not implemented yet");
    return false;
}

bool renderCompare(QPagedPaintDevice *, const std::vector<RegionSummary> &, const ReportOptions &,
                   QString *error)
{
    if (error)
        *error = QStringLiteral("not implemented yet");
    return false;
}

} // namespace slimplan
