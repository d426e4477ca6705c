// Returns as offices hand them in, written by other programs (openpyxl, LibreOffice, Excel-style
// CSV): a county ledger whose sheets each number rows from 1 with 序号, a campaign folder of nine
// unit returns in every format, and a folder with a broken return. The expectations are data
// (tests/data/returns/expected.json), written by tests/data/returns/make_returns.py from the same
// tables as the files.
#include "../common/clirun.h"
#include "import/importer.h"
#include "model/inventory.h"
#include "model/item.h"
#include "store/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace slimplan;

namespace {

QString returns(const QString &rel)
{
    return QStringLiteral(SLIMPLAN_TEST_DATA "/returns/") + rel;
}

QJsonObject expected()
{
    static const QJsonObject doc = [] {
        QFile f(returns(QStringLiteral("expected.json")));
        if (!f.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return doc;
}

QString issuesText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &i : report.issues)
        lines << i.toLine();
    return lines.join(QLatin1Char('\n'));
}

QStringList errorLines(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &i : report.issues)
        if (i.isError())
            lines << i.toLine();
    return lines;
}

// Items matching kind, owner, name and (when given) platform.
std::vector<const Item *> find(const Inventory &inv, const QJsonObject &e)
{
    std::vector<const Item *> out;
    for (const Item &it : inv.items()) {
        if (kindName(it.kind) == e.value(QLatin1String("kind")).toString()
            && it.name == e.value(QLatin1String("name")).toString()
            && it.owner == e.value(QLatin1String("owner")).toString()
            && (!e.contains(QLatin1String("platform"))
                || it.platform == e.value(QLatin1String("platform")).toString()))
            out.push_back(&it);
    }
    return out;
}

// Compares the values the expectation gives; absent keys are not checked.
void compareValues(const Item &it, const QJsonObject &e)
{
    if (e.contains(QLatin1String("users"))) {
        QVERIFY2(it.users.has_value(), "users left unknown");
        QCOMPARE(*it.users, e.value(QLatin1String("users")).toInteger());
    }
    if (e.contains(QLatin1String("active_users"))) {
        QVERIFY2(it.activeUsers.has_value(), "active users left unknown");
        QCOMPARE(*it.activeUsers, e.value(QLatin1String("active_users")).toInteger());
    }
    if (e.contains(QLatin1String("annual_cost"))) {
        QVERIFY2(it.annualCost.has_value(), "annual cost left unknown");
        QVERIFY2(std::abs(*it.annualCost - e.value(QLatin1String("annual_cost")).toDouble()) < 1e-9,
                 qPrintable(QString::number(*it.annualCost)));
    }
    if (e.contains(QLatin1String("last_active")))
        QCOMPARE(it.lastActive.toString(Qt::ISODate), e.value(QLatin1String("last_active")).toString());
    if (e.contains(QLatin1String("filing_no"))) {
        QVERIFY2(it.filingNo.has_value(), "备案编号 left unknown");
        QCOMPARE(*it.filingNo, e.value(QLatin1String("filing_no")).toString());
    }
}

// Rows that are no items: the summary row, the footnote, the signature line, the "none" answer.
bool looksLikeNonItem(const Item &it)
{
    static const QStringList starts = {QStringLiteral("合计"), QStringLiteral("注："), QStringLiteral("填报人"),
                                       QStringLiteral("联系电话"), QStringLiteral("审核人"),
                                       QStringLiteral("本单位无"), QStringLiteral("填报单位"),
                                       QStringLiteral("单位名称")};
    for (const QString &s : starts)
        if (it.name.startsWith(s) || it.owner.startsWith(s))
            return true;
    return it.name.endsWith(u'个') && it.name.at(0).isDigit();
}

using slimplan::testing::Run;
using slimplan::testing::cli;


QString itemRowName(const QJsonObject &e)
{
    return e.value(QLatin1String("kind")).toString() + QLatin1Char(' ') + e.value(QLatin1String("name")).toString()
           + QLatin1Char('@') + e.value(QLatin1String("platform")).toString();
}

// For a region whose returns repeat a name across units.
QString itemRowNameWithOwner(const QJsonObject &e)
{
    return itemRowName(e) + QLatin1String(" of ") + e.value(QLatin1String("owner")).toString();
}

using RowName = QString (*)(const QJsonObject &);

// One data row in `column` per object of expected.json's list region.list, named by `name`.
void addExpectedRows(const char *column, QLatin1String region, QLatin1String list, RowName name)
{
    QTest::addColumn<QJsonObject>(column);
    const QJsonArray rows = expected().value(region).toObject().value(list).toArray();
    // No rows would make the test pass without checking anything.
    QVERIFY2(!rows.isEmpty(), "expected.json is missing or the list is empty");
    for (const QJsonValue v : rows) {
        const QJsonObject e = v.toObject();
        QTest::newRow(name(e).toUtf8().constData()) << e;
    }
}

} // namespace

