#pragma once
// The apps sheet of the merged ledger of tests/data/ods (ledger.ods), which LibreOffice also wrote
// as tests/data/xlsx/merged.xlsx: both readers must hand out the same cells for its merged rows,
// so the expected rows are written once here, for TestOds::cells and TestXlsx::cells
// (columns of testing::addCellsColumns()).

#include <QList>
#include <QStringList>
#include <QtTest>

namespace slimplan::testing {

// Rows 3–6 and 8 of sheet 0 of `file`; each row name starts with `prefix`.
inline void addMergedLedgerRows(const char *file, const QString &prefix)
{
    const auto row = [&](const char *name, int number) -> QTestData & {
        return QTest::newRow(qPrintable(prefix + QString::fromUtf8(name))) << QString::fromUtf8(file) << 0
                                                                           << number;
    };
    row("top of the 主办单位 merge: date, ID as text, two paragraphs", 3)
        << QStringList{"1", "青溪政务通", "青溪县政务服务中心", "2019-06-18", "110101199001011234",
                       "12000", "12.5", "办事\n查询"}
        << QList<int>{3};
    row("merged 主办单位 filled, runs of spaces and a tab kept, 0.1", 4)
        << QStringList{"2", "青溪  打卡", "青溪县政务服务中心", "2021-01-04", "33012702000124", "800",
                       "0.1", "打卡\t签到"}
        << QList<int>{3};
    row("last row of the merge, leap day, trailing cells absent", 5)
        << QStringList{"3", "青溪便民", "青溪县政务服务中心", "2020-02-29", "33012702000125", "150",
                       "3.75"}
        << QList<int>{3};
    row("after the merge: own value, zeros", 6)
        << QStringList{"4", "河东镇便民", "河东镇人民政府", "2023-02-28", "33012702000126", "0", "0",
                       "通知"}
        << QList<int>{3};
    row("merge over two columns and rows: first column only filled", 8)
        << QStringList{"6", "青溪助残", "青溪县民政局", "", "", "77", "2.5", "助残"} << QList<int>{};
}

} // namespace slimplan::testing
