// The .xls reader on workbooks LibreOffice wrote (tests/data/xls/make_fixtures.py), good ones and
// broken ones, and on truncated and bit-flipped copies of them: refusals with messages, no crash.
#include "../common/sheetasserts.h"
#include "../common/testfiles.h"
#include "import/xlsformulas.h"
#include "import/xlsreader.h"
#include "import/xlsxreader.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;

namespace {

const testing::Reader kXls{openXlsSources, "xls"};

// The .xls fixture `stem`.xls and the .xlsx LibreOffice wrote of the same workbook
// (`stem`-source.xlsx): true when both opened without an error, else the error.
bool openSameWorkbook(const QString &stem, testing::Sources *xls, testing::Sources *xlsx, QString *error)
{
    *xls = openXlsSources(kXls.fixture(stem + QStringLiteral(".xls")), error);
    if (!error->isEmpty())
        return false;
    *xlsx = openXlsxSources(kXls.fixture(stem + QStringLiteral("-source.xlsx")), error);
    return error->isEmpty();
}

// Opens and reads a file whatever it holds; the invariant is "sources, or an error message".
bool openAndReadEverything(const QString &path, QString *why)
{
    QString error;
    const auto sources = openXlsSources(path, &error);
    if (sources.empty()) {
        *why = error;
        return !error.isEmpty();
    }
    for (const auto &s : sources) {
        const testing::Sheet sheet = testing::readAll(*s);
        for (const RawRow &r : sheet.rows) {
            if (r.row < 1 || r.row > 65536 || r.cells.size() > 256 || r.cells.size() != r.isDate.size())
                return false;
        }
    }
    return true;
}

} // namespace

class TestXls : public QObject
{
    Q_OBJECT
private slots:
    void sheets_data();
    void sheets();
    void cells_data();
    void cells();
    void rowNumbers_data();
    void rowNumbers();
    void emptySheetHasNoRows();
    void sameAsXlsx();
    void mergesFillDownAndHiddenSheetsSkipped();
    void sheetsReadInSequenceAndInterleaved();
    void progress();
    void refused_data();
    void refused();
    void absurdDimensionsRefused();
    void truncatedPrefixesNeverCrash_data();
    void truncatedPrefixesNeverCrash();
    void byteFlipsNeverCrash();
    void extraCellScan();
    void extraCellScanNeverCrashes();
    void fuzzSeedsRefused_data();
    void fuzzSeedsRefused();
};

void TestXls::sheets_data()
{
    testing::addSheetsColumns();
    QTest::newRow("chinese ledger, empty third sheet")
        << "ledger.xls" << QStringList{"应用程序", "公众账号", "空白"}
        << QStringList{"app", "account", ""};
    QTest::newRow("1904 date system") << "date1904.xls" << QStringList{"Apps"} << QStringList{"app"};
}

void TestXls::sheets()
{
    testing::checkSheets(kXls);
}

void TestXls::cells_data()
{
    testing::addCellsColumns();
    QTest::newRow("title row") << "ledger.xls" << 0 << 1 << QStringList{"2024年度应用程序台账"}
                               << QList<int>{};
    QTest::newRow("chinese header")
        << "ledger.xls" << 0 << 2
        << QStringList{"序号", "名称", "上线日期", "备案日期", "负责人身份证号", "用户数", "占比",
                       "评分", "备注", "统一编号", "启用", "更新时间", "核查时刻"}
        << QList<int>{};
    // 启用: TRUE, which FreeXL 1.0.6 leaves out, from the reader's own record scan.
    QTest::newRow("年月日 and ISO dates, ID text, 0.1, 12.5, newline, 15-digit number, datetime, time")
        << "ledger.xls" << 0 << 3
        << QStringList{"1", "掌上政务", "2023-05-01", "2023-06-15", "110101199003071234", "12000",
                       "0.1", "12.5", "第一行\n第二行", "123456789012345", "TRUE", "2024-03-09",
                       "08:15:00"}
        << QList<int>{2, 3, 11};
    QTest::newRow("leap day, X in the ID, zero, 3.3 not 3.2999…, tiny number, FALSE, trailing absent")
        << "ledger.xls" << 0 << 4
        << QStringList{"2", "城市服务", "2020-02-29", "1999-12-31", "44030519851231002X", "0",
                       "3.3", "-7.25", "", "0.00000015", "FALSE"}
        << QList<int>{2, 3};
    QTest::newRow("empty row kept") << "ledger.xls" << 0 << 5 << QStringList{} << QList<int>{};
    QTest::newRow("row starting with a gap") << "ledger.xls" << 0 << 6 << QStringList{"", "待补录"}
                                             << QList<int>{};
    QTest::newRow("formula results: number, text, date, boolean, 1/3, error, 5000 characters")
        << "ledger.xls" << 1 << 3
        << QStringList{"1", "城市发布", "2018-01-08", "56000", "112000", "城市发布（官方）",
                       "2018-01-09", "TRUE", "0.333333333333333", "", QString(5000, QChar(u'长'))}
        << QList<int>{2, 6};
    QTest::newRow("formula results after a 年月日 date")
        << "ledger.xls" << 1 << 4
        << QStringList{"2", "政务公开", "2019-11-30", "1234", "2468", "政务公开（官方）",
                       "2019-12-01", "FALSE"}
        << QList<int>{2, 6};
    QTest::newRow("1904 system: same dates, formula date in the mini stream")
        << "date1904.xls" << 0 << 2 << QStringList{"Alpha", "2023-05-01", "2023-05-02"}
        << QList<int>{1, 2};
    QTest::newRow("1904 system: early date")
        << "date1904.xls" << 0 << 3 << QStringList{"Beta", "1905-03-01", "1905-03-02"}
        << QList<int>{1, 2};
}

