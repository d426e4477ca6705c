#include "views/overlappanel.h"

#include "actioncolors.h"
#include "document.h"
#include "models/familyfilterproxy.h"
#include "models/familymodel.h"
#include "views/graphview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace slimplan {

namespace {
// The widgets one above the other, tight; `stretch` takes the height left.
QWidget *stacked(QWidget *parent, std::initializer_list<QWidget *> widgets, QWidget *stretch)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *w : widgets)
        layout->addWidget(w, w == stretch ? 1 : 0);
    return box;
}
} // namespace

OverlapPanel::OverlapPanel(Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    // The graph first: it hears the document's signals before the model does, so that when the
    // model is rebuilt the graph already shows the new state.
    , m_graph(new GraphView(document, this))
    , m_model(new FamilyModel(document, this))
    , m_proxy(new FamilyFilterProxy(this))
    , m_splitter(new QSplitter(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_caption(new QLabel(this))
    , m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("OverlapPanel"));
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("FamilyTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FamilyModel::SurvivorColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FamilyModel::SizeColumn, Qt::DescendingOrder);
    m_filter->setObjectName(QStringLiteral("FamilyFilter"));
    m_filter->setClearButtonEnabled(true);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legend->setWordWrap(true);
    m_graph->setObjectName(QStringLiteral("OverlapGraph"));

    m_splitter->addWidget(stacked(m_splitter, {m_filter, m_table}, m_table));
    m_splitter->addWidget(stacked(m_splitter, {m_caption, m_graph, m_legend}, m_graph));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_splitter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_graph);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FamilyFilterProxy::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OverlapPanel::onFamilyChosen);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OverlapPanel::onModelReset);
    connect(m_graph, &GraphView::captionChanged, m_caption, &QLabel::setText);
    connect(m_graph, &GraphView::itemClicked, this, [this](int row) {
        m_clickedInGraph = row;
        showItem(row);
        emit itemClicked(row);
        m_clickedInGraph = -1;
    });
    retranslate();
    onModelReset();
}

int OverlapPanel::currentFamily() const
{
    const QModelIndex cur = m_table->currentIndex();
    return cur.isValid() ? m_proxy->mapToSource(cur).row() : -1;
}

void OverlapPanel::selectFamily(int family)
{
    const bool was = m_syncing;
    m_syncing = true;
    int proxyRow = m_proxy->proxyRowOf(family);
    if (family >= 0 && proxyRow < 0 && !m_proxy->text().isEmpty()) {
        // The family asked for is hidden by the filter text: show it rather than nothing.
        m_filter->clear();
        proxyRow = m_proxy->proxyRowOf(family);
    }
    if (proxyRow >= 0) {
        const QModelIndex index = m_proxy->index(proxyRow, FamilyModel::SurvivorColumn);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
    m_syncing = was;
}

void OverlapPanel::showItem(int row)
{
    if (row < 0 || row >= m_document.rowCount())
        return;
    const int family = m_model->familyOfRow(row);
    selectFamily(family);
    // Already drawn where it belongs: only move the highlight, the picture stays.
    const bool inPlace = m_graph->isShown(row)
                         && ((family >= 0 && m_graph->shownFamily() == family) || row == m_clickedInGraph);
    if (inPlace)
        m_graph->highlight(row);
    else
        m_graph->showAround(row);
}

void OverlapPanel::setRegionFilter(const QString &prefix)
{
    m_proxy->setRegionPrefix(prefix);
    // The graph follows the list unless what it shows is still listed.
    const int shown = m_graph->shownFamily();
    if (shown >= 0 && m_proxy->proxyRowOf(shown) >= 0) {
        selectFamily(shown);
        return;
    }
    showLargest();
}

void OverlapPanel::onFamilyChosen()
{
    if (m_syncing)
        return;
    const int family = currentFamily();
    if (family < 0)
        return;
    m_graph->showFamily(family);
    const int survivor = m_model->survivorOf(family);
    if (survivor >= 0) {
        m_graph->highlight(survivor);
        emit itemClicked(survivor);
    }
}

void OverlapPanel::onModelReset()
{
    // The graph has redrawn what it showed (or cleared on a new document): the list follows it.
    const int row = m_graph->highlightedRow() >= 0 ? m_graph->highlightedRow() : m_graph->centreRow();
    if (row >= 0) {
        selectFamily(m_model->familyOfRow(row));
        return;
    }
    showLargest();
}

void OverlapPanel::showLargest()
{
    // The top of the list as sorted (largest first by default), not a region-wide picture.
    if (m_proxy->rowCount() == 0) {
        m_table->selectionModel()->clear();
        m_graph->clear();
        return;
    }
    const int family = m_proxy->mapToSource(m_proxy->index(0, 0)).row();
    selectFamily(family);
    m_graph->showFamily(family);
}

void OverlapPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter families by name or owner"));
    m_table->setToolTip(tr("Merge families: select one to see it in the graph"));
    QString legend;
    for (int a = 0; a < kActionCount; ++a)
        legend += QStringLiteral("<span style='color:%1'>■</span>&nbsp;%2 &nbsp;")
                      .arg(actionColor(Action(a)).name(), actionLabel(Action(a)));
    legend += QStringLiteral("<br>●&nbsp;%1 &nbsp; ■&nbsp;%2 &nbsp; ▲&nbsp;%3 &nbsp; ★&nbsp;%4 &nbsp; —&nbsp;%5 &nbsp; ┅&nbsp;%6")
                  .arg(kindLabel(Kind::App), kindLabel(Kind::Account), kindLabel(Kind::Group), tr("survivor"),
                       tr("line width = overlap"), tr("same family by rule"));
    m_legend->setText(legend);
    // When the legend is hidden for room, the caption still tells it on hover.
    m_caption->setToolTip(legend);
    m_model->retranslate();
}

void OverlapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverlapPanel::resizeEvent(QResizeEvent *event)
{
    // Beside each other when the dock is wide, one above the other when it is tall.
    const Qt::Orientation o = width() >= height() * 1.1 ? Qt::Horizontal : Qt::Vertical;
    if (o != m_splitter->orientation() || !m_splitterSized) {
        m_splitter->setOrientation(o);
        // Side by side the list takes two fifths; stacked, a short list over a tall graph.
        const int total = o == Qt::Horizontal ? width() : height();
        m_splitter->setSizes(o == Qt::Horizontal ? QList<int>{total * 2 / 5, total * 3 / 5}
                                                 : QList<int>{total / 4, total * 3 / 4});
        m_splitterSized = true;
    }
    // A short dock (1366×768 with the details above) needs every line for the graph.
    m_legend->setVisible(height() >= kLegendMinHeight);
    QWidget::resizeEvent(event);
}

} // namespace slimplan
