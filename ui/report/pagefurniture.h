#pragma once
// What every printed report has around its content: the A4 page with the binding margin, the
// running header (title left, date right, a rule under them), "page n of N" at the foot, the
// report's text and table styles, and writing a PDF through a QSaveFile so that a failed export
// leaves no half-written file. The plan report and the comparison report both use it.

#include "report/flowdocument.h"
#include "util/progress.h"

#include <QString>

#include <functional>
#include <vector>

class QPagedPaintDevice;

namespace slimplan::pagefurniture {

// Sets *error when error is not null.
void setError(QString *error, const QString &text);

// A4 portrait with the report's margins (binding edge on the left, like official documents).
void setA4(QPagedPaintDevice *device);

// A text style in the report font; spaces in points.
FlowTextStyle textStyle(double points, bool bold, double before, double after, bool keepWithNext = false);

// A table in the report font at `points` (its header in bold).
FlowTable table(std::vector<FlowColumn> columns, double points);

struct RunningHeader
{
    QString title;
    QString date;
    bool chinese = true;
    bool onCover = true; // false: the first page (a cover) carries no running header
};

// Paints the laid-out document on device with the running header and page numbers.
// False with *error set when the device cannot be painted on or the painting was cancelled.
bool paint(FlowDocument &doc, QPagedPaintDevice *device, const RunningHeader &header, Progress *progress,
           QString *error);

// Renders into a PDF at path (600 dpi, fonts embedded, `title` in its metadata when not empty);
// render paints on the writer and returns false on failure (with *error set).
bool writePdf(const QString &path, const QString &title, const std::function<bool(QPagedPaintDevice *)> &render,
              QString *error);

} // namespace slimplan::pagefurniture
