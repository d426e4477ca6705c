// The Overview tab on the demo region, driven as a user would: it is the first tab on opening, and
// a click on a figure (a rule finding, a unit, a headline count, "needs checking") switches to the
// Inventory tab with the table filtered to exactly the items the figure counted.

#include "../common/demowindow.h"
#include "document.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "models/itemfilterproxy.h"
#include "models/regiontreemodel.h"
#include "settings.h"
#include "util/i18n.h"
#include "views/inventorypage.h"
#include "views/overviewpage.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace slimplan;

class TestGuiOverview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void overviewIsFirstTab();
    void clickFigureFiltersTable_data();
    void clickFigureFiltersTable();
    void ruleFilterListsNames();
    void decisionRefreshesOverview();
    void chineseLabels();

private:
    QPushButton *button(const QString &name) const;
    int shownCount(const QString &name) const;
    MainWindow *m_window = nullptr;
};

void TestGuiOverview::initTestCase()
{
    const auto start = testing::startDemoSuite(QStringLiteral("test_gui_overview"), m_window);
    if (start == testing::DemoSuiteStart::NotEmbedded)
        QSKIP("The demo ledger is not embedded in this build");
    QVERIFY(start == testing::DemoSuiteStart::Opened);
}

void TestGuiOverview::cleanupTestCase()
{
    delete m_window;
    Settings::clear();
}

QPushButton *TestGuiOverview::button(const QString &name) const
{
    return m_window->overviewPage()->findChild<QPushButton *>(name);
}

int TestGuiOverview::shownCount(const QString &name) const
{
    QPushButton *b = button(name);
    if (!b)
        return -1;
    QString digits;
    for (QChar c : b->text()) // "−12 (3.4%)" → 12; "1,234" → 1234
        if (c.isDigit())
            digits += c;
        else if (c == u'(')
            break;
    return digits.toInt();
}

void TestGuiOverview::overviewIsFirstTab()
{
    QCOMPARE(m_window->tabs()->indexOf(m_window->overviewPage()), 0);
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Overview"));
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->overviewPage());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_window->inventoryPage())), QStringLiteral("Inventory"));
    const Overview &o = m_window->overviewPage()->overview();
    QCOMPARE(o.items, m_window->document().rowCount());
    QCOMPARE(shownCount(QStringLiteral("overviewBefore3")), m_window->document().rowCount());
    QVERIFY(!o.topRules.empty());
    QVERIFY(!o.unitsByItems.empty());
    QVERIFY(button(QStringLiteral("overviewRuleName0"))->text().startsWith(o.topRules[0].rule + QLatin1Char(' ')));
}

void TestGuiOverview::clickFigureFiltersTable_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("most frequent rule, its count") << "overviewRuleCount0";
    QTest::newRow("second rule, its name") << "overviewRuleName1";
    QTest::newRow("fifth rule") << "overviewRuleCount4";
    QTest::newRow("unit with most items") << "overviewUnitItems0";
    QTest::newRow("unit with most actions") << "overviewUnitActions0";
    QTest::newRow("apps before") << "overviewBefore0";
    QTest::newRow("accounts after the plan") << "overviewAfter1";
    QTest::newRow("groups reduction") << "overviewReduction2";
    QTest::newRow("total reduction") << "overviewReduction3";
    QTest::newRow("items with an action") << "overviewChanging";
    QTest::newRow("needs checking") << "overviewCheckAll";
    QTest::newRow("missing data") << "overviewMissing";
}

