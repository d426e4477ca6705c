// The survey round trip (issue #18, part 1): the 核查表 SlimPlan writes per unit read back by its
// own importer item for item, the parts of the workbook a unit relies on (hidden identity column,
// drop-downs, the missing facts marked), the sheets recorded in the project, the CLI, and a sheet
// edited the way a unit would by openpyxl (tests/data/survey/make_edited.py).
#include "../common/clirun.h"
#include "itemdiff.h"

#include "import/importer.h"
#include "import/normalize.h"
#include "import/xlsxarchive.h"
#include "import/xlsxpartdevice.h"
#include "report/surveyxlsx.h"
#include "store/projectstore.h"
#include "synth/generator.h"

#include <QDir>
#include <QTimeZone>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;

namespace {

QString data(const QString &rel) { return QStringLiteral(SLIMPLAN_TEST_DATA "/survey/") + rel; }
QString demoPath() { return QStringLiteral(SLIMPLAN_TEST_DATA "/../../resources/demo/qingxi.csv"); }
const QString kCivil = QStringLiteral("青溪县民政局");

ImportResult importOne(const QString &path)
{
    return importFiles({path}, ImportOptions{}, nullptr);
}

QStringList issueLines(const ImportReport &report, bool errorsOnly = false)
{
    QStringList lines;
    for (const ImportIssue &i : report.issues) {
        if (!errorsOnly || i.isError())
            lines << i.toLine();
    }
    return lines;
}

// One part of a workbook as text ("" when it cannot be read).
QString part(const QString &xlsx, const QString &name)
{
    XlsxArchive archive(xlsx);
    QString error;
    if (!archive.open(&error))
        return {};
    auto device = archive.openPart(name, std::make_shared<std::atomic<qint64>>(0), &error);
    return device ? QString::fromUtf8(device->readAll()) : QString();
}

// Every match of the first capture of `pattern` in `text`.
QStringList captures(const QString &text, const QString &pattern)
{
    QStringList out;
    auto it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(1);
    return out;
}

// The raw rows of one sheet of a workbook, as the importer's reader sees them.
std::vector<RawRow> rawRows(const QString &xlsx, const QString &sheet)
{
    std::vector<RawRow> rows;
    QString error;
    for (auto &src : openTableSources(xlsx, ImportOptions{}, &error)) {
        if (src->sheetName() != sheet)
            continue;
        RawRow r;
        while (src->next(r))
            rows.push_back(r);
    }
    return rows;
}

Inventory generatedRegion()
{
    GeneratorOptions o;
    o.items = 120;
    o.seed = 18;
    o.regions = 1;
    return generateInventory(o);
}

} // namespace

class TestSurvey : public QObject
{
    Q_OBJECT
private slots:
    void fileNames_data();
    void fileNames();
    void unitsInOrderOfFirstItem();
    void roundTrip_data();
    void roundTrip();
    void sheetLayout();
    void workbookParts_data();
    void workbookParts();
    void storeRecordsPerSnapshot();
    void cliWritesAndRecords();
    void cliRefuses_data();
    void cliRefuses();
    void editedReturn_data();
    void editedReturn();
    void editedReturnGoneAndNew();
};

void TestSurvey::fileNames_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain unit, two digits") << 3 << 8 << "青溪县民政局" << "03_青溪县民政局_核查表.xlsx";
    QTest::newRow("120 units: three digits") << 7 << 120 << "河东镇人民政府" << "007_河东镇人民政府_核查表.xlsx";
    QTest::newRow("characters Windows refuses")
        << 1 << 2 << "教育局/体育局:联合*办公?\"室\"<a>|b\\c" << "01_教育局_体育局_联合_办公__室__a__b_c_核查表.xlsx";
    QTest::newRow("spaces around, trailing dots") << 2 << 2 << "  青溪县卫健局.. " << "02_青溪县卫健局_核查表.xlsx";
    QTest::newRow("control character") << 1 << 1 << QString::fromUtf8("财政\t局") << "01_财政_局_核查表.xlsx";
    QTest::newRow("very long name cut at 80")
        << 1 << 1 << QString(100, QChar(u'县')) << QStringLiteral("01_") + QString(80, QChar(u'县')) + "_核查表.xlsx";
}

