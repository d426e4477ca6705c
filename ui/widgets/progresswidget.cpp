#include "widgets/progresswidget.h"

#include "tasks/taskrunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace slimplan {

ProgressWidget::ProgressWidget(TaskRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setFixedWidth(220);
    m_bar->setTextVisible(true);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ProgressWidget::poll);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner.cancel();
        m_cancel->setEnabled(false);
    });
    connect(&runner, &TaskRunner::started, this, [this] {
        m_cancel->setEnabled(true);
        m_bar->setRange(0, 0);
        show();
        poll();
        m_timer->start();
    });
    connect(&runner, &TaskRunner::finished, this, [this] {
        m_timer->stop();
        hide();
    });
    retranslateUi();
    hide();
}

void ProgressWidget::poll()
{
    const TaskProgress *p = m_runner.progress();
    if (!p)
        return;
    const QString stage = p->label();
    m_label->setText(stage.isEmpty() ? m_runner.title() : m_runner.title() + QLatin1String(" — ") + stage);
    const qint64 total = p->total();
    if (total <= 0) {
        m_bar->setRange(0, 0); // busy indicator: the work does not know its amount
        return;
    }
    // Scale to int range; totals may exceed 2^31 bytes.
    const double share = double(std::min(p->done(), total)) / double(total);
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(share * 1000));
}

void ProgressWidget::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
}

void ProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace slimplan
