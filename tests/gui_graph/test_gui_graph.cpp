// The overlap panel on the demo region: the family list (sorted, filtered, following the
// selection), the graph of exactly the chosen family filling its pane with legible labels, the
// hover cards, and a large synthetic region where only the chosen family is drawn.
#include "appfont.h"
#include "commands/overridecommand.h"
#include "commands/replancommand.h"
#include "document.h"
#include "models/familyfilterproxy.h"
#include "models/familymodel.h"
#include "projectloader.h"
#include "settings.h"
#include "util/i18n.h"
#include "views/graphnode.h"
#include "views/graphview.h"
#include "views/overlapedgeitem.h"
#include "views/overlappanel.h"

#include "../common/demowindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QToolTip>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace slimplan;

namespace {

LoadedProject g_demo;

void loadDemoInto(Document &doc)
{
    doc.reset(g_demo.inventory, g_demo.plan, g_demo.title);
    doc.setOverlap(g_demo.overlap);
}

std::vector<int> sorted(std::vector<int> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

// Clicks the list row showing `family` (FamilyModel row), as a user would.
void clickFamily(OverlapPanel &panel, int family)
{
    QTableView *table = panel.familyTable();
    const int proxyRow = panel.familyProxy()->proxyRowOf(family);
    QVERIFY(proxyRow >= 0);
    const QModelIndex index = table->model()->index(proxyRow, FamilyModel::SurvivorColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

// Types text a key at a time (QTest::keyClicks takes only ASCII).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// The share of the viewport the drawn nodes (with their labels) span.
double fillRatio(GraphView *g)
{
    QRectF box;
    for (int r : g->shownRows())
        box = box.united(g->nodeFor(r)->sceneBoundingRect());
    const QRectF onScreen = QRectF(g->mapFromScene(box).boundingRect()).intersected(QRectF(g->viewport()->rect()));
    const QSizeF v = g->viewport()->size();
    return (onScreen.width() * onScreen.height()) / (v.width() * v.height());
}

struct Shown
{
    std::unique_ptr<Document> doc;
    std::unique_ptr<OverlapPanel> panel;
};

Shown showDemo(QSize size)
{
    Shown s;
    s.doc = std::make_unique<Document>();
    loadDemoInto(*s.doc);
    s.panel = std::make_unique<OverlapPanel>(*s.doc, nullptr);
    s.panel->resize(size);
    s.panel->show();
    if (!QTest::qWaitForWindowExposed(s.panel.get()))
        qWarning("panel not exposed");
    return s;
}

// A family index of the demo by its position in the plan (the order the recommender numbered).
int familyOfSize(const Document &doc, std::size_t size, int nth = 0)
{
    const auto &clusters = doc.plan().clusters;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        if (clusters[c].members.size() == size && nth-- == 0)
            return int(c);
    }
    return -1;
}

} // namespace

class TestGuiGraph : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnLargestFamily();
    void listSortsBySizeAndSaving();
    void clickingFamilyShowsExactlyIt_data();
    void clickingFamilyShowsExactlyIt();
    void showItemSelectsItsFamily_data();
    void showItemSelectsItsFamily();
    void labelsLegibleAndGraphFillsPane_data();
    void labelsLegibleAndGraphFillsPane();
    void crampedPaneHidesCoveringLabels();
    void filterBoxNarrowsList();
    void regionFilter();
    void clickNodeKeepsFamily();
    void edgeCardExplainsScore();
    void decisionChangeUpdatesFamilyRow();
    void zoomKeptOnResizeAndDoubleClickFits();
    void replanKeepsSelection();
    void largeRegionDrawsOnlyTheFamily();
};

void TestGuiGraph::initTestCase()
{
    testing::prepareGuiSuite(QStringLiteral("test_gui_graph"));
    Progress progress;
    g_demo = loadDemo(progress);
    QVERIFY2(g_demo.error.isEmpty(), qPrintable(g_demo.error));
    QVERIFY(g_demo.plan.clusters.size() >= 3);
}

void TestGuiGraph::opensOnLargestFamily()
{
    Shown s = showDemo({900, 600});
    const Document &doc = *s.doc;
    std::size_t largest = 0;
    for (const Cluster &c : doc.plan().clusters)
        largest = std::max(largest, c.members.size());
    const int family = s.panel->currentFamily();
    QVERIFY(family >= 0);
    QCOMPARE(doc.plan().clusters[std::size_t(family)].members.size(), largest);
    QCOMPARE(s.panel->graphView()->shownFamily(), family);
    QCOMPARE(s.panel->graphView()->shownRows(), sorted(doc.plan().clusters[std::size_t(family)].members));
    QVERIFY(s.panel->graphView()->hintText().isEmpty());
    QCOMPARE(s.panel->graphView()->highlightedRow(), -1); // nothing is selected yet
    QVERIFY(s.panel->captionLabel()->text().contains(
        doc.inventory().at(doc.plan().clusters[std::size_t(family)].survivor).name));

    // An empty document: a hint, no graph, no list.
    Document empty;
    OverlapPanel panel(empty, nullptr);
    QCOMPARE(panel.familyProxy()->rowCount(), 0);
    QVERIFY(panel.graphView()->shownRows().empty());
    QVERIFY(!panel.graphView()->hintText().isEmpty());
}

void TestGuiGraph::listSortsBySizeAndSaving()
{
    Shown s = showDemo({900, 600});
    FamilyFilterProxy *proxy = s.panel->familyProxy();
    FamilyModel *model = s.panel->familyModel();
    QCOMPARE(model->rowCount(), int(s.doc->plan().clusters.size()));
    QCOMPARE(proxy->rowCount(), model->rowCount());
    // Largest first, saving breaking ties.
    for (int r = 1; r < proxy->rowCount(); ++r) {
        const int a = proxy->mapToSource(proxy->index(r - 1, 0)).row();
        const int b = proxy->mapToSource(proxy->index(r, 0)).row();
        QVERIFY(model->sizeOf(a) > model->sizeOf(b)
                || (model->sizeOf(a) == model->sizeOf(b) && model->savingOf(a) >= model->savingOf(b)));
    }
    // A click on the Saving header sorts by saving (ascending first, as Qt does).
    QHeaderView *header = s.panel->familyTable()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(FamilyModel::SavingColumn) + 5, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(FamilyModel::SavingColumn));
    const Qt::SortOrder order = header->sortIndicatorOrder();
    for (int r = 1; r < proxy->rowCount(); ++r) {
        const double a = model->savingOf(proxy->mapToSource(proxy->index(r - 1, 0)).row());
        const double b = model->savingOf(proxy->mapToSource(proxy->index(r, 0)).row());
        QVERIFY(order == Qt::AscendingOrder ? a <= b : a >= b);
    }
    // Size and folded-in counts are what the plan says.
    for (int f = 0; f < model->rowCount(); ++f) {
        const Cluster &c = s.doc->plan().clusters[std::size_t(f)];
        int folded = 0;
        for (int m : c.members) {
            const Action a = s.doc->plan().decisions[std::size_t(m)].action;
            folded += m != c.survivor && (a == Action::Merge || a == Action::Migrate);
        }
        QCOMPARE(model->index(f, FamilyModel::SizeColumn).data().toInt(), int(c.members.size()));
        QCOMPARE(model->index(f, FamilyModel::FoldedColumn).data().toInt(), folded);
        QCOMPARE(model->survivorOf(f), c.survivor);
    }
}

