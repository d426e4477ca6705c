// qcustomplot.h uses Qt's foreach, which the project switches off (QT_NO_FOREACH); it is included
// first, before any Qt header, so that the macro exists for it.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "charts/chartspanel.h"

#include "actioncolors.h"
#include "document.h"
#include "charts/chartfile.h"
#include "charts/chartstyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QHash>

#include <algorithm>

namespace slimplan {

namespace {
using chartstyle::kAfterColor;
using chartstyle::kBeforeColor;
using chartstyle::kReferenceColor;
using chartstyle::textTicker;

QString pct(double v) { return chartstyle::reductionLabel(v); }

QCPBars *makeBars(QCustomPlot *plot, const QString &name, const QColor &color)
{
    return chartstyle::addBars(plot->xAxis, plot->yAxis, name, color, 0.38);
}

// `raise`: pixels above the point, to stack a label over another one.
void addLabel(QCustomPlot *plot, double x, double y, const QString &text, bool bold = false, int raise = 0)
{
    auto *label = chartstyle::addText(plot, text, Qt::AlignHCenter | Qt::AlignBottom, 8.5, bold);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(x, y);
    label->setPadding(QMargins(0, 0, 0, 2 + raise));
}
} // namespace

ChartsPanel::ChartsPanel(Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(6);
    for (int c = 0; c < ChartCount; ++c) {
        auto *plot = chartstyle::makeSavablePlot(this, QSize(320, 220), [this, c] { saveChartInteractively(Chart(c)); });
        m_plots[std::size_t(c)] = plot;
        grid->addWidget(plot, c / 2, c % 2);
    }
    connect(&document, &Document::planChanged, this, &ChartsPanel::refresh);
    connect(&document, &Document::inventoryReplaced, this, &ChartsPanel::refresh);
    refresh();
}

void ChartsPanel::setupPlot(QCustomPlot *plot, const QString &title)
{
    chartstyle::resetPlot(plot, title, font());
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->xAxis->grid()->setVisible(false);
}

void ChartsPanel::refresh()
{
    const PlanSummary &s = m_document.plan().summary;
    drawKinds(s);
    drawLevels(s);
    drawOwners();
    drawReference(s);
    for (QCustomPlot *p : m_plots)
        p->replot(QCustomPlot::rpQueuedReplot);
}

void ChartsPanel::drawKinds(const PlanSummary &s)
{
    QCustomPlot *plot = m_plots[KindChart];
    setupPlot(plot, tr("Before and after, by kind"));
    const QStringList labels{kindLabel(Kind::App), kindLabel(Kind::Account), kindLabel(Kind::Group), tr("Total")};
    m_before = makeBars(plot, tr("Before"), kBeforeColor);
    m_after = makeBars(plot, tr("After"), kAfterColor);
    m_reductionLabels.clear();
    double top = 1;
    for (int k = 0; k < 4; ++k) {
        const double b = k < 3 ? s.before.perKind[std::size_t(k)] : s.before.total();
        const double a = k < 3 ? s.after.perKind[std::size_t(k)] : s.after.total();
        const double r = k < 3 ? s.reductionPct[std::size_t(k)] : s.reductionPctTotal;
        m_before->addData(k + 1 - 0.19, b);
        m_after->addData(k + 1 + 0.19, a);
        m_reductionLabels << pct(r);
        top = std::max(top, b);
    }
    for (int k = 0; k < 4; ++k) {
        const double b = k < 3 ? s.before.perKind[std::size_t(k)] : s.before.total();
        const double a = k < 3 ? s.after.perKind[std::size_t(k)] : s.after.total();
        addLabel(plot, k + 1 - 0.19, b, QString::number(b));
        addLabel(plot, k + 1 + 0.19, a, QString::number(a));
        // The reduction sits over the pair, above the taller (before) bar's count.
        addLabel(plot, k + 1, std::max(a, b), m_reductionLabels.at(k), true, 16);
    }
    plot->xAxis->setTicker(textTicker(labels));
    plot->xAxis->setRange(0.4, 4.6);
    plot->yAxis->setRange(0, top * 1.3);
    plot->yAxis->setLabel(tr("Items"));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void ChartsPanel::drawLevels(const PlanSummary &s)
{
    QCustomPlot *plot = m_plots[LevelChart];
    setupPlot(plot, tr("Before and after, by level"));
    QStringList labels;
    std::vector<int> levels;
    for (int l = 0; l <= kLevelCount; ++l) {
        if (s.beforeByLevel[std::size_t(l)].total() == 0)
            continue;
        levels.push_back(l);
        labels << (l < kLevelCount ? levelLabel(Level(l)) : tr("Unknown"));
    }
    auto *before = makeBars(plot, tr("Before"), kBeforeColor);
    auto *after = makeBars(plot, tr("After"), kAfterColor);
    double top = 1;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const double b = s.beforeByLevel[std::size_t(levels[i])].total();
        const double a = s.afterByLevel[std::size_t(levels[i])].total();
        before->addData(double(i) + 1 - 0.19, b);
        after->addData(double(i) + 1 + 0.19, a);
        addLabel(plot, double(i) + 1, std::max(a, b), b > 0 ? pct(100.0 * (b - a) / b) : QString(), true);
        top = std::max(top, b);
    }
    plot->xAxis->setTicker(textTicker(labels));
    plot->xAxis->setRange(0.4, std::max<double>(1, double(levels.size())) + 0.6);
    plot->yAxis->setRange(0, top * 1.25);
    plot->yAxis->setLabel(tr("Items"));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void ChartsPanel::drawOwners()
{
    QCustomPlot *plot = m_plots[OwnerChart];
    setupPlot(plot, tr("Owners with the most items"));
    const Inventory &inv = m_document.inventory();
    const auto &decisions = m_document.plan().decisions;
    QHash<QString, std::pair<int, int>> counts; // owner -> (before, after)
    for (int r = 0; r < inv.size(); ++r) {
        auto &c = counts[inv.at(r).owner];
        ++c.first;
        if (std::size_t(r) < decisions.size() && !leavesCount(decisions[std::size_t(r)].action))
            ++c.second;
    }
    std::vector<std::pair<QString, std::pair<int, int>>> sorted;
    sorted.reserve(std::size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.emplace_back(it.key(), it.value());
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second.first != b.second.first ? a.second.first > b.second.first : a.first < b.first;
    });
    if (sorted.size() > 10)
        sorted.resize(10);
    // Horizontal bars, the biggest on top.
    auto *before = chartstyle::addBars(plot->yAxis, plot->xAxis, tr("Before"), kBeforeColor, 0.36);
    auto *after = chartstyle::addBars(plot->yAxis, plot->xAxis, tr("After"), kAfterColor, 0.36);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double top = 1;
    const int n = int(sorted.size());
    for (int i = 0; i < n; ++i) {
        const double y = n - i;
        QString owner = sorted[std::size_t(i)].first;
        if (owner.size() > 16)
            owner = owner.left(15) + QChar(0x2026);
        ticker->addTick(y, owner.isEmpty() ? tr("(no owner)") : owner);
        before->addData(y + 0.19, sorted[std::size_t(i)].second.first);
        after->addData(y - 0.19, sorted[std::size_t(i)].second.second);
        top = std::max(top, double(sorted[std::size_t(i)].second.first));
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.4, n + 0.6);
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    plot->xAxis->setRange(0, top * 1.1);
    plot->xAxis->setLabel(tr("Items"));
    plot->yAxis->setLabel(QString());
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

void ChartsPanel::drawReference(const PlanSummary &s)
{
    QCustomPlot *plot = m_plots[ReferenceChart];
    setupPlot(plot, tr("Reduction: this plan and Sichuan's published figures"));
    const QStringList labels{kindLabel(Kind::App), kindLabel(Kind::Account), kindLabel(Kind::Group), tr("Total")};
    auto *ours = makeBars(plot, tr("This plan"), kAfterColor);
    auto *sichuan = makeBars(plot, tr("Sichuan 2024–2025"), kReferenceColor);
    double top = 25;
    for (int k = 0; k < 4; ++k) {
        const double r = k < 3 ? s.reductionPct[std::size_t(k)] : s.reductionPctTotal;
        ours->addData(k + 1 - 0.19, r);
        sichuan->addData(k + 1 + 0.19, kReferenceReduction[std::size_t(k)]);
        addLabel(plot, k + 1 - 0.19, r, pct(r));
        addLabel(plot, k + 1 + 0.19, kReferenceReduction[std::size_t(k)], pct(kReferenceReduction[std::size_t(k)]));
        top = std::max(top, r);
    }
    plot->xAxis->setTicker(textTicker(labels));
    plot->xAxis->setRange(0.4, 4.6);
    plot->yAxis->setRange(0, top * 1.3);
    plot->yAxis->setLabel(tr("Reduction (%)"));
}

std::array<double, 4> ChartsPanel::beforeValues() const
{
    std::array<double, 4> v{};
    if (m_before)
        for (int i = 0; i < 4 && i < m_before->data()->size(); ++i)
            v[std::size_t(i)] = m_before->data()->at(i)->value;
    return v;
}

std::array<double, 4> ChartsPanel::afterValues() const
{
    std::array<double, 4> v{};
    if (m_after)
        for (int i = 0; i < 4 && i < m_after->data()->size(); ++i)
            v[std::size_t(i)] = m_after->data()->at(i)->value;
    return v;
}

QStringList ChartsPanel::reductionLabels() const
{
    return m_reductionLabels;
}

bool ChartsPanel::saveChart(Chart chart, const QString &path) const
{
    return chartfile::save(*m_plots[std::size_t(chart)], path);
}

void ChartsPanel::saveChartInteractively(Chart chart)
{
    chartfile::saveInteractively(this, *m_plots[std::size_t(chart)]);
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace slimplan
