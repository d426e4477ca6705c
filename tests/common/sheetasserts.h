#pragma once
// What the spreadsheet reader suites (ods, xls, xlsx) check alike: the sheets a workbook offers,
// the cells and row numbers of a row, refusals on open, the progress in bytes. Each check reads its
// _data() row with QFETCH and is given the reader's open function and fixture folder, so that one
// rule of the TableSource contract is written once for all readers.

#include "import/tablesource.h"
#include "model/types.h"

#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace slimplan::testing {

using Sources = std::vector<std::unique_ptr<TableSource>>;
using OpenSheets = Sources (*)(const QString &path, QString *error);

// A reader and the folder under tests/data holding its fixtures.
struct Reader
{
    OpenSheets open;
    const char *folder;

    QString fixture(const QString &name) const
    {
        return QStringLiteral(SLIMPLAN_TEST_DATA "/") + QLatin1String(folder) + u'/' + name;
    }
};

struct Sheet
{
    QList<RawRow> rows;
    QString error;
};

// Bounded by the last row a spreadsheet can have, so that a reader that never ends fails the test
// instead of hanging it.
inline Sheet readAll(TableSource &source, int maxRows = 1048577)
{
    Sheet sheet;
    RawRow row;
    for (int guard = 0; guard < maxRows && source.next(row); ++guard)
        sheet.rows.append(row);
    sheet.error = source.errorString();
    return sheet;
}

inline QString hintName(std::optional<Kind> kind)
{
    return kind ? kindName(*kind) : QString();
}

inline QList<int> rowNumbers(const QList<RawRow> &rows)
{
    QList<int> numbers;
    for (const RawRow &r : rows)
        numbers << r.row;
    return numbers;
}

// Columns: file, names (sheet names in order), hints (kind hint names, "" for none).
inline void addSheetsColumns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("hints");
}

// Every sheet comes from the file as a spreadsheet whose header is found, not assumed in row 1.
inline void checkSheets(const Reader &reader)
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    QFETCH(QStringList, hints);
    QString error;
    const Sources sources = reader.open(reader.fixture(file), &error);
    QCOMPARE(error, QString());
    QStringList gotNames;
    QStringList gotHints;
    for (const auto &s : sources) {
        gotNames << s->sheetName();
        gotHints << hintName(s->kindHint());
        QCOMPARE(s->fileName(), reader.fixture(file));
        QVERIFY(s->fromSpreadsheet());
        QVERIFY(!s->headerIsFirstRow());
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotHints, hints);
}

// Columns: file, sheet (0-based), row (RawRow::row), cells, dateColumns (0-based).
inline void addCellsColumns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sheet");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QList<int>>("dateColumns");
}

// The row reads as the given cells, dates flagged in the given columns, without problems.
inline void checkCells(const Reader &reader)
{
    QFETCH(QString, file);
    QFETCH(int, sheet);
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    QFETCH(QList<int>, dateColumns);
    QString error;
    const Sources sources = reader.open(reader.fixture(file), &error);
    QCOMPARE(error, QString());
    QVERIFY(sheet < int(sources.size()));
    const Sheet read = readAll(*sources[std::size_t(sheet)]);
    QCOMPARE(read.error, QString());
    const auto it = std::find_if(read.rows.cbegin(), read.rows.cend(),
                                 [&](const RawRow &r) { return r.row == row; });
    QVERIFY2(it != read.rows.cend(), qPrintable(QStringLiteral("no row %1").arg(row)));
    QCOMPARE(it->cells, cells);
    QCOMPARE(it->isDate.size(), it->cells.size());
    QList<int> dates;
    for (int i = 0; i < it->isDate.size(); ++i) {
        if (it->isDate.at(i))
            dates << i;
    }
    QCOMPARE(dates, dateColumns);
    QVERIFY(it->problems.isEmpty());
}

// Columns: file, sheet (0-based), rows (the RawRow::row numbers handed out, in order).
inline void addRowNumbersColumns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sheet");
    QTest::addColumn<QList<int>>("rows");
}

