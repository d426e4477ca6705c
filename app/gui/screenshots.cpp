#include "screenshots.h"

#include "filecontroller.h"
#include "mainwindow.h"
#include "util/i18n.h"
#include "charts/chartspanel.h"
#include "views/inventorypage.h"
#include "views/overviewpage.h"
#include "views/planview.h"
#include "views/decisionlogpage.h"
#include "views/returnspage.h"
#include "views/trackingpage.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

namespace slimplan {

void takeScreenshotsWhenLoaded(MainWindow &window, const QString &dir)
{
    QObject::connect(&window.files(), &FileController::loadFinished, &window, [&window, dir](bool ok) {
        if (!ok) {
            QApplication::exit(1);
            return;
        }
        QDir().mkpath(dir);
        const QString lang = currentLanguage();
        // Pick an item in a merge family so the detail pane and the graph have something to show.
        window.selectItem(1);
        const auto shoot = [&window, dir, lang](QWidget *page, const QString &name) {
            window.tabs()->setCurrentWidget(page);
            QApplication::processEvents();
            // overview-zh_CN-1366x768.png; on a HiDPI screen overview-zh_CN-1366x768@2x.png.
            const QPixmap shot = window.grab();
            const qreal ratio = shot.devicePixelRatio();
            const QString scale = ratio > 1.01 ? QStringLiteral("@%1x").arg(ratio) : QString();
            const QString file = QStringLiteral("%1-%2-%3x%4%5.png")
                                     .arg(name, lang).arg(window.width()).arg(window.height()).arg(scale);
            shot.save(QDir(dir).filePath(file));
        };
        QTimer::singleShot(500, &window, [shoot, &window] {
            shoot(window.overviewPage(), QStringLiteral("overview"));
            shoot(window.inventoryPage(), QStringLiteral("inventory"));
            shoot(window.planView(), QStringLiteral("plan"));
            shoot(window.chartsPanel(), QStringLiteral("charts"));
            shoot(window.returnsPage(), QStringLiteral("returns"));
            shoot(window.trackingPage(), QStringLiteral("tracking"));
            shoot(window.decisionLogPage(), QStringLiteral("decisionlog"));
            QApplication::quit();
        });
    });
}

} // namespace slimplan