void TestSurvey::fileNames()
{
    QFETCH(int, number);
    QFETCH(int, count);
    QFETCH(QString, owner);
    QFETCH(QString, expected);
    QCOMPARE(SurveyXlsx::fileName(number, count, owner), expected);
}

void TestSurvey::unitsInOrderOfFirstItem()
{
    Inventory inv;
    const auto add = [&inv](const QString &id, const QString &owner) {
        Item it;
        it.id = id;
        it.name = id;
        it.owner = owner;
        inv.upsert(it);
    };
    add("a1", "教育局");
    add("b1", "民政局");
    add("x1", "");
    add("a2", " 教育局 ");
    add("x2", "未知");
    add("c1", "财政局");
    add("b2", "民政局");
    int unowned = -1;
    const std::vector<SurveyUnit> units = SurveyXlsx::units(inv, &unowned);
    QCOMPARE(unowned, 2);
    QCOMPARE(units.size(), std::size_t(3));
    QCOMPARE(units[0].owner, QStringLiteral("教育局"));
    QCOMPARE(units[0].rows, (std::vector<int>{0, 3}));
    QCOMPARE(units[1].owner, QStringLiteral("民政局"));
    QCOMPARE(units[1].rows, (std::vector<int>{1, 6}));
    QCOMPARE(units[2].owner, QStringLiteral("财政局"));
    QCOMPARE(units[2].rows, (std::vector<int>{5}));
}

void TestSurvey::roundTrip_data()
{
    QTest::addColumn<QString>("source"); // a ledger to import, or "generated"
    QTest::addColumn<int>("minUnits");
    QTest::newRow("demo region 青溪县") << demoPath() << 20;
    QTest::newRow("survey ledger: ids, derived ids, extras, missing facts") << data("ledger.csv") << 3;
    QTest::newRow("generated region of several units") << QStringLiteral("generated") << 5;
}

// Every unit's sheet read back alone gives exactly its items, same ids, same values.
void TestSurvey::roundTrip()
{
    QFETCH(QString, source);
    QFETCH(int, minUnits);
    Inventory inv;
    if (source == QLatin1String("generated")) {
        inv = generatedRegion();
    } else {
        const ImportResult r = importOne(source);
        QCOMPARE(issueLines(r.report, true), QStringList());
        inv = r.inventory;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SurveyBatch batch = SurveyXlsx::writeAll(inv, SurveyOptions{QStringLiteral("青溪县"), 20}, dir.path());
    QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
    const std::vector<SurveyUnit> units = SurveyXlsx::units(inv);
    QVERIFY(static_cast<int>(units.size()) >= minUnits);
    QCOMPARE(batch.written.size(), units.size());
    int items = 0;
    for (std::size_t u = 0; u < units.size(); ++u) {
        const SurveyRecord &rec = batch.written[u];
        QCOMPARE(rec.owner, units[u].owner);
        QCOMPARE(rec.items, static_cast<int>(units[u].rows.size()));
        const ImportResult back = importOne(dir.filePath(rec.file));
        QCOMPARE(issueLines(back.report, true), QStringList());
        // The importer passes the instructions sheet by silently and remarks only on the header
        // cells of the keep column and the ledger's own extra columns (kept as extra attributes).
        const QStringList header = SurveyXlsx::header(units[u], inv);
        const int extras = static_cast<int>(header.size()) - header.indexOf(QStringLiteral("备注")) - 2;
        QCOMPARE(static_cast<int>(back.report.issues.size()), 1 + extras);
        for (const ImportIssue &i : back.report.issues) {
            QVERIFY2(i.sheet != QStringLiteral("填写说明") && i.row == 4 && header.contains(i.column),
                     qPrintable(i.toLine()));
        }
        QCOMPARE(back.report.files.size(), std::size_t(1));
        // The 填报单位 line names the unit; the importer reads it width-folded (（ → ().
        QCOMPARE(back.report.files.front().unit, foldWidth(units[u].owner));
        QCOMPARE(back.inventory.size(), rec.items);
        for (int i = 0; i < back.inventory.size(); ++i) {
            const Item &original = inv.at(units[u].rows[static_cast<std::size_t>(i)]);
            const Item &read = back.inventory.at(i);
            QVERIFY2(testing::itemDifferences(original, read).isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2): %3")
                                    .arg(original.id, rec.file, testing::itemDifferences(original, read).join(", "))));
        }
        items += rec.items;
    }
    QCOMPARE(items + batch.unownedItems, inv.size());
}

