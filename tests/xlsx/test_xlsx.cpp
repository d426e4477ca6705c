// The .xlsx reader on workbooks written by an independent writer (openpyxl, or raw XML zipped by
// Python: tests/data/xlsx/make_fixtures.py), good ones and hostile ones.
#include "../common/mergedledger.h"
#include "../common/sheetasserts.h"
#include "import/xlsxreader.h"
#include "import/xlsxvalues.h"

#include <QtTest>

using namespace slimplan;

namespace {

const testing::Reader kXlsx{openXlsxSources, "xlsx"};

// The openpyxl ledgers: merged title, blank row, dates, decimals, sums, trailing cells.
void addLedgerCellRows()
{
    QTest::newRow("merged title: value in the top-left cell only")
        << "ledger.xlsx" << 0 << 1 << QStringList{"青溪县政务移动互联网应用程序台账"} << QList<int>{};
    QTest::newRow("blank row above the header") << "ledger.xlsx" << 0 << 2 << QStringList{}
                                                << QList<int>{};
    QTest::newRow("chinese header")
        << "ledger.xlsx" << 0 << 3
        << QStringList{"序号", "应用名称", "主办单位", "层级", "行政区划代码", "主要功能", "用户数",
                       "月活", "最后更新", "年运维费用", "上线时间", "备案编号", "备注"}
        << QList<int>{};
    QTest::newRow("app row: dates, decimals, 14-digit filing number")
        << "ledger.xlsx" << 0 << 4
        << QStringList{"1", "青溪政务通", "青溪县政务服务中心", "县级", "330127", "办事、查询、投诉",
                       "12000", "3400", "2025-03-01", "12.5", "2019-06-18", "33012702000123"}
        << QList<int>{8, 10};
    QTest::newRow("app row: gap, 0.1, leap day")
        << "ledger.xlsx" << 0 << 6
        << QStringList{"3", "河东镇便民", "河东镇人民政府", "乡镇", "330127101", "通知", "150", "",
                       "2023-02-28", "3.75", "2020-02-29"}
        << QList<int>{8, 10};
    QTest::newRow("app row: 0.1 stays 0.1")
        << "ledger.xlsx" << 0 << 5
        << QStringList{"2", "青溪打卡", "青溪县农业农村局", "县级", "330127", "打卡签到、积分排名",
                       "800", "90", "2024-11-30", "0.1", "2021-01-04", "", "临时"}
        << QList<int>{8, 10};
    QTest::newRow("合计 row, sum 16.35")
        << "ledger.xlsx" << 0 << 7
        << QStringList{"合计", "", "", "", "", "", "12950", "", "", "16.35"} << QList<int>{};
    QTest::newRow("合计 row with an uncomputed formula")
        << "ledger.xlsx" << 1 << 6 << QStringList{"合计", "", "", "", ""} << QList<int>{};
    QTest::newRow("account row")
        << "ledger.xlsx" << 1 << 5
        << QStringList{"2", "青溪交警", "抖音号", "青溪县公安局交警大队", "9100", "0",
                       "2024-01-02", "2018-12-31"}
        << QList<int>{6, 7};
    QTest::newRow("group row, trailing cells absent")
        << "ledger.xlsx" << 2 << 5
        << QStringList{"2", "河东镇村干部群", "钉钉群", "河东镇人民政府", "48", "2022-03-09"}
        << QList<int>{5};
    QTest::newRow("english row, m/d/yy date")
        << "english.xlsx" << 0 << 3
        << QStringList{"A-002", "Permit Desk", "Planning Office", "county", "0", "1999-12-31", "0"}
        << QList<int>{5};
}

// Date systems, custom number formats, rich and inline strings.
void addFormatCellRows()
{
    QTest::newRow("1904 date system") << "date1904.xlsx" << 0 << 2
                                      << QStringList{"老系统", "2010-05-04", "10"} << QList<int>{1};
    QTest::newRow("1904 date system, late date")
        << "date1904.xlsx" << 0 << 3 << QStringList{"新系统", "2025-12-31", "20"} << QList<int>{1};
    QTest::newRow("custom yyyy\"年\"m\"月\"d\"日\"")
        << "customdates.xlsx" << 0 << 2 << QStringList{"yyyy\"年\"m\"月\"d\"日\"", "2025-03-01"}
        << QList<int>{1};
    QTest::newRow("custom with locale bracket")
        << "customdates.xlsx" << 0 << 3 << QStringList{"[$-804]yyyy\"年\"m\"月\"", "2024-10-01"}
        << QList<int>{1};
    QTest::newRow("date and time: time dropped")
        << "customdates.xlsx" << 0 << 4 << QStringList{"yyyy/m/d h:mm", "2023-04-05"}
        << QList<int>{1};
    QTest::newRow("before the phantom 1900-02-29")
        << "customdates.xlsx" << 0 << 5 << QStringList{"d-mmm-yy", "1900-01-15"} << QList<int>{1};
    QTest::newRow("after the phantom 1900-02-29")
        << "customdates.xlsx" << 0 << 6 << QStringList{"yyyy-mm-dd", "1900-03-01"} << QList<int>{1};
    QTest::newRow("unit in quotes is no date")
        << "customdates.xlsx" << 0 << 7 << QStringList{"0.00\"万元\"", "12.5"} << QList<int>{};
    QTest::newRow("thousands format is no date")
        << "customdates.xlsx" << 0 << 8 << QStringList{"#,##0", "1234567"} << QList<int>{};
    QTest::newRow("y inside quotes is no date")
        << "customdates.xlsx" << 0 << 9 << QStringList{"\"y\"0", "7"} << QList<int>{};
    QTest::newRow("general serial stays a number")
        << "customdates.xlsx" << 0 << 10 << QStringList{"General", "45000"} << QList<int>{};
}

// What LibreOffice writes (merges) and sparse rows and columns.
void addWriterCellRows()
{
    QTest::newRow("shared rich text without phonetic, inline rich text, _x000D_")
        << "inline.xlsx" << 0 << 2
        << QStringList{"青溪政务 通", "青溪县民政局", "1234", "第一行\r\n第二行"} << QList<int>{};
    QTest::newRow("formula string, boolean, error, float, id number, exponent")
        << "inline.xlsx" << 0 << 3
        << QStringList{"青溪政务通!", "TRUE", "", "0.1", "110101199001011234", "123456789012340000"}
        << QList<int>{};
    QTest::newRow("false, 15 significant digits, small exponent")
        << "inline.xlsx" << 0 << 7 << QStringList{"", "FALSE", "-3.3", "0.001"} << QList<int>{};
    // merged.xlsx: the ledger of tests/data/ods, written by LibreOffice; <mergeCells> after the rows.
    QTest::newRow("LibreOffice: title merged across is not spread")
        << "merged.xlsx" << 0 << 1
        << QStringList{"青溪县政务移动互联网应用程序台账", "", "", "", "", "", "", ""} << QList<int>{};
    testing::addMergedLedgerRows("merged.xlsx", QStringLiteral("LibreOffice: "));
    QTest::newRow("LibreOffice: merged 平台 filled down")
        << "merged.xlsx" << 1 << 5
        << QStringList{"3", "青溪文旅", "微信公众号", "青溪县文化和旅游局", "TRUE", "0.5"}
        << QList<int>{};
    QTest::newRow("sparse: gap between A and C") << "sparse.xlsx" << 0 << 1
                                                << QStringList{"群名称", "", "建群单位"} << QList<int>{};
    QTest::newRow("sparse: lone E3") << "sparse.xlsx" << 0 << 3
                                     << QStringList{"", "", "", "", "孤立单元格"} << QList<int>{};
    QStringList aa(27);
    aa[1] = QStringLiteral("第二列");
    aa[26] = QStringLiteral("27");
    QTest::newRow("sparse: B and AA") << "sparse.xlsx" << 0 << 5 << aa << QList<int>{};
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT
private slots:
    void sheets_data();
    void sheets();
    void cells_data();
    void cells();
    void rowNumbers_data();
    void rowNumbers();
    void refusedOnOpen_data();
    void refusedOnOpen();
    void refusedWhileReading_data();
    void refusedWhileReading();
    void longestCellAccepted();
    void sheetsReadInterleaved();
    void progressCountsBytes();
    void numberText_data();
    void numberText();
    void serialToIsoDate_data();
    void serialToIsoDate();
    void isDateFormatCode_data();
    void isDateFormatCode();
    void cellRef_data();
    void cellRef();
    void kindHint_data();
    void kindHint();
};

void TestXlsx::sheets_data()
{
    testing::addSheetsColumns();
    QTest::newRow("chinese ledger, three sheets")
        << "ledger.xlsx" << QStringList{"应用程序", "公众账号", "工作群组"}
        << QStringList{"app", "account", "group"};
    QTest::newRow("english, hidden list sheet left out")
        << "english.xlsx" << QStringList{"Apps", "Public accounts", "groups", "Summary"}
        << QStringList{"app", "account", "group", ""};
    QTest::newRow("raw package, absolute target") << "inline.xlsx" << QStringList{"应用"}
                                                  << QStringList{"app"};
    QTest::newRow("sparse") << "sparse.xlsx" << QStringList{"工作群组"} << QStringList{"group"};
    QTest::newRow("custom formats, no hint") << "customdates.xlsx" << QStringList{"格式"}
                                             << QStringList{""};
    QTest::newRow("written by LibreOffice, hidden list left out")
        << "merged.xlsx" << QStringList{"应用程序", "公众账号"} << QStringList{"app", "account"};
}

void TestXlsx::sheets()
{
    testing::checkSheets(kXlsx);
}

void TestXlsx::cells_data()
{
    testing::addCellsColumns();
    addLedgerCellRows();
    addFormatCellRows();
    addWriterCellRows();
}

void TestXlsx::cells()
{
    testing::checkCells(kXlsx);
}

void TestXlsx::rowNumbers_data()
{
    testing::addRowNumbersColumns();
    QTest::newRow("ledger apps: title, blank, header, 3 rows, 合计")
        << "ledger.xlsx" << 0 << QList<int>{1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("ledger groups") << "ledger.xlsx" << 2 << QList<int>{1, 2, 3, 4, 5, 6};
    QTest::newRow("rows absent from the file are not invented") << "sparse.xlsx" << 0
                                                                << QList<int>{1, 3, 5};
    QTest::newRow("merged cells invent no rows") << "merged.xlsx" << 0
                                                << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13, 14};
    QTest::newRow("row without r follows the previous one") << "inline.xlsx" << 0
                                                            << QList<int>{1, 2, 3, 7};
}

void TestXlsx::rowNumbers()
{
    testing::checkRowNumbers(kXlsx);
}

void TestXlsx::refusedOnOpen_data()
{
    testing::addRefusedColumns();
    QTest::newRow("not a zip")
        << "notzip.xlsx" << "this is not an .xlsx workbook (the file is not a zip archive)";
    QTest::newRow("truncated zip")
        << "truncated.xlsx"
        << "the .xlsx file is damaged or truncated (its zip directory cannot be read)";
    QTest::newRow("old .xls renamed (OLE)")
        << "oldxls.xlsx" << "this is an old .xls / encrypted workbook: save it as .xlsx";
    QTest::newRow("zip without workbook.xml")
        << "noworkbook.xlsx" << "the zip archive has no xl/workbook.xml: it is not an Excel workbook";
    QTest::newRow("300 MB bomb")
        << "bomb.xlsx"
        << "xl/worksheets/sheet1.xml would expand to 300 MB, more than the limit of 200 MB per "
           "part: refused as a possible decompression bomb";
    QTest::newRow("50 MB at 1000:1")
        << "ratiobomb.xlsx"
        << "xl/worksheets/sheet1.xml is compressed more than 200:1: refused as a possible "
           "decompression bomb";
    QTest::newRow("billion laughs in the shared strings")
        << "billionlaughs.xlsx"
        << "xl/sharedStrings.xml contains a document type declaration (<!DOCTYPE>), which "
           "workbooks never need: refused so that no entity is expanded";
    QTest::newRow("1,001 sheets") << "manysheets.xlsx"
                                  << "the workbook has more than 1000 sheets: refused";
    QTest::newRow("missing file") << "nosuchfile.xlsx"
                                  << "cannot open the file: No such file or directory";
}

void TestXlsx::refusedOnOpen()
{
    testing::checkRefusedOnOpen(kXlsx);
}

void TestXlsx::refusedWhileReading_data()
{
    testing::addRefusedWhileReadingColumns();
    QTest::newRow("external entity to /etc/passwd")
        << "xxe.xlsx" << 0
        << "xl/worksheets/sheet1.xml contains a document type declaration (<!DOCTYPE>), which "
           "workbooks never need: refused so that no entity is expanded";
    QTest::newRow("100,000-character cell")
        << "longcell.xlsx" << 1
        << "cell A2 holds 100000 characters, more than the 32767 a cell can hold: refused";
    QTest::newRow("column beyond XFD")
        << "widecell.xlsx" << 1 << "cell XFE2 lies beyond Excel's last column XFD: refused";
    QTest::newRow("sheet cut off in row 2")
        << "badxml.xlsx" << 1
        << "xl/worksheets/sheet1.xml is not well-formed XML (line 2, column 197): Premature end "
           "of document.";
}

void TestXlsx::refusedWhileReading()
{
    testing::checkRefusedWhileReading(kXlsx);
}

void TestXlsx::longestCellAccepted()
{
    QString error;
    auto sources = openXlsxSources(kXlsx.fixture(QStringLiteral("maxcell.xlsx")), &error);
    QCOMPARE(sources.size(), std::size_t(1));
    const testing::Sheet read = testing::readAll(*sources.front());
    QCOMPARE(read.error, QString());
    QCOMPARE(read.rows.size(), 3);
    QCOMPARE(read.rows.at(2).cells.at(1), QString(xlsx::kMaxCellText, QChar(u'长')));
}

void TestXlsx::sheetsReadInterleaved()
{
    RawRow a;
    RawRow g;
    testing::readInTurns(kXlsx, QStringLiteral("ledger.xlsx"), {3, 0, 2, 4}, &a, &g);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.row, 4);
    QCOMPARE(a.cells.at(1), QStringLiteral("青溪政务通"));
    QCOMPARE(g.cells.at(1), QStringLiteral("青溪县防汛工作群"));
}

