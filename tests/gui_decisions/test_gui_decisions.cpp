// Decisions on many items at once and the decision log, in the desktop GUI on the demo region
// (issue #18 part 2): rows selected with Shift+click and Shift+arrows, Ctrl+Shift+R, the dialog
// filled in with the keyboard and the mouse, one undo step for all rows, the Decision Log tab
// (Ctrl+0) growing with each decision and each undo, its filter and its double-click, the "all
// rows the filter shows" choice, and the 调整记录 annex of the plan PDF and sheet of the xlsx.
#include "dialogs/bulkdecisiondialog.h"
#include "document.h"
#include "filecontroller.h"
#include "import/xlsxreader.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "models/decisionlogmodel.h"
#include "models/itemfilterproxy.h"
#include "models/itemtablemodel.h"
#include "report/planpdf.h"
#include "report/reporttext.h"
#include "tasks/taskrunner.h"
#include "views/decisionlogpage.h"
#include "views/inventorypage.h"

#include "../common/clirun.h"
#include "../common/demowindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace slimplan;
using namespace slimplan::testing;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<failed: %1>").arg(program);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Clicks the Name cell of a proxy row of an item table.
void clickRow(QTableView *table, int proxyRow, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QModelIndex idx = table->model()->index(proxyRow, ItemTableModel::NameColumn);
    table->scrollTo(idx);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(idx).center());
}

// Types text as a user would: keys for Latin-1, the input method's commit for Chinese (as a
// pinyin IME delivers it; QTest::keyClicks takes Latin-1 only).
void typeText(QWidget *widget, const QString &text)
{
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x100;
    if (latin1) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// Runs `fill` on the first modal dialog of type D to open within 10 s (from inside its event
// loop); whatever `fill` does, the dialog is closed afterwards so that a failing check never hangs.
template <typename D>
void onModal(std::function<void(D &)> fill)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, fill, tries = 0]() mutable {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++tries > 1000)
                poll->deleteLater();
            return;
        }
        poll->stop();
        poll->deleteLater();
        fill(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll->start();
}

void onBulkDialog(std::function<void(BulkDecisionDialog &)> fill)
{
    onModal<BulkDecisionDialog>(std::move(fill));
}

// Picks `action` in the dialog's action box with the arrow keys.
void chooseAction(BulkDecisionDialog &dialog, Action action)
{
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("action"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < kActionCount && combo->currentData().toInt() != int(action); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

void typeReason(BulkDecisionDialog &dialog, const QString &reason)
{
    auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reason"));
    edit->setFocus();
    typeText(edit, reason);
}

void clickOk(BulkDecisionDialog &dialog)
{
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (ok->isEnabled())
        QTest::mouseClick(ok, Qt::LeftButton);
}

// An action none of `rows` has now, that needs no target: so that the change shows.
Action unusedAction(const Document &doc, const std::vector<int> &rows)
{
    for (Action a : {Action::Rectify, Action::Shutdown, Action::Keep}) {
        bool used = false;
        for (int r : rows)
            used = used || doc.plan().decisions[std::size_t(r)].action == a;
        if (!used)
            return a;
    }
    return Action::Migrate;
}

} // namespace

class TestGuiDecisions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void selectionDecisionIsOneUndoStep();
    void filteredRowsScope_data();
    void filteredRowsScope();
    void dialogRefusesIncompleteDecisions_data();
    void dialogRefusesIncompleteDecisions();
    void revertSelectionFromTable();
    void logFilterAndDoubleClick();
    void xlsxExportHasLogSheet();
    void pdfAnnex_data();
    void pdfAnnex();
    void savedLogReachesCliPlan();

private:
    // The inventory table, focused, with no filter.
    QTableView *inventoryTable();
    std::vector<int> selectFirstThree();
    // A window shortcut, with the main window active again (as the window manager makes it
    // once a dialog closes; the offscreen platform does not).
    void pressShortcut(Qt::Key key, Qt::KeyboardModifiers modifiers);

    // The rows of the workbook's sheet 调整记录 that have any text (header first); empty when absent.
    static QList<QStringList> logSheetRows(const QString &xlsx);

    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

void TestGuiDecisions::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "no temporary directory");
    switch (startDemoSuite(QStringLiteral("test_gui_decisions"), m_window)) {
    case DemoSuiteStart::NotEmbedded:
        QSKIP("the demo ledger is not embedded in this build");
    case DemoSuiteStart::Failed:
        QFAIL("the demo did not load");
    case DemoSuiteStart::Opened:
        break;
    }
    QVERIFY(m_window->document().rowCount() > 10);
}