// What a unit sees: the title, its name on the 填报单位 line, the header, its items numbered, the
// empty rows, and the instructions.
void TestSurvey::sheetLayout()
{
    const ImportResult r = importOne(data("ledger.csv"));
    QTemporaryDir dir;
    const SurveyBatch batch = SurveyXlsx::writeAll(r.inventory, SurveyOptions{QStringLiteral("青溪县"), 20}, dir.path());
    QCOMPARE(batch.written.size(), std::size_t(3));
    const QString civil = dir.filePath(batch.written[0].file);
    const std::vector<RawRow> rows = rawRows(civil, QStringLiteral("核查表"));
    QVERIFY(rows.size() >= 8);
    QCOMPARE(rows[0].cells.value(0), QStringLiteral("青溪县政务移动互联网应用程序核查表"));
    QCOMPARE(rows[1].cells.value(0), QStringLiteral("填报单位：青溪县民政局"));
    const QStringList header = rows[3].cells;
    QCOMPARE(header.mid(0, 4), (QStringList{"序号", "名称", "类型", "平台"}));
    QVERIFY(header.contains(QStringLiteral("打卡签到")));
    QVERIFY(header.contains(QStringLiteral("是否保留")));
    QCOMPARE(header.constLast(), QStringLiteral("编号"));
    QCOMPARE(header.at(header.size() - 2), QStringLiteral("联系人")); // the ledger's extra column
    QCOMPARE(rows[4].cells.value(0), QStringLiteral("1"));
    QCOMPARE(rows[4].cells.value(1), QStringLiteral("青溪民政通"));
    QCOMPARE(rows[4].cells.constLast(), QStringLiteral("SV-APP-001"));
    QCOMPARE(rows[7].cells.value(0), QStringLiteral("4"));
    // 20 empty rows under the 4 items: physical rows 9..28, all blank.
    int blank = 0;
    for (const RawRow &row : rows) {
        if (row.row > 8)
            blank += std::all_of(row.cells.cbegin(), row.cells.cend(), [](const QString &c) { return c.isEmpty(); });
    }
    QCOMPARE(blank, 20);
    const std::vector<RawRow> help = rawRows(civil, QStringLiteral("填写说明"));
    QVERIFY(help.size() > 20);
    QString all;
    for (const RawRow &row : help)
        all += row.cells.join(QLatin1Char('|')) + QLatin1Char('\n');
    QVERIFY(all.contains(QStringLiteral("请勿修改")));
    QVERIFY(all.contains(QStringLiteral("单位报告已不存在")));
    QVERIFY(all.contains(QStringLiteral("应用程序、公众账号、工作群组")));
}

void TestSurvey::workbookParts_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected");
    // Columns: A 序号 … R 应用场景, S..AD the 12 flags, AE 是否保留, AF 备注, AG 联系人, AH 编号.
    QTest::newRow("identity column AH (34) hidden")
        << R"re(<col min="(\d+)" max="\d+" [^>]*hidden="1")re" << QStringList{"34"};
    QTest::newRow("drop-down lists and their ranges (4 items + 20 rows)")
        << R"re(<dataValidation type="list"[^>]*sqref="([A-Z]+5:[A-Z]+28)")re"
        << QStringList{"C5:C28", "F5:F28", "J5:J28", "S5:S28", "T5:T28", "U5:U28", "V5:V28", "W5:W28",
                       "X5:X28", "Y5:Y28", "Z5:Z28", "AA5:AA28", "AB5:AB28", "AC5:AC28", "AD5:AD28", "AE5:AE28"};
    QTest::newRow("kind, level, audience and yes/no values")
        << R"re(<formula1>&quot;([^&]*)&quot;</formula1>)re"
        << QStringList{"应用程序,公众账号,工作群组", "中央,省级,市级,县级,乡镇,村", "内部,公众,企业"}
               + QStringList(13, QStringLiteral("是,否"));
    // SV-APP-002 (row 6) lacks functions, activity and monthly users; the group (row 8) activity
    // and its 90-day posts. Each such cell is yellow (styles 6-8).
    QTest::newRow("missing facts filled yellow")
        << R"re(<c r="([A-Z]+\d+)" s="[678]")re" << QStringList{"H6", "L6", "M6", "M8", "N8"};
}