void TestXls::cells()
{
    testing::checkCells(kXls);
}

void TestXls::rowNumbers_data()
{
    testing::addRowNumbersColumns();
    QTest::newRow("ledger apps: title, header, rows, an empty row kept")
        << "ledger.xls" << 0 << QList<int>{1, 2, 3, 4, 5, 6};
    QTest::newRow("ledger accounts") << "ledger.xls" << 1 << QList<int>{1, 2, 3, 4};
}

void TestXls::rowNumbers()
{
    testing::checkRowNumbers(kXls);
}

void TestXls::emptySheetHasNoRows()
{
    QString error;
    const auto sources = openXlsSources(kXls.fixture(QStringLiteral("ledger.xls")), &error);
    QCOMPARE(sources.size(), std::size_t(3));
    const testing::Sheet empty = testing::readAll(*sources[2]);
    QCOMPARE(empty.rows.size(), 0);
    QCOMPARE(empty.error, QString());
    RawRow row;
    QVERIFY(!sources[2]->next(row)); // and stays at its end
}

// The ledger reads as LibreOffice's .xlsx of the same workbook, cell for cell, formula results
// included, except time-only cells (the .xlsx reader gives the day fraction, FreeXL "HH:MM:SS").
void TestXls::sameAsXlsx()
{
    testing::Sources xls;
    testing::Sources xlsx;
    QString error;
    QVERIFY2(openSameWorkbook(QStringLiteral("ledger"), &xls, &xlsx, &error), qPrintable(error));
    QCOMPARE(xls.size(), xlsx.size());
    int compared = 0;
    for (std::size_t s = 0; s < xls.size(); ++s) {
        QCOMPARE(xls[s]->sheetName(), xlsx[s]->sheetName());
        QCOMPARE(xls[s]->kindHint(), xlsx[s]->kindHint());
        const testing::Sheet a = testing::readAll(*xls[s]);
        const testing::Sheet b = testing::readAll(*xlsx[s]);
        for (const RawRow &rb : b.rows) {
            if (rb.cells.isEmpty())
                continue;
            const auto ra = std::find_if(a.rows.begin(), a.rows.end(),
                                         [&](const RawRow &r) { return r.row == rb.row; });
            QVERIFY2(ra != a.rows.end(), qPrintable(QStringLiteral("row %1").arg(rb.row)));
            for (int c = 0; c < std::max(ra->cells.size(), rb.cells.size()); ++c) {
                const QString ta = c < ra->cells.size() ? ra->cells.at(c) : QString();
                const QString tb = c < rb.cells.size() ? rb.cells.at(c) : QString();
                if (s == 0 && c == 12 && rb.row > 2)
                    continue;
                QVERIFY2(ta == tb, qPrintable(QStringLiteral("sheet %1 row %2 column %3: xls “%4”, "
                                                             "xlsx “%5”")
                                                  .arg(s).arg(rb.row).arg(c + 1).arg(ta, tb)));
                const bool da = c < ra->isDate.size() && ra->isDate.at(c);
                const bool db = c < rb.isDate.size() && rb.isDate.at(c);
                QCOMPARE(da, db);
                ++compared;
            }
        }
    }
    QVERIFY(compared > 60);
}

