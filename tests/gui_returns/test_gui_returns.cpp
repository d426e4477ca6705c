// A unit's return imported into the open project the way the office does it: the demo region saved
// as a project, 青溪县民政局 sends back its rows with one value corrected, one item left out and
// one new item. The import wizard shows, before anything changes, that unit with its exact counts
// and the corrected field as "Users: 1200 → 1500"; Cancel leaves the window and the file as they
// were; Import updates the item, keeps the left-out item (marked "reported gone") and the Returns
// tab (Ctrl+8) then shows the unit answered with the gone item counted, filterable and sortable.
#include "../common/demowindow.h"

#include "dialogs/importwizard.h"
#include "dialogs/returndiffview.h"
#include "document.h"
#include "models/returnsmodel.h"
#include "store/projectstore.h"
#include "tasks/taskrunner.h"
#include "views/returnspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace slimplan;
using namespace slimplan::testing;

namespace {

const QString kUnit = QStringLiteral("青溪县民政局");
const QString kChanged = QStringLiteral("QX-APP-007"); // 民政数据通: 用户数 1200 in the demo
const QString kGone = QStringLiteral("QX-GRP-010");    // 青溪民政社会救助二群: left out of the return
const QString kNew = QStringLiteral("QX-APP-901");
constexpr int kUsersColumn = 10;                       // 用户数 in the demo ledger

// The unit's return: its rows of the demo ledger as they are, except the corrected users of one
// app, without one group, and with a new app at the end.
bool writeReturn(const QString &path)
{
    QFile demo(QStringLiteral(":/demo/qingxi.csv"));
    if (!demo.open(QIODevice::ReadOnly))
        return false;
    const QStringList lines = QString::fromUtf8(demo.readAll()).split(QLatin1Char('\n'));
    QStringList out{lines.value(0)};
    for (const QString &line : lines) {
        QStringList cells = line.split(QLatin1Char(','));
        if (cells.size() < 21 || cells.at(4) != kUnit || cells.at(0) == kGone)
            continue;
        if (cells.at(0) == kChanged) {
            if (cells.at(kUsersColumn) != QStringLiteral("1200"))
                return false; // the demo changed: the test's expectations must follow
            cells[kUsersColumn] = QStringLiteral("1500");
        }
        out << cells.join(QLatin1Char(','));
    }
    out << QStringLiteral("%1,民政救助随手拍,应用程序,安卓/iOS,%2,县,519901,救助线索上报,,公众,300,40,2026-11-20,,,2026-09-01,,,,,")
               .arg(kNew, kUnit);
    if (out.size() != 5) // header, three listed items, the new one
        return false;
    QFile f(path);
    const QByteArray bytes = (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// What the preview page showed for the unit.
struct PreviewSeen
{
    bool intoProject = false;
    bool reached = false;
    QStringList counts;     // New, Changed, Unchanged, Gone as shown in the unit's row
    QStringList children;   // the unit's expanded rows
    QStringList fieldLines; // the rows under "changed: …"
    QString summary;
};

PreviewSeen readPreview(ImportWizard &w)
{
    PreviewSeen seen;
    seen.intoProject = w.importsIntoProject();
    w.next();
    w.next();
    if (w.currentId() != ImportWizard::ReportPage
        || !QTest::qWaitFor([&] { return !w.isChecking() && w.checkedResult(); }, 20000))
        return seen;
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    seen.reached = w.currentId() == ImportWizard::DiffPage;
    QTreeWidgetItem *unit = w.diffView()->unitRow(kUnit);
    if (!seen.reached || !unit)
        return seen;
    for (int c = ReturnDiffView::NewColumn; c <= ReturnDiffView::GoneColumn; ++c)
        seen.counts << unit->text(c);
    QTreeWidget *tree = w.diffView()->tree();
    const QRect at = tree->visualItemRect(unit);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at.center()); // expand it
    for (int i = 0; i < unit->childCount(); ++i) {
        QTreeWidgetItem *child = unit->child(i);
        seen.children << child->text(0);
        for (int j = 0; j < child->childCount(); ++j)
            seen.fieldLines << child->child(j)->text(0);
    }
    seen.summary = w.diffView()->summary()->text();
    // For a look at the page: SLIMPLAN_GUI_RETURNS_SHOT=DIR saves it there.
    const QString shots = qEnvironmentVariable("SLIMPLAN_GUI_RETURNS_SHOT");
    if (!shots.isEmpty()) {
        tree->expandAll();
        QTest::qWait(50);
        w.grab().save(shots + QStringLiteral("/preview.png"));
    }
    return seen;
}

int usersOf(const Inventory &inv, const QString &id)
{
    const int at = inv.indexOf(id);
    return at >= 0 && inv.at(at).users ? int(*inv.at(at).users) : -1;
}

// The displayed text of a unit's column in the Returns tab ("" when the unit is not shown).
QString returnsCell(ReturnsPage *page, const QString &owner, int column)
{
    const QAbstractItemModel *m = page->shown();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(ReturnsModel::OwnerRole).toString() == owner)
            return m->index(r, column).data().toString();
    return {};
}

} // namespace

