// The document's decisions (issue #18 part 2): one call and one undo step for many rows, the
// decision log that undo and redo only ever append to, the summary kept up to date without a
// recount, the log and overrides that a project file keeps, and a refused write that changes
// nothing. Driven on the six-item fixture region, through the commands the views push.
#include "commands/bulkoverridecommand.h"
#include "commands/overridecommand.h"
#include "models/itemtablemodel.h"
#include "plan/projectplan.h"
#include "store/projectstore.h"

#include "../common/demowindow.h"
#include "../common/guifixture.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace slimplan;
using namespace slimplan::testing;

namespace {

using LogKind = DecisionLogEntry::Kind;

Override decision(Action a, const QString &reason, const QString &target = {})
{
    Override o;
    o.action = a;
    o.target = target;
    o.reason = reason;
    o.who = QStringLiteral("张科长");
    o.when = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    return o;
}

// What the summary would be if counted again from the decisions shown.
PlanSummary recounted(const Document &doc)
{
    Plan p;
    p.decisions = doc.plan().decisions;
    computeSummary(doc.inventory(), p);
    return p.summary;
}

void compareSummary(const Document &doc)
{
    const PlanSummary want = recounted(doc);
    const PlanSummary &got = doc.plan().summary;
    QCOMPARE(got.after.perKind, want.after.perKind);
    QCOMPARE(got.before.perKind, want.before.perKind);
    for (int l = 0; l <= kLevelCount; ++l)
        QCOMPARE(got.afterByLevel[std::size_t(l)].perKind, want.afterByLevel[std::size_t(l)].perKind);
    QCOMPARE(got.reductionPctTotal, want.reductionPctTotal);
    QCOMPARE(got.dataItemsAfter, want.dataItemsAfter);
    QCOMPARE(got.annualCostUnknown, want.annualCostUnknown);
    QVERIFY(std::abs(got.annualCostSaved - want.annualCostSaved) < 1e-6);
}

std::vector<Action> actions(const Document &doc)
{
    std::vector<Action> out;
    for (const Decision &d : doc.plan().decisions)
        out.push_back(d.action);
    return out;
}

// The project at `path` loaded into `doc` as the GUI opens it.
bool openInto(Document &doc, const QString &path)
{
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    if (!store) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    Inventory inv = store->loadInventory();
    std::optional<Plan> plan = savedPlan(*store, inv);
    if (!plan)
        return false;
    doc.reset(std::move(inv), std::move(*plan), QStringLiteral("青溪县"), path);
    doc.attachStore(std::move(store));
    return true;
}

} // namespace

class TestGuiDocumentDecisions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bulkDecisionIsOneUndoStep_data();
    void bulkDecisionIsOneUndoStep();
    void undoRestoresEachRowsOwnDecision();
    void skipsRowsWithNothingToDo();
    void tableDecisionIsLogged();
    void summaryFollowsRandomDecisions();
    void reopeningRestoresOverridesAndLog();
    void refusedWriteChangesNothing();
};

void TestGuiDocumentDecisions::initTestCase()
{
    prepareGuiSuite(QStringLiteral("test_gui_documentdecisions"));
}

void TestGuiDocumentDecisions::bulkDecisionIsOneUndoStep_data()
{
    QTest::addColumn<bool>("withProject");
    QTest::newRow("document without a file") << false;
    QTest::newRow("document in a project file") << true;
}

