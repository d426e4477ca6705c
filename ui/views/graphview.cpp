#include "views/graphview.h"

#include "document.h"
#include "models/familylookup.h"
#include "overlap/graphlayout.h"
#include "overlap/overlap.h"
#include "util/i18n.h"
#include "views/familylinks.h"
#include "views/graphnode.h"
#include "views/overlapcard.h"
#include "views/overlapedgeitem.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QSet>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace slimplan {

GraphView::GraphView(Document &document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    // The graph is laid out to the pane: scroll bars would only take room (dragging still pans).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    setMinimumSize(160, 120);
    connect(&document, &Document::inventoryReplaced, this, [this] {
        m_mode = Mode::Nothing;
        m_aroundRow = -1;
        m_regionPrefix.clear();
        clear();
    });
    connect(&document, &Document::overlapChanged, this, &GraphView::redo);
    connect(&document, &Document::decisionsChanged, this, [this](const QList<int> &rows) {
        // Every row: a re-plan, the families may differ.
        if (rows.isEmpty()) {
            redo();
            return;
        }
        const auto &decisions = m_document.plan().decisions;
        for (int r : rows) {
            if (GraphNode *node = m_nodes.value(r); node && std::size_t(r) < decisions.size())
                node->setAction(decisions[std::size_t(r)].action);
        }
        refreshCaption();
    });
    clear();
}

void GraphView::showAround(int row)
{
    if (row < 0 || row >= m_document.rowCount())
        return;
    m_mode = Mode::Around;
    m_aroundRow = row;
    const FamilyRef ref = FamilyLookup::ofRow(m_document, row);
    if (ref.isValid())
        showFamilyRef(ref, row);
    else
        showNeighbours(row);
    highlight(row);
}

void GraphView::showFamily(int family)
{
    const FamilyRef ref = FamilyLookup::at(m_document, family);
    if (!ref.isValid())
        return;
    m_mode = Mode::Family;
    showFamilyRef(ref, -1);
    m_aroundRow = m_centre;
}

void GraphView::showRegion(const QString &prefix)
{
    m_mode = Mode::Region;
    m_regionPrefix = prefix;
    const Inventory &inv = m_document.inventory();
    int best = -1;
    std::size_t bestSize = 0;
    const int n = FamilyLookup::count(m_document);
    for (int f = 0; f < n; ++f) {
        const FamilyRef ref = FamilyLookup::at(m_document, f);
        if (!ref.isValid() || ref.members->size() <= bestSize || ref.survivor < 0)
            continue;
        if (!prefix.isEmpty() && !inv.at(ref.survivor).region.startsWith(prefix))
            continue;
        best = f;
        bestSize = ref.members->size();
    }
    if (best < 0) {
        clear();
        m_mode = Mode::Region;
        setHint(m_document.isEmpty() ? QString()
                                     : tr("No merge families here. Select an item to see what it overlaps with."));
        return;
    }
    showFamilyRef(FamilyLookup::at(m_document, best), -1);
}

void GraphView::showFamilyRef(const FamilyRef &ref, int keepRow)
{
    const int n = m_document.rowCount();
    std::vector<int> rows;
    rows.reserve(ref.members->size());
    for (int m : *ref.members) {
        if (m >= 0 && m < n)
            rows.push_back(m);
    }
    if (rows.empty()) {
        clear();
        return;
    }
    const int centre = std::find(rows.begin(), rows.end(), ref.survivor) != rows.end() ? ref.survivor : rows.front();
    if (int(rows.size()) > kMaxNodes) {
        // The members closest to the survivor, and the row asked for.
        QHash<int, double> score;
        const OverlapResult &ov = m_document.overlap();
        for (int e : m_document.edgesOf(centre)) {
            const OverlapEdge &edge = ov.edges[std::size_t(e)];
            score.insert(edge.a == centre ? edge.b : edge.a, edge.score);
        }
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const auto rank = [&](int r) { return r == centre || r == keepRow ? 2.0 : score.value(r, 0.0); };
            return rank(a) > rank(b);
        });
        rows.resize(kMaxNodes);
    }
    m_family = ref.index;
    m_familySize = int(ref.members->size());
    build(std::move(rows), centre, true);
}