class TestGuiReturns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ctrl8ShowsTheTab();
    void nothingAnsweredBeforeTheReturn();
    void cancelledPreviewChangesNothing();
    void previewShowsTheUnit_data();
    void previewShowsTheUnit();
    void acceptedReturnUpdatesItems();
    void returnsTabShowsTheAnswer_data();
    void returnsTabShowsTheAnswer();
    void filtersAndSorts();
    void unitStatusFromRecords_data();
    void unitStatusFromRecords();

private:
    // Opens the import wizard on the return through the File controller and hands it to `drive`
    // from inside its modal loop.
    void runWizard(const std::function<void(ImportWizard &)> &drive);
    ReturnsPage *page() const { return m_window->returnsPage(); }

    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
    QString m_project;
    QString m_return;
    PreviewSeen m_seen;
};

void TestGuiReturns::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "no temporary directory");
    switch (startDemoSuite(QStringLiteral("test_gui_returns"), m_window)) {
    case DemoSuiteStart::NotEmbedded: QSKIP("the demo ledger is not embedded in this build");
    case DemoSuiteStart::Failed: QFAIL("the demo did not load");
    case DemoSuiteStart::Opened: break;
    }
    QVERIFY(page());
    m_project = m_dir.filePath(QStringLiteral("demo.slimplan"));
    QVERIFY(m_window->files().saveTo(m_project));
    QVERIFY(m_window->document().store());
    m_return = m_dir.filePath(QStringLiteral("民政局-核查表.csv"));
    QVERIFY2(writeReturn(m_return), "the demo ledger no longer holds the rows this test edits");
}

void TestGuiReturns::cleanupTestCase()
{
    delete m_window;
}

void TestGuiReturns::runWizard(const std::function<void(ImportWizard &)> &drive)
{
    bool found = false;
    QTimer::singleShot(0, m_window, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        found = wizard != nullptr;
        if (wizard)
            drive(*wizard);
    });
    m_window->files().openFiles({m_return}, /*wizard=*/true);
    QVERIFY(found);
}

void TestGuiReturns::ctrl8ShowsTheTab()
{
    m_window->tabs()->setCurrentIndex(0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentWidget(), page());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()), QStringLiteral("Returns"));
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier); // the others keep their keys
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
}

void TestGuiReturns::nothingAnsweredBeforeTheReturn()
{
    QTest::keyClick(m_window, Qt::Key_8, Qt::ControlModifier);
    // The demo is one ledger of the whole region: no unit's own return yet.
    const int units = page()->model()->rowCount();
    QVERIFY(units > 10);
    QCOMPARE(page()->model()->answeredCount(), 0);
    QCOMPARE(page()->summary()->text(), QStringLiteral("0 of %1 units answered").arg(units));
    QCOMPARE(returnsCell(page(), kUnit, ReturnsModel::StatusColumn), QStringLiteral("Not answered"));
    QCOMPARE(returnsCell(page(), kUnit, ReturnsModel::ItemsColumn), QStringLiteral("4"));
}

void TestGuiReturns::cancelledPreviewChangesNothing()
{
    const Document &doc = m_window->document();
    const int items = doc.rowCount();
    QCOMPARE(usersOf(doc.inventory(), kChanged), 1200);
    runWizard([&](ImportWizard &w) {
        m_seen = readPreview(w);
        QTest::mouseClick(w.button(QWizard::CancelButton), Qt::LeftButton);
    });
    QVERIFY(m_seen.intoProject);
    QVERIFY(m_seen.reached);
    QTest::qWait(50); // anything started by a wrongly accepted wizard would run now
    QVERIFY(!m_window->taskRunner().isBusy());
    QCOMPARE(doc.rowCount(), items);
    QCOMPARE(usersOf(doc.inventory(), kChanged), 1200);
    QCOMPARE(doc.inventory().indexOf(kNew), -1);
    // The file too: same items, same value, nothing marked gone, no new import in its history.
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(m_project, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->itemCount(), items);
    QCOMPARE(usersOf(store->loadInventory(), kChanged), 1200);
    QVERIFY(store->reportedGone().empty());
    QCOMPARE(int(store->importHistory().size()), 1);
}

