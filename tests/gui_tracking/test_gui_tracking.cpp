// The Tracking tab driven like an official would: the demo region saved as a project, items of
// one unit marked done and in progress with the page's buttons, a notified shutdown past its
// deadline shown overdue in red, the "overdue only" and text filters, Ctrl+9, the states kept
// across closing and reopening the project, a done item that a later snapshot still holds
// flagged, and the progress section of the plan PDF.
#include "../common/demowindow.h"

#include "charts/trackingchart.h"
#include "document.h"
#include "mainactions.h"
#include "models/trackingitemsmodel.h"
#include "models/trackingmodel.h"
#include "report/planpdf.h"
#include "store/projectstore.h"
#include "views/trackingpage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;
using namespace slimplan::testing;

namespace {
// The displayed value of a unit's column in the units table (-1 when the unit is not listed).
int unitValue(TrackingPage *page, const QString &owner, int column)
{
    const QAbstractItemModel *m = page->unitTable()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(TrackingModel::OwnerRole).toString() == owner)
            return m->index(r, column).data().toInt();
    return -1;
}

QStringList shownUnits(TrackingPage *page)
{
    QStringList out;
    const QAbstractItemModel *m = page->unitTable()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, 0).data(TrackingModel::OwnerRole).toString();
    out.sort();
    return out;
}

void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QModelIndex at = view->model()->index(row, 0);
    view->scrollTo(at);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(at).center());
}

// Clicks the unit's row, then the rows of the given items (ctrl-click after the first).
bool selectItems(TrackingPage *page, const QString &owner, const QStringList &ids)
{
    const QAbstractItemModel *units = page->unitTable()->model();
    for (int r = 0; r < units->rowCount(); ++r)
        if (units->index(r, 0).data(TrackingModel::OwnerRole).toString() == owner)
            clickRow(page->unitTable(), r);
    if (page->currentUnit() != owner)
        return false;
    QTableView *items = page->itemTable();
    int clicked = 0;
    for (int r = 0; r < items->model()->rowCount(); ++r) {
        if (!ids.contains(items->model()->index(r, TrackingItemsModel::IdColumn).data().toString()))
            continue;
        clickRow(items, r, clicked++ ? Qt::ControlModifier : Qt::NoModifier);
    }
    return clicked == ids.size() && items->selectionModel()->selectedRows().size() == ids.size();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestGuiTracking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ctrl9ShowsTheTab();
    void unsavedDocumentCannotBeTracked();
    void everyUnitListsItsActions();
    void marksDoneAndInProgress();
    void pastDeadlineIsOverdueAndRed();
    void filters_data();
    void filters();
    void perKindTable();
    void statesSurviveReopening();
    void pdfShowsProgress();
    void doneButStillPresentIsFlagged();
    void stepsWrittenElsewhereShowAtOnce();

private:
    TrackingPage *page() const;
    // The first unit with at least three actions, three of its action items, and a shutdown
    // item of another unit.
    bool pickItems();

    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
    QString m_project;
    QString m_unit;
    QStringList m_unitItems;
    QString m_lateUnit;
    QString m_lateItem;
};

TrackingPage *TestGuiTracking::page() const
{
    return m_window->findChild<TrackingPage *>();
}

void TestGuiTracking::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "no temporary directory");
    switch (startDemoSuite(QStringLiteral("test_gui_tracking"), m_window)) {
    case DemoSuiteStart::NotEmbedded: QSKIP("the demo ledger is not embedded in this build");
    case DemoSuiteStart::Failed: QFAIL("the demo did not load");
    case DemoSuiteStart::Opened: break;
    }
    QVERIFY(page());
    m_project = m_dir.filePath(QStringLiteral("demo.slimplan"));
}

void TestGuiTracking::cleanupTestCase()
{
    delete m_window;
}

void TestGuiTracking::ctrl9ShowsTheTab()
{
    m_window->tabs()->setCurrentIndex(0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentWidget(), page());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()), QStringLiteral("Tracking"));
    // The existing shortcuts are unchanged: Ctrl+1 is still the overview.
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    QTest::keyClick(m_window, Qt::Key_9, Qt::ControlModifier);
}

