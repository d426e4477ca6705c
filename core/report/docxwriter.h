#pragma once
// The official document (doc::Document) as an editable .docx (issue #19 part 3): real
// WordprocessingML written with QuaZip and QXmlStreamWriter — styles for each role (title 2号
// 方正小标宋简体, body 3号 仿宋_GB2312, 一、 黑体, （一） 楷体_GB2312), tables with the header row
// repeated, page numbers "— n —" (odd pages right, even pages left), A4 with the 公文 margins
// (top 37 mm, left 28 mm, text block 156 × 225 mm), landscape sections for wide annex tables and
// each annex starting on a new page. Figures are embedded from Figure::png and left out when it
// is empty (core has no painter; the ui layer fills them).

#include "model/inventory.h"
#include "model/plan.h"
#include "report/officialdoc.h"
#include "report/plandocument.h"
#include "report/reportoptions.h"

#include <QString>

namespace slimplan {

// Writes the document to path; false with *error ("PATH: problem") when it cannot.
bool writeDocx(const doc::Document &document, const QString &path, QString *error);

// The plan as a 公文 .docx: planDocument() written by writeDocx().
bool writePlanDocx(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                   const DocumentSettings &settings, const QString &path, QString *error);

} // namespace slimplan
