#include "import/xlsreader.h"

#include "import/mergefill.h"
#include "import/xlsextract.h"
#include "import/xlsformulas.h"
#include "import/xlsxreader.h"
#include "import/xlsxvalues.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <freexl.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace slimplan {

namespace {

using namespace xls;

// Only read when a file is refused, to name what it is instead.
constexpr qint64 kMaxSniffBytes = 64 * 1024 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::XlsReader)
};

QString saveAsAdvice()
{
    return Tr::tr("open it in Excel, WPS or LibreOffice, save it as .xlsx and import again");
}

// The extracted cells of a workbook, shared by its sheets.
struct XlsBook
{
    QByteArray data;
    bool date1904 = false;
    qint64 fileSize = 0;
    qint64 totalRows = 0;
};

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

// Steps over one sheet's cells. False when the data is not what the child writes.
bool skipCells(ExtractReader &rd)
{
    for (;;) {
        quint32 r = 0;
        quint16 c = 0;
        quint8 type = 0;
        if (!rd.get(&r))
            return false;
        if (r == kEndOfSheet)
            return true;
        if (!rd.get(&c) || !rd.get(&type))
            return false;
        qint32 i = 0;
        double d = 0;
        quint8 b = 0;
        if (type == FREEXL_CELL_INT) {
            if (!rd.get(&i))
                return false;
        } else if (type == FREEXL_CELL_DOUBLE || type == kCellDateSerial) {
            if (!rd.get(&d))
                return false;
        } else if (type == kCellBoolean) {
            if (!rd.get(&b))
                return false;
        } else if (type != kCellUnreadable && !rd.skipText()) {
            return false;
        }
    }
}

class XlsSheetSource final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::XlsSheetSource)
public:
    XlsSheetSource(QString fileName, std::shared_ptr<const XlsBook> book, QString name,
                   unsigned rows, unsigned columns, qsizetype cellsFrom, MergeFill merges)
        : m_fileName(std::move(fileName)), m_book(std::move(book)), m_name(std::move(name)),
          m_rows(rows), m_columns(columns), m_pos(cellsFrom), m_merges(std::move(merges))
    {
    }

    QString fileName() const override { return m_fileName; }
    QString sheetName() const override { return m_name; }
    std::optional<Kind> kindHint() const override { return kindHintFromSheetName(m_name); }
    bool fromSpreadsheet() const override { return true; }
    QString errorString() const override { return m_error; }

    qint64 bytesTotal() const override
    {
        return m_book->totalRows > 0 ? m_book->fileSize * m_rows / m_book->totalRows : 0;
    }
    qint64 bytesRead() const override
    {
        if (m_done || m_rows == 0)
            return bytesTotal();
        return bytesTotal() * m_next / m_rows;
    }

    // Rows without cells between two with cells are given empty; none after the last cell.
    bool next(RawRow &row) override
    {
        if (m_done)
            return false;
        ExtractReader rd(m_book->data, m_pos);
        row.cells.clear();
        row.isDate.clear();
        row.problems.clear();
        for (;;) {
            const qsizetype at = rd.pos();
            quint32 r = 0;
            if (!rd.get(&r))
                return damaged();
            if (r == kEndOfSheet || r != m_next) {
                if (r != kEndOfSheet && (r < m_next || r >= m_rows))
                    return damaged();
                if (r == kEndOfSheet && row.cells.isEmpty() && row.problems.isEmpty()) {
                    m_done = true;
                    return false;
                }
                m_pos = at;
                break;
            }
            quint16 c = 0;
            quint8 type = 0;
            if (!rd.get(&c) || !rd.get(&type) || c >= m_columns || c < row.cells.size())
                return damaged();
            QString text;
            bool isDate = false;
            if (type == FREEXL_CELL_INT) {
                qint32 v = 0;
                if (!rd.get(&v))
                    return damaged();
                text = QString::number(v);
            } else if (type == FREEXL_CELL_DOUBLE) {
                double v = 0;
                if (!rd.get(&v))
                    return damaged();
                text = doubleText(v);
            } else if (type == kCellBoolean) {
                quint8 v = 0;
                if (!rd.get(&v))
                    return damaged();
                text = v ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == kCellDateSerial) {
                double v = 0;
                if (!rd.get(&v))
                    return damaged();
                const std::optional<QString> date = xlsx::serialToIsoDate(v, m_book->date1904);
                isDate = date.has_value();
                text = isDate ? *date : doubleText(v);
            } else if (type == kCellUnreadable) {
                row.problems.append({int(c), tr("cell %1%2 cannot be read; it is taken as empty")
                                                 .arg(xlsx::columnName(c + 1))
                                                 .arg(m_next + 1)});
            } else {
                if (!rd.getText(&text))
                    return damaged();
                // Dates come as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS": the day, as from .xlsx.
                if ((type == FREEXL_CELL_DATE || type == FREEXL_CELL_DATETIME)
                    && isIsoDate(QStringView(text).left(10))) {
                    text.truncate(10);
                    isDate = true;
                }
            }
            if (text.size() > xlsx::kMaxCellText)
                return fail(tr("cell %1%2 holds %3 characters, more than the %4 a cell can hold: "
                               "refused")
                                .arg(xlsx::columnName(c + 1))
                                .arg(m_next + 1)
                                .arg(text.size())
                                .arg(xlsx::kMaxCellText));
            while (row.cells.size() < c) {
                row.cells.append(QString());
                row.isDate.append(false);
            }
            row.cells.append(text);
            row.isDate.append(isDate);
        }
        row.row = int(m_next) + 1;
        ++m_next;
        m_merges.apply(row);
        return true;
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        m_done = true;
        return false;
    }
    bool damaged() { return fail(tr("sheet “%1” is damaged and cannot be read").arg(m_name)); }

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

