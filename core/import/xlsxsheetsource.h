#pragma once
// One worksheet of an .xlsx as a TableSource. The sheet XML is streamed row by row as next() is
// called — never held whole — with the workbook's shared strings and date styles at hand.
//
// Merged cells: Excel keeps the value of a merged range in its top-left cell only. A range merged
// down over several rows (主办单位 for a block of rows) gives its value to every row of the range, in
// its first column (MergeFill); a range within one row stays in its first cell, so a title merged
// across the sheet is one text in column A above the header (telling it from the header is the
// importer's work). The merge list follows the rows in the sheet XML: a byte search over the part,
// decompressed once more before the rows are streamed, finds it (a few per cent of the read time).

#include "import/zipsheetsource.h"

#include <QCoreApplication>

#include <memory>

namespace slimplan {

class XlsxWorkbook;

class XlsxSheetSource final : public ZipSheetSource
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::XlsxSheetSource)
public:
    XlsxSheetSource(QString fileName, std::shared_ptr<const XlsxWorkbook> workbook, int sheetIndex);
    ~XlsxSheetSource() override;

    QString sheetName() const override;
    bool next(RawRow &row) override;
    qint64 bytesRead() const override;
    qint64 bytesTotal() const override;

private:
    static constexpr int kMaxMerges = 1000000;

    bool start();
    bool readMerges(QString *error);
    bool readRow(RawRow &row);
    bool readCell(RawRow &row, int *nextColumn);
    QString cellText(QStringView type, const QString &value, bool isDate, bool *converted,
                     const QString &ref);

    std::shared_ptr<const XlsxWorkbook> m_workbook;
    int m_sheetIndex;
    int m_lastRow = 0;
};

} // namespace slimplan
