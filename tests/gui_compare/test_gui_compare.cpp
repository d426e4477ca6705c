// The comparison and progress window: the table model and charts, the window reading two and
// three projects off the GUI thread (rows equal compareRegions' output, the ranked chart's order
// equals the sorted reduction, Sichuan's reference lines), removing and clearing, the open
// project split into its regions, the main window's action, and the progress view against
// diffSnapshots with two and three snapshots.

#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "helper_compare.h"

#include "compare/comparecharts.h"
#include "compare/comparemodel.h"
#include "compare/compareview.h"
#include "compare/comparewindow.h"
#include "compare/progressmodels.h"
#include "compare/progressview.h"
#include "document.h"
#include "filecontroller.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "plan/planner.h"
#include "settings.h"
#include "store/projectstore.h"
#include "tasks/taskrunner.h"
#include "util/i18n.h"

#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace slimplan;
using namespace slimplan::testing;

namespace {

void compareRow(const RegionRow &got, const RegionRow &want)
{
    QCOMPARE(got.name, want.name);
    QCOMPARE(got.code, want.code);
    QCOMPARE(got.itemsPerKind, want.itemsPerKind);
    QCOMPARE(got.itemsPerLevel, want.itemsPerLevel);
    QCOMPARE(got.findingsPerRule, want.findingsPerRule);
    QCOMPARE(got.reductionPct, want.reductionPct);
    QCOMPARE(got.reductionPctTotal, want.reductionPctTotal);
    QCOMPARE(got.annualCostSaved, want.annualCostSaved);
    QCOMPARE(got.dataItemsBefore, want.dataItemsBefore);
    QCOMPARE(got.dataItemsAfter, want.dataItemsAfter);
    QCOMPARE(got.summary.after.total(), want.summary.after.total());
}

void waitIdle(CompareWindow &w)
{
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 60000);
}

} // namespace

class TestGuiCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelAndCharts();
    void windowComparesProjects_data();
    void windowComparesProjects();
    void removeAndClear();
    void cancelAndDrop();
    void openProjectSplitByRegion();
    void mainWindowAction();
    void progressAgainstDiff_data();
    void progressAgainstDiff();
    void progressNeedsTwoSnapshots();
    void screenshots();
};

void TestGuiCompare::initTestCase()
{
    Settings::clear();
    installTranslations(QStringLiteral("en"));
}

