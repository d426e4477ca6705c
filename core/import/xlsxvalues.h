#pragma once
// How the raw values of an .xlsx cell become the text a person saw in Excel: number formats that
// mark dates, serial dates, numbers without float artefacts, cell references, OOXML escapes.
// Free functions, shared by the workbook loader and the sheet reader, and tested on their own.

#include <QString>
#include <QStringView>

#include <optional>

class QXmlStreamReader;

namespace slimplan::xlsx {

inline constexpr int kMaxColumns = 16384;     // XFD, Excel's last column
inline constexpr int kMaxRows = 1048576;      // Excel's last row
inline constexpr int kMaxCellText = 32767;    // Excel's longest cell text

// Built-in number formats 14–22, 27–36, 45–47 and 50–58 are dates or times.
bool isDateFormatId(int numFmtId);
// A custom format code is a date when y, m, d or h appear outside quotes, brackets and escapes
// (yyyy"年"m"月"d"日" is a date, 0.00"万元" and [h] alone are not).
bool isDateFormatCode(QStringView code);

// Excel serial day number to "YYYY-MM-DD". The 1900 system keeps Lotus' leap-year bug (serial 60
// is the nonexistent 1900-02-29, later serials are one day ahead); the 1904 system counts from
// 1904-01-01. Times of day are dropped. Nothing for serials that are not a day (< 1, > 9999-12-31).
std::optional<QString> serialToIsoDate(double serial, bool date1904);

// The text of a numeric cell's value as Excel shows it in General format: "1234" for 1234.0,
// "0.1" for 0.1000000000000000055, "3.3" for 3.3000000000000003 (15 significant digits, as Excel
// keeps), integers of any length exactly as written (ID numbers). Other text is returned unchanged.
QString numberText(QStringView raw);

// "C5" → column 3 (1-based) and row 5; the row part is optional ("C" → row 0). False when the
// reference is malformed. Columns beyond kMaxColumns are returned as they are (the caller refuses).
bool parseCellRef(QStringView ref, int *column, int *row);
// 1 → "A", 28 → "AB".
QString columnName(int column);

// OOXML writes control characters as _xHHHH_ (_x000D_ is a carriage return).
QString decodeEscapes(const QString &text);

// The element's name without its namespace prefix ("x:row" → "row"). The sheet parser runs
// without namespace processing, which costs a third of the parse time, and some writers prefix.
QStringView localName(const QXmlStreamReader &xml);

// Reads the text of the <si> or <is> element the reader stands on, up to its end: its <t>, or the
// <t> of its rich-text runs <r>. Phonetic guides (<rPh>, furigana) are not part of the text.
QString readRichText(QXmlStreamReader &xml);

} // namespace slimplan::xlsx
