// The document's save lifecycle loses nothing: autosave and recovery after a crash, Save As that
// never destroys the old file, the project's own member salt and import history, dirty state
// that includes a re-plan, a refused decision shown and not made, the document locked while a
// save runs, and the CSV export.
#include "autosaver.h"
#include "plan/projectplan.h"
#include "commands/replancommand.h"
#include "document.h"
#include "filecontroller.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "models/itemtablemodel.h"
#include "plan/planner.h"
#include "settings.h"
#include "store/projectstore.h"
#include "tasks/taskrunner.h"
#include "util/i18n.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace slimplan;

namespace {

// Four groups and apps with members, so the member salt matters.
QString writeLedger(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("ledger.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("编号,名称,类型,主办单位,行政区划代码,功能,群成员,最后更新\n"
            "g1,青溪县民政工作群,工作群,青溪县民政局,511234,通知公告,13800138000、13912345678,2025-03-01\n"
            "g2,青溪县民政工作二群,工作群,青溪县民政局,511234,通知公告,13800138000,2025-03-02\n"
            "a1,青溪政务通,应用程序,青溪县政务服务中心,511234,政务服务、通知公告,,2025-05-01\n"
            "a2,青溪便民宝,应用程序,青溪县民政局,511234,政务服务、通知公告,,2024-01-01\n");
    return path;
}

Override makeOverride(Action action, const QString &reason)
{
    Override o;
    o.action = action;
    o.reason = reason;
    o.who = QStringLiteral("tester");
    o.when = QDateTime::currentDateTimeUtc();
    return o;
}

bool importInto(MainWindow &w, const QString &ledger)
{
    QSignalSpy loaded(&w.files(), &FileController::loadFinished);
    w.files().importLedgers({ledger});
    return loaded.wait(60000) && loaded.first().first().toBool();
}

bool decide(Document &doc, int row, const Override &o)
{
    ItemTableModel model(doc);
    Override withId = o;
    withId.itemId = doc.inventory().at(row).id;
    return model.setData(model.index(row, ItemTableModel::ActionColumn), QVariant::fromValue(withId),
                         ItemTableModel::DecisionRole);
}

// A window that imported the ledger, autosaved and closed without saving: what a crash leaves.
bool leaveRecoveryOf(const QString &ledger)
{
    MainWindow w;
    if (!importInto(w, ledger))
        return false;
    QSignalSpy written(&w.autosaver(), &Autosaver::written);
    w.autosaver().saveNow();
    return written.wait(30000);
}

QStringList tmpFilesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tmp-*")}, QDir::Files);
}

} // namespace

class TestGuiSave : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void recoverAfterCrash();
    void discardRemovesRecovery();
    void startAsksToRecover();
    void saveAsKeepsOldFileOnFailure();
    void saveAsReplacesAtomically();
    void saltAndHistoryReachTheProject();
    void replanMakesAttachedProjectDirty();
    void refusedDecisionIsShownAndNotMade();
    void saveLocksTheDocument();
    void exportCsv();

private:
    QString m_ledger;
    QTemporaryDir m_dir;
};

void TestGuiSave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SlimPlanTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_save"));
    Settings::clear();
    installTranslations(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_ledger = writeLedger(m_dir);
    QVERIFY(!m_ledger.isEmpty());
}

void TestGuiSave::init()
{
    QDir(Autosaver::defaultDirectory()).removeRecursively();
}