void TestGuiDocumentDecisions::bulkDecisionIsOneUndoStep()
{
    QFETCH(bool, withProject);
    QTemporaryDir dir;
    Document doc;
    loadFixture(doc);
    if (withProject) {
        QString error;
        QVERIFY2(doc.saveAs(dir.filePath(QStringLiteral("p.slimplan")), &error), qPrintable(error));
        QVERIFY(doc.store());
    }
    const std::vector<Action> before = actions(doc);
    QSignalSpy changed(&doc, &Document::decisionsChanged);
    QSignalSpy appended(&doc, &Document::decisionLogAppended);
    const std::vector<int> rows{0, 3, 4};
    doc.undoStack()->push(new BulkOverrideCommand(doc, rows, decision(Action::Shutdown, QStringLiteral("专项清理"))));
    QCOMPARE(doc.undoStack()->count(), 1);
    // (The English plural forms come with the translations: "item(s)" until they are merged.)
    QVERIFY2(doc.undoStack()->text(0).startsWith(QStringLiteral("Set 3 item"))
                 && doc.undoStack()->text(0).endsWith(QStringLiteral(" to Shut down")),
             qPrintable(doc.undoStack()->text(0)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<QList<int>>(), (QList<int>{0, 3, 4}));
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.first().at(0).toInt(), 0);
    QCOMPARE(appended.first().at(1).toInt(), 3);
    for (int r : rows) {
        QCOMPARE(doc.plan().decisions[std::size_t(r)].action, Action::Shutdown);
        QVERIFY(doc.isOverridden(r));
    }
    compareSummary(doc);
    QCOMPARE(doc.plan().summary.after.total(), 0); // a2, a3 merge and g2 shuts down already

    std::vector<DecisionLogEntry> log = doc.decisionLog();
    QCOMPARE(log.size(), std::size_t(3));
    QVERIFY(log[0].batch > 0);
    for (const DecisionLogEntry &e : log) {
        QCOMPARE(e.kind, LogKind::Decide);
        QCOMPARE(e.batch, log[0].batch);
        QVERIFY(!e.oldAction);
        QCOMPARE(e.newAction, std::optional<Action>(Action::Shutdown));
        QCOMPARE(e.reason, QStringLiteral("专项清理"));
        QCOMPARE(e.who, QStringLiteral("张科长"));
    }
    QCOMPARE(log[1].itemId, QStringLiteral("p1"));

    doc.undoStack()->undo();
    QCOMPARE(actions(doc), before);
    QVERIFY(!doc.overrideFor(0) && !doc.overrideFor(3) && !doc.overrideFor(4));
    compareSummary(doc);
    log = doc.decisionLog();
    QCOMPARE(log.size(), std::size_t(6)); // undo appends, never erases
    QCOMPARE(log[0].kind, LogKind::Decide);
    for (std::size_t i = 3; i < 6; ++i) {
        QCOMPARE(log[i].kind, LogKind::Undo);
        QCOMPARE(log[i].oldAction, std::optional<Action>(Action::Shutdown));
        QVERIFY(!log[i].newAction);
        QCOMPARE(log[i].batch, log[3].batch);
        QVERIFY(log[i].batch != log[0].batch);
    }
    doc.undoStack()->redo();
    QCOMPARE(doc.plan().decisions[3].action, Action::Shutdown);
    log = doc.decisionLog();
    QCOMPARE(log.size(), std::size_t(9));
    QCOMPARE(log[8].kind, LogKind::Redo);
    QCOMPARE(log[8].newAction, std::optional<Action>(Action::Shutdown));
    for (std::size_t i = 1; i < log.size(); ++i)
        QVERIFY(log[i].id > log[i - 1].id);
    if (withProject) {
        const std::vector<DecisionLogEntry> stored = doc.store()->decisionLog();
        QCOMPARE(stored.size(), log.size());
        QCOMPARE(stored.back().id, log.back().id);
        QCOMPARE(doc.store()->overrides().size(), std::size_t(3));
        QVERIFY(!doc.isModified());
    }
}

void TestGuiDocumentDecisions::undoRestoresEachRowsOwnDecision()
{
    Document doc;
    loadFixture(doc);
    QUndoStack *stack = doc.undoStack();
    stack->push(new OverrideCommand(doc, 1, decision(Action::Keep, QStringLiteral("热线在用"))));
    stack->push(new OverrideCommand(doc, 4, decision(Action::Rectify, QStringLiteral("去掉打卡"))));
    stack->push(new BulkOverrideCommand(doc, {1, 4, 5}, std::nullopt)); // back to the recommendation
    QVERIFY2(stack->text(2).startsWith(QStringLiteral("Revert 3 item"))
                 && stack->text(2).endsWith(QStringLiteral(" to the recommendation")),
             qPrintable(stack->text(2)));
    QCOMPARE(doc.plan().decisions[1].action, Action::Merge);
    QCOMPARE(doc.plan().decisions[1].target, QStringLiteral("a1"));
    QVERIFY(!doc.overrideFor(1) && !doc.overrideFor(4));
    // Row 5 had no override: nothing to revert, so no entry for it.
    QCOMPARE(doc.decisionLog().size(), std::size_t(4));
    QCOMPARE(doc.decisionLog().back().kind, LogKind::Revert);
    stack->undo();
    QCOMPARE(doc.overrideFor(1)->action, Action::Keep);
    QCOMPARE(doc.overrideFor(1)->reason, QStringLiteral("热线在用"));
    QCOMPARE(doc.overrideFor(4)->action, Action::Rectify);
    QVERIFY(!doc.overrideFor(5));
    QCOMPARE(doc.plan().decisions[4].action, Action::Rectify);
    const DecisionLogEntry &last = doc.decisionLog().back();
    QCOMPARE(last.kind, LogKind::Undo);
    QCOMPARE(last.itemId, QStringLiteral("g1"));
    QVERIFY(!last.oldAction);
    QCOMPARE(last.newAction, std::optional<Action>(Action::Rectify));
    compareSummary(doc);
}