void TestGuiGraph::clickingFamilyShowsExactlyIt_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("nth");
    QTest::newRow("work groups of one street office (7)") << 7 << 0;
    QTest::newRow("county and township accounts (6)") << 6 << 0;
    QTest::newRow("county service apps (4)") << 4 << 0;
    QTest::newRow("first pair of apps (2)") << 2 << 0;
    QTest::newRow("second pair (2)") << 2 << 1;
}

void TestGuiGraph::clickingFamilyShowsExactlyIt()
{
    QFETCH(int, size);
    QFETCH(int, nth);
    Shown s = showDemo({900, 600});
    const int family = familyOfSize(*s.doc, std::size_t(size), nth);
    QVERIFY(family >= 0);
    // Start from another family so that the click changes something.
    const int other = family == 0 ? 1 : 0;
    s.panel->showItem(s.doc->plan().clusters[std::size_t(other)].survivor);
    QSignalSpy clicked(s.panel.get(), &OverlapPanel::itemClicked);
    clickFamily(*s.panel, family);
    const Cluster &c = s.doc->plan().clusters[std::size_t(family)];
    QCOMPARE(s.panel->currentFamily(), family);
    QCOMPARE(s.panel->graphView()->shownRows(), sorted(c.members));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), c.survivor);
    QVERIFY(s.panel->graphView()->nodeFor(c.survivor)->isSurvivor());
    QCOMPARE(s.panel->graphView()->highlightedRow(), c.survivor);
    int survivors = 0;
    for (int r : s.panel->graphView()->shownRows())
        survivors += s.panel->graphView()->nodeFor(r)->isSurvivor();
    QCOMPARE(survivors, 1);
}