void TestGuiTracking::unsavedDocumentCannotBeTracked()
{
    QVERIFY(!m_window->document().store());
    page()->refresh();
    QVERIFY(page()->noticeLabel()->isVisible());
    QCOMPARE(page()->noticeLabel()->text(), QStringLiteral("Save the project to track its actions."));
    QVERIFY(!page()->markButton(TrackingState::Done)->isEnabled());
    // The progress is still shown: every action planned.
    QVERIFY(page()->unitModel()->rowCount() > 1);
    QVERIFY(page()->progress().total.states[std::size_t(TrackingState::Planned)] > 0);
    QCOMPARE(page()->progress().total.states[std::size_t(TrackingState::Done)], 0);
}

// The tab opens on the first unit with its actions listed (not on the unit without an owner,
// whose name is "" like "nothing chosen"), and every unit row lists exactly its actions, the
// unit of unknown owners ("不详", empty) included.
void TestGuiTracking::everyUnitListsItsActions()
{
    page()->refresh();
    auto *units = m_window->findChild<QTableView *>(QStringLiteral("trackingUnits"));
    auto *items = m_window->findChild<QTableView *>(QStringLiteral("trackingItems"));
    QVERIFY(units && items);
    const QModelIndex first = units->currentIndex();
    QVERIFY(first.isValid());
    QCOMPARE(first.row(), 0);
    QVERIFY(units->selectionModel()->isRowSelected(0, QModelIndex()));
    const QString firstOwner = first.sibling(0, 0).data(TrackingModel::OwnerRole).toString();
    QVERIFY(!firstOwner.isEmpty());
    QLabel *title = nullptr;
    for (QLabel *l : page()->findChildren<QLabel *>())
        if (l->text().startsWith(QLatin1String("Actions of ")))
            title = l;
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Actions of %1").arg(firstOwner));
    bool sawNoOwner = false;
    for (int row = 0; row < units->model()->rowCount(); ++row) {
        clickRow(units, row);
        const QString owner = units->model()->index(row, 0).data(TrackingModel::OwnerRole).toString();
        const int actions = units->model()->index(row, TrackingModel::ActionsColumn).data(Qt::DisplayRole).toInt();
        sawNoOwner = sawNoOwner || owner.isEmpty();
        QVERIFY2(actions > 0, qPrintable(owner));
        QCOMPARE(items->model()->rowCount(), actions);
    }
    QVERIFY(sawNoOwner); // the demo has items of unknown owner with actions
    clickRow(units, 0);
}

bool TestGuiTracking::pickItems()
{
    const TrackingProgress &p = page()->progress();
    const Document &doc = m_window->document();
    for (const UnitProgress &u : p.units) {
        int actions = 0;
        for (int n : u.states)
            actions += n;
        if (actions >= 3 && !u.owner.isEmpty()) {
            m_unit = u.owner;
            break;
        }
    }
    for (const ItemProgress &i : p.items) {
        const Item &it = doc.inventory().at(i.row);
        if (it.owner == m_unit && m_unitItems.size() < 3)
            m_unitItems << it.id;
        else if (it.owner != m_unit && m_lateItem.isEmpty()
                 && doc.plan().decisions[std::size_t(i.row)].action == Action::Shutdown) {
            m_lateItem = it.id;
            m_lateUnit = it.owner;
        }
    }
    return m_unitItems.size() == 3 && !m_lateItem.isEmpty();
}

