// A project must survive the program being killed in the middle of a write (power cut, task
// manager, a laptop lid): slimplan-cli is killed with SIGKILL at several moments of a large import
// into a project that already holds a first import, of an import into a new snapshot, and of a
// plan being saved over an older one. The project must then open, pass SQLite's integrity_check,
// keep what it held whole and hold all of the interrupted write or none of it.

#include "store/projectstore.h"
#include "plan/projectplan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace slimplan;

namespace {

// Rows of the interrupted import: large enough that its write takes a while, small enough that
// the suite stays well under a minute (SLIMPLAN_CRASH_ROWS overrides).
int bigRows()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SLIMPLAN_CRASH_ROWS", &ok);
    return ok && n > 0 ? n : 200000;
}
constexpr int kBaseRows = 1000;

// uniqueFunctions: every item has a function of its own, so nothing overlaps and planning
// stays linear (the shared functions of the import ledger make one huge overlap family).
bool writeLedger(const QString &path, const QString &idPrefix, int rows, bool uniqueFunctions = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf = "编号,名称,类型,主办单位,行政区划代码,功能,用户数,最后更新\n";
    const char *kinds[] = {"应用程序", "公众号", "工作群"};
    for (int i = 0; i < rows; ++i) {
        const QString functions = uniqueFunctions ? QStringLiteral("职能%1").arg(i) : QStringLiteral("信息发布、办事指南");
        buf += QStringLiteral("%1-%2,青溪县第%2号事项,%3,青溪县第%4局,511234,%7,%5,2025-0%6-15\n")
                   .arg(idPrefix)
                   .arg(i)
                   .arg(QString::fromUtf8(kinds[i % 3]))
                   .arg(i % 97)
                   .arg(i * 7 % 100000)
                   .arg(1 + i % 9)
                   .arg(functions)
                   .toUtf8();
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    return f.write(buf) == buf.size();
}

QStringList importArgs(const QString &ledger, const QString &project)
{
    return {QStringLiteral("import"), ledger, QStringLiteral("--project"), project};
}

QString integrityError(const ProjectStore &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("integrity_check could not run");
    if (q.value(0).toString() != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + q.value(0).toString();
    return {};
}

// The project at `path` when it opens and passes SQLite's integrity_check; else null, and why.
std::unique_ptr<ProjectStore> openIntact(const QString &path, QString *error)
{
    auto store = ProjectStore::open(path, error);
    if (!store)
        return nullptr;
    *error = integrityError(*store);
    if (!error->isEmpty())
        return nullptr;
    return store;
}

struct State
{
    QString error;       // non-empty: the project did not open or failed its check
    qint64 baseItems = 0;
    qint64 bigItems = 0;
    qint64 imports = 0;
};

State inspect(const QString &path)
{
    State s;
    const auto store = openIntact(path, &s.error);
    if (!store)
        return s;
    QSqlQuery q(store->database());
    q.exec(QStringLiteral("SELECT sum(id LIKE 'base-%'), sum(id LIKE 'big-%') FROM items"));
    q.next();
    s.baseItems = q.value(0).toLongLong();
    s.bigItems = q.value(1).toLongLong();
    s.imports = static_cast<qint64>(store->importHistory().size());
    // What the program itself reads must agree with SQL.
    if (store->loadInventory().size() != s.baseItems + s.bigItems)
        s.error = QStringLiteral("loadInventory disagrees with the table");
    return s;
}

// Kill moments as fractions of an uninterrupted run (-1 = a little after the rollback journal
// appears, i.e. inside the write transaction; -2 = the moment it appears). A slow machine (or a sanitizer build) gets fewer,
// so that the suite stays around a minute.
QList<double> killMoments(qint64 fullMs)
{
    return fullMs < 6000    ? QList<double>{0.1, 0.3, 0.5, 0.65, 0.8, 0.9, 0.97, -1.0}
           : fullMs < 12000 ? QList<double>{0.3, 0.7, -1.0}
                            : QList<double>{0.3, -1.0};
}

// Starts slimplan-cli on `project` and kills it at `at` (see killMoments). True if it was killed
// before it finished.
bool runAndKill(QProcess &p, const QStringList &args, const QString &project, double at, qint64 fullMs)
{
    p.start(QStringLiteral(SLIMPLAN_CLI_PATH), args);
    if (!p.waitForStarted())
        return false;
    QElapsedTimer timer;
    timer.start();
    if (at < 0) {
        const QString journal = project + QStringLiteral("-journal");
        while (!QFile::exists(journal) && p.state() == QProcess::Running && timer.elapsed() < 2 * fullMs + 5000)
            QThread::usleep(500);
        if (at > -1.5)
            QThread::msleep(static_cast<unsigned long>(fullMs / 20));
    } else {
        QThread::msleep(static_cast<unsigned long>(at * fullMs));
    }
    p.kill(); // SIGKILL: no handler, no cleanup, like a power cut for the process
    p.waitForFinished(10000);
    return p.exitStatus() == QProcess::CrashExit;
}

QStringList planArgs(const QString &project, const QString &asOf)
{
    return {QStringLiteral("plan"), QStringLiteral("--project"), project, QStringLiteral("--as-of"), asOf};
}

// The saved plan of a project: its as-of date, how many decisions it has and how many shut down.
struct PlanState
{
    QString error;
    QString asOf;
    qint64 decisions = 0;
    qint64 shutdowns = 0;
    qint64 items = 0;
};

PlanState inspectPlan(const QString &path)
{
    PlanState s;
    const auto store = openIntact(path, &s.error);
    if (!store)
        return s;
    QSqlQuery q(store->database());
    q.exec(QStringLiteral("SELECT as_of FROM plans WHERE snapshot_id = 1"));
    if (q.next())
        s.asOf = q.value(0).toString();
    q.exec(QStringLiteral("SELECT count(*), sum(action = 'shutdown') FROM plan_decisions WHERE snapshot_id = 1"));
    q.next();
    s.decisions = q.value(0).toLongLong();
    s.shutdowns = q.value(1).toLongLong();
    s.items = store->itemCount();
    if (!savedPlan(*store, store->loadInventory()))
        s.error = QStringLiteral("the saved plan does not cover the inventory");
    return s;
}

// Runs slimplan-cli to its end: the milliseconds it took, or -1 when it failed, crashed or did not
// finish within two minutes.
qint64 runToEnd(const QStringList &args)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(SLIMPLAN_CLI_PATH), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return timer.elapsed();
}

// Puts a fresh copy of `base` at `work`, without the journal a killed run may have left.
bool resetFrom(const QString &base, const QString &work)
{
    QFile::remove(work);
    QFile::remove(work + QStringLiteral("-journal"));
    return QFile::copy(base, work);
}

QByteArray killLabel(double at, bool killed)
{
    return QStringLiteral("kill at %1 (%2)").arg(at).arg(killed ? "killed" : "had finished").toUtf8();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killDuringImport();
    void killDuringPlanSave();
    void killDuringSnapshotImport();
};

void TestCrashSafety::killDuringImport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString baseLedger = dir.filePath(QStringLiteral("base.csv"));
    const QString bigLedger = dir.filePath(QStringLiteral("big.csv"));
    const QString baseProject = dir.filePath(QStringLiteral("base.slimplan"));
    const int rows = bigRows();
    QVERIFY(writeLedger(baseLedger, QStringLiteral("base"), kBaseRows));
    QVERIFY(writeLedger(bigLedger, QStringLiteral("big"), rows));
    QVERIFY(runToEnd(importArgs(baseLedger, baseProject)) >= 0);

    // An uninterrupted import first: how long it takes, and that "all of it" is what it gives.
    const QString work = dir.filePath(QStringLiteral("work.slimplan"));
    QVERIFY(resetFrom(baseProject, work));
    const qint64 full = runToEnd(importArgs(bigLedger, work));
    QVERIFY(full >= 0);
    State s = inspect(work);
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.baseItems, kBaseRows);
    QCOMPARE(s.bigItems, rows);
    qInfo("uninterrupted import of %d rows: %lld ms", rows, full);

    // Kills spread over the run (reading the ledger, then writing), and one the moment the
    // rollback journal appears, i.e. inside the write transaction.
    // A slow machine (or a sanitizer build) gets fewer moments, to stay under a minute.
    int none = 0;
    int all = 0;
    QProcess p;
    for (double at : killMoments(full)) {
        QVERIFY(resetFrom(baseProject, work));
        const bool killed = runAndKill(p, importArgs(bigLedger, work), work, at, full);
        s = inspect(work);
        const QByteArray what = killLabel(at, killed);
        QVERIFY2(s.error.isEmpty(), (what + ": " + s.error.toUtf8()).constData());
        QVERIFY2(s.baseItems == kBaseRows, what.constData());
        QVERIFY2(s.bigItems == 0 || s.bigItems == rows,
                 (what + ": " + QByteArray::number(s.bigItems) + " rows of the import").constData());
        // The history records the import exactly when its items are there.
        QCOMPARE(s.imports, s.bigItems == 0 ? 1 : 2);
        (s.bigItems == 0 ? none : all) += 1;
    }
    qInfo("after the kills: %d project(s) without the import, %d with all of it", none, all);
    QVERIFY2(none > 0, "no kill interrupted the import: the moments are too late");
}

