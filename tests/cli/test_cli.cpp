// slimplan-cli as a user runs it: exit status 0/1/2, problems on stderr as
// FILE:SHEET:ROW:COLUMN: message, the --json document of DESIGN.md, the CSV for Excel, and the
// project round trip (import → plan → compare).
#include "../common/clirun.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kData = QStringLiteral(SLIMPLAN_TEST_DATA "/cli/");

using slimplan::testing::Run;
using slimplan::testing::cli;

QString data(const char *name) { return kData + QLatin1String(name); }

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << path << e.errorString();
    return doc.object();
}

// A small RFC 4180 reader for checking what we wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

const QStringList kItemKeys{
    QStringLiteral("id"),     QStringLiteral("name"),         QStringLiteral("kind"),
    QStringLiteral("platform"), QStringLiteral("owner"),      QStringLiteral("level"),
    QStringLiteral("region"), QStringLiteral("users"),        QStringLiteral("active_users"),
    QStringLiteral("last_active"), QStringLiteral("annual_cost"), QStringLiteral("functions"),
    QStringLiteral("flags"),  QStringLiteral("region_name"),  QStringLiteral("aliases"),
    QStringLiteral("sources"), QStringLiteral("action"),       QStringLiteral("target"),
    QStringLiteral("rules"),  QStringLiteral("reason"),       QStringLiteral("cluster"),
    QStringLiteral("confidence"), QStringLiteral("missing"),
    QStringLiteral("tracking"), QStringLiteral("deadline")};

