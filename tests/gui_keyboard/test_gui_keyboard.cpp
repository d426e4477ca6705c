// Keyboard and screen on the demo region: every view is reachable from the keyboard, Help lists
// the shortcuts the menus really have, the window fits a 1366×768 laptop screen, and it comes
// back as the user left it.

#include "../common/demowindow.h"
#include "dialogs/shortcutsdialog.h"
#include "document.h"
#include "mainactions.h"
#include "models/itemtablemodel.h"
#include "views/inventorypage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace slimplan;

class TestGuiKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fitsLaptopScreen();
    void tabShortcuts_data();
    void tabShortcuts();
    void paneShortcuts_data();
    void paneShortcuts();
    void f6CyclesPanes();
    void filterBarTabOrder();
    void shortcutsDialogListsMenus();
    void regionColumnShowsName();
    void stateIsRemembered();

private:
    QWidget *focused() const { return QApplication::focusWidget(); }
    MainWindow *m_window = nullptr;
};

void TestGuiKeyboard::initTestCase()
{
    const auto start = testing::startDemoSuite(QStringLiteral("test_gui_keyboard"), m_window);
    if (start == testing::DemoSuiteStart::NotEmbedded)
        QSKIP("The demo ledger is not embedded in this build");
    QVERIFY(start == testing::DemoSuiteStart::Opened);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestGuiKeyboard::cleanupTestCase()
{
    delete m_window;
    Settings::clear();
}

// A 1366×768 screen less a taskbar and the window frame leaves about 1360×720 for the window.
void TestGuiKeyboard::fitsLaptopScreen()
{
    // With an item selected: the details and the graph then have content that may widen them.
    m_window->selectItem(1);
    QApplication::processEvents();
    QTabWidget *tabs = m_window->tabs();

    for (int i = 0; i < tabs->count(); ++i) {
        const QSize hint = tabs->widget(i)->minimumSizeHint();
        QVERIFY2(hint.width() <= 800, qPrintable(QStringLiteral("tab %1 needs %2 px").arg(tabs->tabText(i)).arg(hint.width())));
    }
    const QSize need = m_window->minimumSizeHint();
    QVERIFY2(need.width() <= 1360, qPrintable(QStringLiteral("window needs %1 px wide").arg(need.width())));
    QVERIFY2(need.height() <= 720, qPrintable(QStringLiteral("window needs %1 px high").arg(need.height())));
    // And it really lays out at that size, every tab.
    m_window->resize(1360, 720);
    QApplication::processEvents();
    QCOMPARE(m_window->width(), 1360);
    QCOMPARE(m_window->height(), 720);
    m_window->resize(1600, 1000);
    QApplication::processEvents();
}

void TestGuiKeyboard::tabShortcuts_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("tab");
    QTest::newRow("Ctrl+2 inventory") << int(Qt::Key_2) << 1;
    QTest::newRow("Ctrl+3 plan") << int(Qt::Key_3) << 2;
    QTest::newRow("Ctrl+4 charts") << int(Qt::Key_4) << 3;
    QTest::newRow("Ctrl+1 overview") << int(Qt::Key_1) << 0;
}

void TestGuiKeyboard::tabShortcuts()
{
    QFETCH(int, key);
    QFETCH(int, tab);
    QTest::keyClick(m_window, Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), tab);
    // Focus goes into the page, so that the next keys act on it.
    QVERIFY(focused());
    QVERIFY(m_window->tabs()->currentWidget()->isAncestorOf(focused()));
}

void TestGuiKeyboard::paneShortcuts_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("dock");
    QTest::newRow("Ctrl+5 regions") << int(Qt::Key_5) << QStringLiteral("RegionDock");
    QTest::newRow("Ctrl+6 details") << int(Qt::Key_6) << QStringLiteral("DetailDock");
    QTest::newRow("Ctrl+7 overlap graph") << int(Qt::Key_7) << QStringLiteral("GraphDock");
}