void TestGuiGraph::showItemSelectsItsFamily_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("survivor");
    QTest::newRow("a member that merges, family of 7") << 7 << false;
    QTest::newRow("the survivor, family of 6") << 6 << true;
    QTest::newRow("a member, family of 4") << 4 << false;
    QTest::newRow("an item without a family") << 0 << false;
}

void TestGuiGraph::showItemSelectsItsFamily()
{
    QFETCH(int, size);
    QFETCH(bool, survivor);
    Shown s = showDemo({900, 600});
    const Document &doc = *s.doc;
    int row = -1, family = -1;
    if (size > 0) {
        family = familyOfSize(doc, std::size_t(size));
        const Cluster &c = doc.plan().clusters[std::size_t(family)];
        row = survivor ? c.survivor : (c.members.front() == c.survivor ? c.members.back() : c.members.front());
    } else {
        for (int r = 0; r < doc.rowCount() && row < 0; ++r) {
            if (doc.plan().decisions[std::size_t(r)].cluster < 0 && !doc.edgesOf(r).empty())
                row = r;
        }
    }
    QVERIFY(row >= 0);
    QSignalSpy clicked(s.panel.get(), &OverlapPanel::itemClicked);
    s.panel->showItem(row);
    QCOMPARE(clicked.count(), 0); // a selection from elsewhere is not sent back
    QCOMPARE(s.panel->currentFamily(), family);
    QCOMPARE(s.panel->graphView()->highlightedRow(), row);
    QCOMPARE(s.panel->graphView()->centreRow(), family >= 0 ? doc.plan().clusters[std::size_t(family)].survivor : row);
    if (family >= 0) {
        QCOMPARE(s.panel->graphView()->shownRows(), sorted(doc.plan().clusters[std::size_t(family)].members));
    } else {
        std::vector<int> expected{row};
        for (int e : doc.edgesOf(row)) {
            const OverlapEdge &edge = doc.overlap().edges[std::size_t(e)];
            expected.push_back(edge.a == row ? edge.b : edge.a);
        }
        QCOMPARE(s.panel->graphView()->shownRows(), sorted(expected));
        QVERIFY(s.panel->captionLabel()->text().contains(doc.inventory().at(row).name));
    }
}

void TestGuiGraph::labelsLegibleAndGraphFillsPane_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("family");
    QTest::newRow("dock at 1366x768, family of 7") << QSize(420, 520) << 7;
    QTest::newRow("dock at 1600x1000, family of 7") << QSize(480, 640) << 7;
    QTest::newRow("wide dock, family of 6") << QSize(1000, 520) << 6;
    QTest::newRow("wide dock, family of 4") << QSize(1000, 520) << 4;
    QTest::newRow("narrow dock, family of 6") << QSize(380, 700) << 6;
}