void TestGuiReturns::previewShowsTheUnit_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("count");
    QTest::newRow("the new app counted as new") << 0 << "1";
    QTest::newRow("the corrected app counted as changed") << 1 << "1";
    QTest::newRow("the rows returned as they were counted unchanged") << 2 << "2";
    QTest::newRow("the group left out counted as gone") << 3 << "1";
}

void TestGuiReturns::previewShowsTheUnit()
{
    QFETCH(int, column);
    QFETCH(QString, count);
    QCOMPARE(m_seen.counts.size(), 4);
    QCOMPARE(m_seen.counts.at(column), count);
    // Expanded: each new, changed and gone item by name and id, the change as field: old → new.
    QCOMPARE(m_seen.children, (QStringList{QStringLiteral("new: 民政救助随手拍 (QX-APP-901)"),
                                           QStringLiteral("changed: 民政数据通 (QX-APP-007)"),
                                           QStringLiteral("gone: 青溪民政社会救助二群 (QX-GRP-010)")}));
    QCOMPARE(m_seen.fieldLines, QStringList{QStringLiteral("Users: 1200 → 1500")});
    QVERIFY2(m_seen.summary.contains(QStringLiteral("1 new items, 1 changed, 2 unchanged, 1 no longer listed")),
             qPrintable(m_seen.summary));
}

void TestGuiReturns::acceptedReturnUpdatesItems()
{
    const Document &doc = m_window->document();
    const int items = doc.rowCount();
    QSignalSpy loaded(&m_window->files(), &FileController::loadFinished);
    bool reached = false;
    runWizard([&](ImportWizard &w) {
        reached = readPreview(w).reached;
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
    });
    QVERIFY(reached);
    QVERIFY(loaded.wait(60000) || !loaded.isEmpty());
    QCOMPARE(loaded.last().first().toBool(), true);
    QCOMPARE(doc.projectPath(), m_project);
    QCOMPARE(doc.rowCount(), items + 1); // the new app; the group left out is kept
    QCOMPARE(usersOf(doc.inventory(), kChanged), 1500);
    QVERIFY(doc.inventory().indexOf(kGone) >= 0);
    const std::vector<ReportedGone> gone = doc.store()->reportedGone();
    QCOMPARE(int(gone.size()), 1);
    QCOMPARE(gone.front().itemId, kGone);
    QCOMPARE(gone.front().owner, kUnit);
}

void TestGuiReturns::returnsTabShowsTheAnswer_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("shown");
    QTest::newRow("status answered") << int(ReturnsModel::StatusColumn) << "Answered";
    QTest::newRow("the return's file") << int(ReturnsModel::ReturnColumn) << "民政局-核查表.csv";
    QTest::newRow("answered today") << int(ReturnsModel::AnsweredColumn)
                                    << QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    QTest::newRow("rows kept: the four listed") << int(ReturnsModel::KeptColumn) << "4";
    QTest::newRow("no errors") << int(ReturnsModel::ErrorsColumn) << "0";
    QTest::newRow("items now: five, the gone one kept") << int(ReturnsModel::ItemsColumn) << "5";
    QTest::newRow("the gone item counted") << int(ReturnsModel::GoneColumn) << "1";
    QTest::newRow("never surveyed") << int(ReturnsModel::SurveyColumn) << "not surveyed";
}

void TestGuiReturns::returnsTabShowsTheAnswer()
{
    QFETCH(int, column);
    QFETCH(QString, shown);
    QTest::keyClick(m_window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentWidget(), page());
    QCOMPARE(returnsCell(page(), kUnit, column), shown);
    const QString shots = qEnvironmentVariable("SLIMPLAN_GUI_RETURNS_SHOT");
    if (!shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/returns.png"));
    const int units = page()->model()->rowCount();
    QCOMPARE(page()->summary()->text(), QStringLiteral("1 of %1 units answered").arg(units));
}

void TestGuiReturns::filtersAndSorts()
{
    QTest::keyClick(m_window, Qt::Key_8, Qt::ControlModifier);
    QSortFilterProxyModel *shown = page()->shown();
    const int all = shown->rowCount();
    // "Not answered": the next entry of the status filter, chosen with the keyboard.
    page()->statusFilter()->setFocus();
    QTest::keyClick(page()->statusFilter(), Qt::Key_Down);
    QCOMPARE(page()->statusFilter()->currentText(), QStringLiteral("Not answered"));
    QCOMPARE(shown->rowCount(), all - 1);
    QVERIFY(returnsCell(page(), kUnit, ReturnsModel::StatusColumn).isEmpty());
    QTest::keyClick(page()->statusFilter(), Qt::Key_Down); // "Answered"
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), kUnit);
    QTest::keyClick(page()->statusFilter(), Qt::Key_Home); // all units again
    QCOMPARE(shown->rowCount(), all);
    // The text filter narrows to the units whose name holds it.
    // Chinese is typed through the input method: its commit string is what reaches the field.
    page()->textFilter()->setFocus();
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("民政"));
    QApplication::sendEvent(page()->textFilter(), &typed);
    QCOMPARE(page()->textFilter()->text(), QStringLiteral("民政"));
    int holding = 0;
    for (const UnitReturn &u : page()->model()->units())
        holding += u.owner.contains(QStringLiteral("民政")) ? 1 : 0;
    QVERIFY(holding >= 1 && holding < all);
    QCOMPARE(shown->rowCount(), holding);
    for (int r = 0; r < shown->rowCount(); ++r)
        QVERIFY(shown->index(r, 0).data().toString().contains(QStringLiteral("民政")));
    page()->textFilter()->clear();
    QCOMPARE(shown->rowCount(), all);
    // Sorting by "Reported gone", largest first, puts the unit on top; a click on the header sorts.
    QHeaderView *header = page()->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(ReturnsModel::GoneColumn) + header->sectionSize(ReturnsModel::GoneColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, header->height() / 2));
    if (header->sortIndicatorOrder() == Qt::AscendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(ReturnsModel::GoneColumn));
    QCOMPARE(shown->index(0, 0).data().toString(), kUnit);
}

