#pragma once
// One table of an .ods as a TableSource. content.xml is decompressed from the table's offset
// (OdsBook found it) and streamed row by row as next() is called — never held whole.
//
// LibreOffice writes runs of equal cells and rows once with a repeat count, and ends each row and
// each table with empty cells and rows repeated up to the sheet's 16,384 columns and 1,048,576
// rows: empty repeats cost nothing (rows without any text are not handed out at all), repeated
// cells and rows with text are handed out one by one. A cell merged down over several rows
// (table:number-rows-spanned) gives its value to the rows below, in its first column (MergeFill).

#include "import/zipsheetsource.h"

#include <QCoreApplication>

#include <memory>

namespace slimplan {

class OdsBook;

class OdsSheetSource final : public ZipSheetSource
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::OdsSheetSource)
public:
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxRows = 1048576;

    OdsSheetSource(QString fileName, std::shared_ptr<const OdsBook> book, int tableIndex);
    ~OdsSheetSource() override;

    QString sheetName() const override;
    bool next(RawRow &row) override;
    qint64 bytesRead() const override;
    qint64 bytesTotal() const override;

private:
    // A table:table-row as parsed once, handed out as often as it is repeated.
    struct Pattern
    {
        QStringList cells;          // up to the last cell with text
        QList<bool> isDate;
        QList<QPair<int, int>> spans; // (column, rows) of cells merged down
    };
    struct Names; // the qualified names of the elements and attributes read

    bool start();
    bool readToRow();
    bool readRow();
    bool readCell(qint64 *column);
    bool valueText(const QXmlStreamAttributes &attrs, QString *text, bool *isDate) const;
    bool readParagraphs(QString *text, bool *first, int depth);
    bool readInline(QString *text, bool *collapsible, int depth);
    bool appendText(QString *text, QStringView more);
    bool failXml();
    void handOut(RawRow &row);
    QString cellRef(qint64 column) const;

    std::shared_ptr<const OdsBook> m_book;
    int m_tableIndex;
    std::unique_ptr<Names> m_names;
    Pattern m_pattern;
    qint64 m_nextRow = 1;    // physical number of the next row, repeats counted
    qint64 m_copiesLeft = 0; // of m_pattern still to hand out
    qint64 m_skipAfter = 0;  // blank repeats after them, only counted
    int m_depth = 0;         // open row groups inside the table
    qint64 m_column = 0;     // of the cell being read, for messages
};

} // namespace slimplan
