// The desktop GUI: selection between table and graph, charts following the plan, a cancelled import
// changing nothing, the live language switch, the light proxy. Overrides and undo: tests/gui_undo.
#include "appfont.h"
#include "charts/chartspanel.h"
#include "dialogs/policydialog.h"
#include "document.h"
#include "filecontroller.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "models/itemfilterproxy.h"
#include "models/itemtablemodel.h"
#include "models/regiontreemodel.h"
#include "plan/planner.h"
#include "report/planreport.h"
#include "settings.h"
#include "tasks/taskrunner.h"
#include "util/i18n.h"
#include "views/detailpane.h"
#include "views/graphnode.h"
#include "views/graphview.h"
#include "views/inventorypage.h"
#include "views/planview.h"

#include "../common/demowindow.h"
#include "../common/guifixture.h"

#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace slimplan;
using namespace slimplan::testing;

namespace {

// Translates every SlimPlan string to "«source»", to see what follows a language change.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArray(context).startsWith("slimplan::"))
            return QStringLiteral("«%1»").arg(QString::fromUtf8(sourceText));
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void settingsDefaults();
    void proxyFiltersAndSorts_data();
    void proxyFiltersAndSorts();
    void tableSelectionHighlightsGraph();
    void graphClickSelectsTableRow();
    void policyDialogKeepsHiddenValuesAndAsOf();
    void tableHeaderRemembered();
    void chartBarsEqualSummary();
    void cancelledImportChangesNothing();
    void languageSwitchRelabels();
    void regionTreeNamesCodes_data();
    void regionTreeNamesCodes();
    void reportTitleNamesRegion_data();
    void reportTitleNamesRegion();
    void demoOpens();
};

void TestGui::initTestCase()
{
    testing::prepareGuiSuite(QStringLiteral("test_gui"));
}

void TestGui::settingsDefaults()
{
    Settings::clear();
    QCOMPARE(Settings::language(), defaultLanguage());
    QVERIFY(Settings::recentFiles().isEmpty());
    QCOMPARE(Settings::lastDirectory(), QDir::homePath());
    QVERIFY(!Settings::userName().isEmpty());
    Settings::setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(Settings::language(), QStringLiteral("zh_CN"));
    for (int i = 0; i < Settings::kMaxRecentFiles + 3; ++i)
        Settings::addRecentFile(QStringLiteral("/tmp/f%1.csv").arg(i));
    Settings::addRecentFile(QStringLiteral("/tmp/f4.csv")); // again: moves to the top, no duplicate
    const QStringList recent = Settings::recentFiles();
    QCOMPARE(recent.size(), Settings::kMaxRecentFiles);
    QCOMPARE(recent.first(), QStringLiteral("/tmp/f4.csv"));
    QCOMPARE(recent.count(QStringLiteral("/tmp/f4.csv")), 1);
    Settings::clear();
}

void TestGui::proxyFiltersAndSorts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");   // -1 = any
    QTest::addColumn<int>("action"); // -1 = any
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("ids"); // expected, sorted by name
    QTest::newRow("everything") << QString() << -1 << -1 << QString()
                                << QStringList{"g2", "g1", "a3", "p1", "a2", "a1"};
    QTest::newRow("text in owner") << QStringLiteral("民政局") << -1 << -1 << QString() << QStringList{"a2"};
    QTest::newRow("text in id, any case") << QStringLiteral("G") << -1 << -1 << QString() << QStringList{"g2", "g1"};
    QTest::newRow("kind app") << QString() << int(Kind::App) << -1 << QString() << QStringList{"a3", "a2", "a1"};
    QTest::newRow("action merge") << QString() << -1 << int(Action::Merge) << QString() << QStringList{"a3", "a2"};
    QTest::newRow("township prefix") << QString() << -1 << -1 << QStringLiteral("510123101") << QStringList{"g2", "g1"};
}

void TestGui::proxyFiltersAndSorts()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, action);
    QFETCH(QString, region);
    QFETCH(QStringList, ids);
    Document doc;
    loadFixture(doc);
    ItemTableModel model(doc);
    ItemFilterProxy proxy(model);
    ItemFilter f;
    f.text = text;
    f.regionPrefix = region;
    if (kind >= 0)
        f.kind = Kind(kind);
    if (action >= 0)
        f.action = Action(action);
    proxy.setFilter(f);
    proxy.sort(ItemTableModel::NameColumn, Qt::AscendingOrder);
    QStringList got;
    for (int r = 0; r < proxy.rowCount(); ++r)
        got << proxy.index(r, ItemTableModel::IdColumn).data().toString();
    // Names sort by code point.
    QStringList expected = ids;
    std::sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) {
        return doc.inventory().at(doc.inventory().indexOf(a)).name < doc.inventory().at(doc.inventory().indexOf(b)).name;
    });
    QCOMPARE(got, expected);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.mapFromSource(proxy.mapToSource(proxy.index(r, 1))).row(), r);
}