void TestGuiDecisions::cleanupTestCase()
{
    delete m_window;
}

QTableView *TestGuiDecisions::inventoryTable()
{
    m_window->showFiltered(ItemFilter{});
    m_window->inventoryPage()->proxy()->waitForFinished();
    QTableView *table = m_window->inventoryPage()->table();
    table->setFocus();
    return table;
}

void TestGuiDecisions::pressShortcut(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, key, modifiers);
}

// Row 0 by a click, row 1 by Shift+Down, row 2 by Shift+click: three rows, as a user selects them.
std::vector<int> TestGuiDecisions::selectFirstThree()
{
    QTableView *table = inventoryTable();
    clickRow(table, 0);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    clickRow(table, 2, Qt::ShiftModifier);
    return BulkDecisionDialog::selectedRows(*table, *m_window->inventoryPage()->proxy());
}

void TestGuiDecisions::selectionDecisionIsOneUndoStep()
{
    Document &doc = m_window->document();
    const std::vector<int> rows = selectFirstThree();
    QCOMPARE(rows.size(), std::size_t(3));
    QTableView *table = m_window->inventoryPage()->table();
    QStringList before;
    for (int p = 0; p < 3; ++p)
        before << cell(table->model(), p, ItemTableModel::ActionColumn);
    const Action action = unusedAction(doc, rows);
    const QString reason = QStringLiteral("Bulk review by the county office");
    const int steps = doc.undoStack()->count();
    const int logBefore = int(doc.decisionLog().size());

    QString countShown;
    onBulkDialog([&](BulkDecisionDialog &d) {
        countShown = d.countText();
        chooseAction(d, action);
        if (action == Action::Migrate)
            d.setTarget(doc.profile().provincialPlatform);
        typeReason(d, reason);
        clickOk(d);
    });
    pressShortcut(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(countShown, BulkDecisionDialog::tr("%n item(s)", nullptr, 3));
    QVERIFY2(countShown.startsWith(QStringLiteral("3 item")), qPrintable(countShown));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    for (int p = 0; p < 3; ++p)
        QCOMPARE(cell(table->model(), p, ItemTableModel::ActionColumn), actionLabel(action));

    // The log tab: three new entries on top, one per row, with the reason.
    pressShortcut(Qt::Key_0, Qt::ControlModifier);
    DecisionLogPage *page = m_window->decisionLogPage();
    QCOMPARE(m_window->tabs()->currentWidget(), page);
    const QAbstractItemModel *log = page->table()->model();
    QCOMPARE(log->rowCount(), logBefore + 3);
    QStringList names;
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(cell(log, r, DecisionLogModel::KindColumn), QStringLiteral("Decision"));
        QCOMPARE(cell(log, r, DecisionLogModel::ReasonColumn), reason);
        QVERIFY2(cell(log, r, DecisionLogModel::ChangeColumn).endsWith(QStringLiteral("→ ") + actionLabel(action))
                     || action == Action::Migrate,
                 qPrintable(cell(log, r, DecisionLogModel::ChangeColumn)));
        names << cell(log, r, DecisionLogModel::ItemColumn);
    }
    QStringList expected;
    for (int row : rows)
        expected << doc.inventory().at(row).name;
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);

    // One Ctrl+Z gives all three rows back, and the log says so with three more entries.
    pressShortcut(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(log->rowCount(), logBefore + 6);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(cell(log, r, DecisionLogModel::KindColumn), QStringLiteral("Undo"));
    QVERIFY(page->countText().contains(QString::number(logBefore + 6)));
    for (int p = 0; p < 3; ++p)
        QCOMPARE(cell(table->model(), p, ItemTableModel::ActionColumn), before[p]);
    for (int row : rows)
        QVERIFY(!(doc.overrideFor(row) != nullptr));
}

void TestGuiDecisions::filteredRowsScope_data()
{
    QTest::addColumn<int>("unitIndex");
    QTest::newRow("the first item's unit") << 0;
    QTest::newRow("the last item's unit") << -1;
}

