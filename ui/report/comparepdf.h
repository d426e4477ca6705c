#pragma once
// The comparison of several regions' plans as a PDF (`slimplan-cli compare --pdf`).

#include "report/reportoptions.h"

#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace slimplan {

bool writeComparePdf(const std::vector<RegionSummary> &regions, const ReportOptions &options,
                     const QString &path, QString *error = nullptr);

// The same on any paged device (print preview in the comparison view).
bool renderCompare(QPagedPaintDevice *device, const std::vector<RegionSummary> &regions,
                   const ReportOptions &options, QString *error = nullptr);

} // namespace slimplan
