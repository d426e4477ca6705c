#pragma once
// The plan as a printable A4 report: cover, summary with charts, the actions, overrides and the
// appendix of rules cited. One renderer serves the PDF export, print preview and printing.

#include "model/inventory.h"
#include "model/plan.h"
#include "report/reportoptions.h"
#include "util/progress.h"

#include <QString>

class QPagedPaintDevice;

namespace slimplan {

// Writes the plan to a PDF file (A4, fonts embedded). Returns false with *error set on failure or
// cancel (no file is left behind). Needs a QGuiApplication (offscreen is fine).
bool writePlanPdf(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                  const QString &path, Progress *progress = nullptr, QString *error = nullptr);

// Paints the plan on any paged device: a QPdfWriter, or a QPrinter from QPrintPreviewDialog /
// QPrintDialog. The device's page layout should be A4 portrait; margins are the renderer's own.
bool renderPlan(QPagedPaintDevice *device, const Inventory &inventory, const Plan &plan,
                const ReportOptions &options, Progress *progress = nullptr,
                QString *error = nullptr);

} // namespace slimplan
