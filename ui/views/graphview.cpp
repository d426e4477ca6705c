#include "views/graphview.h"

#include "actioncolors.h"
#include "document.h"
#include "overlap/overlap.h"
#include "util/i18n.h"
#include "views/graphnode.h"

#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QSet>
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
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    connect(&document, &Document::inventoryReplaced, this, [this] {
        m_aroundRow = -1;
        m_regionPrefix.clear();
        build({}, {});
    });
    connect(&document, &Document::overlapChanged, this, [this] {
        if (m_aroundRow >= 0)
            showAround(m_aroundRow);
        else
            showRegion(m_regionPrefix);
    });
    connect(&document, &Document::decisionsChanged, this, [this](const QList<int> &rows) {
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
            if (rows.isEmpty() || rows.contains(it.key()))
                it.value()->setAction(m_document.plan().decisions[std::size_t(it.key())].action);
        }
        refreshTooltips();
    });
}

void GraphView::showAround(int row)
{
    if (row < 0 || row >= m_document.rowCount())
        return;
    m_aroundRow = row;
    const OverlapResult &ov = m_document.overlap();
    const int family = std::size_t(row) < ov.familyOf.size() ? ov.familyOf[std::size_t(row)] : -1;
    std::vector<int> rows;
    QString caption;
    const QString name = m_document.inventory().at(row).name;
    if (family >= 0) {
        rows = ov.families[std::size_t(family)];
        caption = tr("Merge family of %1 (%n items)", nullptr, int(rows.size())).arg(name);
    } else {
        rows.push_back(row);
        for (int e : m_document.edgesOf(row)) {
            const OverlapEdge &edge = ov.edges[std::size_t(e)];
            rows.push_back(edge.a == row ? edge.b : edge.a);
        }
        caption = rows.size() > 1 ? tr("%1 and the items it overlaps with").arg(name)
                                  : tr("%1 overlaps with no other item").arg(name);
    }
    if (int(rows.size()) > kMaxNodes)
        rows.resize(kMaxNodes);
    build(std::move(rows), caption);
    highlight(row);
}

void GraphView::showRegion(const QString &prefix)
{
    m_aroundRow = -1;
    m_regionPrefix = prefix;
    const Inventory &inv = m_document.inventory();
    std::vector<std::pair<int, int>> byDegree; // (degree, row)
    for (int r = 0; r < inv.size(); ++r) {
        if (!prefix.isEmpty() && !inv.at(r).region.startsWith(prefix))
            continue;
        const int degree = int(m_document.edgesOf(r).size());
        if (degree > 0)
            byDegree.emplace_back(degree, r);
    }
    std::stable_sort(byDegree.begin(), byDegree.end(), [](auto a, auto b) { return a.first > b.first; });
    std::vector<int> rows;
    for (std::size_t i = 0; i < byDegree.size() && int(i) < kMaxNodes; ++i)
        rows.push_back(byDegree[i].second);
    std::sort(rows.begin(), rows.end());
    const QString caption = rows.empty() ? tr("No overlapping items in this region")
                                         : tr("Overlapping items of the region (%n shown)", nullptr, int(rows.size()));
    build(std::move(rows), caption);
}

