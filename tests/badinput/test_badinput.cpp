// The bad-input corpus (tests/data/bad, written by make_bad.py there): for every broken file the
// exact outcome — refused or not, rows imported, error and warning counts, and the first line the
// CLI would print. Nothing here may crash, hang or import garbage.

#include "import/importer.h"

#include <QDir>
#include <QTest>

using namespace slimplan;

namespace {
const QString kDir = QStringLiteral(SLIMPLAN_TEST_DATA "/bad");

ImportResult importBad(const QString &file)
{
    const QString old = QDir::currentPath();
    QDir::setCurrent(kDir);
    ImportResult r = importFiles({file}, {}, nullptr);
    QDir::setCurrent(old);
    return r;
}
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
    void everyFileIsListed();
    void gbkTrailBytesAreNoSeparators();
    void utf16UnicodeText();
};

namespace {
struct Expected
{
    QString file;
    bool refused;
    int imported;
    int errors;
    int warnings;
    QString firstLine;
};

// The expected outcome of every file of the corpus.
const std::vector<Expected> &expectations()
{
    static const std::vector<Expected> table = [] {
        std::vector<Expected> t;
        const QString saveAs = QStringLiteral("save it as .xlsx or .csv (UTF-8) and import again");
        auto row = [&t](const char *file, bool refused, int imported, int errors, int warnings,
                        const QString &first) {
            t.push_back({QString::fromUtf8(file), refused, imported, errors, warnings, first});
        };
    auto S = [](const char *s) { return QString::fromUtf8(s); };
    row("empty.csv", true, 0, 1, 0, S("empty.csv:::: The file is empty; file not imported"));
    row("only_header.csv", true, 0, 1, 0, S("only_header.csv:::: The file has no data rows; file not imported"));
    row("only_title.csv", true, 0, 1, 0,
        S("only_title.csv:::: No header row in the first 20 rows: the header needs a name column (名称, "
          "应用名称, …) and at least one other known column; file not imported"));
    row("binary_garbage.csv", true, 0, 1, 0,
        S("binary_garbage.csv:::: This is not a text file (it holds binary data); save the ledger as .xlsx "
          "or .csv (UTF-8) and import again"));
    // .xls and .ods are read now: these two are damaged, and say so.
    row("old_excel.xls", true, 0, 1, 0,
        S("old_excel.xls:::: The workbook is damaged or incomplete (perhaps not copied or saved completely); "
          "open it in Excel, WPS or LibreOffice, save it as .xlsx and import again"));
    row("spreadsheet.ods", true, 0, 1, 0,
        S("spreadsheet.ods:::: the .ods file is damaged or truncated (its zip directory cannot be read)"));
    row("keynote.numbers", true, 0, 1, 0, S("keynote.numbers:::: The .numbers format cannot be read; ") + saveAs);
    row("ledger.dat", true, 0, 1, 0, S("ledger.dat:::: Unsupported file type .dat; ") + saveAs);
    row("workbook_named.csv", true, 0, 1, 0,
        S("workbook_named.csv:::: This is an Excel workbook, not a text file, despite its name; rename it "
          "to .xlsx, or ") + saveAs);
    row("text_named.xlsx", true, 0, 1, 0,
        S("text_named.xlsx:::: This is not an .xlsx workbook despite its name; ") + saveAs);
    row("lying_bom.csv", false, 2, 0, 1,
        S("lying_bom.csv:::: The file starts with a UTF-8 byte-order mark but is not UTF-8; read as GB18030"));
    row("missing_name_column.csv", true, 0, 1, 0,
        S("missing_name_column.csv:::: No header row in the first 20 rows: the header needs a name column "
          "(名称, 应用名称, …) and at least one other known column; file not imported"));
    row("missing_kind_column.csv", true, 0, 1, 0,
        S("missing_kind_column.csv:::: Required column “kind” is missing (accepted headers: 类型, 类别, "
          "对象类型, kind, type), and neither the sheet nor the file name says the kind; file not imported"));
    row("unreadable_dates.csv", false, 2, 0, 3,
        S("unreadable_dates.csv::2:最后更新: Unreadable date “2025-13-01” (write it as 2025-03-01); left unknown"));
    row("negative_numbers.csv", false, 1, 0, 4,
        S("negative_numbers.csv::2:用户数: Negative count -100 is out of range; left unknown"));
    row("huge_cell.csv", false, 2, 0, 1,
        S("huge_cell.csv::3:用户数: Unreadable number “") + QString(60, QLatin1Char('9')) + S("…”; left unknown"));
    row("unterminated_quote.csv", true, 0, 1, 0,
        S("unterminated_quote.csv:::: Line 3: a quote opened here is never closed"));
    row("nul_bytes.csv", false, 3, 0, 1, S("nul_bytes.csv::3:备注: NUL characters removed from the cell"));
    row("mixed_separators.csv", false, 2, 2, 0,
        S("mixed_separators.csv::3:主办单位: The owner is missing; row not imported"));
    row("all_rows_bad.csv", true, 0, 3, 0,
        S("all_rows_bad.csv:::: No row of the file could be imported; file not imported"));
    row("duplicate_ids.csv", false, 2, 1, 0,
        S("duplicate_ids.csv::3:编号: Duplicate id “X1” (first used at duplicate_ids.csv::2); row not imported"));
    row("rows_below_total.csv", false, 1, 0, 1,
        S("rows_below_total.csv::3:: 1 row(s) below the total row were not imported"));
    row("too_many_cells.csv", true, 0, 1, 0, S("too_many_cells.csv:::: Line 2: more than 16384 cells in one row"));
    row("bad_region_codes.csv", false, 3, 0, 2,
        S("bad_region_codes.csv::2:行政区划代码: Region code “12345” is not a 6-, 9- or 12-digit division "
          "code; kept as written"));
    row("unknown_flags.csv", false, 1, 0, 2, S("unknown_flags.csv::2:功能标记: Unknown flag “飞行模式” ignored"));
    row("公众号_unknown_kind.csv", false, 1, 0, 1,
        S("公众号_unknown_kind.csv::2:类型: Unknown kind “网站”; taken as account from the sheet name"));
    row("gbk_pipes.txt", false, 1, 0, 0, QString());
    row("utf16_unicode_text.txt", false, 1, 0, 0, QString());
    row("object_not_array.json", true, 0, 1, 0,
        S("object_not_array.json:::: The JSON file holds an object; expected an array of objects "
          "([{\"name\": …, \"kind\": …, \"owner\": …}, …])"));
    row("truncated.json", true, 0, 1, 0, S("truncated.json:::: Not valid JSON (unterminated string at byte 61)"));
    row("deeply_nested.json", true, 0, 1, 0,
        S("deeply_nested.json:::: Not valid JSON (too deeply nested document at byte 1025)"));
    row("empty_array.json", true, 0, 1, 0, S("empty_array.json:::: The file is empty; file not imported"));
    row("empty.json", true, 0, 1, 0, S("empty.json:::: The file is empty"));
    row("elements_not_objects.json", false, 1, 2, 0,
        S("elements_not_objects.json::1:: Element [0] is not an object; skipped"));
    row("wrong_types.json", false, 1, 1, 4,
        S("wrong_types.json::1:functions: Nested arrays or objects in a list were ignored"));
        return t;
    }();
    return table;
}
} // namespace