class TestReturns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countyLedger_everyRowOfEverySheet();
    void countyLedger_items_data();
    void countyLedger_items();
    void districtFolder_expandedInNameOrder();
    void districtFolder_total();
    void districtFolder_items_data();
    void districtFolder_items();
    void districtFolder_files_data();
    void districtFolder_files();
    void districtFolder_folded_data();
    void districtFolder_folded();
    void nonItemRows_notItems_data();
    void nonItemRows_notItems();
    void badFolder_keepsGoodRows();
    void badFolder_strictRefusesAll();
    void cli_exitCodes_data();
    void cli_exitCodes();
    void cli_strictWritesNothing();

private:
    ImportResult m_county;
    ImportResult m_district;
};

void TestReturns::initTestCase()
{
    QVERIFY2(!expected().isEmpty(), "tests/data/returns/expected.json missing or unreadable");
    m_county = importFiles({returns(QStringLiteral("county/青溪县政务应用台账.xlsx"))}, ImportOptions(), nullptr);
    m_district = importFiles({returns(QStringLiteral("district"))}, ImportOptions(), nullptr);
}

void TestReturns::countyLedger_everyRowOfEverySheet()
{
    const QJsonObject county = expected().value(QLatin1String("county")).toObject();
    const QString issues = issuesText(m_county.report);
    QVERIFY2(!issues.contains(QLatin1String("Duplicate id")), qPrintable(issues));
    QVERIFY2(errorLines(m_county.report).isEmpty(), qPrintable(issues));
    const QJsonObject perSheet = county.value(QLatin1String("rows_per_sheet")).toObject();
    int total = 0;
    for (auto it = perSheet.begin(); it != perSheet.end(); ++it) {
        const int want = it.value().toInt();
        total += want;
        const auto got = std::count_if(m_county.inventory.items().cbegin(), m_county.inventory.items().cend(),
                                       [&](const Item &i) { return i.sourceSheet == it.key(); });
        QVERIFY2(got == want, qPrintable(QStringLiteral("sheet %1: %2 items, want %3").arg(it.key()).arg(got).arg(want)));
    }
    QCOMPARE(m_county.inventory.size(), total);
    QCOMPARE(m_county.report.rowsImported, total);
    QCOMPARE(m_county.report.rowsFolded, 0);
    // Three 青溪发布 on three platforms are three items, each with its own id.
    QSet<QString> ids;
    for (const Item &i : m_county.inventory.items())
        ids.insert(i.id);
    QCOMPARE(ids.size(), total);
}

void TestReturns::countyLedger_items_data()
{
    addExpectedRows("item", QLatin1String("county"), QLatin1String("items"), itemRowName);
}

void TestReturns::countyLedger_items()
{
    QFETCH(QJsonObject, item);
    const auto found = find(m_county.inventory, item);
    QCOMPARE(found.size(), std::size_t(1));
    compareValues(*found.front(), item);
}

void TestReturns::districtFolder_expandedInNameOrder()
{
    const QJsonArray files = expected().value(QLatin1String("district")).toObject().value(QLatin1String("files")).toArray();
    QStringList problems;
    const QStringList paths = expandImportPaths({returns(QStringLiteral("district"))}, &problems);
    QStringList names;
    for (const QString &p : paths)
        names << QFileInfo(p).fileName();
    QStringList want;
    for (const QJsonValue v : files)
        want << v.toObject().value(QLatin1String("file")).toString();
    QCOMPARE(names, want);
    // The lock file is not a return: never read, never an error.
    for (const QJsonValue v : expected().value(QLatin1String("district")).toObject().value(QLatin1String("skipped")).toArray()) {
        QVERIFY(!names.contains(v.toString()));
        for (const ImportIssue &i : m_district.report.issues)
            QVERIFY2(!(i.isError() && i.file.endsWith(v.toString())), qPrintable(i.toLine()));
    }
}

void TestReturns::districtFolder_total()
{
    const QJsonObject d = expected().value(QLatin1String("district")).toObject();
    QVERIFY2(errorLines(m_district.report).isEmpty(), qPrintable(errorLines(m_district.report).join(u'\n')));
    QCOMPARE(m_district.report.filesRefused, 0);
    QCOMPARE(m_district.inventory.size(), d.value(QLatin1String("total")).toInt());
    QCOMPARE(m_district.report.rowsFolded, int(d.value(QLatin1String("folded")).toArray().size()));
    QCOMPARE(m_district.report.files.size(), std::size_t(d.value(QLatin1String("files")).toArray().size()));
}

void TestReturns::districtFolder_items_data()
{
    addExpectedRows("item", QLatin1String("district"), QLatin1String("items"), itemRowNameWithOwner);
}

