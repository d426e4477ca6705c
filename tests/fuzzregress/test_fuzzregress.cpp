// Every input the fuzzers once crashed on (tests/data/fuzz-regressions/<target>/) goes through the
// same entry point as its fuzz target (tests/fuzz/fuzzentries.h) and must give a refusal with a
// message or a result — never a crash, a hang or an empty answer.

#include "../fuzz/fuzzentries.h"

#include <QDir>
#include <QDirIterator>
#include <QtTest>

using namespace slimplan;

class TestFuzzRegress : public QObject
{
    Q_OBJECT

private slots:
    void entryPointsWork();
    void regressions_data();
    void regressions();
};

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
    const QDir root(QStringLiteral(SLIMPLAN_TEST_DATA "/fuzz-regressions"));
    int rows = 0;
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(target));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(target + QLatin1Char('/') + name)) << target << dir.filePath(name);
            ++rows;
        }
    }
    if (rows == 0)
        QTest::newRow("none") << QString() << QString();
}

void TestFuzzRegress::regressions()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("no regression inputs yet");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QString outcome;
    if (target == QLatin1String("project"))
        outcome = fuzz::runProject(bytes);
    else if (target == QLatin1String("csv") || target == QLatin1String("json")
             || target == QLatin1String("xlsx"))
        outcome = fuzz::runImport(bytes, target);
    else
        QFAIL(qPrintable(QStringLiteral("unknown fuzz target folder %1").arg(target)));
    QVERIFY2(!outcome.isEmpty(), qPrintable(file));
    qDebug("%s: %s", qPrintable(QFileInfo(file).fileName()), qPrintable(outcome.left(200)));
}

QTEST_GUILESS_MAIN(TestFuzzRegress)
#include "test_fuzzregress.moc"
