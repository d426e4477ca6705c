// The plan PDF and spreadsheet read back with the tools an official's machine has: pdftotext,
// pdfinfo and pdffonts (poppler-utils) for the PDF, the xlsx's own XML for the workbook.

#include "reportfixture.h"

#include "report/comparepdf.h"
#include "report/planpdf.h"
#include "report/planxlsx.h"
#include "import/importer.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;
using namespace slimplan::reportfixture;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<failed: %1 %2: %3>")
            .arg(program, args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of one part of the workbook (python3's zipfile: no extra package needed).
QString zipPart(const QString &xlsx, const QString &part)
{
    return run(QStringLiteral("python3"),
               {QStringLiteral("-c"),
                QStringLiteral("import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode('utf-8'))"),
                xlsx, part});
}
} // namespace

class TestGuiReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chinesePdfReadsBack();
    void englishPdfHasEnglishHeadings();
    void cancelLeavesNoFile();
    void mismatchedPlanIsRefused();
    void xlsxSheetsAndStrings_data();
    void xlsxSheetsAndStrings();
    void xlsxReimportsSameItems();
    void comparePdf();

private:
    QTemporaryDir m_dir;
    Sample m_sample;
};

void TestGuiReport::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "no temporary directory");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "poppler-utils missing: run scripts/install-deps.sh");
    m_sample = makeSample(300);
}

void TestGuiReport::chinesePdfReadsBack()
{
    const QString pdf = m_dir.filePath(QStringLiteral("plan-zh.pdf"));
    ReportOptions opt;
    opt.regionName = QStringLiteral("示例县");
    opt.preparedBy = QStringLiteral("示例县委网信办");
    opt.planDate = QDate(2026, 11, 22);
    QString error;
    QVERIFY2(writePlanPdf(m_sample.inventory, m_sample.plan, opt, pdf, nullptr, &error),
             qPrintable(error));
    QVERIFY(pageCount(pdf) > 3);

    // Every font embedded.
    const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    QVERIFY(fonts.size() > 3);
    for (int i = 2; i < fonts.size(); ++i) {
        if (fonts[i].trimmed().isEmpty())
            continue;
        const QStringList cols = fonts[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(cols.size() > 5 && cols[cols.size() - 5] == QLatin1String("yes"), qPrintable(fonts[i]));
    }

    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const QString &w : {QStringLiteral("示例县"), QStringLiteral("示例县委网信办"),
                             QStringLiteral("关停"), QStringLiteral("合并"), QStringLiteral("迁移"),
                             QStringLiteral("整改"), QStringLiteral("保留"), QStringLiteral("A9"),
                             QStringLiteral("P3"), QStringLiteral("G1"), QStringLiteral("A10"),
                             QStringLiteral("张科长"), QStringLiteral("附录一"),
                             QStringLiteral("第 2 页"), QStringLiteral("四川"),
                             QStringLiteral("《政务移动互联网应用程序规范化管理办法》")})
        QVERIFY2(text.contains(w), qPrintable(w));
    // A whole Chinese sentence (a reason) survives extraction, wrapped or not.
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(flat.contains(kChineseReason), "the Chinese reason is not extracted intact");
    // 用/身/方 come back as the unified ideographs, never as Kangxi radicals (U+2F00–U+2FDF).
    QVERIFY(text.contains(QChar(0x7528)) && text.contains(QChar(0x8EAB)) && text.contains(QChar(0x65B9)));
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0x2F00 || c.unicode() > 0x2FDF, "Kangxi radical in extracted text");
    // The long reason is wrapped over several lines and pages, not cut off.
    QVERIFY2(flat.contains(kLongReasonEnd), "the end of a long cell is missing");
}

void TestGuiReport::englishPdfHasEnglishHeadings()
{
    const QString pdf = m_dir.filePath(QStringLiteral("plan-en.pdf"));
    ReportOptions opt;
    opt.language = QStringLiteral("en");
    opt.regionName = QStringLiteral("Sample County");
    QString error;
    QVERIFY2(writePlanPdf(m_sample.inventory, m_sample.plan, opt, pdf, nullptr, &error),
             qPrintable(error));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const QString &w : {QStringLiteral("Consolidation Plan"), QStringLiteral("1. Overview"),
                             QStringLiteral("2. Actions"), QStringLiteral("Shut down"),
                             QStringLiteral("Appendix A. Rules cited"), QStringLiteral("Page 2 of"),
                             QStringLiteral("zombie account")})
        QVERIFY2(text.contains(w), qPrintable(w));
    QVERIFY(!text.contains(QStringLiteral("处置清单")));
}