void TestBadInput::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("firstLine");
    for (const Expected &e : expectations()) {
        QTest::newRow(e.file.toUtf8().constData())
            << e.file << e.refused << e.imported << e.errors << e.warnings << e.firstLine;
    }
}

void TestBadInput::corpus()
{
    QFETCH(QString, file);
    QFETCH(bool, refused);
    QFETCH(int, imported);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(QString, firstLine);
    const ImportResult r = importBad(file);
    QVERIFY(!r.canceled);
    QCOMPARE(r.report.filesRefused, refused ? 1 : 0);
    QCOMPARE(r.inventory.size(), imported);
    QCOMPARE(r.report.rowsImported, imported);
    QCOMPARE(r.report.errorCount(), errors);
    QCOMPARE(r.report.warningCount(), warnings);
    QCOMPARE(r.report.issues.empty() ? QString() : r.report.issues.front().toLine(), firstLine);
    // A refused file leaves nothing behind, and its refusal is an error on row 0.
    if (refused) {
        QVERIFY(r.inventory.isEmpty());
        QCOMPARE(r.report.issues.front().row, 0);
        QVERIFY(r.report.issues.front().isError());
    }
}

void TestBadInput::everyFileIsListed()
{
    // The corpus and the table stay in step: a new bad file needs its expected outcome.
    QStringList files = QDir(kDir).entryList(QDir::Files, QDir::Name);
    files.removeIf([](const QString &f) { return f.endsWith(QLatin1String(".py")); });
    QStringList listed;
    for (const Expected &e : expectations())
        listed << e.file;
    listed.sort();
    files.sort();
    QCOMPARE(files, listed);
    QVERIFY2(files.size() >= 25, "the corpus needs at least 25 files");
}

void TestBadInput::gbkTrailBytesAreNoSeparators()
{
    // GBK characters whose second byte is 0x7C ('|') stay whole: the text is decoded before splitting.
    const ImportResult r = importBad(QStringLiteral("gbk_pipes.txt"));
    QCOMPARE(r.inventory.size(), 1);
    const Item &it = r.inventory.at(0);
    QVERIFY(it.name.endsWith(QStringLiteral("应用")));
    QCOMPARE(it.name.size(), qsizetype(6));
    for (QChar c : it.name)
        QVERIFY(c.unicode() >= 0x4E00 && c.unicode() <= 0x9FA5);
    QCOMPARE(it.owner, QStringLiteral("青溪县教育局"));
}

void TestBadInput::utf16UnicodeText()
{
    // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated.
    const ImportResult r = importBad(QStringLiteral("utf16_unicode_text.txt"));
    QCOMPARE(r.inventory.size(), 1);
    QCOMPARE(r.inventory.at(0).name, QStringLiteral("应用一"));
    QCOMPARE(r.inventory.at(0).owner, QStringLiteral("青溪县教育局"));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_badinput.moc"
