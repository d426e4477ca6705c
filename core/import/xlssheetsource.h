#pragma once
// One sheet of an .xls as a TableSource, over the cells the extraction child wrote (xlsextract.h),
// which the workbook's sheets share (XlsBook). Rows without cells between two with cells are given
// empty, none after the last cell; cells merged down over several rows are filled (MergeFill).

#include "import/mergefill.h"
#include "import/tablesource.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace slimplan {

namespace xls {
class ExtractReader;
}

// The extracted cells of a workbook, shared by its sheets.
struct XlsBook
{
    QByteArray data;
    bool date1904 = false;
    qint64 fileSize = 0;
    qint64 totalRows = 0;
};

class XlsSheetSource final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::XlsSheetSource)
public:
    XlsSheetSource(QString fileName, std::shared_ptr<const XlsBook> book, QString name,
                   unsigned rows, unsigned columns, qsizetype cellsFrom, MergeFill merges);

    QString fileName() const override { return m_fileName; }
    QString sheetName() const override { return m_name; }
    std::optional<Kind> kindHint() const override;
    bool fromSpreadsheet() const override { return true; }
    QString errorString() const override { return m_error; }
    qint64 bytesTotal() const override;
    qint64 bytesRead() const override;
    bool next(RawRow &row) override;

private:
    enum class Cell { Read, RowEnds, SheetEnds, Failed };
    Cell readCell(xls::ExtractReader &rd, RawRow &row);
    bool readValue(xls::ExtractReader &rd, quint8 type, quint16 column, RawRow &row, QString *text,
                   bool *isDate);
    bool fail(const QString &message);
    Cell damagedCell();

    QString m_fileName;
    std::shared_ptr<const XlsBook> m_book;
    QString m_name;
    unsigned m_rows;
    unsigned m_columns;
    qsizetype m_pos;     // the next cell record of this sheet in m_book->data
    MergeFill m_merges;
    unsigned m_next = 0; // 0-based row the next call gives
    bool m_done = false;
    QString m_error;
};

} // namespace slimplan