void TestGuiGraph::labelsLegibleAndGraphFillsPane()
{
    QFETCH(QSize, size);
    QFETCH(int, family);
    Shown s = showDemo(size);
    GraphView *g = s.panel->graphView();
    s.panel->showItem(s.doc->plan().clusters[std::size_t(familyOfSize(*s.doc, std::size_t(family)))].survivor);
    QVERIFY(!g->isUserZoomed());
    const int widgetPx = QFontInfo(g->font()).pixelSize();
    int labelled = 0;
    for (int r : g->shownRows()) {
        const GraphNode *node = g->nodeFor(r);
        QVERIFY2(node->isLabelShown(), qPrintable(node->label()));
        ++labelled;
        QVERIFY(node->label().size() <= GraphNode::kLabelChars);
        const double onScreen = QFontInfo(node->labelFont()).pixelSize() * g->transform().m11();
        QVERIFY2(onScreen >= 8 && onScreen >= widgetPx, qPrintable(QString::number(onScreen)));
        // Inside the pane, label included.
        const QRectF inView = g->mapFromScene(node->sceneBoundingRect()).boundingRect();
        QVERIFY(QRectF(g->viewport()->rect()).adjusted(-1, -1, 1, 1).contains(inView));
    }
    QCOMPARE(labelled, family);
    const double fill = fillRatio(g);
    QVERIFY2(fill >= 0.6, qPrintable(QString::number(fill)));
    // The full name is in the hover card of every node whose label was cut.
    for (int r : g->shownRows())
        QVERIFY(g->nodeCard(r).contains(s.doc->inventory().at(r).name.toHtmlEscaped()));
    if (qEnvironmentVariableIsSet("SLIMPLAN_GRAPH_SHOTS"))
        s.panel->grab().save(QStringLiteral("/tmp/graph/%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
}

void TestGuiGraph::crampedPaneHidesCoveringLabels()
{
    // The dock at 1366x768 when the details pane keeps its height: little room.
    Shown s = showDemo({340, 330});
    GraphView *g = s.panel->graphView();
    const Cluster &c = s.doc->plan().clusters[std::size_t(familyOfSize(*s.doc, 7))];
    const int member = c.members.front() == c.survivor ? c.members.back() : c.members.front();
    s.panel->showItem(member);
    std::vector<QRectF> shown;
    for (int r : g->shownRows()) {
        const GraphNode *node = g->nodeFor(r);
        if (node->isLabelShown())
            shown.push_back(node->labelRect().translated(node->pos()).adjusted(1, 0, -1, 0));
    }
    // The selected item and the survivor keep their names; no two names cover each other.
    QVERIFY(g->nodeFor(member)->isLabelShown());
    QVERIFY(g->nodeFor(c.survivor)->isLabelShown());
    for (std::size_t i = 0; i < shown.size(); ++i)
        for (std::size_t j = i + 1; j < shown.size(); ++j)
            QVERIFY(!shown[i].intersects(shown[j]));
    // Every name is still there on hover, and there is room: the legend moved into a tooltip.
    for (int r : g->shownRows())
        QVERIFY(g->nodeCard(r).contains(s.doc->inventory().at(r).name.toHtmlEscaped()));
    QVERIFY(!s.panel->legendLabel()->isVisible());
    QVERIFY(s.panel->captionLabel()->toolTip().contains(QStringLiteral("survivor")));
    if (qEnvironmentVariableIsSet("SLIMPLAN_GRAPH_SHOTS"))
        s.panel->grab().save(QStringLiteral("/tmp/graph/cramped.png"));
}

void TestGuiGraph::filterBoxNarrowsList()
{
    Shown s = showDemo({900, 600});
    FamilyFilterProxy *proxy = s.panel->familyProxy();
    const int all = proxy->rowCount();
    typeText(s.panel->filterBox(), QStringLiteral("发布"));
    QVERIFY(proxy->rowCount() >= 1);
    QVERIFY(proxy->rowCount() < all);
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex i = proxy->index(r, 0);
        QVERIFY(i.data().toString().contains(QStringLiteral("发布")) || i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("发布")));
    }
    typeText(s.panel->filterBox(), QStringLiteral("没有这个名字"));
    QCOMPARE(proxy->rowCount(), 0);
    // Selecting an item elsewhere whose family is filtered out clears the filter text.
    const Cluster &c = s.doc->plan().clusters[std::size_t(familyOfSize(*s.doc, 7))];
    s.panel->showItem(c.members.front());
    QVERIFY(s.panel->filterBox()->text().isEmpty());
    QCOMPARE(proxy->rowCount(), all);
    QCOMPARE(s.panel->currentFamily(), familyOfSize(*s.doc, 7));
}

