#pragma once
// The 公文 renderer (GB/T 9704-2012, issue #19): a doc::Document on A4 pages — margins top 37 mm,
// left 28 mm, a text block of 156 × 225 mm holding 22 lines of 28 characters in 3号 (16 pt); the
// red 发文机关标志 and separator with the 发文字号; the title in 2号 centred; headings by role;
// page numbers "— 1 —" in 4号 7 mm under the text block, odd pages right, even pages left; each
// annex on new pages, wide ones landscape with the header row repeated. One renderer for the PDF
// and for print preview and printing (any QPagedPaintDevice).

#include "model/inventory.h"
#include "model/plan.h"
#include "report/plandocument.h"
#include "report/reportoptions.h"
#include "report/officialdoc.h"
#include "util/progress.h"

#include <QString>

class QPagedPaintDevice;

namespace slimplan {

namespace gongwen {
inline constexpr double kTopMm = 37;
inline constexpr double kLeftMm = 28;
inline constexpr double kBlockWidthMm = 156;
inline constexpr double kBlockHeightMm = 225;
inline constexpr double kNumberGapMm = 7; // page number under the text block
inline constexpr int kLines = 22;
inline constexpr int kChars = 28;
} // namespace gongwen

// Paints the document; `summary` feeds the figures (by key). The painter is the renderer's own.
bool renderGongwen(QPagedPaintDevice *device, const doc::Document &document, const PlanSummary &summary,
                   Progress *progress = nullptr, QString *error = nullptr);

// Writes it to a PDF (fonts embedded; no file left on failure or cancel).
bool writeGongwenPdf(const doc::Document &document, const PlanSummary &summary, const QString &path,
                     Progress *progress = nullptr, QString *error = nullptr);

// The plan as a 请示/报告 (core/report/plandocument) written as a 公文 PDF.
bool writePlanGongwenPdf(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                         const DocumentSettings &settings, const QString &path, Progress *progress = nullptr,
                         QString *error = nullptr);

// Which font stood in for which role ("仿宋 → WenQuanYi Micro Hei"), for the CLI and the dialogs.
QStringList gongwenFontSubstitutions(bool chinese);

} // namespace slimplan
