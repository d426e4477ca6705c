// What makes two rows the same item (INVENTORY-FORMAT.md, *Identity*), and how units fill in their
// returns (*How the returns are filled in*): 序号 is a row number, the same item reported by two
// units is one item with aliases and both sources, a 填报单位 line names the owner, an empty return
// is an answer, numbers carry units that must fit their column, signature lines are no items.
// Returns are written as CSV files into a temporary folder by each test.

#include "../common/testfiles.h"
#include "import/importer.h"
#include "import/returnshape.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace slimplan;

Q_DECLARE_METATYPE(slimplan::RawRow)

namespace {

void write(const QString &path, const char *utf8)
{
    QVERIFY(testing::writeFile(path, utf8));
}

RawRow row(std::initializer_list<const char *> cells)
{
    RawRow r;
    for (const char *c : cells)
        r.cells << QString::fromUtf8(c);
    return r;
}

const Item *find(const Inventory &inv, const QString &name)
{
    for (const Item &it : inv.items()) {
        if (it.name == name)
            return &it;
    }
    return nullptr;
}

bool hasIssue(const ImportReport &r, const QString &part)
{
    for (const ImportIssue &i : r.issues) {
        if (i.toLine().contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT
private slots:
    void rowNumber_isNeverAnId();
    void sameFilingNo_foldsAcrossReturns();
    void sameIdentity_foldsAcrossReturns_differentUnitsStayTwo();
    void idColumnRepeatedInOneFile_isAnError();
    void refusedFile_leavesEarlierItemsAsTheyWere();
    void unitLine_fillsTheOwner();
    void unitLineOwner_data();
    void unitLineOwner();
    void emptyReturn_isNoItemsReported();
    void noItemsAnswer_data();
    void noItemsAnswer();
    void quantities_unitsCheckedAgainstTheColumn();
    void signatureLines_areNoItems();
    void folder_expandsInNameOrderSkippingLockFiles();
    void identity_isStableAcrossReimports();
    void places_ownersAndPlaceNamesResolveToCodes();
};

void TestIdentity::rowNumber_isNeverAnId()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a.csv")),
          "序号,名称,主办单位,类型\n1,青溪政务通,青溪县政府办,应用程序\n2,青溪发布,青溪县委宣传部,公众号\n");
    write(dir.filePath(QStringLiteral("b.csv")),
          "序号,名称,主办单位,类型\n1,青溪教育,青溪县教育局,应用程序\n2,青溪卫健,青溪县卫健局,公众号\n");
    const ImportResult r = importFiles({dir.path()}, {}, nullptr);
    QCOMPARE(r.inventory.size(), 4);
    QCOMPARE(r.report.errorCount(), 0);
    QCOMPARE(r.report.rowsFolded, 0);
    // 序号 is neither an id nor an extra attribute nobody asked for.
    QVERIFY(!r.report.unknownColumns.contains(QStringLiteral("序号")));
    for (const Item &it : r.inventory.items())
        QVERIFY2(it.id != QLatin1String("1") && it.id != QLatin1String("2"), qPrintable(it.id));
}

void TestIdentity::sameFilingNo_foldsAcrossReturns()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("1-教育局.csv")),
          "名称,主办单位,类型,备案编号,用户数\n青溪智慧教育,青溪县教育局,应用程序,川网备2023001,3100\n");
    write(dir.filePath(QStringLiteral("2-数据局.csv")),
          "名称,主办单位,类型,备案编号,平台,年运维费用\n"
          "青溪智慧教育平台,青溪县大数据中心,应用程序,川网备2023001,微信小程序,8万元\n");
    const ImportResult r = importFiles({dir.path()}, {}, nullptr);
    QCOMPARE(r.inventory.size(), 1);
    QCOMPARE(r.report.rowsFolded, 1);
    const Item &it = r.inventory.at(0);
    QCOMPARE(it.name, QStringLiteral("青溪智慧教育")); // the record read first stands
    QCOMPARE(it.owner, QStringLiteral("青溪县教育局"));
    QCOMPARE(it.aliases, QStringList{QStringLiteral("青溪智慧教育平台")});
    QCOMPARE(it.alsoReportedAt.size(), 1);
    QVERIFY(it.alsoReportedAt.first().endsWith(QStringLiteral("2-数据局.csv::2")));
    QCOMPARE(it.users, std::optional<qint64>(3100));
    QCOMPARE(it.annualCost, std::optional<double>(8.0)); // empty fields filled from the other
    QCOMPARE(it.platform, QStringLiteral("微信小程序"));
    QVERIFY(hasIssue(r.report, QStringLiteral("川网备2023001")));
    QCOMPARE(r.report.files.size(), std::size_t(2));
    QCOMPARE(r.report.files[0].rowsKept, 1);
    QCOMPARE(r.report.files[1].rowsKept, 0);
    QCOMPARE(r.report.files[1].rowsFolded, 1);
}

