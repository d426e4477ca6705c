#include "import/xlssheetsource.h"

#include "import/xlsextract.h"
#include "import/xlsxreader.h"
#include "import/xlsxvalues.h"

#include <QDate>

#include <freexl.h>

#include <charconv>
#include <cmath>

namespace slimplan {

namespace {

using namespace xls;

// The text of a double as the .xlsx reader gives it: the shortest text that reads back as the
// same double, then Excel's 15 significant digits.
QString doubleText(double value)
{
    if (!std::isfinite(value))
        return QString();
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    if (res.ec != std::errc())
        return QString();
    return xlsx::numberText(QString::fromLatin1(buf, res.ptr - buf));
}

bool isIsoDate(QStringView text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

XlsSheetSource::XlsSheetSource(QString fileName, std::shared_ptr<const XlsBook> book, QString name,
                               unsigned rows, unsigned columns, qsizetype cellsFrom, MergeFill merges)
    : m_fileName(std::move(fileName)), m_book(std::move(book)), m_name(std::move(name)),
      m_rows(rows), m_columns(columns), m_pos(cellsFrom), m_merges(std::move(merges))
{
}

std::optional<Kind> XlsSheetSource::kindHint() const
{
    return kindHintFromSheetName(m_name);
}

qint64 XlsSheetSource::bytesTotal() const
{
    return m_book->totalRows > 0 ? m_book->fileSize * m_rows / m_book->totalRows : 0;
}

qint64 XlsSheetSource::bytesRead() const
{
    if (m_done || m_rows == 0)
        return bytesTotal();
    return bytesTotal() * m_next / m_rows;
}

bool XlsSheetSource::next(RawRow &row)
{
    if (m_done)
        return false;
    ExtractReader rd(m_book->data, m_pos);
    row.cells.clear();
    row.isDate.clear();
    row.problems.clear();
    for (;;) {
        switch (readCell(rd, row)) {
        case Cell::Read:
            continue;
        case Cell::RowEnds:
            break;
        case Cell::SheetEnds:
            m_done = true;
            return false;
        case Cell::Failed:
            return false;
        }
        break;
    }
    row.row = int(m_next) + 1;
    ++m_next;
    m_merges.apply(row);
    return true;
}

// The next cell record, into row when it is in row m_next; else where this row ends.
XlsSheetSource::Cell XlsSheetSource::readCell(ExtractReader &rd, RawRow &row)
{
    const qsizetype at = rd.pos();
    quint32 r = 0;
    if (!rd.get(&r))
        return damagedCell();
    if (r == kEndOfSheet || r != m_next) {
        if (r != kEndOfSheet && (r < m_next || r >= m_rows))
            return damagedCell();
        if (r == kEndOfSheet && row.cells.isEmpty() && row.problems.isEmpty())
            return Cell::SheetEnds;
        m_pos = at;
        return Cell::RowEnds;
    }
    quint16 c = 0;
    quint8 type = 0;
    if (!rd.get(&c) || !rd.get(&type) || c >= m_columns || c < row.cells.size())
        return damagedCell();
    QString text;
    bool isDate = false;
    if (!readValue(rd, type, c, row, &text, &isDate))
        return damagedCell();
    if (text.size() > xlsx::kMaxCellText) {
        fail(tr("cell %1%2 holds %3 characters, more than the %4 a cell can hold: "
                "refused")
                 .arg(xlsx::columnName(c + 1))
                 .arg(m_next + 1)
                 .arg(text.size())
                 .arg(xlsx::kMaxCellText));
        return Cell::Failed;
    }
    while (row.cells.size() < c) {
        row.cells.append(QString());
        row.isDate.append(false);
    }
    row.cells.append(text);
    row.isDate.append(isDate);
    return Cell::Read;
}

// The value of a cell of this type as text; false when the data is cut short.
bool XlsSheetSource::readValue(ExtractReader &rd, quint8 type, quint16 column, RawRow &row,
                               QString *text, bool *isDate)
{
    if (type == FREEXL_CELL_INT) {
        qint32 v = 0;
        if (!rd.get(&v))
            return false;
        *text = QString::number(v);
    } else if (type == FREEXL_CELL_DOUBLE) {
        double v = 0;
        if (!rd.get(&v))
            return false;
        *text = doubleText(v);
    } else if (type == kCellBoolean) {
        quint8 v = 0;
        if (!rd.get(&v))
            return false;
        *text = v ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == kCellDateSerial) {
        double v = 0;
        if (!rd.get(&v))
            return false;
        const std::optional<QString> date = xlsx::serialToIsoDate(v, m_book->date1904);
        *isDate = date.has_value();
        *text = *isDate ? *date : doubleText(v);
    } else if (type == kCellUnreadable) {
        row.problems.append({int(column), tr("cell %1%2 cannot be read; it is taken as empty")
                                              .arg(xlsx::columnName(column + 1))
                                              .arg(m_next + 1)});
    } else {
        if (!rd.getText(text))
            return false;
        // Dates come as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS": the day, as from .xlsx.
        if ((type == FREEXL_CELL_DATE || type == FREEXL_CELL_DATETIME)
            && isIsoDate(QStringView(*text).left(10))) {
            text->truncate(10);
            *isDate = true;
        }
    }
    return true;
}

bool XlsSheetSource::fail(const QString &message)
{
    m_error = message;
    m_done = true;
    return false;
}

XlsSheetSource::Cell XlsSheetSource::damagedCell()
{
    fail(tr("sheet “%1” is damaged and cannot be read").arg(m_name));
    return Cell::Failed;
}

} // namespace slimplan