void TestXls::mergesFillDownAndHiddenSheetsSkipped()
{
    // LibreOffice wrote the same workbook as .xls and .xlsx: the .xlsx reader's merges and hidden
    // sheets are the reference, and the owners are checked by value too.
    testing::Sources xls;
    testing::Sources xlsx;
    QString error;
    QVERIFY2(openSameWorkbook(QStringLiteral("merged"), &xls, &xlsx, &error), qPrintable(error));
    QCOMPARE(xls.size(), std::size_t(1)); // 旧版模板 is hidden
    QCOMPARE(xlsx.size(), std::size_t(1));
    QCOMPARE(xls[0]->sheetName(), QStringLiteral("应用程序"));
    const testing::Sheet a = testing::readAll(*xls[0]);
    const testing::Sheet b = testing::readAll(*xlsx[0]);
    QCOMPARE(a.error, QString());
    QStringList owners;
    for (const RawRow &r : a.rows) {
        if (r.row >= 3)
            owners << r.cells.value(2);
    }
    const QString edu = QStringLiteral("青溪县教育局");
    const QString health = QStringLiteral("青溪县卫生健康局");
    QCOMPARE(owners, (QStringList{edu, edu, edu, health, health}));
    // The title merged across the sheet stays in its first cell only.
    QCOMPARE(a.rows.value(0).cells.value(0), QStringLiteral("应用程序台账"));
    QCOMPARE(a.rows.value(0).cells.value(1), QString());
    QCOMPARE(a.rows.size(), b.rows.size());
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        QCOMPARE(a.rows[i].row, b.rows[i].row);
        QStringList ca = a.rows[i].cells, cb = b.rows[i].cells;
        while (!ca.isEmpty() && ca.last().isEmpty())
            ca.removeLast();
        while (!cb.isEmpty() && cb.last().isEmpty())
            cb.removeLast();
        QCOMPARE(ca, cb);
    }
}

void TestXls::sheetsReadInSequenceAndInterleaved()
{
    QString error;
    auto sources = openXlsSources(kXls.fixture(QStringLiteral("ledger.xls")), &error);
    QCOMPARE(sources.size(), std::size_t(3));
    const testing::Sheet first = testing::readAll(*sources[0]);
    const testing::Sheet second = testing::readAll(*sources[1]);
    QCOMPARE(first.rows.size(), 6);
    QCOMPARE(second.rows.size(), 4);
    QCOMPARE(second.rows.at(2).cells.at(1), QStringLiteral("城市发布"));

    // Row by row in turn: each source keeps its own sheet though they share one FreeXL handle.
    auto again = openXlsSources(kXls.fixture(QStringLiteral("ledger.xls")), &error);
    QCOMPARE(again.size(), std::size_t(3));
    QList<RawRow> a;
    QList<RawRow> b;
    RawRow row;
    bool moreA = true;
    bool moreB = true;
    for (int guard = 0; guard < 100 && (moreA || moreB); ++guard) {
        if (moreA && (moreA = again[0]->next(row)))
            a.append(row);
        if (moreB && (moreB = again[1]->next(row)))
            b.append(row);
    }
    QCOMPARE(a.size(), first.rows.size());
    QCOMPARE(b.size(), second.rows.size());
    for (int i = 0; i < a.size(); ++i)
        QCOMPARE(a.at(i).cells, first.rows.at(i).cells);
    for (int i = 0; i < b.size(); ++i)
        QCOMPARE(b.at(i).cells, second.rows.at(i).cells);

    // The handle outlives the first sources released.
    auto last = std::move(again[1]);
    again.clear();
    QVERIFY(!last->next(row));
    QCOMPARE(last->errorString(), QString());
}

void TestXls::progress()
{
    QString error;
    const auto sources = openXlsSources(kXls.fixture(QStringLiteral("ledger.xls")), &error);
    QCOMPARE(sources.size(), std::size_t(3));
    const qint64 total = sources[0]->bytesTotal();
    QVERIFY(total > 0);
    QCOMPARE(sources[0]->bytesRead(), 0);
    testing::readAll(*sources[0]);
    QCOMPARE(sources[0]->bytesRead(), total);
    qint64 sum = 0;
    for (const auto &s : sources)
        sum += s->bytesTotal();
    QVERIFY(sum <= QFileInfo(kXls.fixture(QStringLiteral("ledger.xls"))).size());
}

