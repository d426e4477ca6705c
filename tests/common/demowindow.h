#pragma once
// What the GUI suites that drive the main window on the demo region do first: isolated settings,
// English, the application font, and the demo opened in a shown 1600×1000 window.

#include "appfont.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "settings.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace slimplan::testing {

inline void prepareGuiSuite(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SlimPlanTest"));
    QCoreApplication::setApplicationName(applicationName);
    Settings::clear();
    installTranslations(QStringLiteral("en"));
    setupApplicationFont();
}

// Shows the window and opens the demo in it; false when it did not load.
inline bool openDemoIn(MainWindow &window)
{
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QSignalSpy loaded(&window.files(), &FileController::loadFinished);
    window.files().openDemo();
    if (!loaded.wait(120000) || !loaded.first().first().toBool())
        return false;
    QCoreApplication::processEvents(); // views refresh once per change, queued
    return true;
}

enum class DemoSuiteStart { Opened, NotEmbedded, Failed };

// The initTestCase of a suite whose cases share one window on the demo: prepares the suite, and
// creates and opens *window unless the demo ledger is not embedded in this build.
inline DemoSuiteStart startDemoSuite(const QString &applicationName, MainWindow *&window)
{
    prepareGuiSuite(applicationName);
    if (!QFile::exists(QStringLiteral(":/demo/qingxi.csv")))
        return DemoSuiteStart::NotEmbedded;
    window = new MainWindow;
    return openDemoIn(*window) ? DemoSuiteStart::Opened : DemoSuiteStart::Failed;
}

} // namespace slimplan::testing