inline void checkRowNumbers(const Reader &reader)
{
    QFETCH(QString, file);
    QFETCH(int, sheet);
    QFETCH(QList<int>, rows);
    QString error;
    const Sources sources = reader.open(reader.fixture(file), &error);
    QVERIFY2(sheet < int(sources.size()), qPrintable(error));
    const Sheet read = readAll(*sources[std::size_t(sheet)]);
    QCOMPARE(read.error, QString());
    QCOMPARE(rowNumbers(read.rows), rows);
}

// Columns: file, message (the whole error text).
inline void addRefusedColumns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
}

// The file gives no sources and exactly the message.
inline void checkRefusedOnOpen(const Reader &reader)
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QString error;
    const Sources sources = reader.open(reader.fixture(file), &error);
    QVERIFY(sources.empty());
    QCOMPARE(error, message);
}

// Columns: file, rowsBefore (rows handed out before the refusal), message.
inline void addRefusedWhileReadingColumns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rowsBefore");
    QTest::addColumn<QString>("message");
}

// The file opens as one sheet, hands out rowsBefore rows numbered from 1, then fails with exactly
// the message, fast, and stays failed.
inline void checkRefusedWhileReading(const Reader &reader)
{
    QFETCH(QString, file);
    QFETCH(int, rowsBefore);
    QFETCH(QString, message);
    QString error;
    const Sources sources = reader.open(reader.fixture(file), &error);
    QCOMPARE(error, QString());
    QCOMPARE(sources.size(), std::size_t(1));
    QElapsedTimer timer;
    timer.start();
    // Counted, not kept: a million copies of a row must not be held.
    RawRow row;
    int rows = 0;
    TableSource &source = *sources.front();
    while (source.next(row)) {
        if (row.row != ++rows)
            QFAIL(qPrintable(QStringLiteral("row %1 handed out as %2").arg(rows).arg(row.row)));
    }
    QCOMPARE(rows, rowsBefore);
    QCOMPARE(source.errorString(), message);
    QVERIFY2(timer.elapsed() < 10000, "repeats must be handed out without real work");
    QVERIFY(!source.next(row)); // stays failed
    QCOMPARE(source.errorString(), message);
}

// In the fixture's sheet `sheet` (0-based; sheets.size() - 1 is the last), bytesRead() starts at
// 0, grows with the first row, never passes bytesTotal() and reaches it at the end.
inline void checkProgressCountsBytes(const Reader &reader, const QString &file, std::size_t sheet)
{
    QString error;
    const Sources sources = reader.open(reader.fixture(file), &error);
    QVERIFY2(sheet < sources.size(), qPrintable(error));
    TableSource &source = *sources[sheet];
    QVERIFY(source.bytesTotal() > 1000);
    QCOMPARE(source.bytesRead(), 0);
    RawRow row;
    QVERIFY(source.next(row));
    QVERIFY(source.bytesRead() > 0);
    QVERIFY(source.bytesRead() <= source.bytesTotal());
    while (source.next(row)) {
    }
    QCOMPARE(source.bytesRead(), source.bytesTotal());
}

// Opens the fixture, which must have `sheets` sheets, and reads `rows` rows from sheets `a` and
// `b` in turn, b first, keeping the last of each: each sheet streams from its own handle, so
// reading one must not disturb another.
struct Turns
{
    std::size_t sheets;
    std::size_t a;
    std::size_t b;
    int rows;
};

inline void readInTurns(const Reader &reader, const QString &file, Turns turns, RawRow *lastA,
                        RawRow *lastB)
{
    QString error;
    const Sources sources = reader.open(reader.fixture(file), &error);
    QCOMPARE(sources.size(), turns.sheets);
    for (int i = 0; i < turns.rows; ++i) {
        QVERIFY(sources[turns.b]->next(*lastB));
        QVERIFY(sources[turns.a]->next(*lastA));
    }
}

} // namespace slimplan::testing
