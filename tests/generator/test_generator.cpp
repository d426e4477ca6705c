// The synthetic ledger generator: deterministic bytes per seed, the documented header, the row
// count, and the look-alike apps and duplicate groups the overlap engine must find.
#include "import/normalize.h"
#include "overlap/overlap.h"
#include "synth/generator.h"

#include <QtTest>

#include <QTemporaryDir>

using namespace slimplan;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray generate(QTemporaryDir &dir, qint64 items, quint64 seed, const QString &name, int regions = 0)
{
    GeneratorOptions o;
    o.items = items;
    o.seed = seed;
    o.regions = regions;
    const QString path = dir.filePath(name);
    QString error;
    if (!writeGeneratedLedger(o, path, &error))
        qWarning() << error;
    return readAll(path);
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT
private slots:
    void csv_sameSeedSameBytes();
    void csv_otherSeedOtherBytes();
    void csv_headerAndRowCount_data();
    void csv_headerAndRowCount();
    void xlsx_isAWorkbook();
    void inventory_matchesRowsAndIsRealistic();
    void overlap_findsLookAlikeFamilies();
    void cli_badUsageExitsTwo_data();
    void cli_badUsageExitsTwo();
};

void TestGenerator::csv_sameSeedSameBytes()
{
    QTemporaryDir dir;
    const QByteArray a = generate(dir, 800, 42, QStringLiteral("a.csv"));
    const QByteArray b = generate(dir, 800, 42, QStringLiteral("b.csv"));
    QVERIFY(a.size() > 800 * 50);
    QCOMPARE(a, b);
}

void TestGenerator::csv_otherSeedOtherBytes()
{
    QTemporaryDir dir;
    QVERIFY(generate(dir, 300, 1, QStringLiteral("a.csv")) != generate(dir, 300, 2, QStringLiteral("b.csv")));
}

void TestGenerator::csv_headerAndRowCount_data()
{
    QTest::addColumn<qint64>("items");
    QTest::addColumn<int>("regions");
    QTest::newRow("empty ledger") << qint64(0) << 0;
    QTest::newRow("one row") << qint64(1) << 0;
    QTest::newRow("57 rows over 5 counties") << qint64(57) << 5;
    QTest::newRow("2500 rows, automatic counties") << qint64(2500) << 0;
}

void TestGenerator::csv_headerAndRowCount()
{
    QFETCH(qint64, items);
    QFETCH(int, regions);
    QTemporaryDir dir;
    const QByteArray bytes = generate(dir, items, 3, QStringLiteral("x.csv"), regions);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.last(), QByteArray()); // ends with a line break
    QCOMPARE(qint64(lines.size() - 1), items + 1);
    const QString header = QString::fromUtf8(lines.first()).trimmed();
    QCOMPARE(header, generatorHeader().join(QLatin1Char(',')));
    QVERIFY(header.startsWith(QStringLiteral("编号,名称,类型,平台,主办单位,层级,行政区划代码,主要功能")));
    for (qsizetype k = 1; k < lines.size() - 1; ++k)
        QCOMPARE(lines.at(k).count(','), qsizetype(generatorHeader().size() - 1));
}

void TestGenerator::xlsx_isAWorkbook()
{
    QTemporaryDir dir;
    const QByteArray a = generate(dir, 200, 5, QStringLiteral("a.xlsx"));
    QVERIFY(a.startsWith("PK"));
    QVERIFY(a.size() > 2000);
}

void TestGenerator::inventory_matchesRowsAndIsRealistic()
{
    GeneratorOptions o;
    o.items = 3000;
    o.seed = 9;
    const Inventory inv = generateInventory(o);
    QCOMPARE(inv.size(), 3000);
    const auto counts = inv.countByKind();
    QVERIFY(counts[0] > 150 && counts[1] > 600 && counts[2] > 1200); // apps < accounts < groups
    int withMembers = 0, unfiled = 0, checkIn = 0, sixDigit = 0;
    for (const Item &it : inv.items()) {
        QVERIFY(!it.name.isEmpty() && !it.owner.isEmpty() && !it.functions.isEmpty());
        QVERIFY(it.region.size() == 6 || it.region.size() == 9 || it.region.size() == 12);
        // A real division code: the importer would warn about every row otherwise.
        QVERIFY2(levelFromRegionCode(it.region).has_value(), qPrintable(it.region));
        QCOMPARE(*levelFromRegionCode(it.region), *it.level);
        sixDigit += it.region.size() == 6;
        withMembers += it.kind == Kind::Group && !it.memberHashes.empty();
        unfiled += it.kind == Kind::App && it.filingNo && it.filingNo->isEmpty();
        checkIn += it.has(Flag::CheckIn);
        QVERIFY(it.kind == Kind::Group || it.memberHashes.empty());
    }
    QCOMPARE(withMembers, counts[2]);
    QVERIFY(unfiled > 0 && unfiled < counts[0]);
    QVERIFY(checkIn > 0);
    QVERIFY(sixDigit > 0 && sixDigit < inv.size());
    // The in-memory items are the rows of the file.
    int rows = 0;
    generateRows(o, [&](const GeneratedRow &row) {
        if (rows < 50) {
            QCOMPARE(row.item.id, inv.at(rows).id);
            QCOMPARE(qsizetype(row.memberIds.size()), qsizetype(inv.at(rows).memberHashes.size()));
        }
        ++rows;
    });
    QCOMPARE(rows, 3000);
}

void TestGenerator::overlap_findsLookAlikeFamilies()
{
    GeneratorOptions o;
    o.items = 3000;
    o.seed = 4;
    const Inventory inv = generateInventory(o);
    const OverlapResult r = computeOverlap(inv, PolicyProfile());
    int appFamilies = 0, groupFamilies = 0;
    for (const auto &f : r.families) {
        appFamilies += inv.at(f.front()).kind == Kind::App;
        groupFamilies += inv.at(f.front()).kind == Kind::Group;
        for (int m : f)
            QCOMPARE(inv.at(m).kind, inv.at(f.front()).kind);
    }
    QVERIFY2(appFamilies >= 1, qPrintable(QString::number(appFamilies)));
    QVERIFY2(groupFamilies >= 10, qPrintable(QString::number(groupFamilies)));
    // Not everything overlaps: most items stay outside any family.
    const auto inFamily = std::count_if(r.familyOf.begin(), r.familyOf.end(), [](int f) { return f >= 0; });
    QVERIFY2(inFamily < inv.size() / 2, qPrintable(QString::number(inFamily)));
}

void TestGenerator::cli_badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no options") << QStringList{QStringLiteral("generate")};
    QTest::newRow("no --out") << QStringList{QStringLiteral("generate"), QStringLiteral("--items"), QStringLiteral("5")};
    QTest::newRow("items not a number") << QStringList{QStringLiteral("generate"), QStringLiteral("--items"),
                                                       QStringLiteral("many"), QStringLiteral("--out"), QStringLiteral("x.csv")};
    QTest::newRow("unknown suffix") << QStringList{QStringLiteral("generate"), QStringLiteral("--items"),
                                                   QStringLiteral("5"), QStringLiteral("--out"), QStringLiteral("x.txt")};
}

void TestGenerator::cli_badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    QProcess p;
    p.setWorkingDirectory(QDir::tempPath());
    p.start(QStringLiteral(SLIMPLAN_CLI_PATH), args);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "test_generator.moc"
