// Importing CSV/TSV ledgers end to end: encodings, separators, quotes, the shapes offices give their
// tables, and every kind of problem the report must name. Fixtures: tests/data/csvimport (written
// by make_fixtures.py there).

#include "../common/testfiles.h"
#include "import/csvreader.h"
#include "import/importer.h"
#include "import/memberhasher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace slimplan;

namespace {

const QString kDir = QStringLiteral(SLIMPLAN_TEST_DATA "/csvimport");

// Imports files named relative to the fixture folder, so messages carry the bare file name.
ImportResult importHere(const QStringList &names, ImportOptions opt = {}, Progress *progress = nullptr)
{
    const QString old = QDir::currentPath();
    QDir::setCurrent(kDir);
    ImportResult r = importFiles(names, opt, progress);
    QDir::setCurrent(old);
    return r;
}

QStringList lines(const ImportReport &report)
{
    QStringList out;
    for (const ImportIssue &i : report.issues)
        out << i.toLine();
    return out;
}

QStringList L(std::initializer_list<const char *> l)
{
    QStringList s;
    for (const char *x : l)
        s << QString::fromUtf8(x);
    return s;
}

class CancelAfterFirstAdvance : public Progress
{
public:
    void advance(qint64) override { m_canceled = true; }
    bool isCanceled() const override { return m_canceled; }

private:
    bool m_canceled = false;
};

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void sameLedgerEveryShape_data();
    void sameLedgerEveryShape();
    void quotes();
    void titleBlankAndSummaryRows();
    void unknownColumnsKept();
    void synonymsFileHintAndMembers();
    void duplicateIds();
    void derivedIdsTellPlatformsApart();
    void shiftedRowIsExplained();
    void derivedIdAndLevel();
    void unreadableValuesAreWarnings();
    void missingRequiredValues();
    void missingRequiredColumnRefusesFile();
    void manualMapping();
    void forcedEncoding();
    void duplicatesAcrossFiles();
    void allOrNothing();
    void cancel();
    void preview();
    void sniffSeparator_data();
    void sniffSeparator();
    void blocksAndLongRecords();
};

void TestCsvImport::sameLedgerEveryShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("firstRow");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::newRow("UTF-8") << "utf8.csv" << 2 << "UTF-8" << ",";
    QTest::newRow("UTF-8 BOM CRLF") << "utf8_bom_crlf.csv" << 2 << "UTF-8" << ",";
    QTest::newRow("GB18030 with title row") << "gb18030.csv" << 3 << "GB18030" << ",";
    QTest::newRow("tabs") << "tabs.tsv" << 2 << "UTF-8" << "\t";
    QTest::newRow("semicolons") << "semicolons.csv" << 2 << "UTF-8" << ";";
    QTest::newRow("pipes") << "pipes.txt" << 2 << "UTF-8" << "|";
}