void TestIdentity::sameIdentity_foldsAcrossReturns_differentUnitsStayTwo()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a.csv")),
          "名称,主办单位,类型,平台\n青溪发布,青溪县委宣传部,公众号,微信\n青溪发布,青溪县融媒体中心,公众号,微信\n");
    write(dir.filePath(QStringLiteral("b.csv")),
          "名称,主办单位,类型,平台,粉丝量\n青溪发布,青溪县 委宣传部,公众号,微信,1.2万人\n");
    const ImportResult r = importFiles({dir.path()}, {}, nullptr);
    QCOMPARE(r.inventory.size(), 2); // the same name in two units stays two
    QCOMPARE(r.report.rowsFolded, 1);
    QCOMPARE(r.inventory.at(0).users, std::optional<qint64>(12000));
    QVERIFY(r.inventory.at(0).aliases.isEmpty()); // same name: no alias
    QCOMPARE(r.inventory.at(0).alsoReportedAt.size(), 1);
}

void TestIdentity::idColumnRepeatedInOneFile_isAnError()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a.csv")),
          "编号,名称,主办单位,类型\nQX-1,青溪政务通,青溪县政府办,应用程序\nQX-1,青溪办事,青溪县政务中心,应用程序\n");
    const ImportResult r = importFiles({dir.filePath(QStringLiteral("a.csv"))}, {}, nullptr);
    QCOMPARE(r.inventory.size(), 1);
    QCOMPARE(r.report.errorCount(), 1);
    QVERIFY(hasIssue(r.report, QStringLiteral("Duplicate id")));
}

void TestIdentity::refusedFile_leavesEarlierItemsAsTheyWere()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("1.csv")),
          "名称,主办单位,类型,备案编号\n青溪智慧教育,青溪县教育局,应用程序,川网备2023001\n");
    // No name column: the file is refused with its name, and the rest of the folder still imports.
    write(dir.filePath(QStringLiteral("2.csv")), "主办单位,类型\n青溪县数据局,应用程序\n");
    write(dir.filePath(QStringLiteral("3.csv")),
          "名称,主办单位,类型\n青溪发布,青溪县委宣传部,公众号\n");
    const ImportResult r = importFiles({dir.path()}, {}, nullptr);
    QCOMPARE(r.inventory.size(), 2);
    QCOMPARE(r.report.filesRefused, 1);
    QVERIFY(r.report.files[1].refused);
    QVERIFY(hasIssue(r.report, QStringLiteral("2.csv::")));
    // --strict: all or nothing.
    ImportOptions strict;
    strict.keepGoodRows = false;
    QCOMPARE(importFiles({dir.path()}, strict, nullptr).inventory.size(), 0);
}

void TestIdentity::unitLine_fillsTheOwner()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("r.csv")),
          "青溪县政务移动互联网应用程序台账\n填报单位（盖章）：青溪县民政局,,,填报日期：2026年11月3日\n"
          "序号,名称,类型,用户数\n1,青溪民政,公众号,约500\n2,青溪养老服务,应用程序,3100人\n"
          "填报人：张三,,联系电话：13800000000,审核人：李四\n注：用户数截至2026年10月底。\n");
    const ImportResult r = importFiles({dir.path()}, {}, nullptr);
    QCOMPARE(r.report.errorCount(), 0);
    QCOMPARE(r.inventory.size(), 2);
    for (const Item &it : r.inventory.items())
        QCOMPARE(it.owner, QStringLiteral("青溪县民政局"));
    QCOMPARE(find(r.inventory, QStringLiteral("青溪民政"))->users, std::optional<qint64>(500));
    QCOMPARE(find(r.inventory, QStringLiteral("青溪养老服务"))->users, std::optional<qint64>(3100));
    QCOMPARE(r.report.files.at(0).unit, QStringLiteral("青溪县民政局"));
    QCOMPARE(r.report.files.at(0).rowsRead, 2);
}