void TestGuiGraph::regionFilter()
{
    Shown s = showDemo({900, 600});
    FamilyFilterProxy *proxy = s.panel->familyProxy();
    // The region of the survivor of the family of 7 (a street office): only its families listed.
    const Cluster &c = s.doc->plan().clusters[std::size_t(familyOfSize(*s.doc, 7))];
    const QString region = s.doc->inventory().at(c.survivor).region;
    QVERIFY(!region.isEmpty());
    s.panel->setRegionFilter(region);
    QVERIFY(proxy->rowCount() >= 1);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, 0).data(FamilyModel::RegionRole).toString().startsWith(region));
    QVERIFY(s.panel->currentFamily() >= 0);
    QCOMPARE(s.panel->graphView()->shownFamily(), s.panel->currentFamily());
    s.panel->setRegionFilter(QStringLiteral("999999"));
    QCOMPARE(proxy->rowCount(), 0);
    QVERIFY(s.panel->graphView()->shownRows().empty());
    QVERIFY(!s.panel->graphView()->hintText().isEmpty());
}

void TestGuiGraph::clickNodeKeepsFamily()
{
    Shown s = showDemo({900, 600});
    const int family = familyOfSize(*s.doc, 7);
    clickFamily(*s.panel, family);
    const Cluster &c = s.doc->plan().clusters[std::size_t(family)];
    const int member = c.members.front() == c.survivor ? c.members.back() : c.members.front();
    GraphView *g = s.panel->graphView();
    QSignalSpy clicked(s.panel.get(), &OverlapPanel::itemClicked);
    QTest::mouseClick(g->viewport(), Qt::LeftButton, {}, g->mapFromScene(g->nodeFor(member)->scenePos()));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), member);
    QCOMPARE(g->highlightedRow(), member);
    QCOMPARE(g->shownRows(), sorted(c.members));
    QCOMPARE(s.panel->currentFamily(), family);
}