void TestGuiTracking::marksDoneAndInProgress()
{
    QVERIFY(m_window->files().saveTo(m_project));
    QVERIFY(m_window->document().store());
    QCoreApplication::processEvents();
    page()->refresh();
    QVERIFY(!page()->noticeLabel()->isVisible());
    QVERIFY(page()->markButton(TrackingState::Done)->isEnabled());
    QVERIFY2(pickItems(), "the demo has no unit with three actions and a shutdown elsewhere");

    QVERIFY(selectItems(page(), m_unit, m_unitItems.mid(0, 2)));
    QTest::keyClicks(page()->noteEdit(), QStringLiteral("taken off the store"));
    QTest::mouseClick(page()->markButton(TrackingState::Done), Qt::LeftButton);
    QVERIFY(selectItems(page(), m_unit, m_unitItems.mid(2, 1)));
    QTest::keyClicks(page()->evidenceEdit(), QStringLiteral("report-2026-12.pdf"));
    QTest::mouseClick(page()->markButton(TrackingState::InProgress), Qt::LeftButton);

    QCOMPARE(unitValue(page(), m_unit, TrackingModel::PlannedColumn + int(TrackingState::Done)), 2);
    QCOMPARE(unitValue(page(), m_unit, TrackingModel::PlannedColumn + int(TrackingState::InProgress)), 1);
    QCOMPARE(unitValue(page(), m_unit, TrackingModel::OverdueColumn), 0);
    // The items table of the unit says the same, with today's date and the note.
    const QAbstractItemModel *items = page()->itemTable()->model();
    int done = 0;
    for (int r = 0; r < items->rowCount(); ++r) {
        if (items->index(r, TrackingItemsModel::StateColumn).data().toString() != QStringLiteral("Done"))
            continue;
        ++done;
        QCOMPARE(items->index(r, TrackingItemsModel::DateColumn).data().toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(items->index(r, TrackingItemsModel::NoteColumn).data().toString(), QStringLiteral("taken off the store"));
    }
    QCOMPARE(done, 2);
    // The chart draws the unit with the same counts.
    const int bar = page()->chart()->units().indexOf(m_unit);
    QVERIFY(bar >= 0);
    QCOMPARE(page()->chart()->countsOf(bar)[std::size_t(TrackingState::Done)], 2);
    // The history has the evidence file name.
    const std::vector<TrackingEvent> history = m_window->document().store()->trackingHistory(m_unitItems[2]);
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history.front().evidence, QStringLiteral("report-2026-12.pdf"));
    QCOMPARE(history.front().state, TrackingState::InProgress);
}

void TestGuiTracking::pastDeadlineIsOverdueAndRed()
{
    QVERIFY(!m_lateItem.isEmpty());
    QVERIFY(selectItems(page(), m_lateUnit, {m_lateItem}));
    page()->dateEdit()->setDate(QDate::currentDate().addDays(-100));
    QTest::mouseClick(page()->markButton(TrackingState::Notified), Qt::LeftButton);

    const QAbstractItemModel *items = page()->itemTable()->model();
    int row = -1;
    for (int r = 0; r < items->rowCount(); ++r)
        if (items->index(r, TrackingItemsModel::IdColumn).data().toString() == m_lateItem)
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex state = items->index(row, TrackingItemsModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("Notified"));
    QVERIFY(state.data(TrackingItemsModel::OverdueRole).toBool());
    // Shut down within 30 days of the notice: the deadline was 70 days ago.
    QCOMPARE(items->index(row, TrackingItemsModel::DeadlineColumn).data().toString(),
             QDate::currentDate().addDays(-70).toString(Qt::ISODate));
    QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(), overdueColor());
    QCOMPARE(state.data(Qt::BackgroundRole).value<QColor>(), overdueBackground());
    // The unit's overdue count is red too; the first unit's rows are not.
    QCOMPARE(unitValue(page(), m_lateUnit, TrackingModel::OverdueColumn), 1);
    const QAbstractItemModel *units = page()->unitTable()->model();
    for (int r = 0; r < units->rowCount(); ++r) {
        const QModelIndex overdue = units->index(r, TrackingModel::OverdueColumn);
        const bool late = overdue.data(TrackingModel::OwnerRole).toString() == m_lateUnit;
        QCOMPARE(overdue.data(Qt::ForegroundRole).value<QColor>() == overdueColor(), late);
    }
    QCOMPARE(page()->progress().total.overdue, 1);
    page()->dateEdit()->setDate(QDate::currentDate());
}

void TestGuiTracking::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("overdueOnly");
    QTest::addColumn<QStringList>("expected"); // empty = every unit

    QTest::newRow("overdue only: just the unit with the late shutdown") << QString() << true << QStringList{m_lateUnit};
    QTest::newRow("text: the first unit's full name") << m_unit << false << QStringList{m_unit};
    QTest::newRow("text that no unit has") << QStringLiteral("无此单位") << false << QStringList{QStringLiteral("-")};
    QTest::newRow("text and overdue only: the first unit has nothing late")
        << m_unit << true << QStringList{QStringLiteral("-")};
    QTest::newRow("no filter") << QString() << false << QStringList();
}