// "All rows the filter shows" decides exactly the rows of the filter typed in the search box.
void TestGuiDecisions::filteredRowsScope()
{
    QFETCH(int, unitIndex);
    Document &doc = m_window->document();
    const int item = unitIndex < 0 ? doc.rowCount() - 1 : unitIndex;
    const QString owner = doc.inventory().at(item).owner;
    QVERIFY(!owner.isEmpty());
    QTableView *table = inventoryTable();
    clickRow(table, 0);
    QLineEdit *search = m_window->inventoryPage()->searchBox();
    search->setFocus();
    typeText(search, owner);
    ItemFilterProxy *proxy = m_window->inventoryPage()->proxy();
    QTRY_VERIFY(proxy->filter().text == owner);
    proxy->waitForFinished();
    const int shown = proxy->rowCount();
    QVERIFY(shown >= 1 && shown < doc.rowCount());
    std::vector<int> filtered = BulkDecisionDialog::filteredRows(*proxy);
    const int logBefore = int(doc.decisionLog().size());
    std::vector<int> overriddenBefore;
    for (int r = 0; r < doc.rowCount(); ++r)
        if ((doc.overrideFor(r) != nullptr))
            overriddenBefore.push_back(r);

    QString countShown;
    onBulkDialog([&](BulkDecisionDialog &d) {
        QTest::mouseClick(d.findChild<QRadioButton *>(QStringLiteral("useFilter")), Qt::LeftButton);
        countShown = d.countText();
        chooseAction(d, Action::Rectify);
        typeReason(d, QStringLiteral("Whole unit rectifies"));
        clickOk(d);
    });
    m_window->actions().bulkDecide->trigger();
    QCOMPARE(countShown, BulkDecisionDialog::tr("%n item(s)", nullptr, shown));
    QVERIFY2(countShown.startsWith(QString::number(shown) + QStringLiteral(" item")), qPrintable(countShown));
    QCOMPARE(int(doc.decisionLog().size()), logBefore + shown);
    // Exactly the filter's rows changed: the others kept what they had.
    for (int r = 0; r < doc.rowCount(); ++r) {
        const bool wasOverridden = std::binary_search(overriddenBefore.begin(), overriddenBefore.end(), r);
        const bool inFilter = std::find(filtered.begin(), filtered.end(), r) != filtered.end();
        QCOMPARE((doc.overrideFor(r) != nullptr), wasOverridden || inFilter);
    }
    for (int row : filtered) {
        QCOMPARE(doc.plan().decisions[std::size_t(row)].action, Action::Rectify);
        const Item &it = doc.inventory().at(row);
        QVERIFY(it.owner.contains(owner) || it.name.contains(owner) || it.id.contains(owner));
    }
    doc.undoStack()->undo();
    QCOMPARE(int(doc.plan().overrides.size()), int(overriddenBefore.size()));
}

void TestGuiDecisions::dialogRefusesIncompleteDecisions_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("target"); // "@self" = the first selected item's own id
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("problem"); // empty = OK is enabled
    QTest::newRow("no reason") << int(Action::Shutdown) << QString() << QString() << "A reason is required.";
    QTest::newRow("blank reason") << int(Action::Keep) << QString() << "   " << "A reason is required.";
    QTest::newRow("merge without target") << int(Action::Merge) << QString() << "Folded by hand"
                                          << "Merge and migrate need a target";
    QTest::newRow("merge into one of them") << int(Action::Merge) << "@self" << "Folded by hand"
                                            << "cannot merge or migrate into itself";
    QTest::newRow("migrate with target") << int(Action::Migrate) << "省一表通平台" << "To the platform" << QString();
    QTest::newRow("shut down with reason") << int(Action::Shutdown) << QString() << "Idle for a year" << QString();
}

void TestGuiDecisions::dialogRefusesIncompleteDecisions()
{
    QFETCH(int, action);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QFETCH(QString, problem);
    Document &doc = m_window->document();
    const std::vector<int> rows = selectFirstThree();
    QCOMPARE(rows.size(), std::size_t(3));
    const int steps = doc.undoStack()->count();
    bool okEnabled = false;
    QString shown;
    onBulkDialog([&](BulkDecisionDialog &d) {
        chooseAction(d, Action(action));
        if (!target.isEmpty()) {
            auto *combo = d.findChild<QComboBox *>(QStringLiteral("target"));
            combo->lineEdit()->clear();
            typeText(combo->lineEdit(), target == QLatin1String("@self") ? doc.inventory().at(rows[1]).id : target);
        }
        if (!reason.isEmpty())
            typeReason(d, reason);
        okEnabled = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        shown = d.problem();
        d.reject();
    });
    m_window->actions().bulkDecide->trigger();
    QCOMPARE(okEnabled, problem.isEmpty());
    if (problem.isEmpty())
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
    else
        QVERIFY2(shown.contains(problem), qPrintable(shown));
    QCOMPARE(doc.undoStack()->count(), steps); // cancelled: nothing decided
}