void TestGuiCompare::modelAndCharts()
{
    CompareView view;
    view.setRows({syntheticRow(QStringLiteral("青溪县"), QStringLiteral("510101"), 5, 30.0),
                  syntheticRow(QStringLiteral("云岭市"), QStringLiteral("510900"), 2, 10.0),
                  syntheticRow(QString(), QString(), 9, 20.0)});
    CompareModel *model = view.model();
    QCOMPARE(model->rowCount(), 3);
    // name, code, 3 kinds, total, 7 levels, 1 rule, 3 reductions, total, cost, data before/after
    QCOMPARE(model->columnCount(), 2 + 3 + 1 + 7 + 1 + 3 + 1 + 1 + 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("青溪县"));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("unknown"));
    QCOMPARE(model->index(1, 2).data(Qt::UserRole).toInt(), 2);
    QCOMPARE(model->headerData(13, Qt::Horizontal).toString(), QStringLiteral("Rule A4"));
    QVERIFY(model->index(0, 18).data().toString().startsWith(QStringLiteral("≥")));

    // Sorting by the number of apps, numerically; selection maps back to model rows.
    QAbstractItemModel *shown = view.table()->model();
    view.table()->sortByColumn(2, Qt::AscendingOrder);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("云岭市"));
    QCOMPARE(shown->index(2, 2).data(Qt::UserRole).toInt(), 9);
    view.table()->selectRow(0);
    QCOMPARE(view.selectedRows(), std::vector<int>{1});

    // By kind: one bar series per region (four values each) and the legend's dashed line.
    QCustomPlot *kinds = view.charts()->plot(CompareCharts::KindChart);
    QCOMPARE(kinds->plottableCount(), 3 + 1);
    auto *first = qobject_cast<QCPBars *>(kinds->plottable(0));
    QVERIFY(first);
    QCOMPARE(first->data()->size(), 4);
    QCOMPARE(first->data()->at(0)->value, 30.0);
    QCOMPARE(first->data()->at(3)->value, 15.0);
    QCOMPARE(referenceLines(kinds), (std::vector<double>{23.0, 8.0, 20.0, 14.0}));

    // Ranked by total reduction: 15, 10 (the unknown region), 5.
    QCustomPlot *rank = view.charts()->plot(CompareCharts::RankChart);
    const auto bars = rankedBars(rank);
    QCOMPARE(bars.size(), std::size_t(3));
    QCOMPARE(bars[0].first, QStringLiteral("1. 青溪县"));
    QCOMPARE(bars[0].second, 15.0);
    QCOMPARE(bars[1].first, QStringLiteral("2. unknown"));
    QCOMPARE(bars[2].first, QStringLiteral("3. 云岭市"));
    QCOMPARE(bars[2].second, 5.0);
    QCOMPARE(referenceLines(rank), std::vector<double>{14.0});
    // Only the first region beats Sichuan's −14 %.
    auto *beats = qobject_cast<QCPBars *>(rank->plottable(0));
    QVERIFY(beats);
    QCOMPARE(beats->data()->size(), 1);

    view.setRows({syntheticRow(QStringLiteral("白河区"), QStringLiteral("510302"), 1, 5.0)});
    QCOMPARE(kinds->plottableCount(), 1 + 1);
    QCOMPARE(model->rowCount(), 1);

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("ranked.png"));
    const QString pdf = dir.filePath(QStringLiteral("kinds.pdf"));
    QVERIFY(view.charts()->saveChart(CompareCharts::RankChart, png));
    QVERIFY(view.charts()->saveChart(CompareCharts::KindChart, pdf));
    QVERIFY(QImage(png).width() >= 800);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(5), QByteArray("%PDF-"));
}

void TestGuiCompare::windowComparesProjects_data()
{
    QTest::addColumn<QStringList>("ledgers");
    QTest::newRow("two projects") << QStringList{QStringLiteral("yunling.csv"), QStringLiteral("qingxi.csv")};
    QTest::newRow("three projects") << QStringList{QStringLiteral("qingxi.csv"), QStringLiteral("baihe.csv"),
                                                   QStringLiteral("yunling.csv")};
}

void TestGuiCompare::windowComparesProjects()
{
    QFETCH(QStringList, ledgers);
    QTemporaryDir dir;
    QStringList paths;
    for (const QString &l : ledgers) {
        paths << project(dir, l);
        QVERIFY(!paths.last().isEmpty());
    }
    const std::vector<RegionRow> want = expectedRows(paths);
    QCOMPARE(want.size(), std::size_t(ledgers.size()));

    Document document; // nothing open: only the added projects
    CompareWindow window(document);
    window.show();
    QSignalSpy started(&window.runner(), &TaskRunner::started);
    window.addProjects(paths);
    waitIdle(window);
    QVERIFY(started.count() >= 1); // the projects were read by a worker
    const std::vector<RegionRow> &got = window.compareView()->model()->rows();
    QCOMPARE(got.size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        compareRow(got[i], want[i]);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(window.shown()[i].source, paths[int(i)]);
    }

    // The ranked chart: the regions sorted by their total reduction, deepest first.
    std::vector<RegionRow> sorted = want;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RegionRow &a, const RegionRow &b) { return a.reductionPctTotal > b.reductionPctTotal; });
    const auto bars = rankedBars(window.compareView()->charts()->plot(CompareCharts::RankChart));
    QCOMPARE(bars.size(), sorted.size());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        QCOMPARE(bars[i].first, QStringLiteral("%1. %2").arg(i + 1).arg(sorted[i].name));
        QCOMPARE(bars[i].second, sorted[i].reductionPctTotal);
    }
    QCOMPARE(referenceLines(window.compareView()->charts()->plot(CompareCharts::RankChart)),
             std::vector<double>{14.0});
    QCOMPARE(referenceLines(window.compareView()->charts()->plot(CompareCharts::KindChart)),
             (std::vector<double>{23.0, 8.0, 20.0, 14.0}));

    // Adding a project again reads it again; it is not listed twice.
    window.addProjects({paths.first()});
    waitIdle(window);
    QCOMPARE(window.compareView()->model()->rowCount(), int(want.size()));
}