void TestGuiTracking::filters()
{
    QFETCH(QString, text);
    QFETCH(bool, overdueOnly);
    QFETCH(QStringList, expected);
    QLineEdit *search = page()->searchBox();
    search->clear();
    search->setFocus();
    search->insert(text); // as pasted: QTest types Latin-1 only, unit names are Chinese
    if (page()->overdueOnlyBox()->isChecked() != overdueOnly)
        QTest::mouseClick(page()->overdueOnlyBox(), Qt::LeftButton, Qt::NoModifier, QPoint(6, page()->overdueOnlyBox()->height() / 2));
    QCOMPARE(page()->overdueOnlyBox()->isChecked(), overdueOnly);
    const QStringList shown = shownUnits(page());
    if (expected.isEmpty())
        QCOMPARE(shown.size(), int(page()->progress().units.size()));
    else if (expected == QStringList{QStringLiteral("-")})
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char(','))));
    else
        QCOMPARE(shown, expected);
    search->clear();
    if (page()->overdueOnlyBox()->isChecked())
        page()->overdueOnlyBox()->click();
}

void TestGuiTracking::perKindTable()
{
    const QTableWidget *kinds = page()->kindTable();
    QCOMPARE(kinds->rowCount(), kKindCount + 1);
    int actions = 0;
    int done = 0;
    for (int k = 0; k < kKindCount; ++k) {
        actions += kinds->item(k, 1)->text().toInt();
        done += kinds->item(k, 2)->text().toInt();
    }
    const UnitProgress &t = page()->progress().total;
    int all = 0;
    for (int n : t.states)
        all += n;
    QCOMPARE(actions, all);
    QCOMPARE(kinds->item(kKindCount, 1)->text().toInt(), all);
    QCOMPARE(done, 2);
    QCOMPARE(kinds->item(kKindCount, 2)->text().toInt(), 2);
    QCOMPARE(kinds->item(kKindCount, 3)->text().toInt(), 0);
}

void TestGuiTracking::statesSurviveReopening()
{
    QSignalSpy loaded(&m_window->files(), &FileController::loadFinished);
    m_window->files().openProject(m_project);
    QVERIFY(loaded.wait(120000));
    QVERIFY(loaded.first().first().toBool());
    QCoreApplication::processEvents();
    page()->refresh();
    QCOMPARE(unitValue(page(), m_unit, TrackingModel::PlannedColumn + int(TrackingState::Done)), 2);
    QCOMPARE(unitValue(page(), m_unit, TrackingModel::PlannedColumn + int(TrackingState::InProgress)), 1);
    QCOMPARE(unitValue(page(), m_lateUnit, TrackingModel::PlannedColumn + int(TrackingState::Notified)), 1);
    QCOMPARE(unitValue(page(), m_lateUnit, TrackingModel::OverdueColumn), 1);
}

void TestGuiTracking::pdfShowsProgress()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils missing: run scripts/install-deps.sh");
    const Document &doc = m_window->document();
    ReportOptions options;
    options.tracking = std::make_shared<const std::vector<TrackingStatus>>(doc.store()->trackingStates());
    const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
    QString error;
    QVERIFY2(writePlanPdf(doc.inventory(), doc.plan(), options, pdf, nullptr, &error), qPrintable(error));
    QString text = pdfText(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s"))); // lines break anywhere in Chinese
    QVERIFY2(text.contains(QStringLiteral("五、整改进展")), "no progress section");
    QVERIFY(text.contains(QStringLiteral("（一）按主办单位")));
    QVERIFY(text.contains(QStringLiteral("（二）按类型")));
    QVERIFY2(text.contains(QStringLiteral("已完成2项")), qPrintable(text.section(QStringLiteral("五、整改进展"), 1).left(300)));
    QVERIFY(text.contains(QStringLiteral("逾期未完成1项")));

    // Every item still planned: no section.
    options.tracking = std::make_shared<const std::vector<TrackingStatus>>();
    QVERIFY2(writePlanPdf(doc.inventory(), doc.plan(), options, pdf, nullptr, &error), qPrintable(error));
    QVERIFY(!pdfText(pdf).contains(QStringLiteral("整改进展")));
}