// The parts of a unit's workbook, checked in its XML.
void TestSurvey::workbookParts()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    const ImportResult r = importOne(data("ledger.csv"));
    QTemporaryDir dir;
    const SurveyBatch batch = SurveyXlsx::writeAll(r.inventory, SurveyOptions{}, dir.path());
    QVERIFY(!batch.written.empty());
    const QString civil = dir.filePath(batch.written[0].file);
    QCOMPARE(batch.written[0].owner, kCivil);
    const QString sheet = part(civil, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    QCOMPARE(captures(sheet, pattern), expected);
    // The notes sit on exactly the yellow cells.
    const QStringList notes = captures(part(civil, QStringLiteral("xl/comments1.xml")),
                                       QStringLiteral("<comment ref=\"([A-Z]+\\d+)\""));
    QStringList sorted = notes;
    sorted.sort();
    QCOMPARE(sorted, (QStringList{"H6", "L6", "M6", "M8", "N8"}));
    const QString noteText = QStringLiteral("<t xml:space=\"preserve\">([^<]*)</t>");
    QCOMPARE(captures(part(civil, QStringLiteral("xl/comments1.xml")), noteText), QStringList(5, QStringLiteral("请补充")));
    const QString sheetName = QStringLiteral("<sheet name=\"([^\"]*)\"");
    QCOMPARE(captures(part(civil, QStringLiteral("xl/workbook.xml")), sheetName), (QStringList{"核查表", "填写说明"}));
}

void TestSurvey::storeRecordsPerSnapshot()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.slimplan")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->surveys().empty());
    const QDateTime when(QDate(2026, 12, 1), QTime(9, 30, 15, 250), QTimeZone::utc());
    const std::vector<SurveyRecord> written = {
        {kCivil, QStringLiteral("01_青溪县民政局_核查表.xlsx"), 4, when},
        {QStringLiteral("河东镇人民政府"), QStringLiteral("02_河东镇人民政府_核查表.xlsx"), 0, when.addSecs(1)}};
    QVERIFY2(store->recordSurveys(written, &error), qPrintable(error));
    QVERIFY(store->recordSurveys({written[0]}, &error)); // a second round appends
    std::vector<SurveyRecord> back = store->surveys();
    QCOMPARE(back.size(), std::size_t(3));
    QCOMPARE(back[1].owner, QStringLiteral("河东镇人民政府"));
    QCOMPARE(back[1].file, QStringLiteral("02_河东镇人民政府_核查表.xlsx"));
    QCOMPARE(back[1].items, 0);
    QCOMPARE(back[1].when, when.addSecs(1));
    QCOMPARE(back[2].items, 4);
    const std::optional<int> later = store->createSnapshot(QStringLiteral("later"), QDate(), &error, false);
    QVERIFY(later && store->selectSnapshot(*later));
    QVERIFY(store->surveys().empty());
    store.reset();
    store = ProjectStore::open(dir.filePath(QStringLiteral("p.slimplan")), &error);
    QCOMPARE(store->surveys().size(), std::size_t(3));
}