void TestGuiSave::recoverAfterCrash()
{
    QByteArray salt;
    QString overriddenId;
    {
        auto w = std::make_unique<MainWindow>();
        QVERIFY(w->autosaver().isEnabled());
        QVERIFY(importInto(*w, m_ledger));
        Document &doc = w->document();
        QVERIFY(doc.isModified()); // imported ledgers are in no file yet
        salt = doc.memberSalt();
        QCOMPARE(salt.size(), 16);
        overriddenId = doc.inventory().at(1).id;
        QSignalSpy written(&w->autosaver(), &Autosaver::written);
        QVERIFY(decide(doc, 1, makeOverride(Action::Shutdown, QStringLiteral("duplicate group"))));
        w->autosaver().saveNow();
        QVERIFY(written.wait(30000));
        QCOMPARE(written.last().first().toBool(), true);
        QVERIFY(QFile::exists(w->autosaver().recoveryPath()));
        QVERIFY(tmpFilesIn(Autosaver::defaultDirectory()).isEmpty());
        // The "crash": the window goes away without a clean close.
    }
    // ... and one more during a later autosave left half a temporary file.
    const QString stale = QDir(Autosaver::defaultDirectory()).filePath(QStringLiteral("autosave.slimplan.tmp-a1b2c3"));
    {
        QFile f(stale);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
    }
    MainWindow w;
    QVERIFY(!QFile::exists(stale));
    const std::optional<RecoveryInfo> info = w.autosaver().recovery();
    QVERIFY(info);
    QVERIFY(info->saved.isValid());
    QVERIFY(info->projectPath.isEmpty());
    QSignalSpy loaded(&w.files(), &FileController::loadFinished);
    QVERIFY(w.recover());
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.first().first().toBool(), true);
    Document &doc = w.document();
    QCOMPARE(doc.rowCount(), 4);
    QCOMPARE(doc.memberSalt(), salt);
    QVERIFY(!doc.store()); // it never had a project of its own
    QVERIFY(doc.isModified());
    const int row = doc.inventory().indexOf(overriddenId);
    QVERIFY(row >= 0);
    QVERIFY(doc.overrideFor(row));
    QCOMPARE(doc.overrideFor(row)->reason, QStringLiteral("duplicate group"));
    QCOMPARE(doc.plan().decisions[std::size_t(row)].action, Action::Shutdown);
    QCOMPARE(doc.plan().decisions.size(), std::size_t(4));
    QVERIFY(doc.pendingImport());
    QCOMPARE(doc.pendingImport()->report.rowsRead, 4);

    // Saving the recovered work makes it a project and ends the recovery file.
    const QString project = m_dir.filePath(QStringLiteral("recovered.slimplan"));
    QVERIFY(w.files().saveTo(project));
    QVERIFY(!doc.isModified());
    QVERIFY(!QFile::exists(w.autosaver().recoveryPath()));
    QString error;
    auto store = ProjectStore::open(project, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->memberSalt(), salt);
    QCOMPARE(store->overrides().size(), std::size_t(1));
}

void TestGuiSave::discardRemovesRecovery()
{
    QVERIFY(leaveRecoveryOf(m_ledger));
    MainWindow w;
    QVERIFY(w.autosaver().recovery());
    w.discardRecovery();
    QVERIFY(!w.autosaver().recovery());
    QVERIFY(!QFile::exists(w.autosaver().recoveryPath()));
    QVERIFY(!w.recover());
}

// What the user sees at start: "Recover unsaved work from <time>?" with Recover and Discard.
void TestGuiSave::startAsksToRecover()
{
    QVERIFY(leaveRecoveryOf(m_ledger));
    MainWindow w;
    QString asked;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QStringLiteral("Recover"))
                b->click();
    });
    QSignalSpy loaded(&w.files(), &FileController::loadFinished);
    QVERIFY(w.offerRecovery());
    QVERIFY(asked.startsWith(QStringLiteral("Recover unsaved work from ")));
    QVERIFY(loaded.wait(60000));
    QCOMPARE(w.document().rowCount(), 4);
    QVERIFY(w.document().isModified());
}

void TestGuiSave::saveAsKeepsOldFileOnFailure()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.slimplan"));
    const QString target = dir.filePath(QStringLiteral("target.slimplan"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the old file");
    }
    MainWindow w;
    QVERIFY(importInto(w, m_ledger));
    QString error;
    QVERIFY2(w.document().saveAs(first, &error), qPrintable(error));
    // The source project vanishes under the document: building the new file must fail.
    QVERIFY(QFile::remove(first));
    QVERIFY(!w.document().saveAs(target, &error));
    QVERIFY(!error.isEmpty());
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("the old file"));
    QVERIFY(tmpFilesIn(dir.path()).isEmpty());
}

void TestGuiSave::saveAsReplacesAtomically()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.slimplan"));
    MainWindow w;
    QVERIFY(importInto(w, m_ledger));
    QVERIFY(w.files().saveTo(target));
    QVERIFY(decide(w.document(), 0, makeOverride(Action::Keep, QStringLiteral("needed"))));
    // Save As over the existing project (the attached one is replaced by a new file).
    const QString other = dir.filePath(QStringLiteral("other.slimplan"));
    QVERIFY(w.files().saveTo(other));
    QVERIFY(w.files().saveTo(target));
    QCOMPARE(w.document().projectPath(), target);
    QVERIFY(tmpFilesIn(dir.path()).isEmpty());
    QVERIFY(!QFile::exists(target + QStringLiteral("-journal")));
    QString error;
    auto store = ProjectStore::open(target, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->itemCount(), 4);
    QCOMPARE(store->overrides().size(), std::size_t(1));
    QVERIFY(savedPlan(*store, store->loadInventory()));
}

