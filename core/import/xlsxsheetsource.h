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

#include "import/mergefill.h"
#include "import/tablesource.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <memory>

namespace slimplan {

class XlsxArchive;
class XlsxPartDevice;
class XlsxWorkbook;

class XlsxSheetSource final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::XlsxSheetSource)
public:
    XlsxSheetSource(QString fileName, std::shared_ptr<const XlsxWorkbook> workbook, int sheetIndex);
    ~XlsxSheetSource() override;

    QString fileName() const override { return m_fileName; }
    QString sheetName() const override;
    std::optional<Kind> kindHint() const override;
    bool fromSpreadsheet() const override { return true; }
    bool next(RawRow &row) override;
    QString errorString() const override { return m_error; }
    qint64 bytesRead() const override;
    qint64 bytesTotal() const override;

private:
    enum class State { NotStarted, Reading, Done, Failed };
    static constexpr int kMaxMerges = 1000000;

    bool start();
    bool readMerges(QString *error);
    bool fail(const QString &message);
    bool readRow(RawRow &row);
    bool readCell(RawRow &row, int *nextColumn);
    QString cellText(QStringView type, const QString &value, bool isDate, bool *converted,
                     const QString &ref);

    QString m_fileName;
    std::shared_ptr<const XlsxWorkbook> m_workbook;
    int m_sheetIndex;
    State m_state = State::NotStarted;
    QString m_error;
    int m_lastRow = 0;
    MergeFill m_fill;
    // Declared in this order so the part closes before the archive that owns its zip handle.
    std::unique_ptr<XlsxArchive> m_archive;
    std::unique_ptr<XlsxPartDevice> m_device;
    QXmlStreamReader m_xml;
};

} // namespace slimplan