void TestGuiDocumentDecisions::skipsRowsWithNothingToDo()
{
    Document doc;
    loadFixture(doc);
    QSignalSpy appended(&doc, &Document::decisionLogAppended);
    qint64 batch = 0;
    QVERIFY(doc.setDecisions({2, 2, -1, 99, 0}, decision(Action::Keep, QStringLiteral("保留")), LogKind::Decide, &batch));
    QCOMPARE(doc.decisionLog().size(), std::size_t(2)); // row 2 once; rows out of range skipped
    QCOMPARE(batch, doc.decisionLog().front().batch);
    QVERIFY(batch > 0);
    // Reverting rows that follow their recommendation already writes nothing.
    QVERIFY(doc.setDecisions({3, 4}, std::nullopt, LogKind::Revert));
    QCOMPARE(doc.decisionLog().size(), std::size_t(2));
    QCOMPARE(appended.count(), 1);
    // A caller's batch groups a second call with the first.
    qint64 same = batch;
    QVERIFY(doc.setDecisions({3}, decision(Action::Rectify, QStringLiteral("整改")), LogKind::Decide, &same));
    QCOMPARE(doc.decisionLog().back().batch, batch);
}

// A decision made in the table (the model pushes an OverrideCommand) reaches the log too.
void TestGuiDocumentDecisions::tableDecisionIsLogged()
{
    Document doc;
    loadFixture(doc);
    ItemTableModel model(doc);
    const QModelIndex action = model.index(2, ItemTableModel::ActionColumn);
    Override o = decision(Action::Keep, QStringLiteral("人社窗口在用"));
    o.itemId = doc.inventory().at(2).id;
    QVERIFY(model.setData(action, QVariant::fromValue(o), ItemTableModel::DecisionRole));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.decisionLog().size(), std::size_t(1));
    const DecisionLogEntry &e = doc.decisionLog().front();
    QCOMPARE(e.itemId, QStringLiteral("a3"));
    QCOMPARE(e.batch, qint64(0)); // alone
    QCOMPARE(e.oldAction, std::optional<Action>());
    QCOMPARE(e.newAction, std::optional<Action>(Action::Keep));
    QCOMPARE(action.data().toString(), actionLabel(Action::Keep));
}