void TestGuiReturns::unitStatusFromRecords_data()
{
    // A campaign's records: 甲局 and 乙局 were surveyed; 甲局 returned a clean file, 乙局 a file
    // with two refused rows, 丁局 (never surveyed) a file nothing of which could be read; 丙局
    // owns an item but was never asked. "乙 局" is written with a space in its return.
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("survey");
    QTest::addColumn<QString>("returned");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("gone");
    QTest::newRow("clean return answered") << "甲局" << "answered" << "甲局-核查表.xlsx" << "甲局.xlsx" << 0 << 1;
    QTest::newRow("rows refused: has problems, spacing folded")
        << "乙局" << "problem" << "乙局-核查表.xlsx" << "乙局.xlsx" << 2 << 0;
    QTest::newRow("refused file: has problems, listed though never surveyed")
        << "丁局" << "problem" << "" << "丁局.csv" << 0 << 0;
    QTest::newRow("owner never asked nor answering") << "丙局" << "not_answered" << "" << "" << 0 << 0;
}

void TestGuiReturns::unitStatusFromRecords()
{
    QFETCH(QString, owner);
    QFETCH(QString, status);
    QFETCH(QString, survey);
    QFETCH(QString, returned);
    QFETCH(int, errors);
    QFETCH(int, gone);
    Inventory inv;
    Item a;
    a.id = QStringLiteral("x1");
    a.owner = QStringLiteral("丙局");
    inv.upsert(a);
    const QDateTime when(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
    const std::vector<SurveyRecord> surveys{{QStringLiteral("甲局"), QStringLiteral("/out/甲局-核查表.xlsx"), 3, when},
                                            {QStringLiteral("乙局"), QStringLiteral("/out/乙局-核查表.xlsx"), 2, when}};
    ImportRecord round;
    round.when = when.addDays(5);
    FileImportSummary f1{QStringLiteral("/in/甲局.xlsx"), QStringLiteral("甲局"), 3, 3, 0, 0, 0, false, false};
    FileImportSummary f2{QStringLiteral("/in/乙局.xlsx"), QStringLiteral("乙 局"), 4, 2, 0, 2, 0, false, false};
    FileImportSummary f3{QStringLiteral("/in/丁局.csv"), QStringLiteral("丁局"), 0, 0, 0, 0, 0, true, false};
    round.report.files = {f1, f2, f3};
    const std::vector<ReportedGone> marks{{QStringLiteral("y9"), QStringLiteral("甲局"), QStringLiteral("甲局.xlsx"), when}};
    ReturnsModel model;
    model.setUnits(ReturnsModel::collect(inv, surveys, {round}, marks));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.answeredCount(), 3);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(ReturnsModel::OwnerRole).toString() == owner)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(ReturnsModel::StatusRole).toString(), status);
    const UnitReturn &u = model.units()[std::size_t(row)];
    QCOMPARE(u.surveyFile, survey);
    QCOMPARE(u.returnFile, returned);
    QCOMPARE(u.errors, errors);
    QCOMPARE(u.gone, gone);
    QCOMPARE(model.index(row, ReturnsModel::SurveyedColumn).data().toString().isEmpty(), survey.isEmpty());
}

QTEST_MAIN(TestGuiReturns)
#include "test_gui_returns.moc"