void TestSurvey::cliWritesAndRecords()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("q.slimplan"));
    const QString out = dir.filePath(QStringLiteral("sheets"));
    QCOMPARE(testing::cli({"import", data("ledger.csv"), "--project", project}).exitCode, 0);
    const testing::Run run = testing::cli({"survey", "--project", project, "--out", out, "--lang", "en"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList files = {"1_青溪县民政局_核查表.xlsx", "2_青溪县教育局_核查表.xlsx", "3_河东镇人民政府_核查表.xlsx"};
    QStringList expectedFiles;
    for (const QString &f : files)
        expectedFiles << QStringLiteral("0") + f;
    QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name), expectedFiles);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].contains(QStringLiteral("01_青溪县民政局_核查表.xlsx — 青溪县民政局: 4 item")), qPrintable(lines[0]));
    QVERIFY2(lines[3].contains(QStringLiteral("3 survey sheet")) && lines[3].contains(QStringLiteral("8 items")),
             qPrintable(lines[3]));
    QString error;
    auto store = ProjectStore::open(project, &error);
    QVERIFY(store);
    const std::vector<SurveyRecord> recorded = store->surveys();
    QCOMPARE(recorded.size(), std::size_t(3));
    QCOMPARE(recorded[1].owner, QStringLiteral("青溪县教育局"));
    QCOMPARE(recorded[1].file, expectedFiles[1]);
    QCOMPARE(recorded[1].items, 2);
    QVERIFY(recorded[1].when.secsTo(QDateTime::currentDateTimeUtc()) < 600);
    store.reset();
    // The folder of sheets as returned unchanged: every item updated, none new.
    const testing::Run dry = testing::cli({"import", out, "--project", project, "--dry-run", "--lang", "en"});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QStringLiteral("0 new items and 8 updated")), qPrintable(dry.out));
}

void TestSurvey::cliRefuses_data()
{
    QTest::addColumn<QStringList>("args"); // PROJECT = an empty project, MISSING = no such file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --project") << QStringList{"survey", "--out", "OUT"} << 2 << "--project";
    QTest::newRow("no --out") << QStringList{"survey", "--project", "PROJECT"} << 2 << "--out";
    QTest::newRow("stray argument") << QStringList{"survey", "x.xlsx", "--project", "PROJECT", "--out", "OUT"} << 2
                                    << "x.xlsx";
    QTest::newRow("no such project") << QStringList{"survey", "--project", "MISSING", "--out", "OUT"} << 1
                                     << "No such project";
    QTest::newRow("project without items") << QStringList{"survey", "--project", "PROJECT", "--out", "OUT"} << 1
                                           << "nothing to survey";
}

void TestSurvey::cliRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString error;
    QVERIFY(ProjectStore::open(dir.filePath(QStringLiteral("empty.slimplan")), &error));
    args.replaceInStrings(QStringLiteral("PROJECT"), dir.filePath(QStringLiteral("empty.slimplan")));
    args.replaceInStrings(QStringLiteral("MISSING"), dir.filePath(QStringLiteral("none.slimplan")));
    args.replaceInStrings(QStringLiteral("OUT"), dir.filePath(QStringLiteral("out")));
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const testing::Run run = testing::cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.slimplan"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
}

namespace {
// The item of an import with this id, or else this name; nullptr when there is none.
const Item *findItem(const Inventory &inv, const QString &key)
{
    if (const int i = inv.indexOf(key); i >= 0)
        return &inv.at(i);
    for (const Item &it : inv.items()) {
        if (it.name == key)
            return &it;
    }
    return nullptr;
}

// One field of an item as text: lists joined with |, unknown = "", an extra attribute as "extra:HEADER".
QString fieldText(const Item &it, const QString &field)
{
    const auto num = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QString(); };
    if (field == QLatin1String("owner")) return it.owner;
    if (field == QLatin1String("kind")) return kindName(it.kind);
    if (field == QLatin1String("level")) return it.level ? levelName(*it.level) : QString();
    if (field == QLatin1String("functions")) return it.functions.join(QLatin1Char('|'));
    if (field == QLatin1String("users")) return num(it.users);
    if (field == QLatin1String("active_users")) return num(it.activeUsers);
    if (field == QLatin1String("last_active")) return it.lastActive.toString(Qt::ISODate);
    if (field == QLatin1String("launched")) return it.launched.toString(Qt::ISODate);
    if (field == QLatin1String("notes")) return it.notes;
    if (field == QLatin1String("flags")) return flagNames(it.flags).join(QLatin1Char('|'));
    if (field.startsWith(QLatin1String("extra:"))) {
        for (const auto &[h, v] : it.extra) {
            if (h == field.mid(6))
                return v;
        }
    }
    return QStringLiteral("?");
}
} // namespace

