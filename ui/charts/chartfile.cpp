// qcustomplot.h uses Qt's foreach, which the project switches off (QT_NO_FOREACH); it is included
// first, before any Qt header, so that the macro exists for it.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "charts/chartfile.h"

#include "settings.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <algorithm>

namespace slimplan::chartfile {

bool save(QCustomPlot &plot, const QString &path)
{
    const int w = std::max(plot.width(), 800), h = std::max(plot.height(), 500);
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return plot.savePdf(path, w, h);
    return plot.savePng(path, w, h, 2.0);
}

void saveInteractively(QWidget *parent, QCustomPlot &plot)
{
    const QString title = QCoreApplication::translate("slimplan::ChartFile", "Save chart");
    const QString path = QFileDialog::getSaveFileName(
        parent, title, Settings::lastDirectory(),
        QCoreApplication::translate("slimplan::ChartFile", "PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    Settings::setLastDirectory(QFileInfo(path).absolutePath());
    if (!save(plot, path))
        QMessageBox::warning(parent, title,
                             QCoreApplication::translate("slimplan::ChartFile", "Could not write %1.").arg(path));
}

} // namespace slimplan::chartfile