void TestGuiSave::saltAndHistoryReachTheProject()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.slimplan"));
    MainWindow w;
    QVERIFY(importInto(w, m_ledger));
    const Document &doc = w.document();
    const int g1 = doc.inventory().indexOf(QStringLiteral("g1"));
    QVERIFY(g1 >= 0);
    const std::vector<quint64> hashes = doc.inventory().at(g1).memberHashes;
    QCOMPARE(hashes.size(), std::size_t(2));
    QVERIFY(w.files().saveTo(project));
    QString error;
    auto store = ProjectStore::open(project, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->memberSalt(), doc.memberSalt());
    QCOMPARE(store->loadInventory().at(g1).memberHashes, hashes);
    const std::vector<ImportRecord> history = store->importHistory();
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history.front().rowsRead, 4);
    QCOMPARE(history.front().rowsImported, 4);
    QCOMPARE(history.front().files, QStringList{m_ledger});

    // A second document gets a salt of its own.
    MainWindow w2;
    QVERIFY(importInto(w2, m_ledger));
    QVERIFY(w2.document().memberSalt() != doc.memberSalt());
    QVERIFY(w2.document().inventory().at(g1).memberHashes != hashes);
}

void TestGuiSave::replanMakesAttachedProjectDirty()
{
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(importInto(w, m_ledger));
    Document &doc = w.document();
    QVERIFY(w.files().saveTo(dir.filePath(QStringLiteral("p.slimplan"))));
    QVERIFY(!doc.isModified());
    // An override reaches the attached file at once: nothing to save.
    QVERIFY(decide(doc, 0, makeOverride(Action::Keep, QStringLiteral("needed"))));
    QVERIFY(!doc.isModified());
    // A re-plan reaches it only on Save.
    Plan replanned = doc.recommendationsOnly();
    replanned.profile.name = QStringLiteral("stricter");
    doc.undoStack()->push(new ReplanCommand(doc, replanned, doc.overlap()));
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(doc.isModified());
    QVERIFY(w.files().save());
    QVERIFY(!doc.isModified());
    QString error;
    auto store = ProjectStore::open(doc.projectPath(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->policyProfile().name, QStringLiteral("stricter"));
    // Undoing the re-plan after the save is again a change the file lacks.
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
}

void TestGuiSave::refusedDecisionIsShownAndNotMade()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.slimplan"));
    Document doc;
    {
        MainWindow w;
        QVERIFY(importInto(w, m_ledger));
        QVERIFY(w.files().saveTo(project));
    }
    QString error;
    auto store = ProjectStore::open(project, &error);
    QVERIFY2(store, qPrintable(error));
    Inventory inv = store->loadInventory();
    std::optional<Plan> plan = savedPlan(*store, inv);
    QVERIFY(plan);
    doc.reset(std::move(inv), std::move(*plan), QStringLiteral("青溪县"), project);
    doc.attachStore(std::move(store));

    // Another program holds the file locked: the write fails after the busy timeout.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(project);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QSignalSpy failed(&doc, &Document::writeFailed);
        const Action before = doc.plan().decisions[1].action;
        QVERIFY(decide(doc, 1, makeOverride(Action::Keep, QStringLiteral("needed"))));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(project));
        QCOMPARE(doc.plan().decisions[1].action, before);
        QVERIFY(!doc.overrideFor(1));
        QCOMPARE(doc.undoStack()->count(), 0); // the refused command is not on the stack
        q.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QVERIFY(decide(doc, 1, makeOverride(Action::Keep, QStringLiteral("needed"))));
    QVERIFY(doc.overrideFor(1));
    QCOMPARE(doc.store()->overrides().size(), std::size_t(1));
}

void TestGuiSave::saveLocksTheDocument()
{
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(importInto(w, m_ledger));
    Document &doc = w.document();
    bool refused = false;
    bool actionsOff = false;
    connect(&doc, &Document::lockedChanged, this, [&](bool locked) {
        if (!locked)
            return;
        actionsOff = !w.actions().accept->isEnabled() && !w.actions().undo->isEnabled();
        refused = !decide(doc, 0, makeOverride(Action::Keep, QStringLiteral("during the save")));
    });
    QSignalSpy locks(&doc, &Document::lockedChanged);
    QVERIFY(w.files().saveTo(dir.filePath(QStringLiteral("p.slimplan"))));
    QCOMPARE(locks.count(), 2);
    QVERIFY(refused);
    QVERIFY(actionsOff);
    QVERIFY(!doc.isLocked());
    QVERIFY(!doc.overrideFor(0));
    QVERIFY(w.actions().accept->isEnabled());
}

void TestGuiSave::exportCsv()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("plan.csv"));
    MainWindow w;
    QVERIFY(importInto(w, m_ledger));
    QVERIFY(w.actions().exportCsv->isEnabled());
    QSignalSpy finished(&w.taskRunner(), &TaskRunner::finished);
    w.files().exportCsvTo(csv);
    QVERIFY(finished.wait(30000));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("青溪政务通")));
    QVERIFY(!text.contains(QStringLiteral("13800138000")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 5); // header + 4 items
}

QTEST_MAIN(TestGuiSave)
#include "test_gui_save.moc"