void TestIdentity::unitLineOwner_data()
{
    QTest::addColumn<RawRow>("line");
    QTest::addColumn<QString>("owner");
    QTest::newRow("seal, full-width colon") << row({"填报单位（盖章）：江阳区教育局"}) << QStringLiteral("江阳区教育局");
    QTest::newRow("value in the next cell") << row({"填报单位：", "", "江阳区卫生健康局"}) << QStringLiteral("江阳区卫生健康局");
    QTest::newRow("date in the same cell") << row({"单位名称: 江阳区蓝田街道办事处    填报日期：2026-11-03"})
                                           << QStringLiteral("江阳区蓝田街道办事处");
    QTest::newRow("half-width seal") << row({"报送单位(盖章):江阳区民政局"}) << QStringLiteral("江阳区民政局");
    QTest::newRow("a header, not a line") << row({"单位名称", "名称", "类型"}) << QString();
    QTest::newRow("a title") << row({"江阳区政务应用台账"}) << QString();
}

void TestIdentity::unitLineOwner()
{
    QFETCH(RawRow, line);
    QFETCH(QString, owner);
    QCOMPARE(slimplan::unitLineOwner(line), owner);
}

void TestIdentity::emptyReturn_isNoItemsReported()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("1-民政局.csv")),
          "名称,主办单位,类型\n青溪民政,青溪县民政局,公众号\n");
    write(dir.filePath(QStringLiteral("2-档案馆.csv")),
          "填报单位：青溪县档案馆\n序号,名称,类型,平台\n1,本单位无政务移动互联网应用程序,,\n");
    write(dir.filePath(QStringLiteral("3-气象局.csv")), "本单位暂无政务公众账号和工作群组。\n");
    const ImportResult r = importFiles({dir.path()}, {}, nullptr);
    QCOMPARE(r.report.errorCount(), 0);
    QCOMPARE(r.report.filesRefused, 0);
    QCOMPARE(r.inventory.size(), 1);
    QCOMPARE(r.report.files.size(), std::size_t(3));
    QVERIFY(!r.report.files[0].noItemsReported);
    QVERIFY(r.report.files[1].noItemsReported);
    QCOMPARE(r.report.files[1].unit, QStringLiteral("青溪县档案馆"));
    QVERIFY(r.report.files[2].noItemsReported);
}

void TestIdentity::noItemsAnswer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("answer");
    QTest::newRow("无") << QStringLiteral("无") << true;
    QTest::newRow("（无）") << QStringLiteral("（无）") << true;
    QTest::newRow("暂无") << QStringLiteral("暂无") << true;
    QTest::newRow("本单位无…") << QStringLiteral("本单位无政务移动互联网应用程序") << true;
    QTest::newRow("我单位未建设") << QStringLiteral("我单位未建设政务应用。") << true;
    QTest::newRow("an app's name") << QStringLiteral("无忧办") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIdentity::noItemsAnswer()
{
    QFETCH(QString, text);
    QFETCH(bool, answer);
    QCOMPARE(slimplan::isNoItemsAnswer(text), answer);
}

void TestIdentity::quantities_unitsCheckedAgainstTheColumn()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("q.csv")),
          "名称,主办单位,类型,用户数,年运维费用\n"
          "甲,青溪县甲局,应用程序,1.2万人,12.5（万元）\n"
          "乙,青溪县乙局,应用程序,8万元,3000人\n"
          "丙,青溪县丙局,应用程序,500左右,125000元\n");
    const ImportResult r = importFiles({dir.path()}, {}, nullptr);
    QCOMPARE(r.inventory.size(), 3);
    const Item *a = find(r.inventory, QStringLiteral("甲"));
    QCOMPARE(a->users, std::optional<qint64>(12000));
    QCOMPARE(a->annualCost, std::optional<double>(12.5));
    const Item *b = find(r.inventory, QStringLiteral("乙"));
    QVERIFY(!b->users);      // money in a count column: reported, not guessed
    QVERIFY(!b->annualCost); // a head count in a cost column
    QVERIFY(hasIssue(r.report, QStringLiteral("q.csv::3:用户数:")));
    QVERIFY(hasIssue(r.report, QStringLiteral("q.csv::3:年运维费用:")));
    const Item *c = find(r.inventory, QStringLiteral("丙"));
    QCOMPARE(c->users, std::optional<qint64>(500));
    QCOMPARE(c->annualCost, std::optional<double>(12.5));
}

void TestIdentity::signatureLines_areNoItems()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("s.csv")),
          "名称,主办单位,类型,平台,用户数,备注\n"
          "青溪发布,青溪县委宣传部,公众号,微信,3000,\n"
          "填报人：,王五,联系电话：,0830-1234567,审核人：,赵六\n"
          "单位负责人（签字）：,,,,,\n");
    const ImportResult r = importFiles({dir.path()}, {}, nullptr);
    QCOMPARE(r.inventory.size(), 1);
    QCOMPARE(r.report.errorCount(), 0);
}

