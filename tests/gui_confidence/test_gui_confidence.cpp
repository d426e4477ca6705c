// The inventory's "Needs checking" box shows exactly the items that miss facts the rules read or
// whose change is unsure and undecided, and unchecking it brings every row back.

#include "document.h"
#include "models/itemfilterproxy.h"
#include "models/itemtablemodel.h"
#include "plan/planner.h"
#include "report/overview.h"
#include "synth/generator.h"
#include "views/inventorypage.h"

#include <QCheckBox>
#include <QTest>

using namespace slimplan;

class TestGuiConfidence : public QObject
{
    Q_OBJECT
private slots:
    void needsCheckingBoxFilters();
};

void TestGuiConfidence::needsCheckingBoxFilters()
{
    GeneratorOptions o;
    o.items = 2000;
    o.seed = 11;
    Inventory inv = generateInventory(o);
    Plan plan = makePlan(inv, PolicyProfile(), QDate(2026, 6, 30));
    int expected = 0;
    for (int i = 0; i < inv.size(); ++i) {
        const Decision &d = plan.decisions[std::size_t(i)];
        expected += checkFlags(inv.at(i), d.action, d.confidence, false) ? 1 : 0;
    }
    QVERIFY(expected > 0);
    QVERIFY(expected < inv.size());
    Document doc;
    doc.reset(std::move(inv), std::move(plan), QStringLiteral("confidence"));
    ItemTableModel model(doc);
    InventoryPage page(model);
    page.show();
    QCheckBox *box = page.findChild<QCheckBox *>(QStringLiteral("needsCheckBox"));
    QVERIFY(box);
    QCOMPARE(page.proxy()->rowCount(), doc.rowCount());
    QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center());
    QVERIFY(box->isChecked());
    page.proxy()->waitForFinished();
    QCOMPARE(page.proxy()->rowCount(), expected);
    for (int p = 0; p < page.proxy()->rowCount(); ++p) {
        const int r = page.proxy()->sourceRow(p);
        const Decision &d = doc.plan().decisions[std::size_t(r)];
        QVERIFY(checkFlags(doc.inventory().at(r), d.action, d.confidence, false) != 0);
    }
    QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center());
    page.proxy()->waitForFinished();
    QCOMPARE(page.proxy()->rowCount(), doc.rowCount());
    // The completeness column says the item's share of known facts, and its tooltip why.
    for (int r = 0; r < doc.rowCount(); ++r) {
        const Item &it = doc.inventory().at(r);
        const QModelIndex c = model.index(r, ItemTableModel::CompletenessColumn);
        QCOMPARE(c.data().toString(), QStringLiteral("%1%").arg(qRound(100.0 * completeness(it))));
        if (!missingFields(it).isEmpty())
            QVERIFY(c.data(Qt::ToolTipRole).toString().contains(QStringLiteral("missing")));
    }
}

QTEST_MAIN(TestGuiConfidence)
#include "test_gui_confidence.moc"
