// The .ods reader on spreadsheets written by LibreOffice itself (an openpyxl workbook converted by
// soffice) and on raw content.xml zipped by Python for what LibreOffice cannot be made to write
// and for hostile files: tests/data/ods/make_ods_fixtures.py.
#include "../common/mergedledger.h"
#include "../common/sheetasserts.h"
#include "import/mergefill.h"
#include "import/odsreader.h"

#include <QtTest>

using namespace slimplan;

namespace {

const testing::Reader kOds{openOdsSources, "ods"};

const QString kAppsTitle = QStringLiteral("青溪县政务移动互联网应用程序台账");

} // namespace

class TestOds : public QObject
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
    void emptyRepeatsCostNothing();
    void sheetsReadInterleaved();
    void progressCountsBytes();
    void mergeFill_data();
    void mergeFill();
};

void TestOds::sheets_data()
{
    testing::addSheetsColumns();
    QTest::newRow("LibreOffice ledger, hidden list table left out")
        << "ledger.ods" << QStringList{"应用程序", "公众账号"} << QStringList{"app", "account"};
    QTest::newRow("raw: escaped name, hidden table, empty last table")
        << "cells.ods" << QStringList{"Apps & 小程序", "工作群组"} << QStringList{"app", "group"};
    QTest::newRow("raw: other namespace prefixes")
        << "prefixes.ods" << QStringList{"Apps & 小程序", "工作群组"} << QStringList{"app", "group"};
}

void TestOds::sheets()
{
    testing::checkSheets(kOds);
}

void TestOds::cells_data()
{
    testing::addCellsColumns();
    QTest::newRow("title merged over the header: not spread")
        << "ledger.ods" << 0 << 1 << QStringList{kAppsTitle} << QList<int>{};
    QTest::newRow("header")
        << "ledger.ods" << 0 << 2
        << QStringList{"序号", "应用名称", "主办单位", "上线时间", "备案编号", "用户数", "年运维费用",
                       "主要功能"}
        << QList<int>{};
    testing::addMergedLedgerRows("ledger.ods", QString());
    QTest::newRow("merge over two columns and rows: top, 13 digits, 1e-7")
        << "ledger.ods" << 0 << 7
        << QStringList{"5", "青溪养老", "青溪县民政局", "", "", "1234567890123", "0.0000001", "养老"}
        << QList<int>{};
    QTest::newRow("合计 with its formula's value")
        << "ledger.ods" << 0 << 10 << QStringList{"合计", "", "", "", "", "1234567903150"}
        << QList<int>{};
    QTest::newRow("one row repeated three times: the second")
        << "ledger.ods" << 0 << 13 << QStringList{"注：同上"} << QList<int>{};
    QTest::newRow("accounts: percentage as its value, booleans typed in Excel are 1")
        << "ledger.ods" << 1 << 3
        << QStringList{"1", "青溪发布", "微信公众号", "青溪县委宣传部", "1", "0.15"} << QList<int>{};
    QTest::newRow("accounts: merged 平台 filled")
        << "ledger.ods" << 1 << 5
        << QStringList{"3", "青溪文旅", "微信公众号", "青溪县文化和旅游局", "1", "0.5"}
        << QList<int>{};
    QTest::newRow("accounts: below the merge")
        << "ledger.ods" << 1 << 6
        << QStringList{"4", "青溪融媒", "抖音号", "青溪县融媒体中心", "0", "0.25"} << QList<int>{};
    QTest::newRow("header rows element") << "cells.ods" << 0 << 1 << QStringList{"名称", "值"}
                                         << QList<int>{};
    QTest::newRow("boolean cells") << "cells.ods" << 0 << 2 << QStringList{"布尔", "TRUE", "FALSE"}
                                   << QList<int>{};
    QTest::newRow("white space, line break, empty paragraph, span, link; no comment or footnote")
        << "cells.ods" << 0 << 3
        << QStringList{"前导 空白   三个空格 ", "第一行\n第二行\n\n第三行", "链接文字"} << QList<int>{};
    QTest::newRow("in a row group: time as shown, error empty, currency value, date-time")
        << "cells.ods" << 0 << 4 << QStringList{"12:30", "", "1234.5", "2024-05-06"}
        << QList<int>{3};
    QTest::newRow("string-value wins over the paragraph")
        << "cells.ods" << 0 << 5 << QStringList{"合并", "公式结果"} << QList<int>{};
    QTest::newRow("merge into repeated empty rows")
        << "cells.ods" << 0 << 8 << QStringList{"合并"} << QList<int>{};
    QTest::newRow("other prefixes read alike")
        << "prefixes.ods" << 0 << 3
        << QStringList{"前导 空白   三个空格 ", "第一行\n第二行\n\n第三行", "链接文字"} << QList<int>{};
}

