// The --json writer and the CSV export on a hand-built inventory and plan: exact keys and values,
// null for unknowns, string escaping, clusters by item id; CSV cells neutralised and quoted.
#include "plan/planner.h"
#include "report/csvexport.h"
#include "report/planjson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace slimplan;

namespace {

struct Fixture
{
    Inventory inv;
    Plan plan;
};

Fixture makeFixture()
{
    Fixture f;
    Item a;
    a.id = QStringLiteral("a1");
    a.name = QStringLiteral("青溪\"政务通\"\n\\第二行\x01");
    a.kind = Kind::App;
    a.platform = QStringLiteral("安卓");
    a.owner = QStringLiteral("青溪县民政局");
    a.level = Level::County;
    a.region = QStringLiteral("510999");
    a.functions = {QStringLiteral("办事指南"), QStringLiteral("打卡签到")};
    a.users = 1200;
    a.activeUsers = 0;
    a.lastActive = QDate(2026, 3, 9);
    a.annualCost = 12.5;
    a.flags = withFlag(0, Flag::CheckIn);
    f.inv.upsert(a);

    Item b;
    b.id = QStringLiteral("a2");
    b.name = QStringLiteral("便民宝");
    b.kind = Kind::App;
    b.owner = QStringLiteral("青溪县民政局");
    f.inv.upsert(b);

    Item g;
    g.id = QStringLiteral("g1");
    g.name = QStringLiteral("工作群");
    g.kind = Kind::Group;
    g.owner = QStringLiteral("青溪县水利局");
    g.annualCost = 3.25;
    f.inv.upsert(g);

    f.plan.asOf = QDate(2026, 11, 22);
    f.plan.decisions.resize(3);
    f.plan.decisions[1].action = Action::Merge;
    f.plan.decisions[1].confidence = 0.65;
    f.plan.decisions[1].target = QStringLiteral("a1");
    f.plan.decisions[1].rules = {QStringLiteral("A10"), QStringLiteral("A8")};
    f.plan.decisions[1].reasonZh = QStringLiteral("与青溪政务通功能高度相近");
    f.plan.decisions[1].reasonEn = QStringLiteral("Functions highly similar to 青溪政务通");
    f.plan.decisions[1].cluster = 4;
    f.plan.decisions[0].cluster = 4;
    f.plan.decisions[0].action = Action::Rectify;
    f.plan.decisions[0].rules = {QStringLiteral("A4")};
    f.plan.decisions[0].reasonEn = QStringLiteral("Remove check-in");
    f.plan.decisions[2].action = Action::Shutdown;
    f.plan.decisions[2].reasonZh = QStringLiteral("长期无消息");
    f.plan.clusters.push_back(Cluster{4, {0, 1}, 0});
    computeSummary(f.inv, f.plan);
    return f;
}

QJsonObject writeAndParse(const Fixture &f, bool chinese)
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    QString error;
    if (!writePlanJson(f.inv, f.plan, chinese, &buf, nullptr, &error))
        qWarning() << error;
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(buf.data(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << e.errorString() << buf.data();
    return doc.object();
}

} // namespace

class TestPlanJson : public QObject
{
    Q_OBJECT
private slots:
    void document_topLevelAndSummary();
    void items_valuesNullsAndEscapes();
    void items_regionName_data();
    void items_regionName();
    void items_reasonLanguage_data();
    void items_reasonLanguage();
    void notANumber_isNull();
    void clusters_byItemId();
    void emptyPlan_isValidJson();
    void compare_regionsInOrder();
    void csvCell_data();
    void csvCell();
    void csv_bomHeaderAndRows();
};

void TestPlanJson::document_topLevelAndSummary()
{
    const Fixture f = makeFixture();
    const QJsonObject doc = writeAndParse(f, true);
    QCOMPARE(doc.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-22"));
    QCOMPARE(doc.value(QStringLiteral("policy")).toObject(), f.plan.profile.toJson());
    const QJsonObject s = doc.value(QStringLiteral("summary")).toObject();
    const QJsonObject before = s.value(QStringLiteral("before")).toObject();
    QCOMPARE(before.value(QStringLiteral("app")).toInt(), 2);
    QCOMPARE(before.value(QStringLiteral("account")).toInt(), 0);
    QCOMPARE(before.value(QStringLiteral("group")).toInt(), 1);
    QCOMPARE(before.value(QStringLiteral("total")).toInt(), 3);
    const QJsonObject after = s.value(QStringLiteral("after")).toObject();
    QCOMPARE(after.value(QStringLiteral("app")).toInt(), 1);   // a2 merges away; a1 rectifies
    QCOMPARE(after.value(QStringLiteral("group")).toInt(), 0); // g1 shuts down
    QCOMPARE(after.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject pct = s.value(QStringLiteral("reduction_pct")).toObject();
    QCOMPARE(pct.value(QStringLiteral("app")).toDouble(), 50.0);
    QCOMPARE(pct.value(QStringLiteral("group")).toDouble(), 100.0);
    QCOMPARE(pct.value(QStringLiteral("total")).toDouble(), f.plan.summary.reductionPctTotal);
    QCOMPARE(s.value(QStringLiteral("annual_cost_saved")).toDouble(), 3.25); // g1 shuts down
    const QJsonObject di = s.value(QStringLiteral("data_items")).toObject();
    QCOMPARE(di.value(QStringLiteral("before")).toInt(-1), f.plan.summary.dataItemsBefore);
    QCOMPARE(di.value(QStringLiteral("after")).toInt(-1), f.plan.summary.dataItemsAfter);

    // Percentages are written as reals even when whole (DESIGN.md shows 0.0): a reader that types
    // its fields must not get an integer for one plan and a float for the next.
    QBuffer raw;
    raw.open(QIODevice::WriteOnly);
    QVERIFY(writePlanJson(f.inv, f.plan, true, &raw, nullptr, nullptr));
    const QByteArray text = raw.data();
    QVERIFY2(text.contains("\"reduction_pct\":{\"app\":50.0,\"account\":0.0,\"group\":100.0"),
             text.mid(text.indexOf("reduction_pct"), 120).constData());
}

void TestPlanJson::items_valuesNullsAndEscapes()
{
    const Fixture f = makeFixture();
    const QJsonArray items = writeAndParse(f, true).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    const QJsonObject a = items[0].toObject();
    QCOMPARE(a.value(QStringLiteral("id")).toString(), QStringLiteral("a1"));
    QCOMPARE(a.value(QStringLiteral("name")).toString(), f.inv.at(0).name); // quotes, newline, \, U+0001
    QCOMPARE(a.value(QStringLiteral("kind")).toString(), QStringLiteral("app"));
    QCOMPARE(a.value(QStringLiteral("level")).toString(), QStringLiteral("county"));
    QCOMPARE(a.value(QStringLiteral("users")).toInt(), 1200);
    QVERIFY(a.value(QStringLiteral("active_users")).isDouble()); // a known 0 stays 0
    QCOMPARE(a.value(QStringLiteral("active_users")).toInt(-1), 0);
    QCOMPARE(a.value(QStringLiteral("last_active")).toString(), QStringLiteral("2026-03-09"));
    QCOMPARE(a.value(QStringLiteral("annual_cost")).toDouble(), 12.5);
    QCOMPARE(a.value(QStringLiteral("functions")).toArray().toVariantList().size(), 2);
    QCOMPARE(a.value(QStringLiteral("flags")).toArray(), QJsonArray{QStringLiteral("check_in")});
    QCOMPARE(a.value(QStringLiteral("action")).toString(), QStringLiteral("rectify"));
    QVERIFY(a.value(QStringLiteral("target")).isNull());
    QCOMPARE(a.value(QStringLiteral("rules")).toArray(), QJsonArray{QStringLiteral("A4")});
    QCOMPARE(a.value(QStringLiteral("cluster")).toInt(-1), 4);
    QCOMPARE(a.value(QStringLiteral("confidence")).toDouble(-1), 1.0);
    QCOMPARE(a.value(QStringLiteral("missing")).toArray(), QJsonArray()); // every fact the rules read is there
    // No tracking states given: every item is planned, without a deadline.
    QCOMPARE(a.value(QStringLiteral("tracking")).toString(), QStringLiteral("planned"));
    QVERIFY(a.value(QStringLiteral("deadline")).isNull());

    const QJsonObject b = items[1].toObject();
    for (const char *k : {"platform", "level", "region", "users", "active_users", "last_active", "annual_cost"})
        QVERIFY2(b.value(QLatin1String(k)).isNull(), k); // unknown: null, never 0 or ""
    QCOMPARE(b.value(QStringLiteral("target")).toString(), QStringLiteral("a1"));
    QCOMPARE(b.value(QStringLiteral("action")).toString(), QStringLiteral("merge"));
    QCOMPARE(b.value(QStringLiteral("functions")).toArray(), QJsonArray());
    QCOMPARE(b.value(QStringLiteral("confidence")).toDouble(-1), 0.65);
    // An app with an owner and nothing else: the rules lacked its level, functions, activity and usage.
    QCOMPARE(b.value(QStringLiteral("missing")).toArray(),
             (QJsonArray{QStringLiteral("level"), QStringLiteral("functions"), QStringLiteral("last_active"),
                         QStringLiteral("active_users")}));

    const QJsonObject g = items[2].toObject();
    QCOMPARE(g.value(QStringLiteral("annual_cost")).toDouble(), 3.25);
    QVERIFY(g.value(QStringLiteral("cluster")).isNull());
    // A group's activity is its last message or its messages of the last 90 days.
    QCOMPARE(g.value(QStringLiteral("missing")).toArray(),
             (QJsonArray{QStringLiteral("level"), QStringLiteral("functions"), QStringLiteral("last_active"),
                         QStringLiteral("posts_90d")}));
    QCOMPARE(g.value(QStringLiteral("action")).toString(), QStringLiteral("shutdown"));
}

void TestPlanJson::items_regionName_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("expected");
    QTest::newRow("known county: full name from the table")
        << QStringLiteral("510502") << QStringLiteral("江阳区教育局") << QStringLiteral("四川省泸州市江阳区");
    QTest::newRow("known township: full name from the table")
        << QStringLiteral("510502001") << QString() << QStringLiteral("四川省泸州市江阳区南城街道");
    QTest::newRow("fictional demo county: the owner's place")
        << QStringLiteral("519901") << QStringLiteral("青溪县民政局") << QStringLiteral("青溪县");
    QTest::newRow("place name as written") << QStringLiteral("青石镇") << QStringLiteral("青石镇人民政府")
                                           << QStringLiteral("青石镇");
}

void TestPlanJson::items_regionName()
{
    QFETCH(QString, region);
    QFETCH(QString, owner);
    QFETCH(QString, expected);
    Fixture f;
    Item a;
    a.id = QStringLiteral("a1");
    a.name = QStringLiteral("应用");
    a.kind = Kind::App;
    a.owner = owner;
    a.region = region;
    f.inv.upsert(a);
    f.plan.decisions.resize(1);
    computeSummary(f.inv, f.plan);
    const QJsonArray items = writeAndParse(f, true).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].toObject().value(QStringLiteral("region")).toString(), region);
    QCOMPARE(items[0].toObject().value(QStringLiteral("region_name")).toString(), expected);
}