// The shortcut shows a hidden panel again and puts the focus in it.
void TestGuiKeyboard::paneShortcuts()
{
    QFETCH(int, key);
    QFETCH(QString, dock);
    auto *d = m_window->findChild<QDockWidget *>(dock);
    QVERIFY(d);
    d->hide();
    QTest::keyClick(m_window, Qt::Key(key), Qt::ControlModifier);
    QVERIFY(d->isVisible());
    QVERIFY(focused());
    QVERIFY2(d->isAncestorOf(focused()), qPrintable(focused()->metaObject()->className()));
}

void TestGuiKeyboard::f6CyclesPanes()
{
    m_window->tabs()->setCurrentIndex(1);
    m_window->regionTree()->setFocus();
    QApplication::processEvents();
    const QList<QWidget *> panes{m_window->tabs(), m_window->findChild<QDockWidget *>(QStringLiteral("DetailDock")),
                                 m_window->findChild<QDockWidget *>(QStringLiteral("GraphDock")),
                                 m_window->findChild<QDockWidget *>(QStringLiteral("RegionDock"))};
    for (QWidget *pane : panes) {
        QTest::keyClick(focused(), Qt::Key_F6);
        QVERIFY(focused());
        QVERIFY2(pane->isAncestorOf(focused()), qPrintable(pane->objectName()));
    }
    // Shift+F6 goes back.
    QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(panes[2]->isAncestorOf(focused()));
}

// Search box, then the four filters in the order they stand, then the table.
void TestGuiKeyboard::filterBarTabOrder()
{
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    InventoryPage *page = m_window->inventoryPage();
    QCOMPARE(focused(), page->searchBox());
    QList<QWidget *> seen;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        seen << focused();
    }
    QCOMPARE(seen.last(), static_cast<QWidget *>(page->table()));
    for (int i = 0; i + 1 < seen.size() - 1; ++i) {
        QVERIFY(seen[i]->inherits("QComboBox"));
        QVERIFY2(seen[i]->x() < seen[i + 1]->x(), "the filters are visited left to right");
    }
}

// Every menu action that has a shortcut is in the Help ▸ Keyboard Shortcuts table, with the
// shortcut the menu shows; nothing in the table is made up.
void TestGuiKeyboard::shortcutsDialogListsMenus()
{
    ShortcutsDialog dialog(*m_window->menuBar());
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    QHash<QString, QString> listed;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1))
            listed.insert(table->item(r, 1)->text(), table->item(r, 0)->text());
    int withKeys = 0;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu()) {
                walk(a->menu());
                continue;
            }
            if (a->shortcut().isEmpty())
                continue;
            ++withKeys;
            const QString key = a->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(key), qPrintable(key));
            QCOMPARE(listed.value(key), QString(a->text()).remove(QLatin1Char('&')));
        }
    };
    for (QAction *a : m_window->menuBar()->actions())
        walk(a->menu());
    QVERIFY(withKeys >= 20);
    QVERIFY(listed.contains(QStringLiteral("F6")));
    // The Help menu opens it.
    QVERIFY(m_window->actions().shortcuts);
    QVERIFY(m_window->actions().helpMenu->actions().contains(m_window->actions().shortcuts));
}

void TestGuiKeyboard::regionColumnShowsName()
{
    const ItemTableModel &model = m_window->tableModel();
    const int row = 0;
    const QString code = m_window->document().inventory().items().at(row).region;
    QVERIFY(!code.isEmpty());
    const QString shown = model.index(row, ItemTableModel::RegionColumn).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("Qingxi")) || shown.contains(QStringLiteral("青溪")), qPrintable(shown));
    QCOMPARE(model.index(row, ItemTableModel::RegionColumn).data(Qt::ToolTipRole).toString().contains(code), true);
}

// Closed and opened again, the window has its size, its panels and its tab back.
void TestGuiKeyboard::stateIsRemembered()
{
    m_window->resize(1400, 800);
    m_window->tabs()->setCurrentIndex(2);
    m_window->findChild<QDockWidget *>(QStringLiteral("GraphDock"))->hide();
    QVERIFY(m_window->close());
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1400, 800));
    QCOMPARE(again.tabs()->currentIndex(), 2);
    QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("GraphDock"))->isVisible());
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("DetailDock"))->isVisible());
}

QTEST_MAIN(TestGuiKeyboard)
#include "test_gui_keyboard.moc"