// slimplan-cli plan --project P saves the new plan over the old one (savePlan): killed at any
// moment, the project holds the old plan or the whole new one, never a mix.
void TestCrashSafety::killDuringPlanSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int rows = std::max(1000, bigRows() / 10);
    const QString ledger = dir.filePath(QStringLiteral("plan.csv"));
    const QString baseProject = dir.filePath(QStringLiteral("base.slimplan"));
    QVERIFY(writeLedger(ledger, QStringLiteral("big"), rows, true));
    QVERIFY(runToEnd(importArgs(ledger, baseProject)) >= 0);
    // The old plan measures from early 2025 (little is idle), the new one from 2030 (all is).
    QVERIFY(runToEnd(planArgs(baseProject, QStringLiteral("2025-01-20"))) >= 0);
    const PlanState old = inspectPlan(baseProject);
    QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
    QCOMPARE(old.decisions, qint64(rows));

    const QString work = dir.filePath(QStringLiteral("work.slimplan"));
    QVERIFY(resetFrom(baseProject, work));
    const QStringList args = planArgs(work, QStringLiteral("2030-01-01"));
    const qint64 full = runToEnd(args);
    QVERIFY(full >= 0);
    const PlanState fresh = inspectPlan(work);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QCOMPARE(fresh.decisions, qint64(rows));
    QVERIFY(fresh.asOf != old.asOf);
    QVERIFY2(fresh.shutdowns != old.shutdowns, "the two plans must differ to tell them apart");
    qInfo("uninterrupted plan of %d items: %lld ms", rows, full);

    int olds = 0;
    int news = 0;
    // Most of a plan run is planning; the write is its last part: most kills aim at the journal.
    const QList<double> moments = full < 6000 ? QList<double>{0.5, 0.9, -2.0, -1.0, -1.0}
                                              : QList<double>{0.5, -2.0, -1.0};
    QProcess p;
    for (double at : moments) {
        QVERIFY(resetFrom(baseProject, work));
        const bool killed = runAndKill(p, args, work, at, full);
        const PlanState s = inspectPlan(work);
        const QByteArray what = killLabel(at, killed);
        QVERIFY2(s.error.isEmpty(), (what + ": " + s.error.toUtf8()).constData());
        QCOMPARE(s.items, qint64(rows));
        QCOMPARE(s.decisions, qint64(rows));
        const bool isOld = s.asOf == old.asOf && s.shutdowns == old.shutdowns;
        const bool isNew = s.asOf == fresh.asOf && s.shutdowns == fresh.shutdowns;
        QVERIFY2(isOld || isNew, (what + ": a mix of the two plans, " + QByteArray::number(s.shutdowns)
                                  + " shutdowns as of " + s.asOf.toUtf8()).constData());
        (isOld ? olds : news) += 1;
    }
    qInfo("after the kills: %d project(s) with the old plan, %d with the new one", olds, news);
    QVERIFY2(olds > 0, "no kill interrupted the save: the moments are too late");
}

