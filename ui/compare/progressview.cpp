// qcustomplot.h uses Qt's foreach, which the project switches off (QT_NO_FOREACH); it is included
// first, before any Qt header, so that the macro exists for it.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "compare/progressview.h"

#include "charts/chartfile.h"
#include "charts/chartstyle.h"
#include "compare/progressmodels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace slimplan {

namespace {
const std::array<QColor, kKindCount + 1> kSeriesColors{
    QColor(0x2f, 0x6f, 0xd6), QColor(0x3f, 0xa7, 0x6b), QColor(0x8e, 0x5c, 0xc9), QColor(0x44, 0x4c, 0x56)};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

ProgressView::ProgressView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_countsModel(new SnapshotCountsModel(this))
    , m_chart(chartstyle::makeSavablePlot(this, QSize(380, 240), [this] { chartfile::saveInteractively(this, *m_chart); }))
    , m_listTabs(new QTabWidget(this))
{
    // Page 0: the message when there is nothing to compare yet.
    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    auto *importButton = new QPushButton(messagePage);
    importButton->setObjectName(QStringLiteral("importSnapshot"));
    connect(importButton, &QPushButton::clicked, this, &ProgressView::importSnapshotRequested);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(importButton, 0, Qt::AlignHCenter);
    messageLayout->addStretch(2);

    // Page 1: snapshots and chart on top, the diff lists below.
    auto *diffPage = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPage);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_countsTable = makeTable(m_countsModel, diffPage);
    m_countsTable->horizontalHeader()->setStretchLastSection(false);
    m_chart->plotLayout()->insertRow(0);
    m_chart->plotLayout()->addElement(0, 0, new QCPTextElement(m_chart, QString(), QFont(font().family(), 10, QFont::Bold)));
    // The legend goes under the plot: the lines may run anywhere over the snapshots.
    m_chart->axisRect()->insetLayout()->take(m_chart->legend);
    m_chart->plotLayout()->addElement(2, 0, m_chart->legend);
    m_chart->plotLayout()->setRowStretchFactor(2, 0.001);
    m_chart->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_chart->legend->setBorderPen(Qt::NoPen);
    auto *top = new QSplitter(Qt::Horizontal, diffPage);
    top->addWidget(m_countsTable);
    top->addWidget(m_chart);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    for (int l = 0; l < ListCount; ++l) {
        m_lists[std::size_t(l)] = new DiffEntryModel(this);
        m_listTabs->addTab(makeTable(m_lists[std::size_t(l)], m_listTabs), QString());
    }
    auto *split = new QSplitter(Qt::Vertical, diffPage);
    split->addWidget(top);
    split->addWidget(m_listTabs);
    split->setChildrenCollapsible(false);
    diffLayout->addWidget(m_summary);
    diffLayout->addWidget(split, 1);

    m_stack->addWidget(messagePage);
    m_stack->addWidget(diffPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);
    refresh();
}

void ProgressView::setProgress(ProgressLoad load)
{
    m_load = std::move(load);
    m_noProject = false;
    refresh();
}

void ProgressView::showNoProject()
{
    m_load = {};
    m_noProject = true;
    refresh();
}

bool ProgressView::hasDiff() const
{
    return !m_noProject && m_load.error.isEmpty() && m_load.snapshots.size() >= 2;
}

QString ProgressView::message() const
{
    return m_message->text();
}