bool containsUtf16Name(const QByteArray &bytes, const char *name)
{
    const QString text = QString::fromLatin1(name);
    QByteArray needle;
    for (QChar c : text) {
        needle.append(char(c.unicode() & 0xFF));
        needle.append('\0');
    }
    return bytes.contains(needle);
}

// Why an OLE file holds no workbook FreeXL can find: its directory names the streams.
QString describeForeignOle(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QFile f(path);
    QByteArray bytes;
    if (f.open(QIODevice::ReadOnly))
        bytes = f.read(kMaxSniffBytes);
    if (containsUtf16Name(bytes, "EncryptedPackage"))
        return Tr::tr("This workbook is protected with a password to open. Remove the password in "
                      "Excel (File ▸ Info ▸ Protect Workbook), save it and import again");
    if (suffix == QLatin1String("et") || suffix == QLatin1String("ett"))
        return Tr::tr("This is a WPS Spreadsheets file, not an Excel workbook. Open it in WPS "
                      "Spreadsheets, save it as .xlsx or .xls and import again");
    if (containsUtf16Name(bytes, "WordDocument"))
        return Tr::tr("This is a Word document, not an Excel workbook, despite its name");
    if (containsUtf16Name(bytes, "PowerPoint Document"))
        return Tr::tr("This is a PowerPoint presentation, not an Excel workbook, despite its name");
    return Tr::tr("This file holds no Excel workbook (it is an Office file of another kind); %1")
        .arg(saveAsAdvice());
}

// The message for a file FreeXL cannot open, told by its first bytes.
QString describeUnopenable(const QString &path, int code)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Tr::tr("Cannot open the file");
    const QByteArray head = f.read(8);
    if (head.startsWith("PK\x03\x04"))
        return Tr::tr("This is an .xlsx workbook despite its name; rename it to .xlsx and import it "
                      "again");
    // A BIFF2–4 file is a bare record stream, no OLE container: BOF record 0x0009, 0x0209, 0x0409.
    if (head.size() >= 4 && head.at(0) == '\x09'
        && (head.at(1) == '\x00' || head.at(1) == '\x02' || head.at(1) == '\x04'))
        return Tr::tr("This is an Excel 2.x–4.0 worksheet, a format too old to read; %1")
            .arg(saveAsAdvice());
    if (!head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Tr::tr("This is not an Excel workbook despite its name; %1").arg(saveAsAdvice());
    if (code == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
        return describeForeignOle(path);
    if (code == FREEXL_INSUFFICIENT_MEMORY)
        return Tr::tr("The workbook is too large to read");
    // The FreeXL code helps no one reading the message; all of them mean a broken structure.
    return Tr::tr("The workbook is damaged or incomplete (perhaps not copied or saved completely); "
                  "%1")
        .arg(saveAsAdvice());
}

} // namespace