// The table's "Revert Selection to Recommendation": all selected decisions back in one step.
void TestGuiDecisions::revertSelectionFromTable()
{
    Document &doc = m_window->document();
    const std::vector<int> rows = selectFirstThree();
    onBulkDialog([&](BulkDecisionDialog &d) {
        chooseAction(d, unusedAction(doc, rows));
        if (unusedAction(doc, rows) == Action::Migrate)
            d.setTarget(doc.profile().provincialPlatform);
        typeReason(d, QStringLiteral("To be reverted"));
        clickOk(d);
    });
    pressShortcut(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    for (int row : rows)
        QVERIFY((doc.overrideFor(row) != nullptr));
    const int steps = doc.undoStack()->count();
    const int logBefore = int(doc.decisionLog().size());
    m_window->inventoryPage()->revertSelection();
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(int(doc.decisionLog().size()), logBefore + 3);
    for (int row : rows) {
        QVERIFY(!(doc.overrideFor(row) != nullptr));
        QCOMPARE(doc.plan().decisions[std::size_t(row)].action, doc.recommendedAction(row));
    }
    QCOMPARE(doc.decisionLog().back().kind, DecisionLogEntry::Kind::Revert);
    QVERIFY(!doc.decisionLog().back().newAction.has_value());
}

// The filter narrows the log to the entries that mention the text; a double-click on one
// selects its item in the inventory.
void TestGuiDecisions::logFilterAndDoubleClick()
{
    Document &doc = m_window->document();
    QVERIFY(!doc.decisionLog().empty());
    const DecisionLogEntry &last = doc.decisionLog().back();
    const int itemRow = doc.inventory().indexOf(last.itemId);
    QVERIFY(itemRow >= 0);
    const QString name = doc.inventory().at(itemRow).name;
    int mentioning = 0;
    for (const DecisionLogEntry &e : doc.decisionLog())
        mentioning += e.itemId == last.itemId ? 1 : 0;

    pressShortcut(Qt::Key_0, Qt::ControlModifier);
    DecisionLogPage *page = m_window->decisionLogPage();
    QLineEdit *filter = page->filterBox();
    filter->setFocus();
    typeText(filter, last.itemId);
    QAbstractItemModel *model = page->table()->model();
    QTRY_VERIFY(page->model()->filterText() == last.itemId);
    QVERIFY(model->rowCount() >= mentioning);
    QVERIFY(model->rowCount() < int(doc.decisionLog().size()));
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->index(r, 0).data(DecisionLogModel::ItemRowRole).toInt() == itemRow
                || model->index(r, DecisionLogModel::ReasonColumn).data().toString().contains(last.itemId));
    QVERIFY(page->countText().contains(QStringLiteral(" of ")));

    // A decision made while filtered appears at once if it matches.
    const int shown = model->rowCount();
    Override o;
    o.action = Action::Keep;
    o.reason = QStringLiteral("Kept after the hearing");
    QVERIFY(doc.setDecisions({itemRow}, o, DecisionLogEntry::Kind::Decide));
    QCOMPARE(model->rowCount(), shown + 1);
    QCOMPARE(cell(model, 0, DecisionLogModel::ReasonColumn), o.reason);

    const QModelIndex top = model->index(0, DecisionLogModel::ItemColumn);
    QCOMPARE(top.data().toString(), name);
    QSignalSpy activated(page, &DecisionLogPage::itemActivated);
    const QPoint at = page->table()->visualRect(top).center();
    // A click first, as a hand does: QTest's double-click alone leaves the view without a pressed row.
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(page->table()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->inventoryPage());
    QCOMPARE(m_window->inventoryPage()->currentRow(), itemRow);
    filter->clear();
    QTRY_VERIFY(page->model()->filterText().isEmpty());
    QCOMPARE(model->rowCount(), int(doc.decisionLog().size()));
}

// File ▸ Export Plan as Excel: the workbook has the sheet 调整记录 with every entry of the log.
void TestGuiDecisions::xlsxExportHasLogSheet()
{
    Document &doc = m_window->document();
    QVERIFY(!doc.decisionLog().empty());
    const QString path = m_dir.filePath(QStringLiteral("plan.xlsx"));
    onModal<QFileDialog>([path](QFileDialog &dialog) {
        dialog.selectFile(path);
        // The name typed, as a hand does: selectFile alone sometimes lost to the suggested name
        // (青溪县.xlsx), and the test read a file that was never written.
        if (auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        static_cast<QDialog &>(dialog).accept(); // QFileDialog::accept, protected there
    });
    QSignalSpy finished(&m_window->taskRunner(), &TaskRunner::finished);
    m_window->actions().exportXlsx->trigger();
    QVERIFY(finished.wait(60000));
    const QList<QStringList> rows = logSheetRows(path);
    QCOMPARE(rows.size(), int(doc.decisionLog().size()) + 1); // the header and each entry
    QCOMPARE(rows.first().value(9), QStringLiteral("Reason"));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const DecisionLogEntry &e = doc.decisionLog()[std::size_t(i - 1)];
        const QStringList &c = rows[i];
        QCOMPARE(c.value(0), QString::number(e.id));
        QCOMPARE(c.value(3), e.itemId);
        QCOMPARE(c.value(7), e.newAction ? ReportText(false).action(*e.newAction) : QStringLiteral("Recommendation"));
        QCOMPARE(c.value(9), e.reason);
    }
    QCOMPARE(rows.last().value(9), QStringLiteral("Kept after the hearing"));
}