void checkCounts(const QJsonObject &o, int app, int account, int group)
{
    QCOMPARE(o.value(QStringLiteral("app")).toInt(-1), app);
    QCOMPARE(o.value(QStringLiteral("account")).toInt(-1), account);
    QCOMPARE(o.value(QStringLiteral("group")).toInt(-1), group);
    QCOMPARE(o.value(QStringLiteral("total")).toInt(-1), app + account + group);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void exitStatus_data();
    void exitStatus();
    void importErrors_printedAsFileSheetRowColumn();
    void planJson_hasEveryKeyOfTheDesign();
    void planJson_languageSwitchesReasons();
    void planCsv_bomCrlfAndNoLiveFormulas();
    void project_importPlanCompare();
    void demo_plansTheEmbeddedRegion();
    void demoPdf_chineseByDefaultWithPreparer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString tmp(const char *name) const { return m_dir->filePath(QLatin1String(name)); }
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::exitStatus_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expected");
    const QString project = QStringLiteral("@TMP@/p.slimplan");
    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::newRow("import: clean file") << QStringList{QStringLiteral("import"), data("good.csv"), QStringLiteral("--project"), project} << 0;
    QTest::newRow("import: rows with errors") << QStringList{QStringLiteral("import"), data("errors.csv"), QStringLiteral("--project"), project} << 1;
    QTest::newRow("import: strict with errors") << QStringList{QStringLiteral("import"), QStringLiteral("--strict"), data("errors.csv"), QStringLiteral("--project"), project} << 1;
    QTest::newRow("import: missing file") << QStringList{QStringLiteral("import"), data("no-such-file.csv"), QStringLiteral("--project"), project} << 1;
    QTest::newRow("import: damaged project") << QStringList{QStringLiteral("import"), data("good.csv"), QStringLiteral("--project"), data("damaged.slimplan")} << 1;
    QTest::newRow("import: no --project") << QStringList{QStringLiteral("import"), data("good.csv")} << 2;
    QTest::newRow("import: no files") << QStringList{QStringLiteral("import"), QStringLiteral("--project"), project} << 2;
    QTest::newRow("import: unknown option") << QStringList{QStringLiteral("import"), data("good.csv"), QStringLiteral("--project"), project, QStringLiteral("--frob")} << 2;
    QTest::newRow("import: --help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << 0;
    QTest::newRow("plan: clean file") << QStringList{QStringLiteral("plan"), data("good.csv"), QStringLiteral("--as-of"), QStringLiteral("2026-11-22")} << 0;
    QTest::newRow("plan: file with errors") << QStringList{QStringLiteral("plan"), data("errors.csv")} << 1;
    QTest::newRow("plan: malformed --as-of") << QStringList{QStringLiteral("plan"), data("good.csv"), QStringLiteral("--as-of"), QStringLiteral("22/11/2026")} << 2;
    QTest::newRow("plan: impossible --as-of") << QStringList{QStringLiteral("plan"), data("good.csv"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")} << 2;
    QTest::newRow("plan: unknown --lang") << QStringList{QStringLiteral("plan"), data("good.csv"), QStringLiteral("--lang"), QStringLiteral("fr")} << 2;
    QTest::newRow("plan: neither files nor project") << QStringList{QStringLiteral("plan")} << 2;
    QTest::newRow("plan: both files and project") << QStringList{QStringLiteral("plan"), data("good.csv"), QStringLiteral("--project"), project} << 2;
    QTest::newRow("plan: policy with a wrong type") << QStringList{QStringLiteral("plan"), data("good.csv"), QStringLiteral("--policy"), data("bad_policy.json")} << 1;
    QTest::newRow("plan: good policy") << QStringList{QStringLiteral("plan"), data("good.csv"), QStringLiteral("--policy"), data("policy.json")} << 0;
    QTest::newRow("compare: no projects") << QStringList{QStringLiteral("compare")} << 2;
    QTest::newRow("compare: damaged project") << QStringList{QStringLiteral("compare"), data("damaged.slimplan")} << 1;
    QTest::newRow("demo: bad --as-of") << QStringList{QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("yesterday")} << 2;
}

void TestCli::exitStatus()
{
    QFETCH(QStringList, args);
    QFETCH(int, expected);
    args.replaceInStrings(QStringLiteral("@TMP@"), m_dir->path());
    const Run r = cli(args);
    QVERIFY2(r.exitCode == expected,
             qPrintable(QStringLiteral("exit %1, stderr:\n%2").arg(r.exitCode).arg(r.err)));
    if (expected == 2)
        QVERIFY(!r.err.isEmpty()); // bad usage always says what was wrong
}

void TestCli::importErrors_printedAsFileSheetRowColumn()
{
    const QString file = data("errors.csv");
    const QString project = tmp("p.slimplan");
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--project"), project});
    QCOMPARE(r.exitCode, 1);
    // FILE:SHEET:ROW:COLUMN: message — CSV has no sheet; rows 3 (no name) and 5 (no owner) fail.
    const QRegularExpression line(QStringLiteral("^%1::(\\d*):([^:]*): (.+)$")
                                      .arg(QRegularExpression::escape(file)));
    QSet<int> errorRows;
    for (const QString &l : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        errorRows.insert(m.captured(1).toInt());
    }
    QVERIFY2(errorRows.contains(3) && errorRows.contains(5), qPrintable(r.err));
    QVERIFY(!errorRows.contains(2) && !errorRows.contains(4));
    // The good rows ARE imported: planning the project sees exactly them.
    const Run plan = cli({QStringLiteral("plan"), QStringLiteral("--project"), project,
                          QStringLiteral("--json"), tmp("p.json")});
    QCOMPARE(plan.exitCode, 0);
    QStringList ids;
    for (const QJsonValue &v : readJson(tmp("p.json")).value(QStringLiteral("items")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(ids, (QStringList{QStringLiteral("E-1"), QStringLiteral("E-3")}));
    QVERIFY(r.out.contains(project)); // one summary line on stdout
}

void TestCli::planJson_hasEveryKeyOfTheDesign()
{
    const Run r = cli({QStringLiteral("plan"), data("good.csv"), QStringLiteral("--as-of"),
                       QStringLiteral("2026-11-22"), QStringLiteral("--json"), tmp("plan.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject doc = readJson(tmp("plan.json"));
    QCOMPARE(doc.keys(), (QStringList{QStringLiteral("as_of"), QStringLiteral("clusters"),
                                      QStringLiteral("items"), QStringLiteral("policy"),
                                      QStringLiteral("summary")}));
    QCOMPARE(doc.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-22"));
    QCOMPARE(doc.value(QStringLiteral("policy")).toObject().value(QStringLiteral("zombie_days")).toInt(), 90);

    const QJsonObject summary = doc.value(QStringLiteral("summary")).toObject();
    for (const char *k : {"before", "after", "reduction_pct", "annual_cost_saved", "data_items"})
        QVERIFY2(summary.contains(QLatin1String(k)), k);
    checkCounts(summary.value(QStringLiteral("before")).toObject(), 3, 2, 2);
    const QJsonObject after = summary.value(QStringLiteral("after")).toObject();
    QVERIFY(after.value(QStringLiteral("total")).toInt(-1) <= 7);
    const QJsonObject pct = summary.value(QStringLiteral("reduction_pct")).toObject();
    for (const char *k : {"app", "account", "group", "total"})
        QVERIFY2(pct.value(QLatin1String(k)).isDouble(), k);
    QVERIFY(summary.value(QStringLiteral("annual_cost_saved")).isDouble());
    const QJsonObject dataItems = summary.value(QStringLiteral("data_items")).toObject();
    QVERIFY(dataItems.value(QStringLiteral("before")).isDouble());
    QVERIFY(dataItems.value(QStringLiteral("after")).isDouble());

    const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 7);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        QStringList expected = kItemKeys;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QVERIFY(QStringList({QStringLiteral("keep"), QStringLiteral("rectify"), QStringLiteral("merge"),
                             QStringLiteral("migrate"), QStringLiteral("shutdown")})
                    .contains(o.value(QStringLiteral("action")).toString()));
        QVERIFY(o.value(QStringLiteral("target")).isNull() || o.value(QStringLiteral("target")).isString());
        QVERIFY(o.value(QStringLiteral("cluster")).isNull() || o.value(QStringLiteral("cluster")).isDouble());
        const double confidence = o.value(QStringLiteral("confidence")).toDouble(-1);
        QVERIFY2(confidence >= 0 && confidence <= 1, qPrintable(o.value(QStringLiteral("id")).toString()));
        QVERIFY(o.value(QStringLiteral("missing")).isArray());
        byId.insert(o.value(QStringLiteral("id")).toString(), o);
    }
    // Unknown values are null, never 0; known ones keep their value and canonical names.
    const QJsonObject a2 = byId.value(QStringLiteral("T-A2"));
    QVERIFY(a2.value(QStringLiteral("users")).isNull());
    QVERIFY(a2.value(QStringLiteral("active_users")).isNull());
    QVERIFY(a2.value(QStringLiteral("annual_cost")).isNull());
    // An app without monthly active users: A9 cannot judge its usage, and the JSON says so.
    QVERIFY(a2.value(QStringLiteral("missing")).toArray().contains(QStringLiteral("active_users")));
    const QJsonObject a1 = byId.value(QStringLiteral("T-A1"));
    QCOMPARE(a1.value(QStringLiteral("kind")).toString(), QStringLiteral("app"));
    QCOMPARE(a1.value(QStringLiteral("level")).toString(), QStringLiteral("county"));
    QCOMPARE(a1.value(QStringLiteral("users")).toInt(), 5000);
    QCOMPARE(a1.value(QStringLiteral("annual_cost")).toDouble(), 12.5);
    QCOMPARE(a1.value(QStringLiteral("last_active")).toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(a1.value(QStringLiteral("functions")).toArray().size(), 2);
    QCOMPARE(byId.value(QStringLiteral("T-P1")).value(QStringLiteral("kind")).toString(), QStringLiteral("account"));
    QVERIFY(byId.value(QStringLiteral("T-A3")).value(QStringLiteral("flags")).toArray()
                .contains(QStringLiteral("check_in")));
    QVERIFY(byId.value(QStringLiteral("T-G2")).value(QStringLiteral("flags")).toArray()
                .contains(QStringLiteral("temporary")));

    for (const QJsonValue &v : doc.value(QStringLiteral("clusters")).toArray()) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.value(QStringLiteral("id")).isDouble());
        QVERIFY(c.value(QStringLiteral("members")).toArray().size() >= 2);
        QVERIFY(byId.contains(c.value(QStringLiteral("survivor")).toString()));
    }
}

void TestCli::planJson_languageSwitchesReasons()
{
    QStringList reasons[2];
    const char *langs[2] = {"zh_CN", "en"};
    for (int i = 0; i < 2; ++i) {
        const QString out = m_dir->filePath(QStringLiteral("plan-%1.json").arg(QLatin1String(langs[i])));
        const Run r = cli({QStringLiteral("plan"), data("good.csv"), QStringLiteral("--as-of"),
                           QStringLiteral("2026-11-22"), QStringLiteral("--lang"),
                           QLatin1String(langs[i]), QStringLiteral("--json"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QJsonValue &v : readJson(out).value(QStringLiteral("items")).toArray())
            reasons[i] << v.toObject().value(QStringLiteral("reason")).toString();
    }
    QCOMPARE(reasons[0].size(), 7);
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    bool differs = false;
    for (int i = 0; i < reasons[0].size(); ++i) {
        if (reasons[0][i].isEmpty())
            continue;
        differs = differs || reasons[0][i] != reasons[1][i];
        QVERIFY2(han.match(reasons[0][i]).hasMatch(), qPrintable(reasons[0][i]));
    }
    QVERIFY(differs);
}

void TestCli::planCsv_bomCrlfAndNoLiveFormulas()
{
    const Run r = cli({QStringLiteral("plan"), data("formula.csv"), QStringLiteral("--csv"), tmp("plan.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(tmp("plan.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n")); // every line ends in CRLF
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 4);
    const QStringList header = rows.first();
    for (const char *h : {"编号", "名称", "类型", "主办单位", "主要功能", "备注", "建议处置", "目标", "依据条款", "理由"})
        QVERIFY2(header.contains(QString::fromUtf8(h)), h);
    QCOMPARE(header.size(), 24);
    const qsizetype name = header.indexOf(QStringLiteral("名称"));
    const qsizetype notes = header.indexOf(QStringLiteral("备注"));
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), header.size());
        for (const QString &cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
        }
    }
    QCOMPARE(rows[1][name], QStringLiteral("'=HYPERLINK(\"http://example.com\")"));
    QCOMPARE(rows[1][notes], QStringLiteral("'+SUM(A1:A2)"));
    QCOMPARE(rows[2][name], QStringLiteral("'@evil"));
    QCOMPARE(rows[2][notes], QStringLiteral("'-1+1"));
    QCOMPARE(rows[3][name], QStringLiteral("普通名称"));
    // The action is in the report's language (Chinese by default), like the reason beside it.
    const qsizetype action = header.indexOf(QStringLiteral("建议处置"));
    static const QStringList zhActions{QStringLiteral("保留"), QStringLiteral("整改"), QStringLiteral("合并"),
                                       QStringLiteral("迁移"), QStringLiteral("关停")};
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY2(zhActions.contains(rows[i][action]), qPrintable(rows[i][action]));
}

void TestCli::project_importPlanCompare()
{
    const QString p1 = tmp("test.slimplan");
    const QString p2 = tmp("other.slimplan");
    QCOMPARE(cli({QStringLiteral("import"), data("good.csv"), QStringLiteral("--project"), p1}).exitCode, 0);
    // Re-importing the same file updates, never duplicates.
    QCOMPARE(cli({QStringLiteral("import"), data("good.csv"), QStringLiteral("--project"), p1}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"), data("other.csv"), QStringLiteral("--project"), p2}).exitCode, 0);
    const Run plan = cli({QStringLiteral("plan"), QStringLiteral("--project"), p1, QStringLiteral("--as-of"),
                          QStringLiteral("2026-11-22"), QStringLiteral("--json"), tmp("p1.json")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
    checkCounts(readJson(tmp("p1.json")).value(QStringLiteral("summary")).toObject()
                    .value(QStringLiteral("before")).toObject(), 3, 2, 2);

    const Run cmp = cli({QStringLiteral("compare"), p2, p1, QStringLiteral("--json"), tmp("cmp.json")});
    QVERIFY2(cmp.exitCode == 0, qPrintable(cmp.err));
    const QJsonObject doc = readJson(tmp("cmp.json"));
    QCOMPARE(doc.keys(), QStringList{QStringLiteral("regions")});
    const QJsonArray regions = doc.value(QStringLiteral("regions")).toArray();
    QCOMPARE(regions.size(), 2);
    const QJsonObject first = regions[0].toObject();
    const QJsonObject second = regions[1].toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("云岭市")); // in the order given
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("510900"));
    QCOMPARE(second.value(QStringLiteral("name")).toString(), QStringLiteral("测试县"));
    QCOMPARE(second.value(QStringLiteral("code")).toString(), QStringLiteral("510101"));
    checkCounts(first.value(QStringLiteral("summary")).toObject().value(QStringLiteral("before")).toObject(), 1, 1, 1);
    // The saved plan is what compare reports for the planned project.
    QCOMPARE(second.value(QStringLiteral("summary")).toObject(),
             readJson(tmp("p1.json")).value(QStringLiteral("summary")).toObject());
}

void TestCli::demo_plansTheEmbeddedRegion()
{
    const Run r = cli({QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-22"),
                       QStringLiteral("--json"), tmp("demo.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.exitCode != 2, qPrintable(r.err));
    const QJsonObject doc = readJson(tmp("demo.json"));
    const QJsonObject before = doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("before")).toObject();
    QVERIFY(before.value(QStringLiteral("app")).toInt() > 0);
    QVERIFY(before.value(QStringLiteral("account")).toInt() > 0);
    QVERIFY(before.value(QStringLiteral("group")).toInt() > 0);
    QCOMPARE(doc.value(QStringLiteral("items")).toArray().size(), before.value(QStringLiteral("total")).toInt());
}

void TestCli::demoPdf_chineseByDefaultWithPreparer()
{
    // An English machine (LANG=C) without --lang still writes the report in Chinese; the cover
    // names who prepared it.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SLIMPLAN_CLI_PATH),
            {QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-22"),
             QStringLiteral("--prepared-by"), QStringLiteral("青溪县委网信办"), QStringLiteral("--pdf"),
             tmp("demo.pdf")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QProcess t;
    t.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), tmp("demo.pdf"), QStringLiteral("-")});
    QVERIFY(t.waitForFinished(60000));
    const QString text = QString::fromUtf8(t.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("青溪县")), qPrintable(text.left(400)));
    QVERIFY2(text.contains(QStringLiteral("青溪县委网信办")), qPrintable(text.left(400)));
    QVERIFY2(text.contains(QStringLiteral("关停")), qPrintable(text.left(400)));
    QVERIFY2(!text.contains(QStringLiteral("Shut down")), qPrintable(text.left(400)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