void TestCsvImport::sameLedgerEveryShape()
{
    QFETCH(QString, file);
    QFETCH(int, firstRow);
    QFETCH(QString, encoding);
    QFETCH(QString, separator);

    CsvReader reader(kDir + QLatin1Char('/') + file, file);
    QVERIFY(reader.open(nullptr));
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(QString(reader.separator()), separator);

    const ImportResult r = importHere({file});
    QCOMPARE(lines(r.report), QStringList());
    QCOMPARE(r.inventory.size(), 3);
    QCOMPARE(r.report.rowsRead, 3);
    QCOMPARE(r.report.rowsImported, 3);

    const Item &app = r.inventory.at(0);
    QCOMPARE(app.id, QStringLiteral("QX-APP-001"));
    QCOMPARE(app.name, QStringLiteral("青溪政务通"));
    QCOMPARE(app.kind, Kind::App);
    QCOMPARE(app.platform, QStringLiteral("安卓/iOS"));
    QCOMPARE(app.owner, QStringLiteral("青溪县人民政府办公室"));
    QCOMPARE(app.level, std::optional<Level>(Level::County));
    QCOMPARE(app.region, QStringLiteral("510999"));
    QCOMPARE(app.functions, L({"办事指南", "政策查询", "打卡签到"}));
    QCOMPARE(app.dataItems, L({"走访记录", "群众诉求"}));
    QCOMPARE(app.audience, std::optional<Audience>(Audience::Public));
    QCOMPARE(app.users, std::optional<qint64>(12000));
    QCOMPARE(app.activeUsers, std::optional<qint64>(3400));
    QCOMPARE(app.lastActive, QDate(2025, 3, 1));
    QCOMPARE(app.posts90d, std::optional<qint64>());
    QCOMPARE(app.annualCost, std::optional<double>(12.5));
    QCOMPARE(app.launched, QDate(2021, 6, 1));
    QCOMPARE(app.filingNo, std::optional<QString>(QStringLiteral("川ICP备0001号")));
    QCOMPARE(flagNames(app.flags), L({"check_in", "ranking"})); // check_in from the functions
    QCOMPARE(app.notes, QStringLiteral("县政府门户配套"));
    QCOMPARE(app.sourceFile, file);
    QCOMPARE(app.sourceRow, firstRow);

    const Item &account = r.inventory.at(1);
    QCOMPARE(account.kind, Kind::Account);
    QCOMPARE(account.level, std::optional<Level>(Level::County)); // from 中共青溪县委宣传部
    QCOMPARE(account.region, QString());
    QCOMPARE(account.users, std::optional<qint64>(35000));
    QCOMPARE(account.activeUsers, std::optional<qint64>());
    QCOMPARE(account.lastActive, QDate(2025, 2, 28));
    QCOMPARE(account.posts90d, std::optional<qint64>(48));
    QCOMPARE(account.launched, QDate(2018, 3, 15));
    QCOMPARE(account.annualCost, std::optional<double>());
    QCOMPARE(account.filingNo, std::optional<QString>(QString())); // column present, cell empty
    QCOMPARE(account.sourceRow, firstRow + 1);

    const Item &group = r.inventory.at(2);
    QCOMPARE(group.kind, Kind::Group);
    QCOMPARE(group.level, std::optional<Level>(Level::Township)); // from the 9-digit code
    QCOMPARE(group.audience, std::optional<Audience>(Audience::Internal));
    QCOMPARE(group.lastActive, QDate(2025, 1, 5));
    QCOMPARE(group.filingNo, std::optional<QString>(QString())); // 无
    QCOMPARE(flagNames(group.flags), L({"temporary"}));
    QCOMPARE(group.scene, QStringLiteral("应急"));
    QCOMPARE(group.functions, L({"防汛值班", "应急通知"}));
}

void TestCsvImport::quotes()
{
    const ImportResult r = importHere({QStringLiteral("quoted.csv")});
    QCOMPARE(lines(r.report), QStringList());
    QCOMPARE(r.inventory.size(), 2);
    QCOMPARE(r.inventory.at(0).name, QStringLiteral("青溪\"便民\"服务"));
    QCOMPARE(r.inventory.at(0).functions, L({"办事", "查询"}));
    QCOMPARE(r.inventory.at(0).notes, QStringLiteral("第一行\n第二行\n第三行"));
    QCOMPARE(r.inventory.at(0).sourceRow, 2);
    QCOMPARE(r.inventory.at(1).sourceRow, 5); // the physical line: the notes took three
    QCOMPARE(r.inventory.at(1).notes, QStringLiteral("他说：\"好\""));
}

void TestCsvImport::titleBlankAndSummaryRows()
{
    const ImportResult r = importHere({QStringLiteral("title_blank_summary.csv")});
    QCOMPARE(lines(r.report), QStringList());
    QCOMPARE(r.inventory.size(), 3);
    QCOMPARE(r.report.rowsRead, 3);
    QStringList names;
    QList<int> rows;
    for (const Item &it : r.inventory.items()) {
        names << it.name;
        rows << it.sourceRow;
    }
    QCOMPARE(names, L({"应用一", "应用二", "应用三"}));
    QCOMPARE(rows, (QList<int>{5, 6, 8}));
    // 序号 is a row number, never an id: the item is known by kind, owner and name.
    QCOMPARE(r.inventory.at(2).id, deriveItemId(r.inventory.at(2).kind, r.inventory.at(2).owner,
                                                r.inventory.at(2).name, r.inventory.at(2).platform));
}

void TestCsvImport::unknownColumnsKept()
{
    const ImportResult r = importHere({QStringLiteral("unknown_columns.csv")});
    QCOMPARE(lines(r.report),
             L({"unknown_columns.csv::1:联系人: Unknown column; kept as an extra attribute",
                "unknown_columns.csv::1:联系电话: Unknown column; kept as an extra attribute"}));
    QCOMPARE(r.report.errorCount(), 0);
    QCOMPARE(r.report.unknownColumns, L({"联系人", "联系电话"}));
    QCOMPARE(r.inventory.size(), 2);
    const QList<QPair<QString, QString>> extra{{QStringLiteral("联系人"), QStringLiteral("李四")},
                                               {QStringLiteral("联系电话"), QStringLiteral("0831-1234567")}};
    QCOMPARE(r.inventory.at(0).extra, extra);
    QVERIFY(r.inventory.at(1).extra.isEmpty());
}