void GraphView::showNeighbours(int row)
{
    const OverlapResult &ov = m_document.overlap();
    std::vector<std::pair<float, int>> near;
    for (int e : m_document.edgesOf(row)) {
        const OverlapEdge &edge = ov.edges[std::size_t(e)];
        near.emplace_back(edge.score, edge.a == row ? edge.b : edge.a);
    }
    std::stable_sort(near.begin(), near.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<int> rows{row};
    for (std::size_t i = 0; i < near.size() && int(rows.size()) < kMaxNodes; ++i)
        rows.push_back(near[i].second);
    m_family = -1;
    m_familySize = 0;
    build(std::move(rows), row, false);
}

void GraphView::resetScene()
{
    m_scene->clear();
    m_nodes.clear();
    m_edges.clear();
    m_unit.clear();
    m_hint = nullptr;
    m_highlighted = -1;
}

void GraphView::clear()
{
    resetScene();
    m_centre = -1;
    m_family = -1;
    m_familySize = 0;
    setHint(m_document.isEmpty() ? tr("Open a region to see its merge families here.")
                                 : tr("Select a family in the list or an item in the table to see its overlaps."));
    refreshCaption();
}

void GraphView::setHint(const QString &text)
{
    if (!m_hint) {
        m_hint = m_scene->addText(QString());
        m_hint->setDefaultTextColor(QColor(0x55, 0x55, 0x55));
    }
    m_hint->setPlainText(text);
    m_hint->setVisible(!text.isEmpty());
    QTextOption option = m_hint->document()->defaultTextOption();
    option.setAlignment(Qt::AlignCenter);
    m_hint->document()->setDefaultTextOption(option);
    place();
}

QString GraphView::hintText() const
{
    return m_hint && m_hint->isVisible() ? m_hint->toPlainText() : QString();
}

void GraphView::build(std::vector<int> rows, int centre, bool family)
{
    resetScene();
    m_centre = centre;
    std::vector<OverlapEdge> edges = edgesAmong(rows);
    const std::vector<std::pair<int, int>> ruleLinks
        = family ? ruleLinksOf(rows, edges, centre, kMaxNodes) : std::vector<std::pair<int, int>>();
    for (const auto &[a, b] : ruleLinks) {
        OverlapEdge e;
        e.a = a;
        e.b = b;
        e.score = 0;
        edges.push_back(e); // for the layout only
    }
    for (const LayoutPoint &p : layoutAround(rows, edges, centre))
        m_unit.insert(p.item, QPointF(p.x, p.y));
    edges.resize(edges.size() - ruleLinks.size());
    addEdgeItems(edges, ruleLinks, centre);
    addNodeItems(rows, centre, family);
    m_userZoomed = false;
    resetTransform();
    place();
    refreshCaption();
}

// The overlap edges between the rows, each once.
std::vector<OverlapEdge> GraphView::edgesAmong(const std::vector<int> &rows) const
{
    const QSet<int> inSet(rows.cbegin(), rows.cend());
    const OverlapResult &ov = m_document.overlap();
    std::vector<OverlapEdge> edges;
    for (int r : rows) {
        for (int e : m_document.edgesOf(r)) {
            const OverlapEdge &edge = ov.edges[std::size_t(e)];
            if (edge.a == r && inSet.contains(edge.b))
                edges.push_back(edge);
        }
    }
    return edges;
}

void GraphView::addEdgeItems(const std::vector<OverlapEdge> &edges, const std::vector<std::pair<int, int>> &ruleLinks,
                             int centre)
{
    for (const OverlapEdge &e : edges) {
        auto *line = new OverlapEdgeItem(e.a, e.b, std::clamp(double(e.score), 0.0, 1.0), e.a == centre || e.b == centre);
        m_scene->addItem(line);
        m_edges.push_back(line);
    }
    for (const auto &[a, b] : ruleLinks) {
        auto *line = new OverlapEdgeItem(a, b, -1.0, true);
        m_scene->addItem(line);
        m_edges.push_back(line);
    }
}

void GraphView::addNodeItems(const std::vector<int> &rows, int centre, bool family)
{
    const QFont labelFont = font();
    const double fontPx = QFontMetricsF(labelFont).height();
    const double radius = std::max(9.0, fontPx * 0.75);
    const bool allLabels = int(rows.size()) <= kMaxLabels;
    const auto &decisions = m_document.plan().decisions;
    // The caption and cards say the prefix left out of the labels.
    m_sharedPrefix = sharedNamePrefix(m_document.inventory(), rows);
    for (int r : rows) {
        const Item &it = m_document.inventory().at(r);
        const Action a = std::size_t(r) < decisions.size() ? decisions[std::size_t(r)].action : Action::Keep;
        auto *node = new GraphNode(r, it.kind, a, radius);
        node->setSurvivor(family && r == centre);
        if (allLabels || r == centre)
            node->setLabel(GraphNode::elide(it.name, m_sharedPrefix), labelFont);
        m_scene->addItem(node);
        m_nodes.insert(r, node);
    }
}

void GraphView::place()
{
    const QSize vs = viewport()->size();
    const double w = std::max(vs.width(), 60), h = std::max(vs.height(), 60);
    if (!m_userZoomed) {
        m_scene->setSceneRect(0, 0, w, h);
        resetTransform();
    }
    if (m_hint) {
        m_hint->setTextWidth(std::max(40.0, w - 40));
        const QRectF b = m_hint->boundingRect();
        m_hint->setPos((w - b.width()) / 2, (h - b.height()) / 2);
    }
    if (m_nodes.isEmpty() || m_userZoomed)
        return;
    // Room for the nodes and their labels inside the pane.
    double halfLabel = 0, labelHeight = 0, radius = 0;
    for (const GraphNode *node : std::as_const(m_nodes)) {
        // The label counts even when hidden: hiding must not change where the nodes go.
        const QRectF b = node->boundingRect().united(node->labelRect());
        halfLabel = std::max(halfLabel, std::max(-b.left(), b.right()));
        labelHeight = std::max(labelHeight, b.bottom());
        radius = std::max(radius, -b.top());
    }
    const double mx = std::min(halfLabel + 4, w * 0.2);
    const double top = std::min(radius + 4, h * 0.2);
    const double bottom = std::min(labelHeight + 4, h * 0.3);
    const QRectF area(mx, top, std::max(1.0, w - 2 * mx), std::max(1.0, h - top - bottom));
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const QPointF u = m_unit.value(it.key(), QPointF(0.5, 0.5));
        it.value()->setPos(area.left() + u.x() * area.width(), area.top() + u.y() * area.height());
    }
    for (OverlapEdgeItem *e : m_edges) {
        const GraphNode *na = m_nodes.value(e->a()), *nb = m_nodes.value(e->b());
        if (na && nb)
            e->setEnds(na->pos(), nb->pos());
    }
    hideCoveringLabels();
}