QList<QStringList> TestGuiDecisions::logSheetRows(const QString &xlsx)
{
    QList<QStringList> rows;
    QString error;
    for (auto &sheet : openXlsxSources(xlsx, &error)) {
        if (sheet->sheetName() != QStringLiteral("调整记录"))
            continue;
        RawRow row;
        for (int guard = 0; guard < 100000 && sheet->next(row); ++guard)
            if (!row.cells.join(QString()).isEmpty())
                rows << row.cells;
    }
    return rows;
}

void TestGuiDecisions::pdfAnnex_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("withLog");
    QTest::addColumn<QString>("heading");
    QTest::newRow("chinese with the log") << "zh_CN" << true << "附录三　调整记录";
    QTest::newRow("english with the log") << "en" << true << "Appendix C. Decision log";
    QTest::newRow("chinese without entries") << "zh_CN" << false << "附录三　调整记录";
}

// The plan PDF's annex lists the log's entries with their reasons; without entries, no annex.
void TestGuiDecisions::pdfAnnex()
{
    QFETCH(QString, language);
    QFETCH(bool, withLog);
    QFETCH(QString, heading);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "poppler-utils missing: run scripts/install-deps.sh");
    const Document &doc = m_window->document();
    QVERIFY(!doc.decisionLog().empty());
    ReportOptions options;
    options.language = language;
    if (withLog)
        options.decisionLog = std::make_shared<const std::vector<DecisionLogEntry>>(doc.decisionLog());
    const QString pdf = m_dir.filePath(QStringLiteral("plan-%1-%2.pdf").arg(language).arg(withLog));
    QString error;
    QVERIFY2(writePlanPdf(doc.inventory(), doc.plan(), options, pdf, nullptr, &error), qPrintable(error));
    // Without any space (pdftotext breaks lines and may turn the ideographic space into another).
    const QRegularExpression space(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption);
    QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.remove(space);
    QString compactHeading = heading;
    compactHeading.remove(space);
    QCOMPARE(text.contains(compactHeading), withLog);
    // A reason only the log has: that decision was undone, so no override carries it.
    QString reason = QStringLiteral("Bulk review by the county office");
    reason.remove(space);
    QCOMPARE(text.contains(reason), withLog);
    if (withLog && language == QLatin1String("zh_CN"))
        QVERIFY(text.contains(QStringLiteral("调整记录")) && text.contains(QStringLiteral("撤销")));
}

// Saved into a project, the log reaches `slimplan-cli plan --project P --xlsx`: its sheet
// 调整记录 has every entry the GUI made, in order, in Chinese.
void TestGuiDecisions::savedLogReachesCliPlan()
{
    const Document &doc = m_window->document();
    const QString project = m_dir.filePath(QStringLiteral("decisions.slimplan"));
    QVERIFY(m_window->files().saveTo(project));
    const QString xlsx = m_dir.filePath(QStringLiteral("cli-plan.xlsx"));
    const Run r = cli({QStringLiteral("plan"), QStringLiteral("--project"), project, QStringLiteral("--xlsx"), xlsx});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> rows = logSheetRows(xlsx);
    QCOMPARE(rows.size(), int(doc.decisionLog().size()) + 1);
    QCOMPARE(rows.first().value(9), QStringLiteral("理由"));
    QStringList reasons, kinds;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        reasons << rows[i].value(9);
        kinds << rows[i].value(10);
        QCOMPARE(rows[i].value(3), doc.decisionLog()[std::size_t(i - 1)].itemId);
    }
    QVERIFY(reasons.contains(QStringLiteral("Bulk review by the county office")));
    QCOMPARE(reasons.last(), QStringLiteral("Kept after the hearing"));
    QVERIFY(kinds.contains(QStringLiteral("撤销")) && kinds.contains(QStringLiteral("恢复建议")));
}

QTEST_MAIN(TestGuiDecisions)
#include "test_gui_decisions.moc"