// import --snapshot LABEL: the new snapshot holds all of the import or none of it, and the
// current snapshot stays whole.
void TestCrashSafety::killDuringSnapshotImport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int rows = std::max(1000, bigRows() / 4);
    const QString baseLedger = dir.filePath(QStringLiteral("base.csv"));
    const QString bigLedger = dir.filePath(QStringLiteral("big.csv"));
    const QString baseProject = dir.filePath(QStringLiteral("base.slimplan"));
    QVERIFY(writeLedger(baseLedger, QStringLiteral("base"), kBaseRows));
    QVERIFY(writeLedger(bigLedger, QStringLiteral("big"), rows));
    QVERIFY(runToEnd(importArgs(baseLedger, baseProject)) >= 0);

    const QString work = dir.filePath(QStringLiteral("work.slimplan"));
    const QStringList args = importArgs(bigLedger, work) + QStringList{QStringLiteral("--snapshot"), QStringLiteral("2026-Q2")};
    QVERIFY(resetFrom(baseProject, work));
    const qint64 full = runToEnd(args);
    QVERIFY(full >= 0);
    qInfo("uninterrupted snapshot import of %d rows: %lld ms", rows, full);

    const auto check = [&](const QByteArray &what, bool *hasAll) {
        QString error;
        auto store = openIntact(work, &error);
        QVERIFY2(store, (what + ": " + error.toUtf8()).constData());
        QCOMPARE(store->itemCount(), kBaseRows); // the current snapshot
        QCOMPARE(store->importHistory().size(), std::size_t(1));
        *hasAll = false;
        for (const SnapshotInfo &snap : store->snapshots()) {
            if (snap.label != QLatin1String("2026-Q2"))
                continue;
            QVERIFY(store->selectSnapshot(snap.id));
            const int n = store->itemCount();
            QVERIFY2(n == 0 || n == rows, (what + ": " + QByteArray::number(n) + " rows of the import").constData());
            QCOMPARE(store->importHistory().size(), std::size_t(n == 0 ? 0 : 1));
            *hasAll = n == rows;
            QCOMPARE(int(store->loadInventory().size()), n);
        }
    };
    bool hasAll = false;
    check("uninterrupted", &hasAll);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(hasAll);

    int none = 0;
    int all = 0;
    QProcess p;
    for (double at : killMoments(full)) {
        QVERIFY(resetFrom(baseProject, work));
        const bool killed = runAndKill(p, args, work, at, full);
        check(killLabel(at, killed), &hasAll);
        if (QTest::currentTestFailed())
            return;
        (hasAll ? all : none) += 1;
    }
    qInfo("after the kills: %d project(s) without the snapshot's import, %d with all of it", none, all);
    QVERIFY2(none > 0, "no kill interrupted the import: the moments are too late");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