void GraphView::hideCoveringLabels()
{
    // Labels that would cover one already placed, or a node, stay hidden (hover shows the
    // name): the selected item and the centre first, then the plan's order. At most kMaxLabels
    // labels, so the pairwise check stays small.
    std::vector<GraphNode *> order;
    order.reserve(std::size_t(m_nodes.size()));
    for (int r : shownRows()) {
        if (!m_nodes.value(r)->label().isEmpty())
            order.push_back(m_nodes.value(r));
    }
    std::stable_sort(order.begin(), order.end(), [this](const GraphNode *a, const GraphNode *b) {
        const auto rank = [this](const GraphNode *n) { return n->row() == m_highlighted ? 0 : n->row() == m_centre ? 1 : 2; };
        return rank(a) < rank(b);
    });
    std::vector<QRectF> kept;
    for (GraphNode *node : order) {
        const QRectF box = node->labelRect().translated(node->pos()).adjusted(1, 0, -1, 0);
        bool free = true;
        for (const QRectF &k : kept)
            free = free && !k.intersects(box);
        for (auto it = m_nodes.cbegin(); free && it != m_nodes.cend(); ++it) {
            const double r = it.value()->radius();
            free = it.value() == node || !box.intersects(QRectF(it.value()->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        }
        node->setLabelShown(free);
        if (free)
            kept.push_back(box);
    }
}

void GraphView::redo()
{
    switch (m_mode) {
    case Mode::Nothing:
        clear();
        break;
    case Mode::Around:
    case Mode::Family: {
        const int row = m_highlighted >= 0 ? m_highlighted : m_aroundRow;
        if (row < 0 || row >= m_document.rowCount()) {
            clear();
        } else if (m_highlighted >= 0) {
            showAround(row);
        } else if (const FamilyRef ref = FamilyLookup::ofRow(m_document, row); ref.isValid()) {
            // A family shown from the list, nothing selected: it stays so.
            showFamilyRef(ref, -1);
            m_aroundRow = m_centre;
        } else {
            showAround(row);
        }
        break;
    }
    case Mode::Region:
        showRegion(m_regionPrefix);
        break;
    }
}

void GraphView::refreshCaption()
{
    if (m_nodes.isEmpty() || m_centre < 0) {
        setCaption(QString());
        return;
    }
    const QString name = m_document.inventory().at(m_centre).name;
    QString text;
    if (m_family >= 0) {
        const FamilyRef ref = FamilyLookup::at(m_document, m_family);
        int folded = 0;
        const auto &decisions = m_document.plan().decisions;
        if (ref.isValid()) {
            for (int m : *ref.members) {
                if (m != ref.survivor && m >= 0 && std::size_t(m) < decisions.size()
                    && (decisions[std::size_t(m)].action == Action::Merge
                        || decisions[std::size_t(m)].action == Action::Migrate))
                    ++folded;
            }
        }
        text = tr("Family of %1: %n items", nullptr, m_familySize).arg(name) + QStringLiteral(" · ")
             + tr("%n fold into it", nullptr, folded);
        if (m_nodes.size() < m_familySize)
            text += QStringLiteral(" · ") + tr("the %n closest shown", nullptr, int(m_nodes.size()));
    } else {
        text = m_nodes.size() > 1 ? tr("%1 and the %n item(s) it overlaps with", nullptr, int(m_nodes.size()) - 1).arg(name)
                                  : tr("%1 overlaps with no other item").arg(name);
    }
    setCaption(text);
}

QString GraphView::nodeCard(int row) const
{
    const GraphNode *node = m_nodes.value(row);
    return OverlapCard::forItem(m_document, row, node && node->isSurvivor());
}

QString GraphView::edgeCard(const OverlapEdgeItem &edge) const
{
    return edge.isRuleLink() ? OverlapCard::forRuleLink(m_document, edge.a(), edge.b())
                             : OverlapCard::forPair(m_document, edge.a(), edge.b(), edge.score());
}

void GraphView::highlight(int row)
{
    if (GraphNode *old = m_nodes.value(m_highlighted))
        old->setHighlighted(false);
    m_highlighted = -1;
    if (GraphNode *node = m_nodes.value(row)) {
        node->setHighlighted(true);
        m_highlighted = row;
        // A large graph names only some nodes: the selected one always.
        if (node->label().isEmpty())
            node->setLabel(GraphNode::elide(m_document.inventory().at(row).name, m_sharedPrefix), font());
        hideCoveringLabels();
        if (m_userZoomed)
            ensureVisible(node);
    }
}

std::vector<int> GraphView::shownRows() const
{
    std::vector<int> rows(m_nodes.keyBegin(), m_nodes.keyEnd());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void GraphView::zoomBy(double factor)
{
    const double current = transform().m11();
    if ((factor > 1 && current > 20) || (factor < 1 && current < 0.05))
        return;
    if (!m_userZoomed) {
        // Let the view pan over a scene larger than the pane once zoomed.
        m_userZoomed = true;
        m_scene->setSceneRect(m_scene->sceneRect().adjusted(-2000, -2000, 2000, 2000));
    }
    scale(factor, factor);
}

void GraphView::fitToPane()
{
    m_userZoomed = false;
    place();
}

void GraphView::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    emit captionChanged(caption);
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Cards are made when asked for: only the hovered item costs anything.
        auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        for (QGraphicsItem *g : items(help->pos())) {
            if (auto *node = dynamic_cast<GraphNode *>(g)) {
                text = nodeCard(node->row());
                break;
            }
            if (auto *edge = qgraphicsitem_cast<OverlapEdgeItem *>(g)) {
                text = edgeCard(*edge);
                break;
            }
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps));
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click, not the end of a pan.
    if (event->button() != Qt::LeftButton || (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return;
    for (QGraphicsItem *g : items(event->position().toPoint())) {
        if (auto *node = dynamic_cast<GraphNode *>(g)) {
            highlight(node->row());
            emit itemClicked(node->row());
            return;
        }
    }
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    fitToPane();
    event->accept();
}

void GraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_nodes.isEmpty() && m_mode != Mode::Region)
            clear();
        else
            redo();
    } else if (event->type() == QEvent::FontChange && !m_nodes.isEmpty()) {
        redo();
    }
    QGraphicsView::changeEvent(event);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    place();
}

void GraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    place();
}

} // namespace slimplan
