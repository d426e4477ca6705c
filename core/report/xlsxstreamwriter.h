#pragma once
// A streaming .xlsx writer: sheets written row by row straight into the zip (inline strings, so
// memory stays flat however long the plan is). Only what the plan workbook needs: text, numbers,
// dates, a few styles, column widths, a frozen header row and an autofilter.
//
// Why not libxlsxwriter: it writes through the system libminizip, and QuaZip (which the importer
// links to read ledgers) exports a modified minizip under the same versioned symbol names. In any
// SlimPlan program QuaZip comes first in the dynamic linker's search order, so libxlsxwriter's
// zipOpen ended up in QuaZip's copy and workbook_close() crashed. Writing through QuaZip itself
// avoids the clash.
//
// Cell values are always written as values: text as inline strings, never as formulas, so a
// name such as "=1+1" or "@SUM(A1)" stays text in Excel.

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace slimplan {

class XlsxStreamWriter
{
public:
    enum class Style { Default = 0, Header, Date, Percent, OneDecimal, TwoDecimals, Bold };

    explicit XlsxStreamWriter(const QString &path);
    ~XlsxStreamWriter();

    bool open(QString *error);
    // Starts a sheet with its header row (frozen, autofiltered). The previous sheet is finished.
    bool beginSheet(const QString &name, const QStringList &header, const std::vector<double> &widths,
                    bool autoFilter = true);
    void text(const QString &value, Style style = Style::Default); // empty = empty cell
    void number(double value, Style style = Style::Default);
    void date(const QDate &value);                                  // invalid = empty cell
    void skip();
    void endRow();
    // Finishes the last sheet and writes the workbook parts. False with *error on failure.
    bool close(QString *error);

private:
    void cellStart(const char *type, Style style);
    void flushRow();
    bool endSheet();
    bool writePart(const QString &name, const QByteArray &data);

    struct Zip;
    std::unique_ptr<Zip> m_zip;
    QString m_path;
    QStringList m_sheets;
    QByteArray m_row;       // the current row's XML
    QByteArray m_pending;   // rows waiting to be compressed
    int m_rowIndex = 0;     // 1-based row being written
    int m_col = 0;          // 0-based next column
    int m_cols = 0;
    bool m_rowHasCells = false;
    bool m_sheetOpen = false;
    bool m_autoFilter = true;
    bool m_failed = false;
};

} // namespace slimplan