void TestXlsx::progressCountsBytes()
{
    testing::checkProgressCountsBytes(kXlsx, QStringLiteral("ledger.xlsx"), 0);
}

void TestXlsx::numberText_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << "1234" << "1234";
    QTest::newRow("trailing .0") << "1234.0" << "1234";
    QTest::newRow("0.1 exact decimal") << "0.1" << "0.1";
    QTest::newRow("0.1 with binary noise") << "0.10000000000000001" << "0.1";
    QTest::newRow("sum artefact") << "0.30000000000000004" << "0.3";
    QTest::newRow("18-digit id number") << "110101199001011234" << "110101199001011234";
    QTest::newRow("20-digit integer") << "12345678901234567890" << "12345678901234567890";
    QTest::newRow("exponent") << "1.2345678901234E+17" << "123456789012340000";
    QTest::newRow("negative") << "-12.50" << "-12.5";
    QTest::newRow("zero as 0.0") << "0.0" << "0";
    QTest::newRow("small") << "2.5E-3" << "0.0025";
    QTest::newRow("tiny keeps exponent") << "1E-12" << "1e-12";
    QTest::newRow("not a number") << "abc" << "abc";
    QTest::newRow("empty") << "" << "";
}

void TestXlsx::numberText()
{
    QFETCH(QString, raw);
    QFETCH(QString, text);
    QCOMPARE(xlsx::numberText(raw), text);
}