void TestCsvImport::synonymsFileHintAndMembers()
{
    const QString file = QStringLiteral("青溪县工作群台账.csv");
    ImportOptions opt;
    opt.memberSalt = QByteArrayLiteral("project-1");
    const ImportResult r = importHere({file}, opt);
    QCOMPARE(lines(r.report), QStringList());
    QCOMPARE(r.inventory.size(), 2);
    const Item &a = r.inventory.at(0);
    const Item &b = r.inventory.at(1);
    QCOMPARE(a.kind, Kind::Group); // from the file name: there is no kind column
    QCOMPARE(b.kind, Kind::Group);
    QCOMPARE(a.owner, QStringLiteral("青溪县溪口镇人民政府"));
    QCOMPARE(a.level, std::optional<Level>(Level::Township));
    QCOMPARE(b.level, std::optional<Level>(Level::Village));
    QCOMPARE(a.users, std::optional<qint64>(3));
    QCOMPARE(b.users, std::optional<qint64>(2)); // counted from the member list
    QCOMPARE(a.launched, QDate(2024, 5, 1));
    QCOMPARE(flagNames(a.flags), L({"check_in", "trace_upload"}));
    QCOMPARE(b.flags, Flags(0));
    QCOMPARE(a.memberHashes.size(), std::size_t(3));
    QCOMPARE(b.memberHashes.size(), std::size_t(2));
    QCOMPARE(a.memberHashes[0], b.memberHashes[0]); // 13800000001 is in both
    QVERIFY(a.memberHashes[1] != b.memberHashes[1]);
    QCOMPARE(a.memberHashes[0], MemberHasher(opt.memberSalt).hash(u"13800000001"));
    // The raw ids are kept nowhere.
    for (const Item &it : r.inventory.items()) {
        QVERIFY(it.extra.isEmpty());
        QVERIFY(!it.notes.contains(QStringLiteral("13800000001")));
    }
    // Another project's salt gives other hashes.
    opt.memberSalt = QByteArrayLiteral("project-2");
    const ImportResult r2 = importHere({file}, opt);
    QVERIFY(r2.inventory.at(0).memberHashes[0] != a.memberHashes[0]);
}

void TestCsvImport::duplicateIds()
{
    const ImportResult r = importHere({QStringLiteral("duplicates.csv")});
    const QString derived = deriveItemId(Kind::App, QStringLiteral("青溪县财政局"), QStringLiteral("应用三"));
    QCOMPARE(lines(r.report),
             QStringList({QStringLiteral("duplicates.csv::4:编号: Duplicate id “A1” (first used at "
                                         "duplicates.csv::2); row not imported"),
                          // The same row twice is one item reported twice: folded, not lost.
                          QStringLiteral("duplicates.csv::6:: Reported already at duplicates.csv::5 (the "
                                         "same kind, owner, name and platform): folded into “应用三”, this "
                                         "row kept as a further source")}));
    QCOMPARE(r.inventory.size(), 3);
    QCOMPARE(r.inventory.at(0).name, QStringLiteral("应用一")); // the first one stays
    QCOMPARE(r.inventory.at(2).id, derived);
    QCOMPARE(r.inventory.at(2).alsoReportedAt, QStringList{QStringLiteral("duplicates.csv::6")});
    QCOMPARE(r.report.rowsRead, 5);
    QCOMPARE(r.report.rowsImported, 3);
    QCOMPARE(r.report.rowsFolded, 1);
}

void TestCsvImport::derivedIdsTellPlatformsApart()
{
    // One unit's 青溪发布 on WeChat and on Weibo are two accounts, not a duplicate row.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.csv"));
    QVERIFY(testing::writeFile(path, "账号名称,类型,平台,主办单位\n"
                                     "青溪发布,公众号,微信,青溪县委宣传部\n"
                                     "青溪发布,微博,微博,青溪县委宣传部\n"
                                     "青溪发布,公众号,,青溪县教育局\n"));
    const ImportResult r = importFiles({path}, ImportOptions(), nullptr);
    QVERIFY2(!r.report.hasErrors(), qPrintable(lines(r.report).join(QLatin1Char('\n'))));
    QCOMPARE(r.inventory.size(), 3);
    QVERIFY(r.inventory.at(0).id != r.inventory.at(1).id);
    // Without a platform the id is the one earlier versions derived, so old projects still match.
    QCOMPARE(r.inventory.at(2).id,
             deriveItemId(Kind::Account, QStringLiteral("青溪县教育局"), QStringLiteral("青溪发布")));
}