void TestGuiOverview::clickFigureFiltersTable()
{
    QFETCH(QString, name);
    if (!m_window)
        QSKIP("no demo");
    m_window->tabs()->setCurrentWidget(m_window->overviewPage());
    // A region chosen in the tree is let go: the overview counts the whole region.
    QTreeView *tree = m_window->regionTree();
    const QModelIndex root = tree->model()->index(0, 0);
    if (tree->model()->rowCount(root) > 0)
        tree->setCurrentIndex(tree->model()->index(0, 0, root));
    QPushButton *b = button(name);
    QVERIFY2(b, qPrintable(name));
    // The count the figure shows: on its own button, or on the count beside a name.
    const QString countName = name.contains(QStringLiteral("Name")) ? QString(name).replace(QStringLiteral("Name"), QStringLiteral("Count")) : name;
    const int shown = shownCount(countName);
    QVERIFY(shown > 0);
    // Scrolled into view as a user would, so that the click lands on the figure.
    m_window->overviewPage()->findChild<QScrollArea *>()->ensureWidgetVisible(b);
    QCoreApplication::processEvents();
    QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(name));
    QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->inventoryPage());
    ItemFilterProxy *proxy = m_window->inventoryPage()->proxy();
    proxy->waitForFinished();
    QCOMPARE(proxy->rowCount(), shown);
    const ItemFilter &f = proxy->filter();
    QVERIFY(f.regionPrefix.isEmpty());
    QVERIFY(f.text.isEmpty());
    const Overview &o = m_window->overviewPage()->overview();
    if (name.startsWith(QStringLiteral("overviewRule"))) {
        const std::size_t k = name.right(1).toUInt();
        QCOMPARE(f.rule, o.topRules[k].rule);
        QComboBox *rule = m_window->inventoryPage()->findChildren<QComboBox *>().at(3);
        QCOMPARE(rule->currentData().toString(), o.topRules[k].rule);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(m_window->document().plan().decisions[std::size_t(proxy->sourceRow(r))].rules.contains(f.rule));
    }
    if (name.startsWith(QStringLiteral("overviewUnit"))) {
        const bool actions = name.contains(QStringLiteral("Actions"));
        QCOMPARE(f.owner, (actions ? o.unitsByActions : o.unitsByItems)[0].owner);
        auto *chip = m_window->inventoryPage()->findChild<QToolButton *>(QStringLiteral("filterChip"));
        QVERIFY(chip->isVisible());
        QVERIFY(chip->text().contains(f.owner));
        // The chip removes the unit filter: every item again.
        QTest::mouseClick(chip, Qt::LeftButton);
        proxy->waitForFinished();
        QVERIFY(proxy->filter().owner.isEmpty());
        QVERIFY(!chip->isVisible());
        QCOMPARE(proxy->rowCount(), actions ? o.changing : m_window->document().rowCount());
    }
}

void TestGuiOverview::ruleFilterListsNames()
{
    if (!m_window)
        QSKIP("no demo");
    QComboBox *rule = m_window->inventoryPage()->findChildren<QComboBox *>().at(3);
    const int a8 = rule->findData(QStringLiteral("A8"));
    QVERIFY(a8 > 0);
    QVERIFY(rule->itemText(a8).startsWith(QStringLiteral("A8 ")));
    QVERIFY(rule->itemText(a8).size() > 4);
}

void TestGuiOverview::decisionRefreshesOverview()
{
    if (!m_window)
        QSKIP("no demo");
    const int before = m_window->overviewPage()->overview().changing;
    // Keep an item that had an action; the overview follows, and undo brings it back.
    int row = -1;
    const auto &decisions = m_window->document().plan().decisions;
    for (std::size_t i = 0; i < decisions.size() && row < 0; ++i)
        if (decisions[i].action == Action::Shutdown)
            row = int(i);
    QVERIFY(row >= 0);
    Override o;
    o.action = Action::Keep;
    o.reason = QStringLiteral("test");
    QVERIFY(m_window->document().setOverride(row, o));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->overviewPage()->overview().changing, before - 1);
    QCOMPARE(shownCount(QStringLiteral("overviewChanging")), before - 1);
    QVERIFY(m_window->document().setOverride(row, std::nullopt));
    QCoreApplication::processEvents();
    QCOMPARE(shownCount(QStringLiteral("overviewChanging")), before);
}

void TestGuiOverview::chineseLabels()
{
    if (!m_window)
        QSKIP("no demo");
    installTranslations(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    // The Chinese tab name comes with the lead's merge of /work/briefs/zh-overview.tsv.
    QVERIFY(!m_window->tabs()->tabText(0).isEmpty());
    const Overview &o = m_window->overviewPage()->overview();
    QVERIFY(button(QStringLiteral("overviewRuleName0"))->text().startsWith(o.topRules[0].rule + QLatin1Char(' ')));
    m_window->tabs()->setCurrentWidget(m_window->overviewPage());
    QCoreApplication::processEvents();
    m_window->grab().save(QStringLiteral("/tmp/overview/overview-zh_CN-1600.png"));
    m_window->resize(1366, 768);
    QCoreApplication::processEvents();
    m_window->grab().save(QStringLiteral("/tmp/overview/overview-zh_CN-1366.png"));
    installTranslations(QStringLiteral("en"));
    QCoreApplication::processEvents();
    m_window->grab().save(QStringLiteral("/tmp/overview/overview-en-1366.png"));
    m_window->resize(1600, 1000);
    QCoreApplication::processEvents();
    m_window->grab().save(QStringLiteral("/tmp/overview/overview-en-1600.png"));
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Overview"));
}

QTEST_MAIN(TestGuiOverview)
#include "test_gui_overview.moc"