void TestXls::refused_data()
{
    QTest::addColumn<QString>("source"); // a fixture path
    QTest::addColumn<QString>("copyAs"); // empty: read in place; else copied to this name first
    QTest::addColumn<QString>("message");
    QTest::newRow("password to open (FILEPASS)") << kXls.fixture("encrypted.xls") << QString()
                                                 << "protected with a password";
    QTest::newRow("word document renamed .xls")
        << kXls.fixture("worddoc.xls") << QString() << "This is a Word document, not an Excel workbook";
    QTest::newRow("WPS .et that FreeXL cannot read")
        << kXls.fixture("worddoc.xls") << "台账.et" << "This is a WPS Spreadsheets file";
    QTest::newRow("Excel 2.1 worksheet") << kXls.fixture("biff2.xls") << QString() << "too old to read";
    QTest::newRow("text renamed .xls") << kXls.fixture("notole.xls") << QString()
                                       << "This is not an Excel workbook";
    QTest::newRow("xlsx renamed .xls") << QStringLiteral(SLIMPLAN_TEST_DATA "/xlsx/ledger.xlsx")
                                       << "ledger.xls" << "rename it to .xlsx";
    QTest::newRow("truncated half way") << kXls.fixture("truncated.xls") << QString()
                                        << "damaged or incomplete";
    QTest::newRow("empty file") << QString() << "empty.xls" << "This is not an Excel workbook";
    QTest::newRow("a file FreeXL itself crashes on")
        << QStringLiteral(SLIMPLAN_TEST_DATA "/fuzz-regressions/xls/freexl-overread-1.xls")
        << QString() << "damaged and cannot be read";
    QTest::newRow("missing file") << kXls.fixture("nosuchfile.xls") << QString() << "Cannot open the file";
}

void TestXls::refused()
{
    QFETCH(QString, source);
    QFETCH(QString, copyAs);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = source;
    if (!copyAs.isEmpty()) {
        path = dir.filePath(copyAs);
        QVERIFY(testing::writeFile(path, source.isEmpty() ? QByteArray() : testing::readFile(source)));
    }
    QString error;
    const auto sources = openXlsSources(path, &error);
    QVERIFY(sources.empty());
    QVERIFY2(error.contains(message), qPrintable(error));
}

// A DIMENSIONS record claiming a million rows: FreeXL would allocate for all of them.
void TestXls::absurdDimensionsRefused()
{
    QByteArray bytes = testing::readFile(kXls.fixture(QStringLiteral("ledger.xls")));
    // DIMENSIONS (0x0200, 14 bytes) of the first sheet: first row, last row + 1, columns.
    const QByteArray header("\x00\x02\x0E\x00\x00\x00\x00\x00\x06\x00\x00\x00", 12);
    const qsizetype at = bytes.indexOf(header);
    QVERIFY(at > 0);
    const quint32 rows = 1000000;
    for (int i = 0; i < 4; ++i)
        bytes[at + 8 + i] = char((rows >> (8 * i)) & 0xFF);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.xls"));
    QVERIFY(testing::writeFile(path, bytes));
    QString error;
    const auto sources = openXlsSources(path, &error);
    QVERIFY(sources.empty());
    QVERIFY2(!error.isEmpty(), "refused without a message");
}

void TestXls::truncatedPrefixesNeverCrash_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ledger") << "ledger.xls";
    QTest::newRow("1904") << "date1904.xls";
}

void TestXls::truncatedPrefixesNeverCrash()
{
    QFETCH(QString, file);
    const QByteArray bytes = testing::readFile(kXls.fixture(file));
    QVERIFY(bytes.size() > 2048);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prefix.xls"));
    int refused = 0;
    for (qsizetype n = 0; n < bytes.size(); n += 512) {
        QVERIFY(testing::writeFile(path, bytes.left(n)));
        QString why;
        QVERIFY2(openAndReadEverything(path, &why), qPrintable(QStringLiteral("prefix %1").arg(n)));
        refused += why.isEmpty() ? 0 : 1;
    }
    // Only the last sector may be missing unnoticed (LibreOffice pads the file with a free one).
    const int prefixes = int((bytes.size() + 511) / 512);
    QVERIFY2(refused >= prefixes - 1, qPrintable(QStringLiteral("%1 of %2").arg(refused).arg(prefixes)));
}

