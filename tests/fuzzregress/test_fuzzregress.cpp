// Every input the fuzzers once crashed on (tests/data/fuzz-regressions/<target>/), and the
// hand-made malformed seeds beside them (make_seeds.py there), goes through the same entry point as
// its fuzz target (tests/fuzz/fuzzentries.h) and must give a refusal with a message or a result —
// never a crash, a hang or an empty answer. Every target has a folder with inputs: a folder gone
// missing fails the suite instead of letting it pass on nothing.

#include "../fuzz/fuzzentries.h"

#include <QDir>
#include <QDirIterator>
#include <QtTest>

using namespace slimplan;

class TestFuzzRegress : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasInputs_data();
    void everyTargetHasInputs();
    void entryPointsWork();
    void regressions_data();
    void regressions();
};

namespace {

const QString kRoot = QStringLiteral(SLIMPLAN_TEST_DATA "/fuzz-regressions");

// The fuzz targets of tests/fuzz (fuzz_<name>), by the folder names scripts/run-fuzz.sh uses.
const QStringList kTargets = {QStringLiteral("csv"),  QStringLiteral("json"),
                              QStringLiteral("xlsx"), QStringLiteral("xls"),
                              QStringLiteral("ods"),  QStringLiteral("project")};

} // namespace

void TestFuzzRegress::everyTargetHasInputs_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &target : kTargets)
        QTest::newRow(qPrintable(target)) << target;
}

void TestFuzzRegress::everyTargetHasInputs()
{
    QFETCH(QString, target);
    const QDir dir(kRoot + QLatin1Char('/') + target);
    QVERIFY2(dir.exists(), qPrintable(dir.path() + QStringLiteral(" is missing")));
    QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(dir.path() + QStringLiteral(" is empty")));
}

// The entry points themselves: a good file imports, a broken one is refused with a message.
void TestFuzzRegress::entryPointsWork()
{
    QFile good(QStringLiteral(SLIMPLAN_TEST_DATA "/csvimport/utf8.csv"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QString imported = fuzz::runImport(good.readAll(), QStringLiteral("csv"));
    QVERIFY2(imported.startsWith(QLatin1String("imported")), qPrintable(imported));

    const QString notJson = fuzz::runImport("[{\"name\": ", QStringLiteral("json"));
    QVERIFY2(notJson.startsWith(QLatin1String("refused: ")), qPrintable(notJson));

    const QString notProject = fuzz::runProject("SQLite format 3\0garbage garbage");
    QVERIFY2(notProject.startsWith(QLatin1String("refused: ")), qPrintable(notProject));
}

void TestFuzzRegress::regressions_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QDir root(kRoot);
    // Folders beyond kTargets are listed too, so that a misnamed one fails in regressions().
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(target));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(target + QLatin1Char('/') + name)) << target << dir.filePath(name);
    }
}

void TestFuzzRegress::regressions()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QString outcome;
    if (target == QLatin1String("project"))
        outcome = fuzz::runProject(bytes);
    else if (kTargets.contains(target))
        outcome = fuzz::runImport(bytes, target);
    else
        QFAIL(qPrintable(QStringLiteral("unknown fuzz target folder %1").arg(target)));
    QVERIFY2(!outcome.isEmpty(), qPrintable(file));
    // Only a few seeds are good enough to import; a refusal must say why in words.
    if (outcome.startsWith(QLatin1String("refused: ")))
        QVERIFY2(outcome.size() > int(qstrlen("refused: ")) + 10, qPrintable(outcome));
    qDebug("%s: %s", qPrintable(QFileInfo(file).fileName()), qPrintable(outcome.left(200)));
}

QTEST_GUILESS_MAIN(TestFuzzRegress)
#include "test_fuzzregress.moc"