void TestOds::cells()
{
    testing::checkCells(kOds);
}

void TestOds::rowNumbers_data()
{
    testing::addRowNumbersColumns();
    QTest::newRow("apps: blank rows and the million after the last are not handed out")
        << "ledger.ods" << 0 << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13, 14};
    QTest::newRow("accounts") << "ledger.ods" << 1 << QList<int>{1, 2, 3, 4, 5, 6};
    QTest::newRow("merged value fills repeated blank rows it covers, no more")
        << "cells.ods" << 0 << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 11};
    QTest::newRow("an empty table") << "cells.ods" << 1 << QList<int>{};
}

void TestOds::rowNumbers()
{
    testing::checkRowNumbers(kOds);
}

void TestOds::refusedOnOpen_data()
{
    testing::addRefusedColumns();
    QTest::newRow("not a zip")
        << "notzip.ods" << "this is not an .ods spreadsheet (the file is not a zip archive)";
    QTest::newRow("truncated")
        << "truncated.ods" << "the .ods file is damaged or truncated (its zip directory cannot be read)";
    QTest::newRow("an .odt text document")
        << "document.ods"
        << "this is a text document (.odt), not a spreadsheet: put its table into a spreadsheet, "
           "save that as .ods or .xlsx and import it";
    QTest::newRow("mimetype of a text document, no manifest")
        << "wrongmime.ods"
        << "this is a text document (.odt), not a spreadsheet: put its table into a spreadsheet, "
           "save that as .ods or .xlsx and import it";
    QTest::newRow("billion laughs DTD in content.xml")
        << "dtd.ods"
        << "content.xml contains a document type declaration (<!DOCTYPE>), which workbooks never "
           "need: refused so that no entity is expanded";
    QTest::newRow("password-protected")
        << "encrypted.ods"
        << "the spreadsheet is protected by a password: open it in LibreOffice, save it without the "
           "password and import it again";
    QTest::newRow("no content.xml")
        << "nocontent.ods" << "the file has no content.xml: it is not an .ods spreadsheet, or it is damaged";
    QTest::newRow("old .xls renamed")
        << "../xlsx/oldxls.xlsx" << "this is an old .xls or an encrypted workbook, not an .ods spreadsheet";
    QTest::newRow("50 MB at 1000:1")
        << "ratiobomb.ods"
        << "content.xml is compressed more than 200:1: refused as a possible decompression bomb";
    QTest::newRow("1,001 tables") << "manytables.ods" << "the spreadsheet has more than 1000 tables: refused";
    QTest::newRow("missing file") << "nosuchfile.ods" << "cannot open the file: No such file or directory";
}

void TestOds::refusedOnOpen()
{
    testing::checkRefusedOnOpen(kOds);
}

void TestOds::refusedWhileReading_data()
{
    testing::addRefusedWhileReadingColumns();
    QTest::newRow("a cell repeated 100,000 times")
        << "widebomb.ods" << 1
        << "table “宽”: cell A2 is repeated 100000 times, past the last column (16384) a spreadsheet "
           "can have: refused";
    QTest::newRow("content.xml cut off in a row")
        << "cutoff.ods" << 1
        << "content.xml is not well-formed XML in the table “表”: Premature end of document.";
    QTest::newRow("a row repeated 1,000,000 times, twice")
        << "rowbomb.ods" << 1000001
        << "table “长”: row 1000002 is repeated 1000000 times, past the last row (1048576) a "
           "spreadsheet can have: refused";
}

void TestOds::refusedWhileReading()
{
    testing::checkRefusedWhileReading(kOds);
}