void TestPlanJson::items_reasonLanguage_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("reason");
    QTest::newRow("zh: the Chinese reason") << true << 1 << QStringLiteral("与青溪政务通功能高度相近");
    QTest::newRow("en: the English reason") << false << 1 << QStringLiteral("Functions highly similar to 青溪政务通");
    QTest::newRow("zh missing: falls back to English") << true << 0 << QStringLiteral("Remove check-in");
    QTest::newRow("en missing: falls back to Chinese") << false << 2 << QStringLiteral("长期无消息");
}

void TestPlanJson::items_reasonLanguage()
{
    QFETCH(bool, chinese);
    QFETCH(int, item);
    QFETCH(QString, reason);
    const QJsonArray items = writeAndParse(makeFixture(), chinese).value(QStringLiteral("items")).toArray();
    QCOMPARE(items[item].toObject().value(QStringLiteral("reason")).toString(), reason);
}

void TestPlanJson::notANumber_isNull()
{
    Fixture f = makeFixture();
    f.inv.items()[0].annualCost = std::nan(""); // not JSON: written as null, never as "nan"
    f.plan.summary.annualCostSaved = std::numeric_limits<double>::infinity();
    const QJsonObject doc = writeAndParse(f, true);
    QVERIFY(doc.value(QStringLiteral("items")).toArray()[0].toObject().value(QStringLiteral("annual_cost")).isNull());
    QVERIFY(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("annual_cost_saved")).isNull());
}

