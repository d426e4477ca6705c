#include "mainwindow.h"

namespace slimplan {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SlimPlan"));
}

} // namespace slimplan