void TestSurvey::editedReturn_data()
{
    QTest::addColumn<QString>("item"); // id, or name for the rows without one
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("count changed") << "SV-APP-001" << "users" << "15000";
    QTest::newRow("date typed as a date") << "SV-APP-001" << "last_active" << "2026-11-25";
    QTest::newRow("missing functions supplied") << "SV-APP-002" << "functions" << "低保核查|入户走访";
    QTest::newRow("missing monthly users typed 约50") << "SV-APP-002" << "active_users" << "50";
    QTest::newRow("missing date typed as text") << "SV-APP-002" << "last_active" << "2026-11-03";
    QTest::newRow("keep column answered") << "SV-APP-002" << "extra:是否保留" << "否";
    QTest::newRow("note rewritten") << "SV-APP-002" << "notes" << "已于2026年11月停用";
    QTest::newRow("untouched flag stays") << "SV-APP-002" << "flags" << "ranking";
    QTest::newRow("untouched row stays") << "民政系统工作群" << "users" << "48";
    QTest::newRow("untouched extra column stays") << "SV-APP-001" << "extra:联系人" << "张三";
    QTest::newRow("new row, no owner: the 填报单位 line") << "青溪养老服务" << "owner" << "青溪县民政局";
    QTest::newRow("new row, count 3100人") << "青溪养老服务" << "users" << "3100";
    QTest::newRow("new row, date typed 2025/9/1") << "青溪养老服务" << "launched" << "2025-09-01";
    QTest::newRow("new row, kind from the drop-down") << "民政信息员群" << "kind" << "group";
    QTest::newRow("new row, level 乡镇") << "民政信息员群" << "level" << "township";
    QTest::newRow("wrong column: count left unknown") << "民政信息员群" << "users" << "";
    QTest::newRow("new row, 否 raises no flag") << "民政信息员群" << "flags" << "";
}

// The sheet of 青溪县民政局 as its unit returned it (tests/data/survey/make_edited.py).
void TestSurvey::editedReturn()
{
    QFETCH(QString, item);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    static const ImportResult edited = importOne(data("edited.xlsx"));
    QCOMPARE(issueLines(edited.report, true), QStringList());
    const Item *it = findItem(edited.inventory, item);
    QVERIFY2(it, qPrintable(item));
    QCOMPARE(fieldText(*it, field), expected);
}

// The ids: the items kept keep theirs (the hidden column, or the same derived identity), the
// deleted row is simply absent (reported gone by the returns diff, never deleted), the new rows
// get identities of their own; the value in the wrong column is a clear warning at its cell.
void TestSurvey::editedReturnGoneAndNew()
{
    const ImportResult original = importOne(data("original/01_青溪县民政局_核查表.xlsx"));
    const ImportResult ledger = importOne(data("ledger.csv"));
    QCOMPARE(original.inventory.size(), 4);
    for (const Item &it : original.inventory.items()) {
        const Item *source = findItem(ledger.inventory, it.id);
        QVERIFY2(source && testing::itemDifferences(*source, it).isEmpty(), qPrintable(it.id));
    }
    const ImportResult edited = importOne(data("edited.xlsx"));
    QStringList kept, added;
    for (const Item &it : edited.inventory.items())
        (original.inventory.indexOf(it.id) >= 0 ? kept : added) << it.id;
    const QString group = findItem(original.inventory, QStringLiteral("民政系统工作群"))->id;
    QCOMPARE(kept, (QStringList{"SV-APP-001", "SV-APP-002", group}));
    QCOMPARE(added.size(), 2);
    QVERIFY2(added[0].startsWith(QStringLiteral("app-")) && added[1].startsWith(QStringLiteral("group-")),
             qPrintable(added.join(", ")));
    QVERIFY(edited.inventory.indexOf(findItem(original.inventory, QStringLiteral("青溪民政"))->id) < 0);
    QCOMPARE(edited.report.files.front().unit, kCivil);
    QStringList cellWarnings;
    for (const ImportIssue &i : edited.report.issues) {
        if (i.row > 4)
            cellWarnings << QStringLiteral("%1:%2:%3").arg(i.row).arg(i.column, i.message);
    }
    QCOMPARE(cellWarnings.size(), 1);
    QVERIFY2(cellWarnings[0].startsWith(QStringLiteral("9:用户数:")) && cellWarnings[0].contains(QStringLiteral("全县各村信息员")),
             qPrintable(cellWarnings[0]));
}

QTEST_GUILESS_MAIN(TestSurvey)
#include "test_survey.moc"