void TestGuiDocumentDecisions::summaryFollowsRandomDecisions()
{
    Document doc;
    loadFixture(doc);
    QRandomGenerator rng{42};
    constexpr std::array<Action, 5> kinds{Action::Keep, Action::Rectify, Action::Merge, Action::Migrate, Action::Shutdown};
    std::size_t logSize = 0;
    for (int step = 0; step < 300; ++step) {
        const int what = rng.bounded(10);
        if (what < 2 && doc.undoStack()->canUndo()) {
            doc.undoStack()->undo();
        } else if (what < 3 && doc.undoStack()->canRedo()) {
            doc.undoStack()->redo();
        } else {
            std::vector<int> rows;
            for (int r = 0; r < doc.rowCount(); ++r) {
                if (rng.bounded(2))
                    rows.push_back(r);
            }
            std::optional<Override> o;
            if (rng.bounded(4))
                o = decision(kinds[rng.bounded(int(kinds.size()))], QStringLiteral("第%1步").arg(step));
            doc.undoStack()->push(new BulkOverrideCommand(doc, rows, o));
        }
        compareSummary(doc);
        QVERIFY(doc.decisionLog().size() >= logSize); // only grows
        logSize = doc.decisionLog().size();
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(logSize > 100);
}

void TestGuiDocumentDecisions::reopeningRestoresOverridesAndLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.slimplan"));
    std::vector<DecisionLogEntry> log;
    {
        Document doc;
        loadFixture(doc);
        // Decided before the project has a file: the log is written with the first save.
        doc.undoStack()->push(new BulkOverrideCommand(doc, {0, 1}, decision(Action::Rectify, QStringLiteral("先整改"))));
        QString error;
        QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
        doc.undoStack()->push(new OverrideCommand(doc, 5, decision(Action::Keep, QStringLiteral("应急用"))));
        doc.undoStack()->push(new OverrideCommand(doc, 0, std::nullopt));
        log = doc.decisionLog();
        QCOMPARE(log.size(), std::size_t(4));
    }
    Document doc;
    QSignalSpy reset(&doc, &Document::decisionLogReset);
    QVERIFY(openInto(doc, path));
    QVERIFY(reset.count() >= 1);
    QCOMPARE(doc.decisionLog().size(), log.size());
    for (std::size_t i = 0; i < log.size(); ++i) {
        QCOMPARE(doc.decisionLog()[i].id, log[i].id);
        QCOMPARE(doc.decisionLog()[i].itemId, log[i].itemId);
        QCOMPARE(doc.decisionLog()[i].kind, log[i].kind);
        QCOMPARE(doc.decisionLog()[i].batch, log[i].batch);
        QCOMPARE(doc.decisionLog()[i].reason, log[i].reason);
    }
    QVERIFY(!doc.overrideFor(0));
    QCOMPARE(doc.overrideFor(1)->action, Action::Rectify);
    QCOMPARE(doc.overrideFor(5)->reason, QStringLiteral("应急用"));
    QCOMPARE(doc.plan().decisions[5].action, Action::Keep);
    QCOMPARE(doc.plan().decisions[1].action, Action::Rectify);
    QCOMPARE(doc.recommendedAction(1), Action::Merge);
    QCOMPARE(doc.plan().decisions[0].action, Action::Keep);
    compareSummary(doc);
}

// The project refuses the write part-way (a trigger of this connection stands in for a full disk
// or a file gone read-only): the document, its log and the file stay as they were.
void TestGuiDocumentDecisions::refusedWriteChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.slimplan"));
    Document doc;
    loadFixture(doc);
    QString error;
    QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
    doc.undoStack()->push(new OverrideCommand(doc, 3, decision(Action::Keep, QStringLiteral("保留"))));
    {
        QSqlQuery q(doc.store()->database());
        QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON overrides"
                                       " WHEN NEW.item_id = 'g1' BEGIN SELECT RAISE(ABORT, 'disk full'); END")),
                 qPrintable(q.lastError().text()));
    }
    const std::vector<Action> before = actions(doc);
    const PlanSummary summary = doc.plan().summary;
    QSignalSpy failed(&doc, &Document::writeFailed);
    QSignalSpy appended(&doc, &Document::decisionLogAppended);
    QSignalSpy changed(&doc, &Document::decisionsChanged);
    doc.undoStack()->push(new BulkOverrideCommand(doc, {0, 3, 4, 5}, decision(Action::Shutdown, QStringLiteral("清理"))));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("disk full")), qPrintable(failed.first().first().toString()));
    QCOMPARE(doc.undoStack()->count(), 1); // the refused command is not on the stack
    QCOMPARE(appended.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(actions(doc), before);
    QCOMPARE(doc.plan().summary.after.perKind, summary.after.perKind);
    QCOMPARE(doc.decisionLog().size(), std::size_t(1));
    QCOMPARE(doc.overrideFor(3)->action, Action::Keep);
    QVERIFY(!doc.overrideFor(0));
    QCOMPARE(doc.store()->decisionLog().size(), std::size_t(1));
    QCOMPARE(doc.store()->overrides().size(), std::size_t(1));
}

QTEST_MAIN(TestGuiDocumentDecisions)
#include "test_gui_documentdecisions.moc"