void TestIdentity::folder_expandsInNameOrderSkippingLockFiles()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("sub"));
    QDir(dir.path()).mkpath(QStringLiteral(".hidden"));
    for (const char *name : {"10-b.csv", "2-a.xlsx", "sub/3-c.ods", "~$2-a.xlsx", ".hidden/x.csv", "说明.docx"})
        write(dir.filePath(QString::fromUtf8(name)), "x");
    QStringList skipped;
    const QStringList files = expandImportPaths({dir.path()}, &skipped);
    QStringList names;
    for (const QString &f : files)
        names << QDir(dir.path()).relativeFilePath(f);
    QCOMPARE(names, (QStringList{QStringLiteral("2-a.xlsx"), QStringLiteral("10-b.csv"),
                                 QStringLiteral("sub/3-c.ods")}));
    QVERIFY(std::any_of(skipped.cbegin(), skipped.cend(),
                        [](const QString &s) { return s.endsWith(QStringLiteral("说明.docx")); }));
}

void TestIdentity::identity_isStableAcrossReimports()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a.csv")),
          "名称,主办单位,类型,备案编号\n青溪政务通,青溪县政府办,应用程序,\n青溪办事,青溪县政务中心,应用程序,川网备001\n");
    write(dir.filePath(QStringLiteral("b.csv")),
          "序号,类型,主办单位,名称,备案编号\n1,应用程序,青溪县政务中心,青溪办事通,川网备001\n"
          "2,应用程序,青溪县 政府办,青溪政务通,\n");
    const ImportResult a = importFiles({dir.filePath(QStringLiteral("a.csv"))}, {}, nullptr);
    const ImportResult b = importFiles({dir.filePath(QStringLiteral("b.csv"))}, {}, nullptr);
    QCOMPARE(a.inventory.size(), 2);
    QCOMPARE(b.inventory.size(), 2);
    // The filed app keeps its 备案编号 as identity under a new name; the other its derived id
    // although the retyped owner has a space in it.
    QCOMPARE(b.inventory.indexOf(a.inventory.at(0).id), 1);
    QCOMPARE(b.inventory.indexOf(a.inventory.at(1).id), 0);
}

void TestIdentity::places_ownersAndPlaceNamesResolveToCodes()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("r.csv")),
          "名称,主办单位,类型,所属地区\n"
          "江阳教育,泸州市江阳区教育局,应用程序,\n"             // the owner names the county
          "蓝田社区服务,江阳区蓝田街道办事处,应用程序,\n"       // a street, inside that county
          "蓝田发布,蓝田街道党工委,公众号,蓝田街道\n"           // a short name several places share
          "青溪政务通,青溪县人民政府办公室,应用程序,\n");      // a fictional county stays unknown
    const ImportResult r = importFiles({dir.path()}, {}, nullptr);
    QCOMPARE(r.inventory.size(), 4);
    QCOMPARE(find(r.inventory, QStringLiteral("江阳教育"))->region, QStringLiteral("510502"));
    QCOMPARE(find(r.inventory, QStringLiteral("江阳教育"))->level, std::optional<Level>(Level::County));
    QCOMPARE(find(r.inventory, QStringLiteral("蓝田社区服务"))->region, QStringLiteral("510502005"));
    QCOMPARE(find(r.inventory, QStringLiteral("蓝田社区服务"))->level, std::optional<Level>(Level::Township));
    // Resolved inside the county the file already named.
    QCOMPARE(find(r.inventory, QStringLiteral("蓝田发布"))->region, QStringLiteral("510502005"));
    QCOMPARE(find(r.inventory, QStringLiteral("青溪政务通"))->region, QString());

    // Alone, 蓝田街道 is ambiguous: kept as written and reported once.
    write(dir.filePath(QStringLiteral("r.csv")),
          "名称,主办单位,类型,所属地区\n甲,甲单位,公众号,蓝田街道\n乙,乙单位,公众号,蓝田街道\n");
    const ImportResult alone = importFiles({dir.path()}, {}, nullptr);
    QCOMPARE(alone.inventory.at(0).region, QStringLiteral("蓝田街道"));
    int reported = 0;
    for (const ImportIssue &i : alone.report.issues)
        reported += i.message.contains(QStringLiteral("蓝田街道")) ? 1 : 0;
    QCOMPARE(reported, 1);
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "test_identity.moc"
