#pragma once
// The 立项预审 opinion (预审意见) as a one-page 公文 (issue #20): the proposal, the verdict and its
// reason, the existing items that already do its job (score, shared functions), the rules it would
// break with the clause each comes from, and 落款 / date from the project's DocumentSettings.
// Composed as a doc::Document and painted by the 公文 renderer (ui/report/gongwenpdf).

#include "model/item.h"
#include "plan/precheck.h"
#include "report/officialdoc.h"
#include "report/plandocument.h"

#include <QString>

class QPagedPaintDevice;

namespace slimplan {

// The opinion as a document. `settings` should be resolved (office name and date filled); an empty
// signature prints "{region}委网信办", an invalid date today.
doc::Document precheckDocument(const Item &proposal, const PrecheckResult &result,
                               const DocumentSettings &settings, const QString &region, bool chinese);

// Paints it on a paged device (a QPrinter for Print…).
bool renderPrecheck(QPagedPaintDevice *device, const doc::Document &document, QString *error = nullptr);
// Writes it to a PDF (fonts embedded; no file left on failure).
bool writePrecheckPdf(const doc::Document &document, const QString &path, QString *error = nullptr);

} // namespace slimplan
