#pragma once
// Saving a chart as a file: PNG (twice the on-screen resolution) or PDF (vector), chosen by the
// file's suffix. Shared by every chart widget, so they all save the same way.

#include <QString>

class QCustomPlot;
class QWidget;

namespace slimplan::chartfile {

// Writes the plot to path (.pdf → vector PDF, anything else → PNG); at least 800 × 500.
bool save(QCustomPlot &plot, const QString &path);
// Asks where (starting in the last directory used), saves, and warns when it could not.
void saveInteractively(QWidget *parent, QCustomPlot &plot);

} // namespace slimplan::chartfile