void TestXls::byteFlipsNeverCrash()
{
    const QByteArray good = testing::readFile(kXls.fixture(QStringLiteral("ledger.xls")));
    QVERIFY(!good.isEmpty());
    QRandomGenerator rng(20240601); // fixed seed: a failure reproduces
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flipped.xls"));
    int opened = 0;
    int refused = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes = good;
        const int flips = 1 + int(rng.bounded(8));
        for (int i = 0; i < flips; ++i) {
            // Most rounds hit the workbook stream past the OLE header, where the cells are.
            const qsizetype at = round % 4 == 0 ? rng.bounded(int(bytes.size()))
                                                : 512 + rng.bounded(int(bytes.size()) - 512);
            bytes[at] = char(rng.bounded(256));
        }
        QVERIFY(testing::writeFile(path, bytes));
        QString why;
        QVERIFY2(openAndReadEverything(path, &why), qPrintable(QStringLiteral("round %1").arg(round)));
        ++(why.isEmpty() ? opened : refused);
    }
    qDebug("byte flips: %d opened, %d refused", opened, refused);
    QVERIFY(opened > 0);
}

// The record scan that adds what FreeXL leaves out, on its own.
void TestXls::extraCellScan()
{
    const QByteArray path = QFile::encodeName(kXls.fixture(QStringLiteral("ledger.xls")));
    const std::vector<xls::ExtraCell> cells = xls::scanExtraCells(path.constData());
    // Sheet 1: K3, K4 booleans. Sheet 2: E–H of rows 3 and 4, I3 and K3 (J3 is an error).
    QCOMPARE(cells.size(), std::size_t(12));
    QCOMPARE(cells.front().sheet, 0);
    QCOMPARE(cells.front().row, 2);
    QCOMPARE(cells.front().column, 10);
    QVERIFY(cells.front().kind == xls::ExtraCell::Kind::Boolean);
    const auto k3 = std::find_if(cells.begin(), cells.end(), [](const xls::ExtraCell &c) {
        return c.sheet == 1 && c.row == 2 && c.column == 10;
    });
    QVERIFY(k3 != cells.end());
    QVERIFY(k3->kind == xls::ExtraCell::Kind::Text);
    QCOMPARE(k3->text.size(), std::size_t(5000 * 3)); // 长 is 3 bytes of UTF-8, over a CONTINUE
    QVERIFY(xls::scanExtraCells("/nonexistent/file.xls").empty());
}

// The scan runs in the reader's child process, but is our code: it must hold on broken input
// in this process too, where a crash would show.
void TestXls::extraCellScanNeverCrashes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.xls"));
    const QByteArray native = QFile::encodeName(path);
    QRandomGenerator rng(77);
    int found = 0;
    for (const QString &name : {QStringLiteral("ledger.xls"), QStringLiteral("date1904.xls")}) {
        const QByteArray good = testing::readFile(kXls.fixture(name));
        for (qsizetype n = 0; n < good.size(); n += 512) {
            QVERIFY(testing::writeFile(path, good.left(n)));
            QVERIFY(xls::scanExtraCells(native.constData()).size() < 100);
        }
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = good;
            for (int i = 0, flips = 1 + int(rng.bounded(8)); i < flips; ++i)
                bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
            QVERIFY(testing::writeFile(path, bytes));
            const std::vector<xls::ExtraCell> cells = xls::scanExtraCells(native.constData());
            found += cells.empty() ? 0 : 1;
            for (std::size_t i = 1; i < cells.size(); ++i)
                QVERIFY(std::tie(cells[i - 1].sheet, cells[i - 1].row, cells[i - 1].column)
                        <= std::tie(cells[i].sheet, cells[i].row, cells[i].column));
        }
    }
    QVERIFY(found > 0);
}

// The .xls seeds of the fuzz regression suite, straight through the reader (the suite itself goes
// through importFiles(), which may not route .xls here yet): all are broken, all are refused.
void TestXls::fuzzSeedsRefused_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(SLIMPLAN_TEST_DATA "/fuzz-regressions/xls"));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestXls::fuzzSeedsRefused()
{
    QFETCH(QString, file);
    QString error;
    const auto sources = openXlsSources(file, &error);
    QVERIFY(sources.empty());
    QVERIFY2(error.size() > 20, qPrintable(error));
}

QTEST_GUILESS_MAIN(TestXls)
#include "test_xls.moc"
