#pragma once
// The status-bar part that shows the running task: its stage, a progress bar and Cancel.
// Polls the task's AtomicProgress from a timer, so workers never touch a widget.

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace slimplan {

class TaskRunner;

class ProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressWidget(TaskRunner &runner, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void poll();
    void retranslateUi();

    TaskRunner &m_runner;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer *m_timer;
};

} // namespace slimplan