void TestCsvImport::shiftedRowIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shifted.csv"));
    QVERIFY(testing::writeFile(path, "名称,类型,主办单位,用户数,月活\n"
                                     "青溪政务通,App,青溪县政府办,3,200,150\n" // 3,200 typed without quotes
                                     "青溪便民宝,App,青溪县政府办,800,90,\n")); // a trailing empty cell is no shift
    const ImportResult r = importFiles({path}, ImportOptions(), nullptr);
    const QStringList l = lines(r.report);
    QCOMPARE(l.filter(QStringLiteral("cells but the header has")).size(), 1);
    QVERIFY2(l.first().endsWith(QStringLiteral("shifted.csv::2:: This row has 6 cells but the header has 5: is there a comma "
                                               "or separator inside a value without quotes (such as 3,200)? The "
                                               "values after it may be in the wrong columns")),
             qPrintable(l.first()));
    QCOMPARE(r.inventory.size(), 2); // kept, with the warning
}

void TestCsvImport::derivedIdAndLevel()
{
    const ImportResult r = importHere({QStringLiteral("derived.csv")});
    QCOMPARE(lines(r.report), QStringList());
    QCOMPARE(r.inventory.size(), 5);
    const QList<std::optional<Level>> expected{Level::County, Level::Township, Level::Village,
                                               Level::Province, Level::County};
    for (int i = 0; i < r.inventory.size(); ++i) {
        const Item &it = r.inventory.at(i);
        QCOMPARE(it.level, expected.at(i));
        QCOMPARE(it.id, deriveItemId(it.kind, it.owner, it.name));
    }
    QVERIFY(r.inventory.at(0).id.startsWith(QLatin1String("app-")));
}

void TestCsvImport::unreadableValuesAreWarnings()
{
    const ImportResult r = importHere({QStringLiteral("bad_values.csv")});
    QCOMPARE(r.report.errorCount(), 0);
    QCOMPARE(lines(r.report),
             L({"bad_values.csv::2:层级: Unknown level “五级” (expected central, province, city, county, "
                "township or village); derived from the region or owner instead",
                "bad_values.csv::2:服务对象: Unknown audience “所有人” (expected internal, public or "
                "enterprise: 内部, 公众, 企业); left unknown",
                "bad_values.csv::2:用户数: Unreadable number “很多”; left unknown",
                "bad_values.csv::2:月活: Negative count -5 is out of range; left unknown",
                "bad_values.csv::2:最后更新: Unreadable date “去年” (write it as 2025-03-01); left unknown",
                "bad_values.csv::2:年运维费用: Unreadable amount “免费”; left unknown",
                "bad_values.csv::3:最后更新: Unreadable date “2025-02-30” (write it as 2025-03-01); left unknown",
                "bad_values.csv::3:年运维费用: Negative amount “-3” is out of range; left unknown",
                "bad_values.csv::3:月活: Active users (200) exceed users (100)"}));
    QCOMPARE(r.inventory.size(), 3);
    const Item &a = r.inventory.at(0);
    QCOMPARE(a.users, std::optional<qint64>());
    QCOMPARE(a.activeUsers, std::optional<qint64>());
    QVERIFY(!a.lastActive.isValid());
    QCOMPARE(a.level, std::optional<Level>(Level::County)); // derived from the owner instead
    QCOMPARE(a.audience, std::optional<Audience>());
    QCOMPARE(a.annualCost, std::optional<double>());
    QCOMPARE(r.inventory.at(1).users, std::optional<qint64>(100));
    QCOMPARE(r.inventory.at(1).activeUsers, std::optional<qint64>(200)); // kept, but reported
    QCOMPARE(r.inventory.at(2).users, std::optional<qint64>()); // "-" is no number, and no warning
}