void GraphView::build(std::vector<int> rows, const QString &caption)
{
    m_scene->clear();
    m_nodes.clear();
    m_highlighted = -1;
    setCaption(caption);
    if (rows.empty()) {
        m_scene->setSceneRect(QRectF(0, 0, 10, 10));
        return;
    }
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
    const double n = double(rows.size());
    const double side = 160.0 * std::sqrt(n) + 120.0;
    const std::vector<LayoutPoint> points = layoutGraph(rows, edges, side, side);
    QHash<int, QPointF> pos;
    for (const LayoutPoint &p : points)
        pos.insert(p.item, QPointF(p.x, p.y));

    for (const OverlapEdge &e : edges) {
        const double s = std::clamp(double(e.score), 0.0, 1.0);
        QColor c(0x55, 0x66, 0x77);
        c.setAlphaF(0.25 + 0.65 * s);
        auto *line = m_scene->addLine(QLineF(pos.value(e.a), pos.value(e.b)), QPen(c, 0.5 + 5.0 * s));
        line->setZValue(1);
        line->setData(0, e.a);
        line->setData(1, e.b);
        line->setData(2, s);
    }
    const double radius = 12.0;
    const bool labels = rows.size() <= 40;
    for (int r : rows) {
        const Item &it = m_document.inventory().at(r);
        auto *node = new GraphNode(r, it.kind, m_document.plan().decisions[std::size_t(r)].action, radius);
        node->setPos(pos.value(r));
        m_scene->addItem(node);
        m_nodes.insert(r, node);
        if (labels) {
            auto *text = m_scene->addSimpleText(it.name.size() > 14 ? it.name.left(13) + QChar(0x2026) : it.name);
            QFont f = font();
            f.setPointSizeF(8);
            text->setFont(f);
            text->setBrush(QColor(0x30, 0x30, 0x30));
            text->setZValue(2);
            const QRectF b = text->boundingRect();
            text->setPos(pos.value(r) + QPointF(-b.width() / 2, radius * 1.3));
        }
    }
    refreshTooltips();
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    m_userZoomed = false;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    // Never blow a tiny family up beyond natural size.
    if (transform().m11() > 1.5)
        setTransform(QTransform::fromScale(1.5, 1.5));
}

void GraphView::refreshTooltips()
{
    const bool zh = isChinese();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const int r = it.key();
        const Item &item = m_document.inventory().at(r);
        const Decision &d = m_document.plan().decisions[std::size_t(r)];
        QString tip = QStringLiteral("<b>%1</b><br>%2 · %3<br>%4: <b>%5</b>")
                          .arg(item.name.toHtmlEscaped(), kindLabel(item.kind), item.owner.toHtmlEscaped(),
                               tr("Action"), actionLabel(d.action));
        if (const QString reason = d.reason(zh); !reason.isEmpty())
            tip += QStringLiteral("<br>") + reason.toHtmlEscaped();
        it.value()->setToolTip(tip);
    }
    const Inventory &inv = m_document.inventory();
    for (QGraphicsItem *g : m_scene->items()) {
        if (auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(g)) {
            const int a = line->data(0).toInt(), b = line->data(1).toInt();
            line->setToolTip(QStringLiteral("%1 — %2 (%3)<br>%4")
                                 .arg(inv.at(a).name.toHtmlEscaped(), inv.at(b).name.toHtmlEscaped(),
                                      QString::number(line->data(2).toDouble(), 'f', 2),
                                      explainOverlap(inv, a, b, m_document.profile(), zh).toHtmlEscaped()));
        }
    }
}

void GraphView::highlight(int row)
{
    if (GraphNode *old = m_nodes.value(m_highlighted))
        old->setHighlighted(false);
    m_highlighted = -1;
    if (GraphNode *node = m_nodes.value(row)) {
        node->setHighlighted(true);
        m_highlighted = row;
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
    m_userZoomed = true;
    scale(factor, factor);
}

void GraphView::setCaption(const QString &caption)
{
    m_caption = caption;
    emit captionChanged(caption);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
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

void GraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshTooltips();
        if (m_aroundRow >= 0) {
            const int keep = m_highlighted;
            showAround(m_aroundRow);
            highlight(keep);
        } else if (!m_nodes.isEmpty() || !m_caption.isEmpty()) {
            showRegion(m_regionPrefix);
        }
    }
    QGraphicsView::changeEvent(event);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed && !m_nodes.isEmpty()) {
        fitInView(sceneRect(), Qt::KeepAspectRatio);
        if (transform().m11() > 1.5)
            setTransform(QTransform::fromScale(1.5, 1.5));
    }
}

} // namespace slimplan