void TestGui::tableSelectionHighlightsGraph()
{
    MainWindow w;
    loadFixture(w.document());
    w.show();
    QTableView *table = w.inventoryPage()->table();
    const int proxyRow = w.inventoryPage()->proxy()->proxyRow(1);
    QVERIFY(proxyRow >= 0);
    table->selectionModel()->setCurrentIndex(table->model()->index(proxyRow, ItemTableModel::NameColumn),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(w.selectedItem(), 1);
    QCOMPARE(w.graphView()->highlightedRow(), 1);
    // The graph shows the merge family of a2: a1, a2, a3.
    QCOMPARE(w.graphView()->shownRows(), (std::vector<int>{0, 1, 2}));
    QCOMPARE(w.detailPane()->row(), 1);
    QVERIFY(w.detailPane()->toPlainText().contains(QStringLiteral("A10")));
    QVERIFY(w.detailPane()->toPlainText().contains(QStringLiteral("青溪政务通")));
}

void TestGui::graphClickSelectsTableRow()
{
    MainWindow w;
    loadFixture(w.document());
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.selectItem(0);
    GraphView *g = w.graphView();
    GraphNode *target = nullptr;
    for (QGraphicsItem *item : g->scene()->items())
        if (auto *n = dynamic_cast<GraphNode *>(item); n && n->row() == 2)
            target = n;
    QVERIFY(target);
    const QPoint at = g->mapFromScene(target->scenePos());
    QTest::mouseClick(g->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(w.selectedItem(), 2);
    QCOMPARE(w.inventoryPage()->currentRow(), 2);
    QCOMPARE(g->highlightedRow(), 2);
}

void TestGui::policyDialogKeepsHiddenValuesAndAsOf()
{
    PolicyProfile given;
    given.zombieDays = 120;
    given.temporaryGroupIdleDays = 21;
    given.provincialPlatform = QStringLiteral("天府通办");
    PolicyDialog dialog(given, QDate(2026, 6, 30));
    QCOMPARE(dialog.asOf(), QDate(2026, 6, 30));
    const PolicyProfile back = dialog.profile();
    QCOMPARE(back.toJson(), given.toJson()); // nothing changed: nothing reset to a default
    dialog.setAsOf(QDate(2026, 11, 22));
    QCOMPARE(dialog.asOf(), QDate(2026, 11, 22));
    PolicyDialog today(given, QDate());
    QCOMPARE(today.asOf(), QDate::currentDate());
}

void TestGui::tableHeaderRemembered()
{
    Settings::setTableHeaderState({});
    {
        Document doc;
        loadFixture(doc);
        ItemTableModel model(doc);
        InventoryPage page(model);
        page.table()->setColumnHidden(ItemTableModel::OwnerColumn, true);
        page.table()->setColumnHidden(ItemTableModel::CostColumn, false);
        page.table()->setColumnWidth(ItemTableModel::NameColumn, 333);
        page.table()->sortByColumn(ItemTableModel::NameColumn, Qt::DescendingOrder);
        page.saveHeader();
    }
    Document doc;
    loadFixture(doc);
    ItemTableModel model(doc);
    InventoryPage page(model);
    QVERIFY(page.table()->isColumnHidden(ItemTableModel::OwnerColumn));
    QVERIFY(!page.table()->isColumnHidden(ItemTableModel::CostColumn));
    QCOMPARE(page.table()->columnWidth(ItemTableModel::NameColumn), 333);
    QCOMPARE(page.table()->horizontalHeader()->sortIndicatorSection(), int(ItemTableModel::NameColumn));
    QCOMPARE(page.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    // A state saved for another column count is ignored, not misapplied.
    Settings::setTableHeaderState(QByteArrayLiteral("3:garbage"));
    InventoryPage fresh(model);
    QVERIFY(!fresh.table()->isColumnHidden(ItemTableModel::OwnerColumn));
    Settings::setTableHeaderState({});
}

void TestGui::chartBarsEqualSummary()
{
    Document doc;
    loadFixture(doc);
    ChartsPanel charts(doc);
    const auto check = [&] {
        const PlanSummary &s = doc.plan().summary;
        const auto before = charts.beforeValues();
        const auto after = charts.afterValues();
        for (int k = 0; k < kKindCount; ++k) {
            QCOMPARE(before[std::size_t(k)], double(s.before.perKind[std::size_t(k)]));
            QCOMPARE(after[std::size_t(k)], double(s.after.perKind[std::size_t(k)]));
        }
        QCOMPARE(before[3], double(s.before.total()));
        QCOMPARE(after[3], double(s.after.total()));
        QCOMPARE(charts.reductionLabels().size(), 4);
        QCOMPARE(charts.reductionLabels().at(3), QStringLiteral("\u2212%1 %").arg(s.reductionPctTotal, 0, 'f', 1));
    };
    check();
    QCOMPARE(charts.afterValues()[0], 1.0);
    // A decision changes the bars at once, and undo puts them back.
    Override o;
    o.itemId = QStringLiteral("p1");
    o.action = Action::Shutdown;
    o.reason = QStringLiteral("zombie");
    ItemTableModel model(doc);
    model.setData(model.index(3, 0), QVariant::fromValue(o), ItemTableModel::DecisionRole);
    QCOMPARE(charts.afterValues()[1], 0.0);
    check();
    doc.undoStack()->undo();
    QCOMPARE(charts.afterValues()[1], 1.0);
    check();
    QTemporaryDir dir;
    QVERIFY(charts.saveChart(ChartsPanel::KindChart, dir.filePath(QStringLiteral("kinds.png"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("kinds.png"))).size() > 1000);
    QVERIFY(charts.saveChart(ChartsPanel::ReferenceChart, dir.filePath(QStringLiteral("ref.pdf"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("ref.pdf"))).size() > 500);
}

void TestGui::cancelledImportChangesNothing()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("名称,类型,主办单位,行政区划代码\n");
        for (int i = 0; i < 200000; ++i)
            f.write(QStringLiteral("应用%1,应用程序,青溪县局%2,510123\n").arg(i).arg(i % 50).toUtf8());
    }
    MainWindow w;
    loadFixture(w.document());
    const int rowsBefore = w.document().rowCount();
    const QString titleBefore = w.document().title();
    QSignalSpy replaced(&w.document(), &Document::inventoryReplaced);
    QSignalSpy finished(&w.taskRunner(), &TaskRunner::finished);
    w.files().importLedgers({csv});
    QVERIFY(w.taskRunner().isBusy());
    w.taskRunner().cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true); // cancelled
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(w.document().rowCount(), rowsBefore);
    QCOMPARE(w.document().title(), titleBefore);
    QCOMPARE(w.document().inventory().at(0).id, QStringLiteral("a1"));
}

void TestGui::languageSwitchRelabels()
{
    MainWindow w;
    loadFixture(w.document());
    QMenu *file = w.actions().fileMenu;
    QCOMPARE(file->title(), QStringLiteral("&File"));
    const QString header = w.tableModel().headerData(ItemTableModel::NameColumn, Qt::Horizontal).toString();
    QCOMPARE(header, QStringLiteral("Name"));
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents(); // LanguageChange is delivered as an event
    QCOMPARE(file->title(), QStringLiteral("«&File»"));
    QCOMPARE(w.tableModel().headerData(ItemTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("«Name»"));
    QCOMPARE(w.tabs()->tabText(w.tabs()->indexOf(w.planView())), QStringLiteral("«Plan»"));
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(file->title(), QStringLiteral("&File"));

    // The View → Language switch installs the catalogue, checks the entry and remembers it.
    w.actions().chinese->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(currentLanguage(), QStringLiteral("zh_CN"));
    QVERIFY(w.actions().chinese->isChecked());
    QCOMPARE(Settings::language(), QStringLiteral("zh_CN"));
    w.actions().english->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QVERIFY(w.actions().english->isChecked());
    Settings::clear();
}

namespace {
// Two items at every region given, each named after its owner.
Document &loadRegions(Document &doc, const QList<std::pair<QString, QString>> &regionsAndOwners)
{
    Inventory inv;
    int n = 0;
    for (const auto &[region, owner] : regionsAndOwners)
        for (int k = 0; k < 2; ++k, ++n)
            inv.upsert(makeItem(QStringLiteral("x%1").arg(n), owner, Kind::App, owner, region));
    Plan plan;
    plan.decisions.resize(std::size_t(n));
    computeSummary(inv, plan);
    doc.reset(std::move(inv), std::move(plan), QString());
    return doc;
}

// The labels from the root down to the node of `filter`, joined by " › ".
QString labelPath(const RegionTreeModel &model, const QString &filter)
{
    QStringList labels;
    for (QModelIndex i = model.indexForFilter(filter); i.isValid(); i = i.parent())
        labels.prepend(i.data().toString());
    labels.removeFirst(); // the root (the project)
    return labels.join(QStringLiteral(" › "));
}
} // namespace

void TestGui::regionTreeNamesCodes_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("known county by the table, not the digits")
        << QStringLiteral("510502") << QStringLiteral("江阳区教育局") << QStringLiteral("四川省 › 泸州市 › 江阳区")
        << QStringLiteral("四川省泸州市江阳区 (510502)");
    QTest::newRow("known county although the owner names another place")
        << QStringLiteral("510502") << QStringLiteral("某某县民政局") << QStringLiteral("四川省 › 泸州市 › 江阳区")
        << QStringLiteral("四川省泸州市江阳区 (510502)");
    QTest::newRow("known township")
        << QStringLiteral("510502001") << QStringLiteral("南城街道办事处")
        << QStringLiteral("四川省 › 泸州市 › 江阳区 › 南城街道") << QStringLiteral("四川省泸州市江阳区南城街道 (510502001)");
    QTest::newRow("fictional county by the ledger")
        << QStringLiteral("519901") << QStringLiteral("青溪县民政局") << QStringLiteral("四川省 › 519900 › 青溪县 (519901)")
        << QStringLiteral("519901");
    QTest::newRow("fictional township by its own place, not the county")
        << QStringLiteral("519901001") << QStringLiteral("青溪县青石镇人民政府")
        << QStringLiteral("四川省 › 519900 › 519901 › 青石镇 (519901001)") << QStringLiteral("519901001");
    QTest::newRow("village by the ledger, not its township's table name")
        << QStringLiteral("510502001201") << QStringLiteral("南城街道某某社区居民委员会")
        << QStringLiteral("四川省 › 泸州市 › 江阳区 › 南城街道 › 某某社区 (510502001201)") << QStringLiteral("510502001201");
}

void TestGui::regionTreeNamesCodes()
{
    QFETCH(QString, region);
    QFETCH(QString, owner);
    QFETCH(QString, path);
    QFETCH(QString, tooltip);
    Document doc;
    loadRegions(doc, {{region, owner}});
    RegionTreeModel model(doc);
    QCOMPARE(labelPath(model, region), path);
    QCOMPARE(model.indexForFilter(region).data(Qt::ToolTipRole).toString(), tooltip);
    QCOMPARE(model.indexForFilter(region).siblingAtColumn(1).data().toString(), QStringLiteral("2"));
}

void TestGui::reportTitleNamesRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("title");
    QTest::newRow("known county: its full name")
        << QStringLiteral("510502") << QStringLiteral("江阳区教育局")
        << QStringLiteral("四川省泸州市江阳区政务移动互联网应用程序瘦身方案");
    QTest::newRow("fictional county: the owners' place")
        << QStringLiteral("519901") << QStringLiteral("青溪县民政局")
        << QStringLiteral("青溪县政务移动互联网应用程序瘦身方案");
}

void TestGui::reportTitleNamesRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, owner);
    QFETCH(QString, title);
    Document doc;
    loadRegions(doc, {{region, owner}, {QStringLiteral("510521"), QStringLiteral("泸县教育局")}});
    // The most common region wins: one more item there.
    Inventory inv = doc.inventory();
    inv.upsert(makeItem(QStringLiteral("extra"), owner, Kind::App, owner, region));
    Plan plan;
    plan.decisions.resize(std::size_t(inv.size()));
    computeSummary(inv, plan);
    const PlanReport report(inv, plan, ReportOptions{});
    QCOMPARE(report.title(), title);
}

void TestGui::demoOpens()
{
    if (!QFile::exists(QStringLiteral(":/demo/qingxi.csv")))
        QSKIP("The demo ledger is not embedded in this build yet");
    MainWindow w;
    QSignalSpy loaded(&w.files(), &FileController::loadFinished);
    w.files().openDemo();
    QVERIFY(loaded.wait(120000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QVERIFY(w.document().rowCount() > 0);
    QCOMPARE(w.document().plan().decisions.size(), std::size_t(w.document().rowCount()));
    QCOMPARE(w.inventoryPage()->proxy()->rowCount(), w.document().rowCount());
    QCOMPARE(w.chartsPanel()->beforeValues()[3], double(w.document().rowCount()));
    // Select an item in the table, find it highlighted in the graph.
    w.inventoryPage()->selectRow(0);
    QCOMPARE(w.graphView()->highlightedRow(), 0);
}

QTEST_MAIN(TestGui)
#include "test_gui.moc"
