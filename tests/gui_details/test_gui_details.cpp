// Rule names where a code appears and the details pane, on the demo region as a user sees them:
// the rules column shows "A8 …" with the catalogue's title and its clause in the tooltip; clicking a
// row fills the pane with the recommendation's rules, the family's survivor, the source and the
// decision history, which follows an override and its undo.
#include "../common/demowindow.h"
#include "document.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "models/itemfilterproxy.h"
#include "models/itemtablemodel.h"
#include "policy/rulecatalog.h"
#include "settings.h"
#include "util/i18n.h"
#include "views/detailpane.h"
#include "views/inventorypage.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace slimplan;

class TestGuiDetails : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void rulesColumnNamesRules();
    void paneShowsRulesFamilyAndSource();
    void historyFollowsOverrideAndUndo();
    void historyListsDecisionLog();

private:
    // The first inventory row (proxy order) whose decision cites a rule and is in a family.
    int rowWithRuleInFamily() const;
    void clickRow(int sourceRow);
    MainWindow *m_window = nullptr;
};

void TestGuiDetails::initTestCase()
{
    const auto start = testing::startDemoSuite(QStringLiteral("test_gui_details"), m_window);
    if (start == testing::DemoSuiteStart::NotEmbedded)
        QSKIP("The demo ledger is not embedded in this build");
    QVERIFY(start == testing::DemoSuiteStart::Opened);
}

void TestGuiDetails::cleanupTestCase()
{
    delete m_window;
    Settings::clear();
}

int TestGuiDetails::rowWithRuleInFamily() const
{
    const Document &doc = m_window->document();
    const Plan &plan = doc.plan();
    for (int r = 0; r < int(plan.decisions.size()); ++r) {
        const Decision &d = plan.decisions[std::size_t(r)];
        if (!d.rules.isEmpty() && d.cluster >= 0 && findRule(d.rules.first()))
            return r;
    }
    return -1;
}

