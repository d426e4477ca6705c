// Comparing regions and tracking progress: the comparison rows, splitting a multi-region
// inventory, the snapshot diff (closed and rebound), and the CLI's compare/progress outputs.

#include "../common/clirun.h"
#include "../common/testitems.h"
#include "compare/regioncompare.h"
#include "compare/snapshotdiff.h"
#include "plan/planner.h"
#include "model/policyprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;

namespace {

const QString kData = QStringLiteral(SLIMPLAN_TEST_DATA "/compare/");

using slimplan::testing::Run;
using slimplan::testing::cli;
using slimplan::testing::ids;

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

Item item(const QString &id, Kind kind, const QString &owner, const QString &name,
          const QString &region = QStringLiteral("510101"))
{
    return testing::countyItem(id, kind, owner, name, region);
}

Decision decision(Action a, const QStringList &rules = {})
{
    Decision d;
    d.action = a;
    d.rules = rules;
    return d;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void rowCountsKindsLevelsRules();
    void splitTwoRegions();
    void splitThreeRegionsWithPlan();
    void regionKeys();
    void regionInOneSnapshotOnly();
    void reboundCases();
    void fewerThanTwoSnapshots();
    void cliCompareJsonKeepsOrder();
    void cliComparePdf();
    void cliImportSnapshotAndProgress();
};

void TestCompare::rowCountsKindsLevelsRules()
{
    Inventory inv;
    inv.upsert(item(QStringLiteral("a"), Kind::App, QStringLiteral("青溪县民政局"), QStringLiteral("A")));
    inv.upsert(item(QStringLiteral("b"), Kind::App, QStringLiteral("青溪县教育局"), QStringLiteral("B")));
    Item c = item(QStringLiteral("c"), Kind::Group, QStringLiteral("青溪县民政局"), QStringLiteral("C"));
    c.level.reset();
    inv.upsert(c);
    Plan plan;
    plan.decisions = {decision(Action::Shutdown, {QStringLiteral("A4"), QStringLiteral("P3")}),
                      decision(Action::Rectify, {QStringLiteral("A4")}), decision(Action::Keep)};
    computeSummary(inv, plan);
    const RegionRow row = compareRow({QStringLiteral("青溪县"), QStringLiteral("510101"), &inv, &plan});
    QCOMPARE(row.name, QStringLiteral("青溪县"));
    QCOMPARE(row.itemsPerKind[0], 2);
    QCOMPARE(row.itemsPerKind[2], 1);
    QCOMPARE(row.itemsTotal(), 3);
    QCOMPARE(row.itemsPerLevel[static_cast<std::size_t>(Level::County)], 2);
    QCOMPARE(row.itemsPerLevel[kLevelCount], 1);
    QCOMPARE(row.findingsPerRule.value(QStringLiteral("A4")), 2);
    QCOMPARE(row.findingsPerRule.value(QStringLiteral("P3")), 1);
    QCOMPARE(row.summary.after.total(), 2);
    QVERIFY(qAbs(row.reductionPctTotal - 100.0 / 3.0) < 0.01);
    QCOMPARE(ruleColumns({row}), (QStringList{QStringLiteral("A4"), QStringLiteral("P3")}));
}

void TestCompare::splitTwoRegions()
{
    Inventory inv;
    inv.upsert(item(QStringLiteral("a"), Kind::App, QStringLiteral("青溪县民政局"), QStringLiteral("A"),
                    QStringLiteral("510101001")));
    inv.upsert(item(QStringLiteral("b"), Kind::App, QStringLiteral("云岭市民政局"), QStringLiteral("B"),
                    QStringLiteral("510900")));
    inv.upsert(item(QStringLiteral("c"), Kind::Account, QStringLiteral("青溪县教育局"), QStringLiteral("C"),
                    QStringLiteral("510101")));
    const std::vector<RegionPart> parts = splitByRegion(inv);
    QCOMPARE(parts.size(), std::size_t(2));
    QCOMPARE(parts[0].code, QStringLiteral("510101"));
    QCOMPARE(parts[0].name, QStringLiteral("青溪县"));
    QCOMPARE(parts[0].inventory.size(), 2);
    QCOMPARE(parts[0].sourceIndex, (std::vector<int>{0, 2}));
    QCOMPARE(parts[1].code, QStringLiteral("510900"));
    QCOMPARE(parts[1].name, QStringLiteral("云岭市"));
    QVERIFY(parts[1].plan.decisions.empty());
}

void TestCompare::splitThreeRegionsWithPlan()
{
    Inventory inv;
    inv.upsert(item(QStringLiteral("a"), Kind::App, QStringLiteral("青溪县民政局"), QStringLiteral("A"),
                    QStringLiteral("510101")));
    inv.upsert(item(QStringLiteral("b"), Kind::Group, QStringLiteral("云岭市民政局"), QStringLiteral("B"),
                    QStringLiteral("510900")));
    inv.upsert(item(QStringLiteral("c"), Kind::Account, QStringLiteral("白河区教育局"), QStringLiteral("C"),
                    QStringLiteral("510302")));
    inv.upsert(item(QStringLiteral("d"), Kind::App, QStringLiteral("白河区民政局"), QStringLiteral("D"),
                    QStringLiteral("510302")));
    inv.upsert(item(QStringLiteral("e"), Kind::App, QStringLiteral("某单位"), QStringLiteral("E"),
                    QStringLiteral("青溪县")));
    Plan plan;
    plan.decisions = {decision(Action::Keep), decision(Action::Shutdown, {QStringLiteral("A4")}),
                      decision(Action::Merge, {QStringLiteral("A1")}), decision(Action::Keep),
                      decision(Action::Migrate)};
    plan.decisions[2].cluster = 0;
    computeSummary(inv, plan);
    const std::vector<RegionPart> parts = splitByRegion(inv, &plan);
    QCOMPARE(parts.size(), std::size_t(4));
    QCOMPARE(parts[0].code, QStringLiteral("510101"));
    QCOMPARE(parts[1].code, QStringLiteral("510302"));
    QCOMPARE(parts[2].code, QStringLiteral("510900"));
    QCOMPARE(parts[3].code, QString()); // the place name is not a code: unknown, last
    int before = 0, after = 0;
    std::vector<RegionInput> inputs;
    for (const RegionPart &p : parts) {
        QCOMPARE(p.plan.decisions.size(), p.inventory.items().size());
        before += p.plan.summary.before.total();
        after += p.plan.summary.after.total();
        inputs.push_back({p.name, p.code, &p.inventory, &p.plan});
    }
    QCOMPARE(before, plan.summary.before.total());
    QCOMPARE(after, plan.summary.after.total());
    QCOMPARE(parts[1].plan.decisions[0].cluster, -1);
    QCOMPARE(parts[1].plan.summary.reductionPctTotal, 50.0);
    QCOMPARE(parts[2].plan.summary.reductionPctTotal, 100.0);
    const std::vector<RegionRow> rows = compareRegions(inputs);
    QCOMPARE(rows.size(), std::size_t(4));
    QCOMPARE(rows[1].name, QStringLiteral("白河区"));
    QCOMPARE(rows[1].findingsPerRule.value(QStringLiteral("A1")), 1);
    QCOMPARE(rows[2].findingsPerRule.value(QStringLiteral("A4")), 1);
    QCOMPARE(ruleColumns(rows), (QStringList{QStringLiteral("A1"), QStringLiteral("A4")}));
}

void TestCompare::regionKeys()
{
    QCOMPARE(regionKey(QStringLiteral("510101001001")), QStringLiteral("510101"));
    QCOMPARE(regionKey(QStringLiteral(" 510900 ")), QStringLiteral("510900"));
    QCOMPARE(regionKey(QStringLiteral("5101")), QString());
    QCOMPARE(regionKey(QStringLiteral("青溪县")), QString());
    QCOMPARE(regionKey(QString()), QString());
}

void TestCompare::regionInOneSnapshotOnly()
{
    Inventory base;
    base.upsert(item(QStringLiteral("a"), Kind::App, QStringLiteral("青溪县民政局"), QStringLiteral("A")));
    Inventory later = base;
    later.upsert(item(QStringLiteral("y"), Kind::Group, QStringLiteral("云岭市民政局"), QStringLiteral("Y"),
                      QStringLiteral("510900")));
    QCOMPARE(splitByRegion(base).size(), std::size_t(1));
    const std::vector<RegionPart> parts = splitByRegion(later);
    QCOMPARE(parts.size(), std::size_t(2));
    QCOMPARE(parts[1].code, QStringLiteral("510900"));
    const SnapshotDiff diff = diffSnapshots({{QStringLiteral("2025"), QDate(2025, 12, 31), &base},
                                             {QStringLiteral("2026"), QDate(2026, 6, 30), &later}},
                                            nullptr);
    QCOMPARE(ids(diff.created), QStringList{QStringLiteral("y")});
    QCOMPARE(diff.created.front().region, QStringLiteral("510900"));
    QVERIFY(diff.closed.empty());
    QCOMPARE(diff.counts.size(), std::size_t(2));
    QCOMPARE(diff.counts[0].counts.total(), 1);
    QCOMPARE(diff.counts[1].counts.perKind[2], 1);
    QCOMPARE(diff.counts[1].label, QStringLiteral("2026"));
}

void TestCompare::reboundCases()
{
    const QString owner = QStringLiteral("测试县民政局");
    Inventory base;
    base.upsert(item(QStringLiteral("A"), Kind::App, owner, QStringLiteral("留下")));
    base.upsert(item(QStringLiteral("B"), Kind::App, owner, QStringLiteral("应关停")));
    base.upsert(item(QStringLiteral("C"), Kind::Group, owner, QStringLiteral("已合并群")));
    base.upsert(item(QStringLiteral("D"), Kind::Account, owner, QStringLiteral("关掉了")));
    Plan plan;
    plan.decisions = {decision(Action::Keep), decision(Action::Shutdown), decision(Action::Merge),
                      decision(Action::Shutdown)};
    Inventory mid;
    mid.upsert(item(QStringLiteral("A"), Kind::App, owner, QStringLiteral("留下")));
    mid.upsert(item(QStringLiteral("B"), Kind::App, owner, QStringLiteral("应关停")));
    Inventory later;
    later.upsert(item(QStringLiteral("A"), Kind::App, owner, QStringLiteral("留下")));
    // B under another id but the same kind + owner + name: still the same item.
    later.upsert(item(QStringLiteral("B-2026"), Kind::App, owner, QStringLiteral("应关停")));
    // C came back under a derived id.
    later.upsert(item(deriveItemId(Kind::Group, owner, QStringLiteral("已合并群")), Kind::Group, owner,
                      QStringLiteral("已合并群")));
    later.upsert(item(QStringLiteral("E"), Kind::Group, owner, QStringLiteral("新建群")));

    const SnapshotDiff diff = diffSnapshots({{QStringLiteral("base"), {}, &base},
                                             {QStringLiteral("mid"), {}, &mid},
                                             {QStringLiteral("later"), {}, &later}},
                                            &plan);
    QCOMPARE(ids(diff.closed), QStringList{QStringLiteral("D")});
    QCOMPARE(diff.closed.front().planned, std::optional<Action>(Action::Shutdown));
    QCOMPARE(ids(diff.created), QStringList{QStringLiteral("E")});
    QCOMPARE(ids(diff.stillThere), QStringList{QStringLiteral("B-2026")});
    QCOMPARE(diff.stillThere.front().baselineId, QStringLiteral("B"));
    QCOMPARE(diff.cameBack.size(), std::size_t(1));
    QCOMPARE(diff.cameBack.front().baselineId, QStringLiteral("C"));
    QCOMPARE(diff.cameBack.front().planned, std::optional<Action>(Action::Merge));
    QCOMPARE(diff.reboundCount(), 3);
    QCOMPARE(diff.counts.size(), std::size_t(3));
    QCOMPARE(diff.counts[1].counts.total(), 2);

    // Without the intermediate snapshot, C is not seen to go away: planned to leave, still there.
    const SnapshotDiff two = diffSnapshots({{QStringLiteral("base"), {}, &base},
                                            {QStringLiteral("later"), {}, &later}},
                                           &plan);
    QVERIFY(two.cameBack.empty());
    QCOMPARE(two.stillThere.size(), std::size_t(2));
    // Without a plan nothing is "planned to leave".
    const SnapshotDiff noPlan = diffSnapshots({{QStringLiteral("base"), {}, &base},
                                               {QStringLiteral("later"), {}, &later}},
                                              nullptr);
    QVERIFY(noPlan.stillThere.empty());
    QCOMPARE(noPlan.reboundCount(), 1);
}

void TestCompare::fewerThanTwoSnapshots()
{
    Inventory base;
    base.upsert(item(QStringLiteral("A"), Kind::App, QStringLiteral("x"), QStringLiteral("y")));
    const SnapshotDiff diff = diffSnapshots({{QStringLiteral("only"), {}, &base}}, nullptr);
    QCOMPARE(diff.counts.size(), std::size_t(1));
    QVERIFY(diff.closed.empty() && diff.created.empty());
    QCOMPARE(diffSnapshots({}, nullptr).counts.size(), std::size_t(0));
}

void TestCompare::cliCompareJsonKeepsOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("qingxi.slimplan"));
    const QString b = dir.filePath(QStringLiteral("yunling.slimplan"));
    const QString c = dir.filePath(QStringLiteral("baihe.slimplan"));
    QCOMPARE(cli({QStringLiteral("import"), kData + QStringLiteral("qingxi.csv"), QStringLiteral("--project"), a}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"), kData + QStringLiteral("yunling.csv"), QStringLiteral("--project"), b}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"), kData + QStringLiteral("baihe.csv"), QStringLiteral("--project"), c}).exitCode, 0);

    const QString two = dir.filePath(QStringLiteral("two.json"));
    Run r = cli({QStringLiteral("compare"), b, a, QStringLiteral("--json"), two, QStringLiteral("--as-of"),
                 QStringLiteral("2026-11-20")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonArray regions = readJson(two).value(QStringLiteral("regions")).toArray();
    QCOMPARE(regions.size(), 2);
    QCOMPARE(regions[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("云岭市"));
    QCOMPARE(regions[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("510900"));
    QCOMPARE(regions[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("青溪县"));
    QCOMPARE(regions[1].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("510101"));

    const QString three = dir.filePath(QStringLiteral("three.json"));
    r = cli({QStringLiteral("compare"), a, c, b, QStringLiteral("--json"), three, QStringLiteral("--as-of"),
             QStringLiteral("2026-11-20")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    regions = readJson(three).value(QStringLiteral("regions")).toArray();
    QCOMPARE(regions.size(), 3);
    const QStringList codes{QStringLiteral("510101"), QStringLiteral("510302"), QStringLiteral("510900")};
    const QStringList names{QStringLiteral("青溪县"), QStringLiteral("白河区"), QStringLiteral("云岭市")};
    const int befores[] = {5, 2, 3};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject region = regions[i].toObject();
        QCOMPARE(region.value(QStringLiteral("code")).toString(), codes[i]);
        QCOMPARE(region.value(QStringLiteral("name")).toString(), names[i]);
        const QJsonObject summary = region.value(QStringLiteral("summary")).toObject();
        for (const char *key : {"before", "after", "reduction_pct", "annual_cost_saved", "data_items"})
            QVERIFY2(summary.contains(QLatin1String(key)), key);
        QCOMPARE(summary.value(QStringLiteral("before")).toObject().value(QStringLiteral("total")).toInt(),
                 befores[i]);
    }
}

void TestCompare::cliComparePdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("qingxi.slimplan"));
    const QString b = dir.filePath(QStringLiteral("yunling.slimplan"));
    QCOMPARE(cli({QStringLiteral("import"), kData + QStringLiteral("qingxi.csv"), QStringLiteral("--project"), a}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"), kData + QStringLiteral("yunling.csv"), QStringLiteral("--project"), b}).exitCode, 0);
    const QString pdf = dir.filePath(QStringLiteral("compare.pdf"));
    const Run r = cli({QStringLiteral("compare"), a, b, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    f.close();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("青溪县")), qPrintable(text.left(400)));
    QVERIFY2(text.contains(QStringLiteral("云岭市")), qPrintable(text.left(400)));
}

void TestCompare::cliImportSnapshotAndProgress()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString p = dir.filePath(QStringLiteral("moments.slimplan"));
    Run r = cli({QStringLiteral("import"), kData + QStringLiteral("moment_2025.csv"), QStringLiteral("--project"),
                 p, QStringLiteral("--snapshot"), QStringLiteral("2025年底")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("import"), kData + QStringLiteral("moment_2026.csv"), QStringLiteral("--project"), p,
             QStringLiteral("--snapshot"), QStringLiteral("2026年中")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("holds 3 items")), qPrintable(r.out));
    // The same label again updates that snapshot, never makes another one.
    r = cli({QStringLiteral("import"), kData + QStringLiteral("moment_2026.csv"), QStringLiteral("--project"), p,
             QStringLiteral("--snapshot"), QStringLiteral("2026年中")});
    QVERIFY2(r.out.contains(QStringLiteral("holds 3 items")), qPrintable(r.out));

    const QString json = dir.filePath(QStringLiteral("progress.json"));
    r = cli({QStringLiteral("progress"), p, QStringLiteral("--json"), json, QStringLiteral("--as-of"),
             QStringLiteral("2026-11-20")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject doc = readJson(json);
    QCOMPARE(doc.value(QStringLiteral("baseline")).toString(), QStringLiteral("2025年底"));
    QCOMPARE(doc.value(QStringLiteral("later")).toString(), QStringLiteral("2026年中"));
    const QJsonArray closed = doc.value(QStringLiteral("closed")).toArray();
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("M-A2"));
    const QJsonObject rebound = doc.value(QStringLiteral("rebound")).toObject();
    const QJsonArray created = rebound.value(QStringLiteral("created")).toArray();
    QCOMPARE(created.size(), 1);
    QCOMPARE(created[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("M-G9"));
    QCOMPARE(created[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("group"));
    const QJsonArray counts = doc.value(QStringLiteral("counts")).toArray();
    QCOMPARE(counts.size(), 2); // the empty default snapshot is left out
    QCOMPARE(counts[0].toObject().value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(counts[1].toObject().value(QStringLiteral("group")).toInt(), 1);

    r = cli({QStringLiteral("progress"), p});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("M-G9")), qPrintable(r.out));
    QCOMPARE(cli({QStringLiteral("progress")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("progress"), dir.filePath(QStringLiteral("missing.slimplan"))}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCompare)
#include "test_compare.moc"
