#pragma once
// The planner's main window.

#include <QMainWindow>

namespace slimplan {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace slimplan