void TestReturns::districtFolder_items()
{
    QFETCH(QJsonObject, item);
    const auto found = find(m_district.inventory, item);
    if (found.empty()) {
        // Say what came out under that name, to tell a wrong owner from a missing row.
        QStringList near;
        for (const Item &i : m_district.inventory.items())
            if (i.name == item.value(QLatin1String("name")).toString())
                near << kindName(i.kind) + QLatin1Char('/') + i.owner + QLatin1Char('/') + i.platform;
        QFAIL(qPrintable(QStringLiteral("not imported; same name: ") + near.join(QLatin1String(", "))));
    }
    QCOMPARE(found.size(), std::size_t(1));
    compareValues(*found.front(), item);
}

void TestReturns::districtFolder_files_data()
{
    addExpectedRows("file", QLatin1String("district"), QLatin1String("files"),
                    [](const QJsonObject &f) { return f.value(QLatin1String("file")).toString(); });
}

void TestReturns::districtFolder_files()
{
    QFETCH(QJsonObject, file);
    const QString name = file.value(QLatin1String("file")).toString();
    const FileImportSummary *s = nullptr;
    for (const FileImportSummary &f : m_district.report.files)
        if (QFileInfo(f.file).fileName() == name)
            s = &f;
    QVERIFY2(s, "no report for the file");
    QCOMPARE(s->unit, file.value(QLatin1String("unit")).toString());
    QCOMPARE(s->rowsRead, file.value(QLatin1String("rows_read")).toInt());
    QCOMPARE(s->rowsKept, file.value(QLatin1String("rows_kept")).toInt());
    QCOMPARE(s->rowsFolded, file.value(QLatin1String("rows_folded")).toInt());
    QCOMPARE(s->errors, 0);
    QVERIFY(!s->refused);
    QCOMPARE(s->noItemsReported, file.value(QLatin1String("no_items_reported")).toBool());
}

void TestReturns::districtFolder_folded_data()
{
    addExpectedRows("folded", QLatin1String("district"), QLatin1String("folded"),
                    [](const QJsonObject &f) { return f.value(QLatin1String("name")).toString(); });
}

void TestReturns::districtFolder_folded()
{
    QFETCH(QJsonObject, folded);
    const auto found = find(m_district.inventory, folded);
    QCOMPARE(found.size(), std::size_t(1));
    const Item &it = *found.front();
    // No second item under the other spelling, nor under the same name elsewhere.
    const QJsonArray aliases = folded.value(QLatin1String("aliases")).toArray();
    for (const Item &other : m_district.inventory.items()) {
        if (&other == &it || other.kind != it.kind)
            continue;
        QVERIFY2(other.name != it.name || other.owner != it.owner, qPrintable(other.sourceFile));
        for (const QJsonValue a : aliases)
            QVERIFY2(other.name != a.toString(), qPrintable(QStringLiteral("alias imported again from ") + other.sourceFile));
    }
    QStringList wantAliases;
    for (const QJsonValue a : aliases)
        wantAliases << a.toString();
    QCOMPARE(it.aliases, wantAliases);
    // The first report stands; the other is kept as a further source, FILE:SHEET:ROW.
    const QString first = folded.value(QLatin1String("first")).toString();
    const QString firstFile = first.section(QLatin1Char(':'), 0, 0);
    QCOMPARE(QFileInfo(it.sourceFile).fileName(), firstFile);
    QCOMPARE(it.sourceSheet, first.section(QLatin1Char(':'), 1, 1));
    QCOMPARE(it.sourceRow, first.section(QLatin1Char(':'), 2, 2).toInt());
    const QJsonArray also = folded.value(QLatin1String("also_reported_at")).toArray();
    QCOMPARE(it.alsoReportedAt.size(), qsizetype(also.size()));
    for (qsizetype i = 0; i < it.alsoReportedAt.size(); ++i)
        QVERIFY2(it.alsoReportedAt.at(i).endsWith(also.at(i).toString()), qPrintable(it.alsoReportedAt.at(i)));
    // The report names both rows.
    bool named = false;
    for (const ImportIssue &i : m_district.report.issues) {
        const QString at = also.at(0).toString();
        if (QFileInfo(i.file).fileName() == at.section(QLatin1Char(':'), 0, 0)
            && i.row == at.section(QLatin1Char(':'), 2, 2).toInt() && i.message.contains(firstFile))
            named = true;
    }
    QVERIFY2(named, qPrintable(issuesText(m_district.report)));
}

void TestReturns::nonItemRows_notItems_data()
{
    QTest::addColumn<bool>("county");
    QTest::newRow("county ledger") << true;
    QTest::newRow("district folder") << false;
}

