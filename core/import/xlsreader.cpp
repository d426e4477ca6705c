#include "import/xlsreader.h"

#include "import/mergefill.h"
#include "import/xlsextract.h"
#include "import/xlsformulas.h"
#include "import/xlssheetsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <freexl.h>


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

QString damagedMessage()
{
    return Tr::tr("The workbook is damaged and cannot be read; %1").arg(saveAsAdvice());
}

// Why the extraction child gave nothing to read; empty when it ran to the end.
QString extractionError(ExtractStatus status)
{
    switch (status) {
    case ExtractStatus::Done:
        break;
    case ExtractStatus::NoProcess:
        return Tr::tr("The workbook cannot be read: the system could not start its reader");
    case ExtractStatus::TooLarge:
        return Tr::tr("The workbook holds more data than can be imported; %1").arg(saveAsAdvice());
    case ExtractStatus::TimedOut:
    case ExtractStatus::Crashed:
        return damagedMessage();
    }
    return QString();
}

// The workbook's open code, protection, version, date system and sheet count; the refusal
// message, or empty.
QString readBookHeader(ExtractReader &rd, const QString &path, XlsBook *book, quint32 *sheetCount)
{
    qint32 rc = 0;
    if (!rd.get(&rc))
        return damagedMessage();
    if (rc != FREEXL_OK)
        return describeUnopenable(path, rc);
    quint32 password = 0;
    quint32 version = 0;
    quint32 dateMode = 0;
    if (!rd.get(&password) || !rd.get(&version) || !rd.get(&dateMode) || !rd.get(sheetCount))
        return damagedMessage();
    book->date1904 = dateMode == FREEXL_BIFF_DATEMODE_1904;
    if (password == FREEXL_BIFF_OBFUSCATED)
        return Tr::tr("This workbook is protected with a password to open. Remove the "
                      "password in Excel (File ▸ Info ▸ Protect Workbook), save it and "
                      "import again");
    if (version != FREEXL_BIFF_VER_5 && version != FREEXL_BIFF_VER_8)
        return Tr::tr("This is an Excel 2.x–4.0 workbook, a format too old to read; %1")
            .arg(saveAsAdvice());
    if (*sheetCount > unsigned(kMaxSheets))
        return damagedMessage();
    return QString();
}

// One sheet as the child wrote it, its cells stepped over.
struct SheetEntry
{
    QString name;
    quint32 rows = 0;
    quint32 columns = 0;
    bool hidden = false;
    MergeFill merges;
    qsizetype cellsFrom = 0;
};

// Reads sheet index (0-based); the refusal message, or empty.
QString readSheetEntry(ExtractReader &rd, quint32 index, SheetEntry *sheet)
{
    qint32 nameRc = 0;
    qint32 dimRc = 0;
    if (!rd.get(&nameRc) || !rd.getText(&sheet->name) || !rd.get(&dimRc) || !rd.get(&sheet->rows)
        || !rd.get(&sheet->columns))
        return damagedMessage();
    if (nameRc != FREEXL_OK || dimRc != FREEXL_OK)
        return Tr::tr("The workbook is damaged: sheet %1 cannot be read; %2")
            .arg(index + 1)
            .arg(saveAsAdvice());
    if (sheet->rows > kMaxRows || sheet->columns > kMaxColumns)
        return Tr::tr("Sheet “%1” claims %2 rows × %3 columns, more than an .xls sheet "
                      "can hold (65,536 × 256): the file is damaged")
            .arg(sheet->name)
            .arg(sheet->rows)
            .arg(sheet->columns);
    quint8 hidden = 0;
    quint32 mergeCount = 0;
    if (!rd.get(&hidden) || !rd.get(&mergeCount) || mergeCount > xls::kMaxMergesPerSheet)
        return damagedMessage();
    sheet->hidden = hidden != 0;
    for (quint32 m = 0; m < mergeCount; ++m) {
        quint16 firstRow = 0, lastRow = 0, firstColumn = 0, lastColumn = 0;
        if (!rd.get(&firstRow) || !rd.get(&lastRow) || !rd.get(&firstColumn) || !rd.get(&lastColumn))
            return damagedMessage();
        // Vertical merges only (a title across the sheet stays in its first cell); rows 1-based.
        if (lastRow > firstRow && firstColumn <= lastColumn && lastRow < sheet->rows)
            sheet->merges.add({int(firstRow) + 1, int(lastRow) + 1, int(firstColumn)});
    }
    sheet->cellsFrom = rd.pos();
    if (!skipCells(rd))
        return damagedMessage();
    return QString();
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
    QString why = extractionError(extract(path, &book->data));
    if (!why.isEmpty())
        return refuse(why);
    ExtractReader rd(book->data);
    quint32 sheetCount = 0;
    why = readBookHeader(rd, path, book.get(), &sheetCount);
    if (!why.isEmpty())
        return refuse(why);
    for (quint32 i = 0; i < sheetCount; ++i) {
        SheetEntry sheet;
        why = readSheetEntry(rd, i, &sheet);
        if (!why.isEmpty())
            return refuse(why);
        if (sheet.hidden)
            continue; // as in .xlsx and .ods: a hidden sheet is the template's, not the unit's
        book->totalRows += sheet.rows;
        sources.push_back(std::make_unique<XlsSheetSource>(path, book, sheet.name, sheet.rows,
                                                           sheet.columns, sheet.cellsFrom,
                                                           std::move(sheet.merges)));
    }
    quint32 mark = 0;
    if (!rd.get(&mark) || mark != kEndMark)
        return refuse(damagedMessage());
    if (sources.empty() && sheetCount > 0)
        return refuse(Tr::tr("The workbook has no visible worksheet"));
    if (sources.empty())
        return refuse(Tr::tr("The workbook has no worksheet"));
    return sources;
}

} // namespace slimplan
