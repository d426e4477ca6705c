// The comparison widget: the table model's rows and columns, sorting by value, and the chart's
// bars and reference line.

#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "compare/comparemodel.h"
#include "compare/compareview.h"

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace slimplan;

class TestGuiCompare : public QObject
{
    Q_OBJECT

private slots:
    void modelAndChart();
};

namespace {
RegionRow row(const QString &name, const QString &code, int apps, double reduction)
{
    RegionRow r;
    r.name = name;
    r.code = code;
    r.itemsPerKind = {apps, 1, 2};
    r.itemsPerLevel[static_cast<std::size_t>(Level::County)] = apps + 3;
    r.findingsPerRule.insert(QStringLiteral("A4"), apps);
    r.reductionPct = {reduction, 0.0, 50.0};
    r.reductionPctTotal = reduction / 2;
    r.annualCostSaved = 12.5;
    r.annualCostUnknown = 1;
    return r;
}
} // namespace

void TestGuiCompare::modelAndChart()
{
    CompareView view;
    view.setRows({row(QStringLiteral("青溪县"), QStringLiteral("510101"), 5, 30.0),
                  row(QStringLiteral("云岭市"), QStringLiteral("510900"), 2, 10.0),
                  row(QString(), QString(), 9, 20.0)});
    CompareModel *model = view.model();
    QCOMPARE(model->rowCount(), 3);
    // name, code, 3 kinds, total, 7 levels, 1 rule, 3 reductions, total, cost, data before/after
    QCOMPARE(model->columnCount(), 2 + 3 + 1 + 7 + 1 + 3 + 1 + 1 + 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("青溪县"));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("unknown"));
    QCOMPARE(model->index(1, 2).data(Qt::UserRole).toInt(), 2);
    QCOMPARE(model->headerData(13, Qt::Horizontal).toString(), QStringLiteral("Rule A4"));
    QVERIFY(model->index(0, 18).data().toString().startsWith(QStringLiteral("≥")));

    // Sorting by the number of apps, numerically.
    QAbstractItemModel *shown = view.table()->model();
    view.table()->sortByColumn(2, Qt::AscendingOrder);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("云岭市"));
    QCOMPARE(shown->index(2, 2).data(Qt::UserRole).toInt(), 9);

    // Four series of bars (three kinds and the total), three regions each, and the reference line.
    QCustomPlot *chart = view.chart();
    QCOMPARE(chart->plottableCount(), 4);
    auto *total = qobject_cast<QCPBars *>(chart->plottable(3));
    QVERIFY(total);
    QCOMPARE(total->data()->size(), 3);
    int lines = 0;
    for (int i = 0; i < chart->itemCount(); ++i) {
        if (auto *line = qobject_cast<QCPItemStraightLine *>(chart->item(i))) {
            ++lines;
            QCOMPARE(line->point1->coords().y(), CompareView::kReferenceReductionPct);
        }
    }
    QCOMPARE(lines, 1);
    view.setRows({row(QStringLiteral("白河区"), QStringLiteral("510302"), 1, 5.0)});
    QCOMPARE(chart->plottableCount(), 4);
    QCOMPARE(model->rowCount(), 1);
}

QTEST_MAIN(TestGuiCompare)
#include "test_gui_compare.moc"