void TestGuiDetails::clickRow(int sourceRow)
{
    InventoryPage *page = m_window->inventoryPage();
    m_window->tabs()->setCurrentWidget(page);
    page->selectRow(sourceRow);
    QTableView *table = page->table();
    const int proxyRow = page->proxy()->proxyRow(sourceRow);
    QVERIFY(proxyRow >= 0);
    table->scrollTo(table->model()->index(proxyRow, 0));
    const QRect cell = table->visualRect(table->model()->index(proxyRow, ItemTableModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCoreApplication::processEvents();
}

void TestGuiDetails::rulesColumnNamesRules()
{
    const int row = rowWithRuleInFamily();
    QVERIFY(row >= 0);
    const Decision &d = m_window->document().plan().decisions[std::size_t(row)];
    const RuleInfo *rule = findRule(d.rules.first());
    QVERIFY(rule);
    const QAbstractItemModel *model = m_window->inventoryPage()->proxy();
    const int proxyRow = m_window->inventoryPage()->proxy()->proxyRow(row);
    QVERIFY(proxyRow >= 0);
    const QModelIndex cell = model->index(proxyRow, ItemTableModel::RulesColumn);
    const QString text = cell.data(Qt::DisplayRole).toString();
    QVERIFY2(text.contains(rule->id + u' ' + rule->titleEn), qPrintable(text));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(rule->titleEn) && tip.contains(rule->sourceEn.left(20)), qPrintable(tip));
}

void TestGuiDetails::paneShowsRulesFamilyAndSource()
{
    const int row = rowWithRuleInFamily();
    QVERIFY(row >= 0);
    clickRow(row);
    DetailPane *pane = m_window->detailPane();
    QCOMPARE(pane->row(), row);
    const QString text = pane->toPlainText();
    const Decision &d = m_window->document().plan().decisions[std::size_t(row)];
    const RuleInfo *rule = findRule(d.rules.first());
    QVERIFY2(text.contains(rule->id) && text.contains(rule->titleEn), qPrintable(text));
    // The family's survivor is named: this item, or the item that stays.
    const Cluster *family = nullptr;
    for (const Cluster &c : m_window->document().plan().clusters)
        if (c.id == d.cluster)
            family = &c;
    QVERIFY(family);
    const QString survivor = m_window->document().inventory().at(family->survivor).name;
    QVERIFY2(text.contains(survivor), qPrintable(text));
    // Where it was reported: the demo ledger and its row.
    QVERIFY2(text.contains(QStringLiteral("qingxi.csv")), qPrintable(text));
}

void TestGuiDetails::historyFollowsOverrideAndUndo()
{
    const int row = rowWithRuleInFamily();
    clickRow(row);
    DetailPane *pane = m_window->detailPane();
    const QString reason = QStringLiteral("Kept after the county's review %1").arg(row);
    QVERIFY(!pane->toPlainText().contains(reason));
    Document &doc = m_window->document();
    QUndoStack *undo = doc.undoStack();
    const int before = undo->count();
    // Through the table's model, as the plan view's Override… does: one undo command.
    Override o;
    o.itemId = doc.inventory().at(row).id;
    o.action = Action::Keep;
    o.reason = reason;
    ItemFilterProxy *proxy = m_window->inventoryPage()->proxy();
    const QModelIndex cell = proxy->mapToSource(proxy->index(proxy->proxyRow(row), 0));
    QVERIFY(const_cast<QAbstractItemModel *>(cell.model())
                ->setData(cell, QVariant::fromValue(o), ItemTableModel::DecisionRole));
    QCoreApplication::processEvents();
    QCOMPARE(undo->count(), before + 1);
    QVERIFY2(pane->toPlainText().contains(reason), qPrintable(pane->toPlainText()));
    undo->undo();
    QCoreApplication::processEvents();
    const QString after = pane->toPlainText();
    QVERIFY2(after.contains(QStringLiteral("No decision recorded")), qPrintable(after));
}

// The history section lists the item's decision log entries, newest first: who, when, old -> new
// and the reason, refreshed as entries are appended (also by undo, which appends the reverse).
void TestGuiDetails::historyListsDecisionLog()
{
    const int row = rowWithRuleInFamily();
    clickRow(row);
    DetailPane *pane = m_window->detailPane();
    Document &doc = m_window->document();
    const QString reason = QStringLiteral("Closed by the office, review %1").arg(row);
    const std::size_t logBefore = doc.decisionLog().size();
    QSignalSpy appended(&doc, &Document::decisionLogAppended);
    Override o;
    o.itemId = doc.inventory().at(row).id;
    o.action = Action::Shutdown;
    o.reason = reason;
    o.who = QStringLiteral("Li Ming");
    ItemFilterProxy *proxy = m_window->inventoryPage()->proxy();
    const QModelIndex cell = proxy->mapToSource(proxy->index(proxy->proxyRow(row), 0));
    QVERIFY(const_cast<QAbstractItemModel *>(cell.model())
                ->setData(cell, QVariant::fromValue(o), ItemTableModel::DecisionRole));
    QCoreApplication::processEvents();
    QCOMPARE(appended.count(), 1);
    QCOMPARE(doc.decisionLog().size(), logBefore + 1);
    const DecisionLogEntry &e = doc.decisionLog().back();
    QCOMPARE(e.itemId, o.itemId);
    QVERIFY(e.newAction && *e.newAction == Action::Shutdown);
    QString text = pane->toPlainText();
    const QString when = e.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    // "2026-12-07 23:20 Li Ming: Recommendation → Shut down" and the reason under it.
    const QString line = when + u' ' + e.who + QStringLiteral(": ") + QStringLiteral("Recommendation") + QStringLiteral(" → ")
        + actionLabel(Action::Shutdown);
    QVERIFY2(text.contains(QStringLiteral("Decision log")), qPrintable(text));
    QVERIFY2(text.contains(line), qPrintable(line + u'\n' + text));
    QVERIFY2(text.contains(QStringLiteral("Reason: ") + reason), qPrintable(text));
    // Undo appends the reverse entry, shown first (newest first); the decision itself stays listed.
    doc.undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(doc.decisionLog().size(), logBefore + 2);
    QCOMPARE(doc.decisionLog().back().kind, DecisionLogEntry::Kind::Undo);
    text = pane->toPlainText();
    const QString undoLine = actionLabel(Action::Shutdown) + QStringLiteral(" → ") + QStringLiteral("Recommendation") + QStringLiteral(" (undo)");
    const qsizetype undoAt = text.indexOf(undoLine);
    const qsizetype decideAt = text.indexOf(line);
    QVERIFY2(undoAt >= 0 && decideAt > undoAt, qPrintable(text));
    // An entry about another item does not touch this one's history.
    const int other = row == 0 ? 1 : 0;
    Override o2;
    o2.itemId = doc.inventory().at(other).id;
    o2.action = Action::Keep;
    o2.reason = QStringLiteral("Other item reason");
    QVERIFY(doc.setOverride(other, o2));
    QCoreApplication::processEvents();
    QVERIFY(!pane->toPlainText().contains(o2.reason));
    QCOMPARE(pane->row(), row);
}

QTEST_MAIN(TestGuiDetails)
#include "test_gui_details.moc"