void TestXlsx::serialToIsoDate_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("iso"); // empty: not a date
    QTest::newRow("1900-01-01 is serial 1") << 1.0 << false << "1900-01-01";
    QTest::newRow("serial 59") << 59.0 << false << "1900-02-28";
    QTest::newRow("phantom leap day") << 60.0 << false << "1900-02-29";
    QTest::newRow("serial 61") << 61.0 << false << "1900-03-01";
    QTest::newRow("2025-03-01") << 45717.0 << false << "2025-03-01";
    QTest::newRow("noon dropped") << 45717.5 << false << "2025-03-01";
    QTest::newRow("a hair before midnight rounds up") << 45717.999999999 << false << "2025-03-02";
    QTest::newRow("1904: serial 0 is no day") << 0.0 << true << "";
    QTest::newRow("1904: serial 1") << 1.0 << true << "1904-01-02";
    QTest::newRow("1904: 2025-03-01") << 44255.0 << true << "2025-03-01";
    QTest::newRow("time only") << 0.75 << false << "";
    QTest::newRow("negative") << -5.0 << false << "";
    QTest::newRow("9999-12-31") << 2958465.0 << false << "9999-12-31";
    QTest::newRow("beyond 9999") << 2958466.0 << false << "";
    QTest::newRow("1904: 9999-12-31") << 2957003.0 << true << "9999-12-31";
    QTest::newRow("1904: beyond 9999") << 2957004.0 << true << "";
    QTest::newRow("1904: far beyond 9999") << 2958465.0 << true << "";
}

