// A project must survive the program being killed in the middle of an import (power cut, task
// manager, a laptop lid): slimplan-cli is killed with SIGKILL at several moments of a large import
// into a project that already holds a first import. The project must then open, pass SQLite's
// integrity_check, keep the first import whole and hold all of the interrupted import or none of it.

#include "store/projectstore.h"

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

bool writeLedger(const QString &path, const QString &idPrefix, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf = "编号,名称,类型,主办单位,行政区划代码,功能,用户数,最后更新\n";
    const char *kinds[] = {"应用程序", "公众号", "工作群"};
    for (int i = 0; i < rows; ++i) {
        buf += QStringLiteral("%1-%2,青溪县第%2号事项,%3,青溪县第%4局,511234,信息发布、办事指南,%5,2025-0%6-15\n")
                   .arg(idPrefix)
                   .arg(i)
                   .arg(QString::fromUtf8(kinds[i % 3]))
                   .arg(i % 97)
                   .arg(i * 7 % 100000)
                   .arg(1 + i % 9)
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
    auto store = ProjectStore::open(path, &s.error);
    if (!store)
        return s;
    QSqlQuery q(store->database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        s.error = QStringLiteral("integrity_check could not run");
        return s;
    }
    if (q.value(0).toString() != QLatin1String("ok")) {
        s.error = QStringLiteral("integrity_check: ") + q.value(0).toString();
        return s;
    }
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

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killDuringImport();
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

    QProcess p;
    p.start(QStringLiteral(SLIMPLAN_CLI_PATH), importArgs(baseLedger, baseProject));
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);

    // An uninterrupted import first: how long it takes, and that "all of it" is what it gives.
    const QString work = dir.filePath(QStringLiteral("work.slimplan"));
    QVERIFY(QFile::copy(baseProject, work));
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(SLIMPLAN_CLI_PATH), importArgs(bigLedger, work));
    QVERIFY(p.waitForFinished(120000));
    const qint64 full = timer.elapsed();
    QCOMPARE(p.exitCode(), 0);
    State s = inspect(work);
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.baseItems, kBaseRows);
    QCOMPARE(s.bigItems, rows);
    qInfo("uninterrupted import of %d rows: %lld ms", rows, full);

    // Kills spread over the run (reading the ledger, then writing), and one the moment the
    // rollback journal appears, i.e. inside the write transaction.
    // A slow machine (or a sanitizer build) gets fewer moments, to stay under a minute.
    const QList<double> moments = full < 6000  ? QList<double>{0.1, 0.3, 0.5, 0.65, 0.8, 0.9, 0.97, -1.0}
                                : full < 12000 ? QList<double>{0.3, 0.7, -1.0}
                                               : QList<double>{0.3, -1.0};
    int none = 0;
    int all = 0;
    for (double at : moments) {
        QFile::remove(work);
        QFile::remove(work + QStringLiteral("-journal"));
        QVERIFY(QFile::copy(baseProject, work));
        p.start(QStringLiteral(SLIMPLAN_CLI_PATH), importArgs(bigLedger, work));
        QVERIFY(p.waitForStarted());
        timer.restart();
        if (at < 0) {
            const QString journal = work + QStringLiteral("-journal");
            while (!QFile::exists(journal) && p.state() == QProcess::Running && timer.elapsed() < 2 * full + 5000)
                QThread::usleep(500);
            QThread::msleep(static_cast<unsigned long>(full / 20));
        } else {
            QThread::msleep(static_cast<unsigned long>(at * full));
        }
        p.kill(); // SIGKILL: no handler, no cleanup, like a power cut for the process
        QVERIFY(p.waitForFinished(10000));
        const bool killed = p.exitStatus() == QProcess::CrashExit;

        s = inspect(work);
        const QByteArray what = QStringLiteral("kill at %1 (%2)").arg(at).arg(killed ? "killed" : "had finished").toUtf8();
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

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