std::vector<std::unique_ptr<TableSource>> openXlsSources(const QString &path, QString *error)
{
    std::vector<std::unique_ptr<TableSource>> sources;
    auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return std::vector<std::unique_ptr<TableSource>>();
    };
    const QFileInfo fi(path);
    if (!fi.isFile() || !fi.isReadable())
        return refuse(Tr::tr("Cannot open the file"));

    auto book = std::make_shared<XlsBook>();
    book->fileSize = fi.size();
    switch (extract(path, &book->data)) {
    case ExtractStatus::Done:
        break;
    case ExtractStatus::NoProcess:
        return refuse(Tr::tr("The workbook cannot be read: the system could not start its reader"));
    case ExtractStatus::TooLarge:
        return refuse(Tr::tr("The workbook holds more data than can be imported; %1")
                          .arg(saveAsAdvice()));
    case ExtractStatus::TimedOut:
    case ExtractStatus::Crashed:
        return refuse(Tr::tr("The workbook is damaged and cannot be read; %1").arg(saveAsAdvice()));
    }
    const QString damaged =
        Tr::tr("The workbook is damaged and cannot be read; %1").arg(saveAsAdvice());
    ExtractReader rd(book->data);
    qint32 rc = 0;
    if (!rd.get(&rc))
        return refuse(damaged);
    if (rc != FREEXL_OK)
        return refuse(describeUnopenable(path, rc));
    quint32 password = 0;
    quint32 version = 0;
    quint32 dateMode = 0;
    quint32 sheetCount = 0;
    if (!rd.get(&password) || !rd.get(&version) || !rd.get(&dateMode) || !rd.get(&sheetCount))
        return refuse(damaged);
    book->date1904 = dateMode == FREEXL_BIFF_DATEMODE_1904;
    if (password == FREEXL_BIFF_OBFUSCATED)
        return refuse(Tr::tr("This workbook is protected with a password to open. Remove the "
                             "password in Excel (File ▸ Info ▸ Protect Workbook), save it and "
                             "import again"));
    if (version != FREEXL_BIFF_VER_5 && version != FREEXL_BIFF_VER_8)
        return refuse(Tr::tr("This is an Excel 2.x–4.0 workbook, a format too old to read; %1")
                          .arg(saveAsAdvice()));
    if (sheetCount > unsigned(kMaxSheets))
        return refuse(damaged);

    quint32 seen = 0;
    for (quint32 i = 0; i < sheetCount; ++i) {
        qint32 nameRc = 0;
        QString name;
        qint32 dimRc = 0;
        quint32 rows = 0;
        quint32 columns = 0;
        if (!rd.get(&nameRc) || !rd.getText(&name) || !rd.get(&dimRc) || !rd.get(&rows)
            || !rd.get(&columns))
            return refuse(damaged);
        if (nameRc != FREEXL_OK || dimRc != FREEXL_OK)
            return refuse(Tr::tr("The workbook is damaged: sheet %1 cannot be read; %2")
                              .arg(i + 1)
                              .arg(saveAsAdvice()));
        if (rows > kMaxRows || columns > kMaxColumns)
            return refuse(Tr::tr("Sheet “%1” claims %2 rows × %3 columns, more than an .xls sheet "
                                 "can hold (65,536 × 256): the file is damaged")
                              .arg(name)
                              .arg(rows)
                              .arg(columns));
        quint8 hidden = 0;
        quint32 mergeCount = 0;
        if (!rd.get(&hidden) || !rd.get(&mergeCount) || mergeCount > xls::kMaxMergesPerSheet)
            return refuse(damaged);
        MergeFill merges;
        for (quint32 m = 0; m < mergeCount; ++m) {
            quint16 firstRow = 0, lastRow = 0, firstColumn = 0, lastColumn = 0;
            if (!rd.get(&firstRow) || !rd.get(&lastRow) || !rd.get(&firstColumn) || !rd.get(&lastColumn))
                return refuse(damaged);
            // Vertical merges only (a title across the sheet stays in its first cell); rows 1-based.
            if (lastRow > firstRow && firstColumn <= lastColumn && lastRow < rows)
                merges.add({int(firstRow) + 1, int(lastRow) + 1, int(firstColumn)});
        }
        const qsizetype cellsFrom = rd.pos();
        if (!skipCells(rd))
            return refuse(damaged);
        ++seen;
        if (hidden)
            continue; // as in .xlsx and .ods: a hidden sheet is the template's, not the unit's
        book->totalRows += rows;
        sources.push_back(std::make_unique<XlsSheetSource>(path, book, name, rows, columns, cellsFrom,
                                                           std::move(merges)));
    }
    quint32 mark = 0;
    if (!rd.get(&mark) || mark != kEndMark)
        return refuse(damaged);
    if (sources.empty() && seen > 0)
        return refuse(Tr::tr("The workbook has no visible worksheet"));
    if (sources.empty())
        return refuse(Tr::tr("The workbook has no worksheet"));
    return sources;
}

} // namespace slimplan