void TestXlsx::serialToIsoDate()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, iso);
    QCOMPARE(xlsx::serialToIsoDate(serial, date1904).value_or(QString()), iso);
}

void TestXlsx::isDateFormatCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("yyyy-mm-dd") << "yyyy-mm-dd" << true;
    QTest::newRow("chinese literals") << "yyyy\"年\"m\"月\"d\"日\"" << true;
    QTest::newRow("upper case") << "YYYY/MM/DD" << true;
    QTest::newRow("locale and colour brackets") << "[$-804][Red]m/d" << true;
    QTest::newRow("time") << "h:mm:ss" << true;
    QTest::newRow("general") << "General" << false;
    QTest::newRow("unit in quotes") << "0.00\"万元\"" << false;
    QTest::newRow("escaped d") << "0\\d" << false;
    QTest::newRow("bracket only") << "[h]" << false;
    QTest::newRow("thousands") << "#,##0.00_);(#,##0.00)" << false;
    QTest::newRow("scientific") << "0.00E+00" << false;
}

void TestXlsx::isDateFormatCode()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(xlsx::isDateFormatCode(code), isDate);
}

void TestXlsx::cellRef_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<int>("column"); // 0: malformed
    QTest::addColumn<int>("row");
    QTest::newRow("C5") << "C5" << 3 << 5;
    QTest::newRow("AA10") << "AA10" << 27 << 10;
    QTest::newRow("XFD1 is the last column") << "XFD1" << 16384 << 1;
    QTest::newRow("XFE1 is returned for the caller to refuse") << "XFE1" << 16385 << 1;
    QTest::newRow("lower case") << "b2" << 2 << 2;
    QTest::newRow("row 0") << "A0" << 0 << 0;
    QTest::newRow("digits first") << "5C" << 0 << 0;
    QTest::newRow("junk after") << "A1:B2" << 0 << 0;
}