void TestReturns::nonItemRows_notItems()
{
    QFETCH(bool, county);
    const ImportResult &r = county ? m_county : m_district;
    QVERIFY(!r.inventory.isEmpty());
    for (const Item &i : r.inventory.items())
        QVERIFY2(!looksLikeNonItem(i), qPrintable(i.name + QLatin1String(" / ") + i.owner + QLatin1String(" at ")
                                                  + i.sourceFile + QLatin1Char(':') + QString::number(i.sourceRow)));
    // Nor are they reported as bad rows: a footnote is no row with an error.
    for (const ImportIssue &i : r.report.issues)
        QVERIFY2(!i.isError(), qPrintable(i.toLine()));
}

void TestReturns::badFolder_keepsGoodRows()
{
    const QJsonObject bad = expected().value(QLatin1String("bad")).toObject();
    const ImportResult r = importFiles({returns(QStringLiteral("bad"))}, ImportOptions(), nullptr);
    QStringList names;
    for (const Item &i : r.inventory.items())
        names << i.name;
    QStringList want;
    for (const QJsonValue v : bad.value(QLatin1String("good_items")).toArray())
        want << v.toString();
    QCOMPARE(names, want);
    QCOMPARE(r.report.filesRefused, 1);
    const QString refused = bad.value(QLatin1String("refused_file")).toString();
    const QStringList errors = errorLines(r.report);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.front().contains(refused), qPrintable(errors.front()));
    // The unreadable date is left unknown and said where it is.
    const QJsonObject bd = bad.value(QLatin1String("bad_date")).toObject();
    bool reported = false;
    for (const ImportIssue &i : r.report.issues)
        reported = reported
                   || (QFileInfo(i.file).fileName() == bd.value(QLatin1String("file")).toString()
                       && i.row == bd.value(QLatin1String("row")).toInt()
                       && i.column == bd.value(QLatin1String("column")).toString());
    QVERIFY2(reported, qPrintable(issuesText(r.report)));
    for (const Item &i : r.inventory.items())
        if (i.name == bd.value(QLatin1String("name")).toString())
            QVERIFY(!i.lastActive.isValid());
}

void TestReturns::badFolder_strictRefusesAll()
{
    ImportOptions opt;
    opt.keepGoodRows = false;
    const ImportResult r = importFiles({returns(QStringLiteral("bad"))}, opt, nullptr);
    QVERIFY(r.inventory.isEmpty());
    QVERIFY(r.report.hasErrors());
}

void TestReturns::cli_exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errContains");
    const QString dry = QStringLiteral("--dry-run");
    const QString refused = expected().value(QLatin1String("bad")).toObject().value(QLatin1String("refused_file")).toString();
    QTest::newRow("county ledger") << QStringList{returns(QStringLiteral("county/青溪县政务应用台账.xlsx")), dry} << 0 << QString();
    QTest::newRow("district folder") << QStringList{returns(QStringLiteral("district")), dry} << 0 << QString();
    QTest::newRow("bad folder keeps going") << QStringList{returns(QStringLiteral("bad")), dry} << 1 << refused;
    QTest::newRow("bad folder --strict") << QStringList{returns(QStringLiteral("bad")), dry, QStringLiteral("--strict")} << 1 << refused;
}

void TestReturns::cli_exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, errContains);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString project = tmp.filePath(QStringLiteral("p.slimplan"));
    const Run r = cli(QStringList{QStringLiteral("import")} + args + QStringList{QStringLiteral("--project"), project});
    QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + QLatin1Char('\n') + r.err));
    if (!errContains.isEmpty())
        QVERIFY2(r.err.contains(errContains), qPrintable(r.err));
    // A dry run changes nothing: no project appears.
    QVERIFY2(!QFile::exists(project), "--dry-run wrote the project");
}


void TestReturns::cli_strictWritesNothing()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString project = tmp.filePath(QStringLiteral("p.slimplan"));
    const Run r = cli({QStringLiteral("import"), returns(QStringLiteral("bad")), QStringLiteral("--strict"),
                       QStringLiteral("--project"), project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected().value(QLatin1String("bad")).toObject().value(QLatin1String("refused_file")).toString()),
             qPrintable(r.err));
    if (QFile::exists(project)) {
        QString error;
        const std::unique_ptr<ProjectStore> store = ProjectStore::open(project, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->itemCount(), 0);
    }
    // Without --strict the good rows of the same folder do go in.
    const Run k = cli({QStringLiteral("import"), returns(QStringLiteral("bad")), QStringLiteral("--project"), project});
    QCOMPARE(k.exitCode, 1);
    QString error;
    const std::unique_ptr<ProjectStore> store = ProjectStore::open(project, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->itemCount(),
             int(expected().value(QLatin1String("bad")).toObject().value(QLatin1String("good_items")).toArray().size()));
}

QTEST_GUILESS_MAIN(TestReturns)
#include "test_returns.moc"