void TestGuiReport::cancelLeavesNoFile()
{
    const QString pdf = m_dir.filePath(QStringLiteral("canceled.pdf"));
    AtomicProgress progress;
    progress.cancel();
    QString error;
    QVERIFY(!writePlanPdf(m_sample.inventory, m_sample.plan, ReportOptions{}, pdf, &progress, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(pdf));
    const QString xlsx = m_dir.filePath(QStringLiteral("canceled.xlsx"));
    const Sample big = makeSample(2000);
    QVERIFY(!writePlanXlsx(big.inventory, big.plan, ReportOptions{}, xlsx, &progress, &error));
    QVERIFY(!QFile::exists(xlsx));
    QVERIFY(!QFile::exists(xlsx + QStringLiteral(".part")));
}

void TestGuiReport::mismatchedPlanIsRefused()
{
    Plan wrong = m_sample.plan;
    wrong.decisions.pop_back();
    QString error;
    QVERIFY(!writePlanPdf(m_sample.inventory, wrong, ReportOptions{},
                          m_dir.filePath(QStringLiteral("bad.pdf")), nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("does not match")));
}

void TestGuiReport::xlsxSheetsAndStrings_data()
{
    QTest::addColumn<int>("items");
    QTest::newRow("small") << 300;
    QTest::newRow("large") << 6000;
}

void TestGuiReport::xlsxSheetsAndStrings()
{
    QFETCH(int, items);
    const Sample s = items == 300 ? m_sample : makeSample(items);
    const QString xlsx = m_dir.filePath(QStringLiteral("plan-%1.xlsx").arg(items));
    QString error;
    QVERIFY2(writePlanXlsx(s.inventory, s.plan, ReportOptions{}, xlsx, nullptr, &error), qPrintable(error));

    const QString workbook = zipPart(xlsx, QStringLiteral("xl/workbook.xml"));
    int last = -1;
    for (const QString &name : {QStringLiteral("处置方案"), QStringLiteral("汇总"),
                                QStringLiteral("合并族"), QStringLiteral("问题清单")}) {
        const int at = workbook.indexOf(QStringLiteral("name=\"%1\"").arg(name));
        QVERIFY2(at > last, qPrintable(name));
        last = at;
    }

    const QString sheet = zipPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains(QStringLiteral("<pane ")));       // frozen header row
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ")));
    QVERIFY(!sheet.contains(QStringLiteral("<f>")));         // no formula anywhere
    // "=1+1" is the name of item 0 (cell B2): a string cell (inline), never a formula.
    const auto cell = QRegularExpression(QStringLiteral("<c r=\"B2\"([^>]*)>(.*?)</c>")).match(sheet);
    QVERIFY(cell.hasMatch());
    QVERIFY2(cell.captured(1).contains(QStringLiteral("t=\"s\""))
                 || cell.captured(1).contains(QStringLiteral("t=\"inlineStr\"")),
             qPrintable(cell.captured(0)));
    QVERIFY(cell.captured(2).contains(QStringLiteral(">=1+1</t>")));
    // Header row in the ledger's words, decision columns after them.
    const QString headerSource = sheet;
    for (const QString &h : {QStringLiteral("编号"), QStringLiteral("行政区划代码"),
                             QStringLiteral("近90天发文数"), QStringLiteral("建议处置"),
                             QStringLiteral("依据条款"), QStringLiteral("置信度")})
        QVERIFY2(headerSource.contains(h), qPrintable(h));
    // Dates are numbers with a date style (item 0's 最后更新 is M2), unknowns are empty.
    const auto date = QRegularExpression(QStringLiteral("<c r=\"M2\" s=\"\\d+\"( t=\"n\")?><v>(\\d+)</v>")).match(sheet);
    QVERIFY2(date.hasMatch(), "M2 is not a numeric date cell");
    QCOMPARE(date.captured(2).toInt(), QDate(1899, 12, 30).daysTo(m_sample.inventory.at(0).lastActive));
    QVERIFY(!sheet.contains(QStringLiteral("<c r=\"L2\"")));  // item 0 has no 月活
    QVERIFY(zipPart(xlsx, QStringLiteral("xl/styles.xml")).contains(QStringLiteral("yyyy-mm-dd")));
}

void TestGuiReport::xlsxReimportsSameItems()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("reimport.xlsx"));
    QString error;
    QVERIFY2(writePlanXlsx(m_sample.inventory, m_sample.plan, ReportOptions{}, xlsx, nullptr, &error),
             qPrintable(error));
    const ImportResult r = importFiles({xlsx}, ImportOptions{}, nullptr);
    QCOMPARE(r.inventory.size(), m_sample.inventory.size());
    for (int i = 0; i < r.inventory.size(); ++i) {
        const Item &a = r.inventory.at(i);
        const int j = m_sample.inventory.indexOf(a.id);
        QVERIFY2(j >= 0, qPrintable(a.id));
        QCOMPARE(a.name, m_sample.inventory.at(j).name);
        QCOMPARE(a.kind, m_sample.inventory.at(j).kind);
    }
}

void TestGuiReport::comparePdf()
{
    std::vector<RegionSummary> regions;
    for (int i = 0; i < 3; ++i) {
        const Sample s = makeSample(100 + 50 * i);
        regions.push_back({QStringLiteral("示例%1县").arg(i + 1), QStringLiteral("51010%1").arg(i), s.plan.summary});
    }
    const QString pdf = m_dir.filePath(QStringLiteral("compare.pdf"));
    QString error;
    QVERIFY2(writeComparePdf(regions, ReportOptions{}, pdf, &error), qPrintable(error));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const QString &w : {QStringLiteral("示例1县"), QStringLiteral("示例3县"),
                             QStringLiteral("510102"), QStringLiteral("压减比例")})
        QVERIFY2(text.contains(w), qPrintable(w));
}

QTEST_MAIN(TestGuiReport)
#include "test_gui_report.moc"
