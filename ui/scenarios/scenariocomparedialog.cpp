#include <qcustomplot.h>

#include "scenarios/scenariocomparedialog.h"

#include "store/projectstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slimplan {

namespace {

const QString kBaseline = QStringLiteral("baseline");

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem *number(int n)
{
    QTableWidgetItem *item = cell(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(const ProjectStore &store, const Inventory &inventory,
                                             const QDate &asOf, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_inventory(inventory)
    , m_asOf(asOf)
    , m_a(new QComboBox(this))
    , m_b(new QComboBox(this))
    , m_cost(new QLabel(this))
    , m_summary(new QTableWidget(this))
    , m_changes(new QTableWidget(this))
    , m_chart(new QCustomPlot(this))
{
    setWindowTitle(tr("Compare Scenarios"));
    m_a->setObjectName(QStringLiteral("scenarioCompareA"));
    m_b->setObjectName(QStringLiteral("scenarioCompareB"));
    m_cost->setObjectName(QStringLiteral("scenarioCompareCost"));
    m_summary->setObjectName(QStringLiteral("scenarioCompareSummary"));
    m_changes->setObjectName(QStringLiteral("scenarioCompareChanges"));
    m_chart->setObjectName(QStringLiteral("scenarioCompareChart"));
    for (QComboBox *box : {m_a, m_b}) {
        box->addItem(tr("Baseline plan"), kBaseline);
        for (const ScenarioInfo &s : store.scenarios())
            box->addItem(s.name, s.name);
    }
    if (m_b->count() > 1)
        m_b->setCurrentIndex(1);
    connect(m_a, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::recompute);
    connect(m_b, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::recompute);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Compare"), this));
    pick->addWidget(m_a, 1);
    pick->addWidget(new QLabel(tr("with"), this));
    pick->addWidget(m_b, 1);
    m_summary->verticalHeader()->hide();
    m_changes->verticalHeader()->hide();
    m_changes->setSortingEnabled(false);
    m_chart->setMinimumHeight(220);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, split);
    top->addWidget(m_summary);
    top->addWidget(m_chart);
    split->addWidget(top);
    split->addWidget(m_changes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_cost);
    layout->addWidget(split, 1);
    resize(960, 720);
    recompute();
}

void ScenarioCompareDialog::compare(const QString &a, const QString &b)
{
    const int ia = m_a->findData(ProjectStore::isBaselineName(a) ? kBaseline : a);
    const int ib = m_b->findData(ProjectStore::isBaselineName(b) ? kBaseline : b);
    QSignalBlocker blockA(m_a), blockB(m_b);
    if (ia >= 0)
        m_a->setCurrentIndex(ia);
    if (ib >= 0)
        m_b->setCurrentIndex(ib);
    recompute();
}

void ScenarioCompareDialog::recompute()
{
    QString error;
    m_comparison = compareScenarios(m_store, m_inventory, m_a->currentData().toString(),
                                    m_b->currentData().toString(), m_asOf, &error);
    if (!m_comparison) {
        m_cost->setText(tr("The scenarios cannot be compared: %1").arg(error));
        m_summary->setRowCount(0);
        m_changes->setRowCount(0);
        m_chart->clearPlottables();
        m_chart->replot();
        return;
    }
    const PlanSummary &sa = m_comparison->planA.summary;
    const PlanSummary &sb = m_comparison->planB.summary;
    const QLocale locale;
    m_cost->setText(tr("Annual cost saved: %1 (10k CNY) under %2, %3 (10k CNY) under %4; %n item(s) decided differently.",
                       nullptr, int(m_comparison->changed.size()))
                        .arg(locale.toString(sa.annualCostSaved, 'f', 1), m_a->currentText(),
                             locale.toString(sb.annualCostSaved, 'f', 1), m_b->currentText()));
    fillSummary();
    fillChanges();
    fillChart();
}

void ScenarioCompareDialog::fillSummary()
{
    const PlanSummary &sa = m_comparison->planA.summary;
    const PlanSummary &sb = m_comparison->planB.summary;
    m_summary->clear();
    m_summary->setColumnCount(4);
    m_summary->setHorizontalHeaderLabels(
        {tr("Counted"), tr("Before"), tr("After: %1").arg(m_a->currentText()), tr("After: %1").arg(m_b->currentText())});
    m_summary->setRowCount(kKindCount + 1 + kLevelCount + 1);
    int r = 0;
    const auto put = [this, &r](const QString &label, int before, int a, int b) {
        m_summary->setItem(r, 0, cell(label));
        m_summary->setItem(r, 1, number(before));
        m_summary->setItem(r, 2, number(a));
        m_summary->setItem(r, 3, number(b));
        ++r;
    };
    for (int k = 0; k < kKindCount; ++k)
        put(kindLabel(Kind(k)), sa.before.perKind[std::size_t(k)], sa.after.perKind[std::size_t(k)],
            sb.after.perKind[std::size_t(k)]);
    put(tr("All kinds"), sa.before.total(), sa.after.total(), sb.after.total());
    for (int l = 0; l <= kLevelCount; ++l) {
        const std::size_t i = std::size_t(l);
        put(l < kLevelCount ? levelLabel(Level(l)) : tr("Level unknown"), sa.beforeByLevel[i].total(),
            sa.afterByLevel[i].total(), sb.afterByLevel[i].total());
    }
    m_summary->resizeColumnsToContents();
}

void ScenarioCompareDialog::fillChanges()
{
    m_changes->clear();
    m_changes->setColumnCount(4);
    m_changes->setHorizontalHeaderLabels({tr("ID"), tr("Name"), m_a->currentText(), m_b->currentText()});
    m_changes->setRowCount(int(m_comparison->changed.size()));
    const auto actionText = [](Action a, const QString &target) {
        return target.isEmpty() ? actionLabel(a) : tr("%1 → %2").arg(actionLabel(a), target);
    };
    int r = 0;
    for (const ScenarioChange &c : m_comparison->changed) {
        const QString name = c.row >= 0 && c.row < m_inventory.size() ? m_inventory.at(c.row).name : QString();
        m_changes->setItem(r, 0, cell(c.id));
        m_changes->setItem(r, 1, cell(name));
        m_changes->setItem(r, 2, cell(actionText(c.a, c.targetA)));
        m_changes->setItem(r, 3, cell(actionText(c.b, c.targetB)));
        ++r;
    }
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->resizeColumnsToContents();
}

void ScenarioCompareDialog::fillChart()
{
    // Per kind: before, after A, after B as three bars side by side.
    m_chart->clearPlottables();
    const PlanSummary &sa = m_comparison->planA.summary;
    const PlanSummary &sb = m_comparison->planB.summary;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> ticks;
    for (int k = 0; k < kKindCount; ++k) {
        ticks << k + 1;
        ticker->addTick(k + 1, kindLabel(Kind(k)));
    }
    m_chart->xAxis->setTicker(ticker);
    const std::array<const KindCounts *, 3> counts{&sa.before, &sa.after, &sb.after};
    const std::array<QString, 3> names{tr("Before"), m_a->currentText(), m_b->currentText()};
    const std::array<QColor, 3> colors{QColor(0x9e, 0x9e, 0x9e), QColor(0x1f, 0x6f, 0xb5), QColor(0xd9, 0x82, 0x1e)};
    auto *group = new QCPBarsGroup(m_chart);
    double top = 1;
    for (std::size_t s = 0; s < counts.size(); ++s) {
        auto *bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
        bars->setName(names[s]);
        bars->setBrush(colors[s]);
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.25);
        bars->setBarsGroup(group);
        QVector<double> values;
        for (int k = 0; k < kKindCount; ++k) {
            values << counts[s]->perKind[std::size_t(k)];
            top = std::max(top, values.back());
        }
        bars->setData(ticks, values);
    }
    m_chart->xAxis->setRange(0.4, kKindCount + 0.6);
    m_chart->yAxis->setRange(0, top * 1.1);
    m_chart->legend->setVisible(true);
    m_chart->replot();
}

} // namespace slimplan
