#pragma once
// One table of an .ods as a TableSource. content.xml is decompressed from the table's offset
// (OdsBook found it) and streamed row by row as next() is called — never held whole.
//
// LibreOffice writes runs of equal cells and rows once with a repeat count, and ends each row and
// each table with empty cells and rows repeated up to the sheet's 16,384 columns and 1,048,576
// rows: empty repeats cost nothing (rows without any text are not handed out at all), repeated
// cells and rows with text are handed out one by one. A cell merged down over several rows
// (table:number-rows-spanned) gives its value to the rows below, in its first column (MergeFill).

#include "import/mergefill.h"
#include "import/tablesource.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <memory>

namespace slimplan {

class OdsBook;
class XlsxArchive;
class XlsxPartDevice;

class OdsSheetSource final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::OdsSheetSource)
public:
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxRows = 1048576;

    OdsSheetSource(QString fileName, std::shared_ptr<const OdsBook> book, int tableIndex);
    ~OdsSheetSource() override;

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
    // A table:table-row as parsed once, handed out as often as it is repeated.
    struct Pattern
    {
        QStringList cells;          // up to the last cell with text
        QList<bool> isDate;
        QList<QPair<int, int>> spans; // (column, rows) of cells merged down
    };
    struct Names; // the qualified names of the elements and attributes read

    bool start();
    bool fail(const QString &message);
    bool finish();
    bool readToRow();
    bool readRow();
    bool readCell(qint64 *column);
    bool readParagraphs(QString *text, bool *first, int depth);
    bool readInline(QString *text, bool *collapsible, int depth);
    bool appendText(QString *text, QStringView more);
    void handOut(RawRow &row);
    QString cellRef(qint64 column) const;

    QString m_fileName;
    std::shared_ptr<const OdsBook> m_book;
    int m_tableIndex;
    std::unique_ptr<Names> m_names;
    State m_state = State::NotStarted;
    QString m_error;
    Pattern m_pattern;
    qint64 m_nextRow = 1;    // physical number of the next row, repeats counted
    qint64 m_copiesLeft = 0; // of m_pattern still to hand out
    qint64 m_skipAfter = 0;  // blank repeats after them, only counted
    int m_depth = 0;         // open row groups inside the table
    qint64 m_column = 0;     // of the cell being read, for messages
    MergeFill m_fill;
    // Declared in this order so the part closes before the archive that owns its zip handle.
    std::unique_ptr<XlsxArchive> m_archive;
    std::unique_ptr<XlsxPartDevice> m_device;
    QXmlStreamReader m_xml;
};

} // namespace slimplan