void TestOds::emptyRepeatsCostNothing()
{
    // Two billion empty rows of two billion empty cells, then LibreOffice's usual tail.
    QString error;
    auto sources = openOdsSources(kOds.fixture(QStringLiteral("emptyrepeats.ods")), &error);
    QCOMPARE(sources.size(), std::size_t(1));
    QElapsedTimer timer;
    timer.start();
    const testing::Sheet read = testing::readAll(*sources.front());
    QCOMPARE(read.error, QString());
    QCOMPARE(read.rows.size(), 1);
    QCOMPARE(read.rows.at(0).cells, QStringList{"序号"});
    QVERIFY(timer.elapsed() < 1000);
}

void TestOds::sheetsReadInterleaved()
{
    RawRow a;
    RawRow b;
    testing::readInTurns(kOds, QStringLiteral("ledger.ods"), {2, 0, 1, 4}, &a, &b);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.row, 4);
    QCOMPARE(a.cells.at(2), QStringLiteral("青溪县政务服务中心"));
    QCOMPARE(b.row, 4);
    QCOMPARE(b.cells.at(1), QStringLiteral("青溪交警"));
    QCOMPARE(b.cells.at(2), QStringLiteral("微信公众号"));
}

void TestOds::progressCountsBytes()
{
    testing::checkProgressCountsBytes(kOds, QStringLiteral("ledger.ods"), 1);
}

void TestOds::mergeFill_data()
{
    // Rows 1–6 with their column A text ("" = empty) and column B text "b<row>"; merges given as
    // (firstRow, lastRow, column); the result is column A of each row after filling.
    QTest::addColumn<QList<QList<int>>>("merges");
    QTest::addColumn<QStringList>("columnA");
    QTest::addColumn<QStringList>("filled");
    const QStringList a{"甲", "", "", "乙", "", ""};
    QTest::newRow("one merge") << QList<QList<int>>{{1, 3, 0}} << a
                               << QStringList{"甲", "甲", "甲", "乙", "", ""};
    QTest::newRow("two merges given out of order")
        << QList<QList<int>>{{4, 6, 0}, {1, 2, 0}} << a << QStringList{"甲", "甲", "", "乙", "乙", "乙"};
    QTest::newRow("a later merge in the column ends the earlier one")
        << QList<QList<int>>{{1, 6, 0}, {4, 5, 0}} << a << QStringList{"甲", "甲", "甲", "乙", "乙", ""};
    QTest::newRow("empty top cell fills nothing")
        << QList<QList<int>>{{2, 3, 0}} << a << QStringList{"甲", "", "", "乙", "", ""};
    QTest::newRow("one row high is no merge")
        << QList<QList<int>>{{1, 1, 0}} << a << QStringList{"甲", "", "", "乙", "", ""};
    QTest::newRow("merge in column B leaves column A")
        << QList<QList<int>>{{1, 6, 1}} << a << QStringList{"甲", "", "", "乙", "", ""};
}

void TestOds::mergeFill()
{
    QFETCH(QList<QList<int>>, merges);
    QFETCH(QStringList, columnA);
    QFETCH(QStringList, filled);
    MergeFill fill;
    for (const QList<int> &m : merges)
        fill.add({m.at(0), m.at(1), m.at(2)});
    QStringList got;
    for (int r = 1; r <= columnA.size(); ++r) {
        RawRow row;
        row.row = r;
        row.cells = QStringList{columnA.at(r - 1), QStringLiteral("b%1").arg(r)};
        row.isDate = QList<bool>{r == 1, false};
        fill.apply(row);
        got << row.cells.at(0);
        const bool isMergeColumnB = merges.size() == 1 && merges.front().at(2) == 1;
        QCOMPARE(row.cells.at(1), isMergeColumnB ? QStringLiteral("b1") : QStringLiteral("b%1").arg(r));
        // Only row 1's 甲 is a date: the flag travels with the value.
        QCOMPARE(row.isDate.at(0), row.cells.at(0) == u"甲");
    }
    QCOMPARE(got, filled);
}

QTEST_GUILESS_MAIN(TestOds)
#include "test_ods.moc"
