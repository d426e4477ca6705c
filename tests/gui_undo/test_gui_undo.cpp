// Overrides and undo in the desktop GUI: the table's override with its summary and undo/redo, the
// override dialog's checks, undoing a re-plan, and the redo shortcut in the main window.
#include "commands/replancommand.h"
#include "dialogs/overridedialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "models/itemtablemodel.h"

#include "../common/demowindow.h"
#include "../common/guifixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace slimplan;
using namespace slimplan::testing;

namespace {

// The official keeps an item the recommender would fold away.
Override keepOverride(const QString &itemId)
{
    Override o;
    o.itemId = itemId;
    o.action = Action::Keep;
    o.reason = QStringLiteral("Used by the civil affairs hotline");
    o.who = QStringLiteral("tester");
    o.when = QDateTime::currentDateTime();
    return o;
}

} // namespace

class TestGuiUndo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void overrideAndUndo();
    void overrideDialogNeedsReason();
    void overrideDialogMergeNeedsTarget();
    void undoReplanRestoresGraph();
    void redoShortcutRedoes();
};

void TestGuiUndo::initTestCase()
{
    // As in tests/gui, where these cases come from: isolated settings, English, the app font.
    prepareGuiSuite(QStringLiteral("test_gui_undo"));
}

void TestGuiUndo::overrideAndUndo()
{
    Document doc;
    loadFixture(doc);
    ItemTableModel model(doc);
    const QModelIndex action = model.index(1, ItemTableModel::ActionColumn);
    const QString beforeText = action.data().toString();
    const PlanSummary before = doc.plan().summary;
    QCOMPARE(before.after.perKind[0], 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const Override o = keepOverride(QStringLiteral("a2"));
    QVERIFY(model.setData(action, QVariant::fromValue(o), ItemTableModel::DecisionRole));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.plan().decisions[1].action, Action::Keep);
    QCOMPARE(action.data().toString(), actionLabel(Action::Keep));
    // What the user reads in the Status column (English UI), not the model's own helper.
    QCOMPARE(model.index(1, ItemTableModel::StatusColumn).data().toString(), QStringLiteral("Overridden"));
    QVERIFY(doc.isOverridden(1));
    QCOMPARE(doc.plan().summary.after.perKind[0], 2);
    QCOMPARE(doc.plan().overrides.size(), std::size_t(1));
    QVERIFY(changed.count() >= 1);

    doc.undoStack()->undo();
    QCOMPARE(action.data().toString(), beforeText);
    QCOMPARE(doc.plan().decisions[1].action, Action::Merge);
    QCOMPARE(model.index(1, ItemTableModel::StatusColumn).data().toString(), QStringLiteral("Recommended"));
    QCOMPARE(doc.plan().decisions[1].target, QStringLiteral("a1"));
    QCOMPARE(doc.plan().summary.after.perKind, before.after.perKind);
    QCOMPARE(doc.plan().summary.reductionPctTotal, before.reductionPctTotal);
    QVERIFY(doc.plan().overrides.empty());
    QVERIFY(!doc.isOverridden(1));

    doc.undoStack()->redo();
    QCOMPARE(doc.plan().decisions[1].action, Action::Keep);
}

void TestGuiUndo::overrideDialogNeedsReason()
{
    Document doc;
    loadFixture(doc);
    OverrideDialog dialog(doc, 1);
    dialog.setAction(Action::Shutdown);
    QVERIFY(!dialog.canAccept());
    dialog.setReason(QStringLiteral("   "));
    QVERIFY(!dialog.canAccept());
    dialog.setReason(QStringLiteral("Duplicate of the county app"));
    QVERIFY(dialog.canAccept());
    const Override o = dialog.result();
    QCOMPARE(o.itemId, QStringLiteral("a2"));
    QCOMPARE(o.action, Action::Shutdown);
    QCOMPARE(o.reason, QStringLiteral("Duplicate of the county app"));
    QVERIFY(!o.who.isEmpty());
    QVERIFY(o.when.isValid());
}

void TestGuiUndo::overrideDialogMergeNeedsTarget()
{
    Document doc;
    loadFixture(doc);
    OverrideDialog dialog(doc, 1);
    dialog.setAction(Action::Merge);
    dialog.setReason(QStringLiteral("Same work as the county app"));
    dialog.setTarget(QString());
    QVERIFY(!dialog.canAccept());
    QVERIFY(!dialog.problem().isEmpty());
    dialog.setTarget(doc.inventory().at(1).id); // into itself
    QVERIFY(!dialog.canAccept());
    dialog.setTarget(doc.inventory().at(0).id);
    QVERIFY2(dialog.canAccept(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.result().target, doc.inventory().at(0).id);
    dialog.setAction(Action::Shutdown); // no target needed
    dialog.setTarget(QString());
    QVERIFY(dialog.canAccept());
}

void TestGuiUndo::undoReplanRestoresGraph()
{
    Document doc;
    loadFixture(doc);
    const std::size_t edgesBefore = doc.overlap().edges.size();
    const Action actionBefore = doc.plan().decisions[1].action;
    QVERIFY(edgesBefore > 0);
    // A profile that links nothing: no edges, no families, so a2 no longer merges.
    PolicyProfile strict;
    strict.overlapThreshold = 1.0;
    strict.containmentThreshold = 1.0;
    OverlapResult none;
    none.familyOf.assign(std::size_t(doc.rowCount()), -1);
    Plan plan = doc.recommendationsOnly();
    plan.profile = strict;
    plan.decisions[1].action = Action::Keep;
    plan.decisions[1].target.clear();
    doc.undoStack()->push(new ReplanCommand(doc, plan, none));
    QCOMPARE(doc.overlap().edges.size(), std::size_t(0));
    QCOMPARE(doc.plan().decisions[1].action, Action::Keep);
    doc.undoStack()->undo();
    QCOMPARE(doc.overlap().edges.size(), edgesBefore); // the graph comes back with the plan
    QCOMPARE(doc.plan().decisions[1].action, actionBefore);
    doc.undoStack()->redo();
    QCOMPARE(doc.overlap().edges.size(), std::size_t(0));
}

void TestGuiUndo::redoShortcutRedoes()
{
    MainWindow w;
    loadFixture(w.document());
    QAction *redo = w.actions().redo;
    const QList<QKeySequence> keys = redo->shortcuts();
    QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    for (int i = 0; i < keys.size(); ++i)
        QCOMPARE(keys.count(keys.at(i)), 1); // a duplicate makes Qt call the shortcut ambiguous
    ItemTableModel model(w.document());
    const Override o = keepOverride(w.document().inventory().at(1).id);
    QVERIFY(model.setData(model.index(1, ItemTableModel::ActionColumn), QVariant::fromValue(o),
                          ItemTableModel::DecisionRole));
    QVERIFY(w.document().isOverridden(1));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(!w.document().isOverridden(1));
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QVERIFY(w.document().isOverridden(1));
}

QTEST_MAIN(TestGuiUndo)
#include "test_gui_undo.moc"