void TestCsvImport::missingRequiredValues()
{
    const ImportResult r = importHere({QStringLiteral("missing_values.csv")});
    QCOMPARE(lines(r.report),
             L({"missing_values.csv::2:名称: The name is missing; row not imported",
                "missing_values.csv::3:类型: The kind is missing; row not imported",
                "missing_values.csv::4:类型: Unknown kind “网站” (expected app, account or group: 应用程序, "
                "公众号, 工作群 …); row not imported",
                "missing_values.csv::5:主办单位: The owner is missing; row not imported"}));
    QCOMPARE(r.inventory.size(), 1);
    QCOMPARE(r.inventory.at(0).name, QStringLiteral("应用五"));
    QCOMPARE(r.report.rowsRead, 5);
    QCOMPARE(r.report.filesRefused, 0);
}

void TestCsvImport::missingRequiredColumnRefusesFile()
{
    const ImportResult r = importHere({QStringLiteral("missing_owner_column.csv")});
    QCOMPARE(lines(r.report),
             L({"missing_owner_column.csv:::: Required column “owner” is missing (accepted headers: "
                "主办单位, 主管单位, 建设单位, 单位名称, 建群单位, owner, department), and no "
                "填报单位：… line above the header names the unit; file not imported"}));
    QCOMPARE(r.report.filesRefused, 1);
    QVERIFY(r.inventory.isEmpty());
}

void TestCsvImport::manualMapping()
{
    ImportOptions opt;
    opt.manualMappings.insert(QStringLiteral("unknown_columns.csv"),
                              {{3, QStringLiteral("notes")}, {4, QString()}});
    const ImportResult r = importHere({QStringLiteral("unknown_columns.csv")}, opt);
    QCOMPARE(lines(r.report), QStringList());
    QCOMPARE(r.inventory.at(0).notes, QStringLiteral("李四"));
    QVERIFY(r.inventory.at(0).extra.isEmpty());

    // The owner column missing from a file can be supplied by hand.
    opt.manualMappings.clear();
    opt.manualMappings.insert(QStringLiteral("missing_owner_column.csv"), {{2, QStringLiteral("owner")}});
    const ImportResult r2 = importHere({QStringLiteral("missing_owner_column.csv")}, opt);
    QCOMPARE(r2.report.errorCount(), 0);
    QCOMPARE(r2.inventory.at(0).owner, QStringLiteral("安卓"));
}

void TestCsvImport::forcedEncoding()
{
    ImportOptions opt;
    opt.forcedEncoding = QStringLiteral("GB18030");
    QCOMPARE(importHere({QStringLiteral("gb18030.csv")}, opt).inventory.size(), 3);
    // Read as UTF-8, no header is recognisable: the file is refused, not imported as garbage.
    opt.forcedEncoding = QStringLiteral("UTF-8");
    const ImportResult wrong = importHere({QStringLiteral("gb18030.csv")}, opt);
    QVERIFY(wrong.inventory.isEmpty());
    QCOMPARE(wrong.report.filesRefused, 1);
    opt.forcedEncoding = QStringLiteral("no-such-encoding");
    const ImportResult unknown = importHere({QStringLiteral("utf8.csv")}, opt);
    QCOMPARE(lines(unknown.report), L({"utf8.csv:::: Unknown encoding “no-such-encoding”"}));
}

void TestCsvImport::duplicatesAcrossFiles()
{
    const ImportResult r = importHere({QStringLiteral("utf8.csv"), QStringLiteral("derived.csv"),
                                       QStringLiteral("utf8_bom_crlf.csv")});
    // The third file is the first one again: every item was reported already, so each row folds
    // into its first report (an id repeated across returns is the same item, not a typing error).
    QCOMPARE(r.inventory.size(), 8);
    QCOMPARE(r.report.filesRefused, 0);
    QCOMPARE(r.report.errorCount(), 0);
    QCOMPARE(r.report.rowsFolded, 3);
    QCOMPARE(r.report.files.back().rowsKept, 0);
    QCOMPARE(r.report.files.back().rowsFolded, 3);
    const Item &first = r.inventory.at(r.inventory.indexOf(QStringLiteral("QX-APP-001")));
    QCOMPARE(first.sourceFile, QStringLiteral("utf8.csv"));
    QCOMPARE(first.alsoReportedAt, QStringList{QStringLiteral("utf8_bom_crlf.csv::2")});
}

void TestCsvImport::allOrNothing()
{
    ImportOptions opt;
    opt.keepGoodRows = false;
    const ImportResult r = importHere({QStringLiteral("missing_values.csv")}, opt);
    QVERIFY(r.inventory.isEmpty());
    QCOMPARE(r.report.errorCount(), 4);
    opt.keepGoodRows = true;
    QCOMPARE(importHere({QStringLiteral("missing_values.csv")}, opt).inventory.size(), 1);
}