void TestGuiCompare::removeAndClear()
{
    QTemporaryDir dir;
    const QStringList paths{project(dir, QStringLiteral("qingxi.csv")), project(dir, QStringLiteral("baihe.csv")),
                            project(dir, QStringLiteral("yunling.csv"))};
    Document document;
    CompareWindow window(document);
    window.show();
    window.addProjects(paths);
    waitIdle(window);
    QCOMPARE(window.compareView()->model()->rowCount(), 3);
    window.removeRows({1});
    QCOMPARE(window.compareView()->model()->rowCount(), 2);
    QCOMPARE(window.compareView()->model()->rows()[0].name, QStringLiteral("青溪县"));
    QCOMPARE(window.compareView()->model()->rows()[1].name, QStringLiteral("云岭市"));
    QCOMPARE(rankedBars(window.compareView()->charts()->plot(CompareCharts::RankChart)).size(), std::size_t(2));
    window.clear();
    QCOMPARE(window.compareView()->model()->rowCount(), 0);
    QVERIFY(window.statusText().contains(QStringLiteral("Add project files")));
}

void TestGuiCompare::cancelAndDrop()
{
    QTemporaryDir dir;
    const QString a = project(dir, QStringLiteral("qingxi.csv"));
    const QString b = project(dir, QStringLiteral("yunling.csv"));
    Document document;
    CompareWindow window(document);
    window.show();
    waitIdle(window);
    // Cancelled before the worker's result reached the GUI thread: nothing is added.
    QSignalSpy finished(&window.runner(), &TaskRunner::finished);
    window.addProjects({a, b});
    QVERIFY(window.runner().isBusy());
    window.runner().cancel();
    waitIdle(window);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(window.compareView()->model()->rowCount(), 0);

    // Dropping project files adds them; a ledger is refused with a message.
    auto drop = [&window](const QList<QUrl> &urls) {
        QMimeData mime;
        mime.setUrls(urls);
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        // QApplication drops a Drop event that no real drag preceded: deliver it directly.
        static_cast<QObject &>(window).event(&event);
    };
    drop({QUrl::fromLocalFile(kData + QStringLiteral("qingxi.csv"))});
    QVERIFY(window.statusText().contains(QStringLiteral(".slimplan")));
    drop({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    waitIdle(window);
    QCOMPARE(window.compareView()->model()->rowCount(), 2);
    QCOMPARE(window.compareView()->model()->rows()[1].code, QStringLiteral("510900"));
}

void TestGuiCompare::openProjectSplitByRegion()
{
    // The open project holds three regions: a row each, before the added project's.
    Inventory inv;
    inv.upsert(item(QStringLiteral("a"), Kind::App, QStringLiteral("青溪县民政局"), QStringLiteral("青溪打卡"), QStringLiteral("510101")));
    inv.upsert(item(QStringLiteral("b"), Kind::Group, QStringLiteral("云岭市民政局"), QStringLiteral("云岭群"), QStringLiteral("510900")));
    inv.upsert(item(QStringLiteral("c"), Kind::Account, QStringLiteral("白河区教育局"), QStringLiteral("白河发布"), QStringLiteral("510302")));
    inv.upsert(item(QStringLiteral("d"), Kind::App, QStringLiteral("白河区民政局"), QStringLiteral("白河通"), QStringLiteral("510302")));
    Plan plan = makePlan(inv, PolicyProfile{}, QDate(2026, 11, 20), nullptr);
    const std::vector<RegionPart> parts = splitByRegion(inv, &plan);
    std::vector<RegionInput> inputs;
    for (const RegionPart &p : parts)
        inputs.push_back({p.name, p.code, &p.inventory, &p.plan});
    const std::vector<RegionRow> want = compareRegions(inputs);
    QCOMPARE(want.size(), std::size_t(3));

    Document document;
    document.reset(inv, plan, QStringLiteral("三地"));
    CompareWindow window(document);
    window.show();
    waitIdle(window);
    QCOMPARE(window.compareView()->model()->rowCount(), 3);
    for (std::size_t i = 0; i < want.size(); ++i) {
        compareRow(window.compareView()->model()->rows()[i], want[i]);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(window.shown()[i].source.isEmpty());
    }
    QTemporaryDir dir;
    window.addProjects({project(dir, QStringLiteral("qingxi.csv"))});
    waitIdle(window);
    QCOMPARE(window.compareView()->model()->rowCount(), 4);
    QCOMPARE(window.shown()[3].row.name, QStringLiteral("青溪县"));

    // A removed region of the open project stays out when the plan changes; including the open
    // project again brings it back.
    window.removeRows({0});
    QCOMPARE(window.compareView()->model()->rowCount(), 3);
    emit document.planChanged();
    waitIdle(window);
    QCOMPARE(window.compareView()->model()->rowCount(), 3);
    window.setIncludeOpenProject(false);
    waitIdle(window);
    QCOMPARE(window.compareView()->model()->rowCount(), 1);
    window.setIncludeOpenProject(true);
    waitIdle(window);
    QCOMPARE(window.compareView()->model()->rowCount(), 4);
}

void TestGuiCompare::mainWindowAction()
{
    MainWindow main;
    QCOMPARE(main.actions().compareRegions->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QVERIFY(!main.actions().compareRegions->text().isEmpty());
    main.show();
    QSignalSpy loaded(&main.files(), &FileController::loadFinished);
    main.files().openDemo();
    QVERIFY(loaded.wait(60000));
    main.actions().compareRegions->trigger();
    CompareWindow *window = main.compareWindow();
    QVERIFY(window->isVisible());
    waitIdle(*window);
    // The demo region is one region; its few items without a code are a second, unknown one.
    const std::vector<RegionRow> &rows = window->compareView()->model()->rows();
    QVERIFY(!rows.empty());
    QCOMPARE(rows.front().code, QStringLiteral("519901"));
    int total = 0;
    for (const RegionRow &r : rows)
        total += r.itemsTotal();
    QCOMPARE(total, main.document().rowCount());
    // The demo is not a project file: the progress page says how to make one.
    main.actions().progress->trigger();
    waitIdle(*window);
    QVERIFY(!window->progressView()->hasDiff());
    QVERIFY(window->progressView()->message().contains(QStringLiteral("Save As")));
}

void TestGuiCompare::progressAgainstDiff_data()
{
    QTest::addColumn<bool>("withMiddle");
    QTest::newRow("two snapshots") << false;
    QTest::newRow("three snapshots, one gone and back") << true;
}

void TestGuiCompare::progressAgainstDiff()
{
    QFETCH(bool, withMiddle);
    QTemporaryDir dir;
    // The baseline is the project's own inventory; later ledgers are snapshots.
    const QString path = project(dir, QStringLiteral("moment_2025.csv"));
    QVERIFY(!path.isEmpty());
    if (withMiddle) {
        // Mid-2026: the account M-P1 is gone for a while (it comes back in the last snapshot).
        const QString mid = dir.filePath(QStringLiteral("mid.csv"));
        QFile in(kData + QStringLiteral("moment_2025.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QFile out(mid);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines[0] + '\n' + lines[1] + '\n');
        out.close();
        QCOMPARE(cliExitCode({QStringLiteral("import"), mid, QStringLiteral("--project"), path, QStringLiteral("--snapshot"),
                      QStringLiteral("2026年初")}), 0);
    }
    QCOMPARE(cliExitCode({QStringLiteral("import"), kData + QStringLiteral("moment_2026.csv"), QStringLiteral("--project"), path,
                  QStringLiteral("--snapshot"), QStringLiteral("2026年中")}), 0);

    // What the view must show, straight from the store and diffSnapshots.
    std::vector<Inventory> inventories;
    std::vector<SnapshotInput> inputs;
    std::optional<Plan> baselinePlan;
    {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const std::vector<SnapshotInfo> infos = store->snapshots();
        QCOMPARE(int(infos.size()), withMiddle ? 3 : 2);
        inventories.reserve(infos.size());
        for (const SnapshotInfo &s : infos) {
            QVERIFY(store->selectSnapshot(s.id));
            inventories.push_back(store->loadInventory());
            inputs.push_back({s.label, s.asOf, &inventories.back()});
        }
        store->selectSnapshot(infos.front().id);
        baselinePlan = makePlan(inventories.front(), store->policyProfile(), QDate::currentDate(), nullptr);
    }
    const SnapshotDiff want = diffSnapshots(inputs, &*baselinePlan);
    QCOMPARE(ids(want.created), QStringList{QStringLiteral("M-G9")});
    QCOMPARE(ids(want.closed), QStringList{QStringLiteral("M-A2")});
    QCOMPARE(int(want.cameBack.size()), withMiddle ? 1 : 0);

    MainWindow main;
    main.show();
    QSignalSpy loaded(&main.files(), &FileController::loadFinished);
    main.files().openProject(path);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.first().first().toBool(), true);
    main.actions().progress->trigger();
    CompareWindow *window = main.compareWindow();
    waitIdle(*window);
    ProgressView *view = window->progressView();
    QVERIFY2(view->hasDiff(), qPrintable(view->message()));

    SnapshotCountsModel *counts = view->countsModel();
    QCOMPARE(counts->rowCount(), int(want.counts.size()));
    for (int r = 0; r < counts->rowCount(); ++r) {
        const KindCounts &c = want.counts[std::size_t(r)].counts;
        QCOMPARE(counts->index(r, SnapshotCountsModel::Apps).data().toInt(), c.perKind[0]);
        QCOMPARE(counts->index(r, SnapshotCountsModel::Accounts).data().toInt(), c.perKind[1]);
        QCOMPARE(counts->index(r, SnapshotCountsModel::Groups).data().toInt(), c.perKind[2]);
        QCOMPARE(counts->index(r, SnapshotCountsModel::Total).data().toInt(), c.total());
    }
    QCOMPARE(counts->index(0, SnapshotCountsModel::Total).data().toInt(), 3);
    QCOMPARE(counts->index(counts->rowCount() - 1, SnapshotCountsModel::Groups).data().toInt(), 1);

    QCOMPARE(column(view->listModel(ProgressView::Closed), DiffEntryModel::Id), ids(want.closed));
    QCOMPARE(column(view->listModel(ProgressView::Created), DiffEntryModel::Id), ids(want.created));
    QCOMPARE(column(view->listModel(ProgressView::StillThere), DiffEntryModel::Id), ids(want.stillThere));
    QCOMPARE(column(view->listModel(ProgressView::CameBack), DiffEntryModel::Id), ids(want.cameBack));
    QCOMPARE(column(view->listModel(ProgressView::Created), DiffEntryModel::Name),
             QStringList{QStringLiteral("测试新工作群")});
    QCOMPARE(column(view->listModel(ProgressView::Created), DiffEntryModel::Owner),
             QStringList{QStringLiteral("测试县民政局")});
    QCOMPARE(column(view->listModel(ProgressView::Created), DiffEntryModel::Kind_), QStringList{kindLabel(Kind::Group)});
    QVERIFY(view->listTabs()->tabText(ProgressView::Created).contains(QStringLiteral("(1)")));

    // The chart: one line per kind plus the total, a point per snapshot.
    QCustomPlot *chart = view->chart();
    QCOMPARE(chart->plottableCount(), kKindCount + 1);
    auto *groups = qobject_cast<QCPGraph *>(chart->plottable(int(Kind::Group)));
    QVERIFY(groups);
    QCOMPARE(groups->data()->size(), int(want.counts.size()));
    QCOMPARE(groups->data()->at(groups->data()->size() - 1)->value, 1.0);
}

void TestGuiCompare::progressNeedsTwoSnapshots()
{
    QTemporaryDir dir;
    const QString path = project(dir, QStringLiteral("moment_2025.csv"));
    MainWindow main;
    main.show();
    QSignalSpy loaded(&main.files(), &FileController::loadFinished);
    main.files().openProject(path);
    QVERIFY(loaded.wait(60000));
    main.actions().progress->trigger();
    CompareWindow *window = main.compareWindow();
    waitIdle(*window);
    QVERIFY(!window->progressView()->hasDiff());
    QVERIFY2(window->progressView()->message().contains(
                 QStringLiteral("slimplan-cli import FILE --project %1 --snapshot LABEL").arg(path)),
             qPrintable(window->progressView()->message()));

    // Import as Snapshot… adds the second moment off the GUI thread; the diff appears.
    window->importSnapshot({kData + QStringLiteral("moment_2026.csv")}, QStringLiteral("2026年中"));
    waitIdle(*window);
    QVERIFY2(window->progressView()->hasDiff(), qPrintable(window->statusText()));
    QCOMPARE(column(window->progressView()->listModel(ProgressView::Created), DiffEntryModel::Id),
             QStringList{QStringLiteral("M-G9")});
    QCOMPARE(window->progressView()->countsModel()->rowCount(), 2);
}

// SLIMPLAN_SCREENSHOTS=DIR [SLIMPLAN_SCREENSHOT_LANG=zh_CN] saves the window for the README.
void TestGuiCompare::screenshots()
{
    const QString out = qEnvironmentVariable("SLIMPLAN_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set SLIMPLAN_SCREENSHOTS=DIR to save screenshots");
    const QString lang = qEnvironmentVariable("SLIMPLAN_SCREENSHOT_LANG", QStringLiteral("en"));
    QVERIFY(installTranslations(lang));
    QTemporaryDir dir;
    // A generated province of five counties in one project, and two fixture projects.
    const QString ledger = dir.filePath(QStringLiteral("province.csv"));
    QCOMPARE(cliExitCode({QStringLiteral("generate"), QStringLiteral("--items"), QStringLiteral("2500"), QStringLiteral("--seed"),
                  QStringLiteral("11"), QStringLiteral("--regions"), QStringLiteral("5"), QStringLiteral("--out"), ledger}),
             0);
    const QString province = project(dir, ledger);
    QVERIFY(!province.isEmpty());
    // Half a year later: every seventh item has gone.
    const QString later = dir.filePath(QStringLiteral("province-2026.csv"));
    {
        QFile in(ledger), outFile(later);
        QVERIFY(in.open(QIODevice::ReadOnly) && outFile.open(QIODevice::WriteOnly));
        int n = 0;
        while (!in.atEnd()) {
            const QByteArray line = in.readLine();
            if (n++ % 7 != 3)
                outFile.write(line);
        }
    }
    QCOMPARE(cliExitCode({QStringLiteral("import"), later, QStringLiteral("--project"), province, QStringLiteral("--snapshot"),
                  QStringLiteral("2026年中")}), 0);
    MainWindow main;
    main.show();
    QSignalSpy loaded(&main.files(), &FileController::loadFinished);
    main.files().openProject(province);
    QVERIFY(loaded.wait(120000));
    CompareWindow *window = main.compareWindow();
    window->resize(1500, 940);
    window->show();
    window->addProjects({project(dir, QStringLiteral("qingxi.csv")), project(dir, QStringLiteral("yunling.csv"))});
    waitIdle(*window);
    QTest::qWait(300);
    QDir().mkpath(out);
    QVERIFY(window->grab().save(QDir(out).filePath(QStringLiteral("compare-%1.png").arg(lang))));
    window->showPage(CompareWindow::ProgressPage);
    QTest::qWait(300);
    QVERIFY(window->grab().save(QDir(out).filePath(QStringLiteral("progress-%1.png").arg(lang))));
    // Few regions: the bars carry their values.
    window->showPage(CompareWindow::ComparePage);
    window->setIncludeOpenProject(false);
    waitIdle(*window);
    QTest::qWait(300);
    QVERIFY(window->grab().save(QDir(out).filePath(QStringLiteral("compare-few-%1.png").arg(lang))));
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestGuiCompare)
#include "test_gui_compare.moc"
