#pragma once
// `slimplan --demo --screenshots DIR`: once the region is loaded, saves the window with each tab
// (inventory with a selected item, plan, charts) as PNGs and quits. For the documentation.

#include <QString>

namespace slimplan {
class MainWindow;
void takeScreenshotsWhenLoaded(MainWindow &window, const QString &dir);
} // namespace slimplan