void TestXlsx::cellRef()
{
    QFETCH(QString, ref);
    QFETCH(int, column);
    QFETCH(int, row);
    int c = 0;
    int r = 0;
    const bool ok = xlsx::parseCellRef(ref, &c, &r);
    QCOMPARE(ok, column > 0);
    if (ok) {
        QCOMPARE(c, column);
        QCOMPARE(r, row);
        QCOMPARE(xlsx::columnName(c) + QString::number(r), ref.toUpper());
    }
}

void TestXlsx::kindHint_data()
{
    QTest::addColumn<QString>("sheetName");
    QTest::addColumn<QString>("kind");
    QTest::newRow("应用程序") << "应用程序" << "app";
    QTest::newRow("政务APP") << "政务APP" << "app";
    QTest::newRow("小程序") << "小程序清单" << "app";
    QTest::newRow("公众账号") << "公众账号" << "account";
    QTest::newRow("新媒体") << "政务新媒体" << "account";
    QTest::newRow("公众号") << "公众号" << "account";
    QTest::newRow("工作群组") << "工作群组" << "group";
    QTest::newRow("微信群") << "微信群" << "group";
    QTest::newRow("apps") << "apps" << "app";
    QTest::newRow("Applications") << "Mobile Applications" << "app";
    QTest::newRow("accounts") << "Accounts" << "account";
    QTest::newRow("groups") << "Work groups" << "group";
    QTest::newRow("app inside a word is not app") << "Happy" << "";
    QTest::newRow("two kinds: none") << "应用和公众号" << "";
    QTest::newRow("Sheet1") << "Sheet1" << "";
}

void TestXlsx::kindHint()
{
    QFETCH(QString, sheetName);
    QFETCH(QString, kind);
    QCOMPARE(testing::hintName(kindHintFromSheetName(sheetName)), kind);
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "test_xlsx.moc"
