#pragma once
// The .xls reader's isolation of FreeXL. FreeXL 1.0.6 reads past its buffers on damaged files (a
// few bit flips in a good workbook are enough to crash it), so it never runs in the importing
// process: extract() forks a child that opens the file with FreeXL, adds what FreeXL leaves out
// (xls::scanExtraCells), writes every cell to a pipe in the compact form below and exits. A crash,
// a hang or a flood there is a refused file here, never a crash of the program.
//
// Extraction format (native byte order: same machine, same build):
//   i32 open code; if 0: u32 password, u32 BIFF version, u32 date mode, u32 sheet count, per sheet
//   i32 name code, u32 length, UTF-8 name, i32 dimension code, u32 rows, u32 columns, u8 hidden,
//   u32 merge count and per merge u16 first row, last row, first column, last column, cells
//   (u32 row, u16 column, u8 type, value: i32 | f64 | u8 | u32 length + UTF-8) ended by row
//   kEndOfSheet; then u32 kEndMark. Empty cells are not written; cells come in row, column order.

#include <QByteArray>
#include <QString>

#include <cstring>

namespace slimplan::xls {

inline constexpr unsigned kMaxRows = 65536;   // BIFF8's last row
inline constexpr unsigned kMaxColumns = 256;  // BIFF8's last column, IV
inline constexpr int kMaxSheets = 1000;       // as the .xlsx reader

inline constexpr quint32 kEndOfSheet = 0xFFFFFFFFu;
inline constexpr quint32 kEndMark = 0x21444E45u; // "END!"
// Cell types: FreeXL's FREEXL_CELL_* and these.
inline constexpr quint8 kCellUnreadable = 0xFF;  // no value: freexl_get_cell_value() failed
inline constexpr quint8 kCellBoolean = 0xF0;     // u8 0 or 1
inline constexpr quint8 kCellDateSerial = 0xF1;  // f64 serial of a formula in a date format

enum class ExtractStatus { Done, Crashed, TooLarge, TimedOut, NoProcess };

// Runs the child on path and collects what it writes (at most 768 MiB, two minutes).
ExtractStatus extract(const QString &path, QByteArray *out);

// Reads the extraction; every read is checked against the end of the data.
class ExtractReader
{
public:
    explicit ExtractReader(const QByteArray &data, qsizetype pos = 0) : m_data(data), m_pos(pos) {}
    template<typename T>
    bool get(T *value)
    {
        if (m_data.size() - m_pos < qsizetype(sizeof(T)))
            return false;
        std::memcpy(value, m_data.constData() + m_pos, sizeof(T));
        m_pos += qsizetype(sizeof(T));
        return true;
    }
    bool getText(QString *text)
    {
        quint32 n = 0;
        if (!get(&n) || m_data.size() - m_pos < qsizetype(n))
            return false;
        *text = QString::fromUtf8(m_data.constData() + m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return true;
    }
    bool skipText()
    {
        quint32 n = 0;
        if (!get(&n) || m_data.size() - m_pos < qsizetype(n))
            return false;
        m_pos += qsizetype(n);
        return true;
    }
    qsizetype pos() const { return m_pos; }

private:
    const QByteArray &m_data;
    qsizetype m_pos;
};

} // namespace slimplan::xls
