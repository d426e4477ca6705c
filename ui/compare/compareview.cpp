// qcustomplot.h uses Qt's foreach, which the project switches off (QT_NO_FOREACH); it is included
// first, before any Qt header, so that the macro exists for it.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "compare/compareview.h"

#include "compare/comparemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace slimplan {

namespace {
const std::array<QColor, kKindCount + 1> kSeriesColors{
    QColor(0x2f, 0x6f, 0xd6), QColor(0x3f, 0xa7, 0x6b), QColor(0x8e, 0x5c, 0xc9),
    QColor(0x44, 0x4c, 0x56)};
const QColor kReferenceColor(0xd6, 0x8a, 0x2f);
} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CompareModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_chart(new QCustomPlot(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order given until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_chart->setMinimumHeight(240);
    m_chart->plotLayout()->insertRow(0);
    m_chart->plotLayout()->addElement(
        0, 0, new QCPTextElement(m_chart, tr("Planned reduction per region"),
                                 QFont(font().family(), 11, QFont::Bold)));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    drawChart();
}

void CompareView::setRows(std::vector<RegionRow> rows)
{
    m_model->setRows(std::move(rows));
    drawChart();
}

void CompareView::drawChart()
{
    QCustomPlot *plot = m_chart;
    plot->clearPlottables();
    plot->clearItems();

    const std::vector<RegionRow> &rows = m_model->rows();
    const int series = kKindCount + 1;
    const double groupWidth = 0.8;
    const double barWidth = groupWidth / series;

    double top = kReferenceReductionPct;
    for (int s = 0; s < series; ++s) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(s < kKindCount ? kindLabel(static_cast<Kind>(s)) : tr("Total"));
        const QColor color = kSeriesColors[static_cast<std::size_t>(s)];
        bars->setPen(QPen(color.darker(130)));
        bars->setBrush(color);
        bars->setWidth(barWidth);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const double v = s < kKindCount ? rows[r].reductionPct[static_cast<std::size_t>(s)]
                                            : rows[r].reductionPctTotal;
            const double offset = (s - (series - 1) / 2.0) * barWidth;
            bars->addData(static_cast<double>(r) + 1 + offset, v);
            top = std::max(top, v);
        }
    }

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const QString name = rows[r].name.isEmpty() ? rows[r].code : rows[r].name;
        ticker->addTick(static_cast<double>(r) + 1, name.isEmpty() ? tr("unknown") : name);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.4, static_cast<double>(rows.size()) + 0.6);
    plot->yAxis->setLabel(tr("Reduction (%)"));
    plot->yAxis->setRange(0, top * 1.15 + 1);

    // Sichuan's published reduction as a horizontal line across the chart.
    auto *line = new QCPItemStraightLine(plot);
    line->point1->setCoords(0, kReferenceReductionPct);
    line->point2->setCoords(1, kReferenceReductionPct);
    QPen pen(kReferenceColor, 2, Qt::DashLine);
    line->setPen(pen);
    auto *label = new QCPItemText(plot);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(0.01, kReferenceReductionPct);
    label->setText(tr("Sichuan reference −14 %"));
    label->setColor(kReferenceColor.darker(120));

    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->replot();
}

} // namespace slimplan