void TestPlanJson::clusters_byItemId()
{
    const QJsonArray clusters = writeAndParse(makeFixture(), true).value(QStringLiteral("clusters")).toArray();
    QCOMPARE(clusters.size(), 1);
    const QJsonObject c = clusters[0].toObject();
    QCOMPARE(c.value(QStringLiteral("id")).toInt(-1), 4);
    QCOMPARE(c.value(QStringLiteral("members")).toArray(), (QJsonArray{QStringLiteral("a1"), QStringLiteral("a2")}));
    QCOMPARE(c.value(QStringLiteral("survivor")).toString(), QStringLiteral("a1"));
}

void TestPlanJson::emptyPlan_isValidJson()
{
    Fixture f;
    computeSummary(f.inv, f.plan); // no as-of date: unknown
    const QJsonObject doc = writeAndParse(f, false);
    QVERIFY(doc.value(QStringLiteral("as_of")).isNull());
    QCOMPARE(doc.value(QStringLiteral("items")).toArray().size(), 0);
    QVERIFY(doc.value(QStringLiteral("clusters")).isArray());
    QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("before")).toObject()
                 .value(QStringLiteral("total")).toInt(-1), 0);

    // A plan that does not match the inventory is refused, not written half.
    Fixture bad = makeFixture();
    bad.plan.decisions.pop_back();
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!writePlanJson(bad.inv, bad.plan, true, &buf, nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestPlanJson::compare_regionsInOrder()
{
    QTemporaryDir dir;
    const Fixture f = makeFixture();
    std::vector<RegionSummary> regions{{QStringLiteral("青溪县"), QStringLiteral("510999"), f.plan.summary},
                                       {QString(), QString(), PlanSummary()}};
    const QString path = dir.filePath(QStringLiteral("cmp.json"));
    QString error;
    QVERIFY2(writeCompareJson(regions, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray arr = doc.value(QStringLiteral("regions")).toArray();
    QCOMPARE(arr.size(), 2);
    QCOMPARE(arr[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("青溪县"));
    QCOMPARE(arr[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("510999"));
    QCOMPARE(arr[0].toObject().value(QStringLiteral("summary")).toObject(),
             QJsonDocument::fromJson(summaryJson(f.plan.summary)).object());
    QVERIFY(arr[1].toObject().value(QStringLiteral("name")).isNull());
    QVERIFY(arr[1].toObject().value(QStringLiteral("code")).isNull());
}

void TestPlanJson::csvCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain text") << QStringLiteral("青溪政务通") << QStringLiteral("青溪政务通");
    QTest::newRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("formula +") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("formula -") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("leading tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("leading CR") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("comma quoted") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote doubled") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
    QTest::newRow("newline quoted") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula with comma: neutralised, then quoted")
        << QStringLiteral("=HYPERLINK(\"x\",\"y\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::newRow("minus inside is fine") << QStringLiteral("a-b") << QStringLiteral("a-b");
    QTest::newRow("empty") << QString() << QString();
}

void TestPlanJson::csvCell()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(planCsvCell(text), cell);
}

void TestPlanJson::csv_bomHeaderAndRows()
{
    const Fixture f = makeFixture();
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(writePlanCsv(f.inv, f.plan, true, &buf, nullptr, &error), qPrintable(error));
    const QByteArray bytes = buf.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.startsWith(planCsvHeaders().join(QLatin1Char(',')) + QStringLiteral("\r\n")));
    QCOMPARE(planCsvHeaders().size(), 24);
    QVERIFY(text.contains(QStringLiteral("\r\na2,便民宝,应用程序,,青溪县民政局,")));
    QVERIFY(text.contains(QStringLiteral("A10、A8")));
    QVERIFY(text.contains(QStringLiteral("与青溪政务通功能高度相近")));
    QVERIFY(!text.contains(QStringLiteral("Functions highly similar"))); // zh chosen
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "test_planjson.moc"