void TestGuiGraph::edgeCardExplainsScore()
{
    Shown s = showDemo({900, 600});
    const int family = familyOfSize(*s.doc, 7);
    s.panel->showItem(s.doc->plan().clusters[std::size_t(family)].survivor);
    GraphView *g = s.panel->graphView();
    QVERIFY(!g->edgeItems().empty());
    const OverlapEdgeItem *strongest = nullptr, *weakest = nullptr;
    for (const OverlapEdgeItem *e : g->edgeItems()) {
        if (e->isRuleLink())
            continue;
        if (!strongest || e->score() > strongest->score())
            strongest = e;
        if (!weakest || e->score() < weakest->score())
            weakest = e;
    }
    QVERIFY(strongest && weakest);
    if (strongest->score() > weakest->score())
        QVERIFY(strongest->pen().widthF() > weakest->pen().widthF());
    const Item &x = s.doc->inventory().at(strongest->a());
    const Item &y = s.doc->inventory().at(strongest->b());
    int shared = 0;
    for (const QString &f : QSet<QString>(x.functions.cbegin(), x.functions.cend()))
        shared += y.functions.contains(f);
    QSet<QString> all(x.functions.cbegin(), x.functions.cend());
    for (const QString &f : y.functions)
        all.insert(f);
    const QString card = g->edgeCard(*strongest);
    QVERIFY2(card.contains(QStringLiteral("Shared functions")), qPrintable(card));
    QVERIFY2(card.contains(QStringLiteral("Shared data items")), qPrintable(card));
    QVERIFY2(card.contains(QStringLiteral("Shared members")), qPrintable(card));
    if (shared > 0)
        QVERIFY2(card.contains(QStringLiteral("%1 of %2").arg(shared).arg(all.size())), qPrintable(card));
    QVERIFY(card.contains(QString::number(strongest->score(), 'f', 2)));
    QVERIFY(card.contains(x.name.toHtmlEscaped()) && card.contains(y.name.toHtmlEscaped()));
    // Hovering shows the cards: on a node its full name, on a line its explanation.
    const auto hover = [g](QPoint at) {
        QHelpEvent help(QEvent::ToolTip, at, g->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(g->viewport(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    const int survivor = s.doc->plan().clusters[std::size_t(family)].survivor;
    QCOMPARE(hover(g->mapFromScene(g->nodeFor(survivor)->scenePos())), g->nodeCard(survivor));
    bool hoveredEdge = false;
    for (const OverlapEdgeItem *e : g->edgeItems()) {
        for (double t : {0.3, 0.4, 0.6}) {
            const QPoint at = g->mapFromScene(e->line().pointAt(t));
            const QList<QGraphicsItem *> under = g->items(at);
            if (hoveredEdge || under.isEmpty() || under.first() != e)
                continue;
            QCOMPARE(hover(at), g->edgeCard(*e));
            hoveredEdge = true;
        }
    }
    QVERIFY(hoveredEdge);
    if (qEnvironmentVariableIsSet("SLIMPLAN_GRAPH_SHOTS")) {
        QLabel shot(card);
        shot.adjustSize();
        shot.grab().save(QStringLiteral("/tmp/graph/card.png"));
    }
}

void TestGuiGraph::decisionChangeUpdatesFamilyRow()
{
    Shown s = showDemo({900, 600});
    const int family = familyOfSize(*s.doc, 7);
    const Cluster &c = s.doc->plan().clusters[std::size_t(family)];
    int member = -1;
    for (int m : c.members) {
        if (m != c.survivor && s.doc->plan().decisions[std::size_t(m)].action == Action::Merge)
            member = m;
    }
    QVERIFY(member >= 0);
    FamilyModel *model = s.panel->familyModel();
    const int before = model->index(family, FamilyModel::FoldedColumn).data().toInt();
    Override o;
    o.action = Action::Keep;
    o.reason = QStringLiteral("test");
    s.doc->undoStack()->push(new OverrideCommand(*s.doc, member, o));
    QCOMPARE(model->index(family, FamilyModel::FoldedColumn).data().toInt(), before - 1);
    QCOMPARE(s.panel->graphView()->nodeFor(member)->action(), Action::Keep);
    s.doc->undoStack()->undo();
    QCOMPARE(model->index(family, FamilyModel::FoldedColumn).data().toInt(), before);
}

void TestGuiGraph::zoomKeptOnResizeAndDoubleClickFits()
{
    Shown s = showDemo({600, 500});
    GraphView *g = s.panel->graphView();
    s.panel->resize(900, 700);
    QTRY_VERIFY(fillRatio(g) >= 0.6);
    g->zoomBy(1.5);
    QVERIFY(g->isUserZoomed());
    const double zoom = g->transform().m11();
    s.panel->resize(700, 600);
    QTest::qWait(20);
    QCOMPARE(g->transform().m11(), zoom);
    QTest::mouseDClick(g->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(!g->isUserZoomed());
    QCOMPARE(g->transform().m11(), 1.0);
    QVERIFY(fillRatio(g) >= 0.6);
}

void TestGuiGraph::replanKeepsSelection()
{
    Shown s = showDemo({900, 600});
    const int family = familyOfSize(*s.doc, 6);
    const Cluster c = s.doc->plan().clusters[std::size_t(family)];
    const int member = c.members.back() == c.survivor ? c.members.front() : c.members.back();
    s.panel->showItem(member);
    QSignalSpy reset(s.panel->familyModel(), &QAbstractItemModel::modelReset);
    s.doc->undoStack()->push(new ReplanCommand(*s.doc, g_demo.plan, g_demo.overlap));
    QVERIFY(reset.count() >= 1);
    QCOMPARE(s.panel->currentFamily(), family);
    QCOMPARE(s.panel->graphView()->highlightedRow(), member);
    QCOMPARE(s.panel->graphView()->shownRows(), sorted(c.members));
    s.doc->undoStack()->undo();
    QCOMPARE(s.panel->currentFamily(), family);
    QCOMPARE(s.panel->graphView()->highlightedRow(), member);
}

void TestGuiGraph::largeRegionDrawsOnlyTheFamily()
{
    // 100,000 items: one family of 2,000, 20,000 pairs, the rest alone.
    constexpr int kItems = 100000, kBig = 2000, kPairs = 20000;
    Inventory inv;
    Plan plan;
    plan.decisions.resize(kItems);
    OverlapResult ov;
    ov.familyOf.assign(kItems, -1);
    inv.reserve(kItems);
    for (int i = 0; i < kItems; ++i) {
        Item it;
        it.id = QStringLiteral("i%1").arg(i);
        it.name = QStringLiteral("事项%1").arg(i);
        it.region = QStringLiteral("510123");
        it.annualCost = 1.0;
        inv.upsert(std::move(it));
    }
    Cluster big{0, {}, 0};
    for (int m = 0; m < kBig; ++m) {
        big.members.push_back(m);
        plan.decisions[std::size_t(m)].cluster = 0;
        if (m > 0) {
            plan.decisions[std::size_t(m)].action = Action::Merge;
            ov.edges.push_back({0, m, float(0.3 + 0.6 * (m % 7) / 7.0), -1});
        }
    }
    plan.clusters.push_back(big);
    for (int p = 0; p < kPairs; ++p) {
        const int a = kBig + 2 * p, b = a + 1;
        plan.clusters.push_back({p + 1, {a, b}, a});
        plan.decisions[std::size_t(a)].cluster = plan.decisions[std::size_t(b)].cluster = p + 1;
        plan.decisions[std::size_t(b)].action = Action::Merge;
        ov.edges.push_back({a, b, 0.8f, -1});
    }
    Document doc;
    doc.reset(std::move(inv), std::move(plan), QStringLiteral("big"));
    doc.setOverlap(std::move(ov));
    OverlapPanel panel(doc, nullptr);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.familyProxy()->rowCount(), kPairs + 1);
    // Opens on the largest family, drawn as at most kMaxNodes items around its survivor.
    QCOMPARE(panel.currentFamily(), 0);
    GraphView *g = panel.graphView();
    QCOMPARE(int(g->shownRows().size()), GraphView::kMaxNodes);
    QCOMPARE(g->centreRow(), 0);
    QCOMPARE(panel.familyModel()->index(0, FamilyModel::SavingColumn).data(FamilyModel::SortRole).toDouble(),
             double(kBig - 1));
    // A pair far down the list: exactly its two items.
    panel.showItem(kBig + 2 * 12345 + 1);
    QCOMPARE(panel.currentFamily(), 12346);
    QCOMPARE(g->shownRows(), (std::vector<int>{kBig + 2 * 12345, kBig + 2 * 12345 + 1}));
}

QTEST_MAIN(TestGuiGraph)
#include "test_gui_graph.moc"