void TestCsvImport::cancel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QByteArray ledger = "名称,类型,主办单位\n";
    for (int i = 0; i < 5000; ++i)
        ledger += QStringLiteral("应用%1,app,青溪县教育局\n").arg(i).toUtf8();
    QVERIFY(testing::writeFile(path, ledger));
    QCOMPARE(importFiles({path}, {}, nullptr).inventory.size(), 5000);
    CancelAfterFirstAdvance progress;
    const ImportResult r = importFiles({path}, {}, &progress);
    QVERIFY(r.canceled);
    QVERIFY(r.inventory.isEmpty());
}

void TestCsvImport::preview()
{
    const QString path = kDir + QStringLiteral("/title_blank_summary.csv");
    const auto previews = previewFile(path, {}, 6);
    QCOMPARE(previews.size(), std::size_t(1));
    const ImportPreview &p = previews.front();
    QCOMPARE(p.error, QString());
    QCOMPARE(p.rows.size(), std::size_t(6));
    QCOMPARE(p.headerIndex, 3);
    QCOMPARE(p.headers, L({"序号", "应用名称", "主办单位", "类型"}));
    QCOMPARE(p.fieldOfColumn, L({"-", "name", "owner", "kind"})); // 序号: a row number, ignored
    QCOMPARE(p.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(p.separator, QLatin1Char(','));
    QCOMPARE(p.rows[4].cells, L({"1", "应用一", "青溪县教育局", "app"}));

    const auto refused = previewFile(kDir + QStringLiteral("/missing_owner_column.csv"), {}, 5);
    QCOMPARE(refused.front().missingRequired, L({"owner"}));
    QVERIFY(!refused.front().error.isEmpty());
}

void TestCsvImport::sniffSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("tsv");
    QTest::addColumn<QString>("separator");
    QTest::newRow("commas") << "a,b,c\n1,2,3\n" << false << ",";
    QTest::newRow("semicolons with commas in quotes") << "a;b;c\n\"1,5\";2;3\n\"x,y,z\";2;3\n" << false << ";";
    QTest::newRow("tabs") << "a\tb\tc\n1\t2\t3\n" << false << "\t";
    QTest::newRow("pipes") << "a|b|c\n1|2|3\n" << false << "|";
    QTest::newRow("title row without separators") << "标题\na;b\n1;2\n3;4\n" << false << ";";
    QTest::newRow("excel title row of commas") << "标题,,,\na\tb\tc\td\n1\t2\t3\t4\n5\t6\t7\t8\n" << false << "\t";
    QTest::newRow("single column defaults to comma") << "a\nb\n" << false << ",";
    QTest::newRow("single column tsv") << "a\nb\n" << true << "\t";
}

void TestCsvImport::sniffSeparator()
{
    QFETCH(QString, text);
    QFETCH(bool, tsv);
    QFETCH(QString, separator);
    QCOMPARE(QString(CsvReader::sniffSeparator(text, tsv)), separator);
}

void TestCsvImport::blocksAndLongRecords()
{
    // Records and quoted fields that cross the reader's 1 MB blocks, and a CRLF split between two.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blocks.csv"));
    QByteArray data = "名称,类型,主办单位,备注\r\n";
    const QByteArray longNote = QByteArray(300000, 'x') + "\"\"" + QByteArray(10, 'y');
    int rows = 0;
    while (data.size() < 3 * 1024 * 1024) {
        data += QStringLiteral("应用%1,app,青溪县教育局,").arg(rows).toUtf8();
        data += (rows % 7 == 0) ? "\"" + longNote + "\"" : QByteArray("短备注");
        data += "\r\n";
        ++rows;
    }
    QVERIFY(testing::writeFile(path, data));
    const ImportResult r = importFiles({path}, {}, nullptr);
    QCOMPARE(lines(r.report), QStringList());
    QCOMPARE(r.inventory.size(), rows);
    for (int i = 0; i < rows; ++i) {
        const Item &it = r.inventory.at(i);
        QCOMPARE(it.name, QStringLiteral("应用%1").arg(i));
        QCOMPARE(it.sourceRow, i + 2);
        if (i % 7 == 0)
            QCOMPARE(it.notes.size(), qsizetype(300011));
        else
            QCOMPARE(it.notes, QStringLiteral("短备注"));
    }
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "test_csvimport.moc"