void TestGuiTracking::doneButStillPresentIsFlagged()
{
    QString error;
    ProjectStore *store = m_window->document().store();
    QVERIFY(store);
    // A later ledger that still lists every item (a copy of the plan's snapshot).
    QVERIFY2(store->createSnapshot(QStringLiteral("2027-01"), QDate::currentDate(), &error, true), qPrintable(error));
    // The late shutdown is reported done: the later ledger still has it.
    QVERIFY(selectItems(page(), m_lateUnit, {m_lateItem}));
    QTest::mouseClick(page()->markButton(TrackingState::Done), Qt::LeftButton);
    const Document &doc = m_window->document();
    int flagged = 0;
    for (const QString &unit : {m_unit, m_lateUnit}) {
        QVERIFY(page()->selectUnit(unit));
        const QAbstractItemModel *items = page()->itemTable()->model();
        for (int r = 0; r < items->rowCount(); ++r) {
            const QModelIndex state = items->index(r, TrackingItemsModel::StateColumn);
            const int row = state.data(TrackingItemsModel::RowRole).toInt();
            // Only an action that takes the item away can be contradicted by a later ledger.
            const bool expected = state.data().toString() == QStringLiteral("Done")
                && leavesCount(doc.plan().decisions[std::size_t(row)].action);
            QCOMPARE(state.data(TrackingItemsModel::StillPresentRole).toBool(), expected);
            QCOMPARE(!state.data(Qt::DecorationRole).value<QIcon>().isNull(), expected);
            if (expected) {
                ++flagged;
                QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("later snapshot")));
            }
        }
    }
    QVERIFY(flagged >= 1);
    QCOMPARE(page()->progress().total.stillPresent, flagged);
    // The done shutdown is not overdue any more.
    QCOMPARE(page()->progress().total.overdue, 0);
}

// Steps written to the project by another path (the notices dialog, which marks items notified)
// reach the open Tracking tab through Document::trackingChanged, without switching tabs.
void TestGuiTracking::stepsWrittenElsewhereShowAtOnce()
{
    m_window->tabs()->setCurrentWidget(page());
    QCoreApplication::processEvents();
    QVERIFY(page()->isVisible());
    ProjectStore *store = m_window->document().store();
    QVERIFY(store);
    const int verifiedColumn = TrackingModel::PlannedColumn + int(TrackingState::Verified);
    const int doneColumn = TrackingModel::PlannedColumn + int(TrackingState::Done);
    QCOMPARE(unitValue(page(), m_unit, doneColumn), 2);
    QCOMPARE(unitValue(page(), m_unit, verifiedColumn), 0);
    TrackingEvent e;
    e.itemId = m_unitItems[0];
    e.state = TrackingState::Verified;
    e.date = QDate::currentDate();
    e.note = QStringLiteral("checked on site");
    e.who = QStringLiteral("test");
    e.when = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY2(store->recordTracking({e}, &error, &m_window->document().profile()), qPrintable(error));
    QCoreApplication::processEvents();
    // Nothing told the page yet: it still shows what it read.
    QCOMPARE(unitValue(page(), m_unit, verifiedColumn), 0);
    QSignalSpy changed(&m_window->document(), &Document::trackingChanged);
    emit m_window->document().trackingChanged();
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(unitValue(page(), m_unit, verifiedColumn), 1);
    QCOMPARE(unitValue(page(), m_unit, doneColumn), 1);
    QCOMPARE(page()->chart()->countsOf(page()->chart()->units().indexOf(m_unit))[std::size_t(TrackingState::Verified)], 1);
    // Marking on the page announces it to the document too.
    QVERIFY(selectItems(page(), m_unit, {m_unitItems[1]}));
    QTest::mouseClick(page()->markButton(TrackingState::Verified), Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(unitValue(page(), m_unit, verifiedColumn), 2);
    QCOMPARE(page()->itemTable()->selectionModel()->selectedRows().size(), 1);
}

QTEST_MAIN(TestGuiTracking)
#include "test_gui_tracking.moc"
