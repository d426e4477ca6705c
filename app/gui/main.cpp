// slimplan: the desktop program. `slimplan --demo` opens the embedded demo region,
// `slimplan FILE...` opens a project or imports ledgers into a new project.
#include "appfont.h"
#include "appicon.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "settings.h"
#include "util/allocator.h"
#include "util/i18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    slimplan::tuneAllocator();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SlimPlan"));
    QApplication::setOrganizationName(QStringLiteral("SlimPlan"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setWindowIcon(slimplan::applicationIcon());
    QApplication::setDesktopFileName(QStringLiteral("slimplan"));
    slimplan::setupApplicationFont();
    slimplan::installTranslations(slimplan::Settings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Plans the slimming of government apps, public accounts and work groups."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Open the embedded demo region."));
    parser.addOption(demo);
    QCommandLineOption shots(QStringLiteral("screenshots"),
                                   QCoreApplication::translate("main", "Save screenshots to DIR once loaded, then quit."),
                                   QStringLiteral("DIR"));
    shots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(shots);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "A .slimplan project, or ledgers to import."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    slimplan::MainWindow window;
    window.show();
    if (parser.isSet(shots))
        slimplan::takeScreenshotsWhenLoaded(window, parser.value(shots));
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&] {
        // Work a crash left behind comes first; the files asked for can be opened afterwards.
        if (window.offerRecovery())
            return;
        if (parser.isSet(demo))
            window.files().openDemo();
        else if (!files.isEmpty())
            window.files().openFiles(files);
    });
    return app.exec();
}