void ProgressView::refresh()
{
    auto *button = findChild<QPushButton *>(QStringLiteral("importSnapshot"));
    button->setText(tr("Import as Snapshot…"));
    button->setVisible(!m_noProject && m_load.error.isEmpty());
    const QString how = tr("Add one with the button below, or on the command line:\n"
                           "slimplan-cli import FILE --project %1 --snapshot LABEL");
    if (m_noProject) {
        m_message->setText(tr("Progress is tracked in a project file. Save the plan as a project "
                              "(File → Save As…), then import later ledgers as snapshots."));
    } else if (!m_load.error.isEmpty()) {
        m_message->setText(tr("Could not read %1: %2").arg(m_load.path, m_load.error));
    } else if (m_load.snapshots.size() < 2) {
        m_message->setText(tr("This project has %n snapshot(s) with items; progress needs at least two, "
                              "the first one being the baseline.", nullptr, int(m_load.snapshots.size()))
                           + QStringLiteral("\n\n") + how.arg(m_load.path));
    } else {
        m_message->clear();
    }
    m_countsModel->setSnapshots(m_load.snapshots, m_load.diff.counts);
    // The counts table shows every column; the chart takes the rest of the width.
    QHeaderView *header = m_countsTable->horizontalHeader();
    header->resizeSections(QHeaderView::ResizeToContents);
    m_countsTable->setMinimumWidth(std::min(720, header->length() + 2 * m_countsTable->frameWidth()
                                                     + m_countsTable->verticalScrollBar()->sizeHint().width() + 4));
    const SnapshotDiff &d = m_load.diff;
    m_lists[Closed]->setEntries(d.closed);
    m_lists[Created]->setEntries(d.created);
    m_lists[StillThere]->setEntries(d.stillThere);
    m_lists[CameBack]->setEntries(d.cameBack);
    m_listTabs->setTabText(Closed, tr("Closed since the baseline (%1)").arg(d.closed.size()));
    m_listTabs->setTabText(Created, tr("Rebound: created after the baseline (%1)").arg(d.created.size()));
    m_listTabs->setTabText(StillThere, tr("Rebound: planned to leave, still active (%1)").arg(d.stillThere.size()));
    m_listTabs->setTabText(CameBack, tr("Rebound: gone and came back (%1)").arg(d.cameBack.size()));
    if (hasDiff()) {
        const SnapshotCounts &first = d.counts.front();
        const SnapshotCounts &last = d.counts.back();
        m_summary->setText(tr("From the baseline \"%1\" (%2 items) to \"%3\" (%4 items): %5 closed, %6 rebound.")
                               .arg(snapshotLabel(first.label, m_load.snapshots.front().id))
                               .arg(first.counts.total())
                               .arg(snapshotLabel(last.label, m_load.snapshots.back().id))
                               .arg(last.counts.total())
                               .arg(d.closed.size()).arg(d.reboundCount()));
    } else {
        m_summary->clear();
    }
    drawChart();
    m_stack->setCurrentIndex(hasDiff() ? 1 : 0);
}

void ProgressView::drawChart()
{
    QCustomPlot *plot = m_chart;
    plot->clearPlottables();
    plot->clearItems();
    if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0)))
        title->setText(tr("Items per kind over the snapshots"));
    const std::vector<SnapshotCounts> &counts = m_load.diff.counts;
    double top = 1;
    for (int s = 0; s <= kKindCount; ++s) {
        auto *graph = new QCPGraph(plot->xAxis, plot->yAxis);
        graph->setName(s < kKindCount ? kindLabel(Kind(s)) : tr("Total"));
        QPen pen(kSeriesColors[std::size_t(s)], s < kKindCount ? 2 : 2.5);
        if (s == kKindCount)
            pen.setStyle(Qt::DashLine);
        graph->setPen(pen);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kSeriesColors[std::size_t(s)], 7));
        for (std::size_t i = 0; i < counts.size(); ++i) {
            const int v = s < kKindCount ? counts[i].counts.perKind[std::size_t(s)] : counts[i].counts.total();
            graph->addData(double(i) + 1, v);
            top = std::max(top, double(v));
            auto *label = new QCPItemText(plot);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->position->setCoords(double(i) + 1, v);
            label->setPadding(QMargins(0, 0, 0, 4));
            label->setText(QString::number(v));
            label->setColor(kSeriesColors[std::size_t(s)].darker(120));
        }
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t i = 0; i < counts.size(); ++i)
        ticker->addTick(double(i) + 1, snapshotLabel(counts[i].label, i < m_load.snapshots.size() ? m_load.snapshots[i].id : 0));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.6, std::max<double>(2, double(counts.size())) + 0.4);
    plot->xAxis->setTickLabelFont(font());
    plot->yAxis->setRange(0, top * 1.2 + 1);
    plot->yAxis->setLabel(tr("Items"));
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(font().family(), 8));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ProgressView::saveChart(const QString &path) const
{
    return chartfile::save(*m_chart, path);
}

void ProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_countsModel->retranslate();
        for (DiffEntryModel *m : m_lists)
            m->retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace slimplan
