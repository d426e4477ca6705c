#include "report/xlsxstreamwriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace slimplan {

namespace {
constexpr int kMaxCellChars = 32767; // Excel's limit for one cell
constexpr int kFlushBytes = 1 << 16;

QByteArray columnName(int col)
{
    QByteArray s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        s.prepend(static_cast<char>('A' + (c - 1) % 26));
    return s;
}

// XML-escaped UTF-8 without the control characters XML 1.0 cannot carry.
QByteArray escaped(const QString &value)
{
    const QString s = value.size() > kMaxCellChars ? value.left(kMaxCellChars) : value;
    QString out;
    out.reserve(s.size() + 8);
    for (QChar c : s) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        default:
            if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n')
                || c == QLatin1Char('\r'))
                out += c;
        }
    }
    return out.toUtf8();
}

const char *const kStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="#,##0.0"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE3EAF2"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
)";
} // namespace

struct XlsxStreamWriter::Zip
{
    QuaZip zip;
    QuaZipFile file;
    QString sheetRange; // "A1:Y301" of the sheet being written, for the autofilter name
    std::vector<QString> filterRanges;
    explicit Zip(const QString &path) : zip(path), file(&zip) {}
};

XlsxStreamWriter::XlsxStreamWriter(const QString &path)
    : m_zip(std::make_unique<Zip>(path)), m_path(path)
{
}

XlsxStreamWriter::~XlsxStreamWriter()
{
    if (m_zip->file.isOpen())
        m_zip->file.close();
    if (m_zip->zip.isOpen())
        m_zip->zip.close();
}

bool XlsxStreamWriter::open(QString *error)
{
    m_zip->zip.setUtf8Enabled(true);
    if (!m_zip->zip.open(QuaZip::mdCreate)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the workbook").arg(m_path);
        return false;
    }
    return true;
}

bool XlsxStreamWriter::beginSheet(const QString &name, const QStringList &header,
                                  const std::vector<double> &widths, bool autoFilter)
{
    if (m_sheetOpen && !endSheet())
        return false;
    m_sheets << name;
    QuaZipNewInfo info(QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size()));
    info.dateTime = QDateTime(QDate(2000, 1, 1), QTime(0, 0)); // the same input gives the same bytes
    if (!m_zip->file.open(QIODevice::WriteOnly, info)) {
        m_failed = true;
        return false;
    }
    m_sheetOpen = true;
    m_autoFilter = autoFilter;
    m_cols = static_cast<int>(header.size());
    QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                      "<sheetViews><sheetView workbookViewId=\"0\"";
    head += m_sheets.size() == 1 ? " tabSelected=\"1\">" : ">";
    head += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
            "<sheetFormatPr defaultRowHeight=\"15\"/><cols>";
    for (int c = 0; c < m_cols; ++c) {
        const double w = c < static_cast<int>(widths.size()) ? widths[static_cast<std::size_t>(c)] : 12;
        head += "<col min=\"" + QByteArray::number(c + 1) + "\" max=\"" + QByteArray::number(c + 1)
                + "\" width=\"" + QByteArray::number(w, 'f', 1) + "\" customWidth=\"1\"/>";
    }
    head += "</cols><sheetData>";
    m_pending = head;
    m_rowIndex = 1;
    m_col = 0;
    for (const QString &h : header)
        text(h, Style::Header);
    endRow();
    return !m_failed;
}

void XlsxStreamWriter::cellStart(const char *type, Style style)
{
    m_row += "<c r=\"" + columnName(m_col) + QByteArray::number(m_rowIndex) + '"';
    if (style != Style::Default)
        m_row += " s=\"" + QByteArray::number(static_cast<int>(style)) + '"';
    if (type)
        m_row += QByteArray(" t=\"") + type + '"';
    m_row += '>';
    m_rowHasCells = true;
}

void XlsxStreamWriter::text(const QString &value, Style style)
{
    if (!value.isEmpty()) {
        cellStart("inlineStr", style);
        m_row += "<is><t xml:space=\"preserve\">" + escaped(value) + "</t></is></c>";
    }
    ++m_col;
}

void XlsxStreamWriter::number(double value, Style style)
{
    cellStart(nullptr, style);
    m_row += "<v>" + QByteArray::number(value, 'g', 15) + "</v></c>";
    ++m_col;
}

void XlsxStreamWriter::date(const QDate &value)
{
    // Excel's serial day: 1 = 1900-01-01, counted from 1899-12-30 (its 1900 leap-year quirk).
    if (value.isValid() && value.year() >= 1900)
        number(static_cast<double>(QDate(1899, 12, 30).daysTo(value)), Style::Date);
    else if (value.isValid())
        text(value.toString(Qt::ISODate));
    else
        ++m_col;
}

void XlsxStreamWriter::skip() { ++m_col; }

void XlsxStreamWriter::endRow()
{
    m_pending += "<row r=\"" + QByteArray::number(m_rowIndex) + "\">" + m_row + "</row>";
    m_row.clear();
    m_rowHasCells = false;
    ++m_rowIndex;
    m_col = 0;
    if (m_pending.size() > kFlushBytes)
        flushRow();
}

void XlsxStreamWriter::flushRow()
{
    if (m_pending.isEmpty())
        return;
    if (m_zip->file.write(m_pending) != m_pending.size())
        m_failed = true;
    m_pending.clear();
}

bool XlsxStreamWriter::endSheet()
{
    if (m_rowHasCells)
        endRow();
    m_pending += "</sheetData>";
    const int lastRow = std::max(2, m_rowIndex - 1);
    const QByteArray range = "A1:" + columnName(std::max(0, m_cols - 1)) + QByteArray::number(lastRow);
    if (m_autoFilter && m_cols > 0)
        m_pending += "<autoFilter ref=\"" + range + "\"/>";
    m_zip->filterRanges.push_back(m_autoFilter && m_cols > 0 ? QString::fromLatin1(range) : QString());
    m_pending += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
    flushRow();
    m_zip->file.close();
    if (m_zip->file.getZipError() != 0)
        m_failed = true;
    m_sheetOpen = false;
    return !m_failed;
}

bool XlsxStreamWriter::writePart(const QString &name, const QByteArray &data)
{
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(2000, 1, 1), QTime(0, 0));
    if (!m_zip->file.open(QIODevice::WriteOnly, info))
        return false;
    const bool ok = m_zip->file.write(data) == data.size();
    m_zip->file.close();
    return ok && m_zip->file.getZipError() == 0;
}

bool XlsxStreamWriter::close(QString *error)
{
    if (m_sheetOpen)
        endSheet();
    const int n = static_cast<int>(m_sheets.size());
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                       "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QByteArray book = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                      "<bookViews><workbookView/></bookViews><sheets>";
    QByteArray names;
    for (int i = 0; i < n; ++i) {
        const QByteArray num = QByteArray::number(i + 1);
        types += "<Override PartName=\"/xl/worksheets/sheet" + num
                 + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        rels += "<Relationship Id=\"rId" + num
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet"
                + num + ".xml\"/>";
        const QByteArray sheetName = escaped(m_sheets[i]);
        book += "<sheet name=\"" + sheetName + "\" sheetId=\"" + num + "\" r:id=\"rId" + num + "\"/>";
        const QString range = i < static_cast<int>(m_zip->filterRanges.size()) ? m_zip->filterRanges[static_cast<std::size_t>(i)] : QString();
        if (!range.isEmpty()) {
            const QString abs = QString(range).replace(QRegularExpression(QStringLiteral("([A-Z]+)(\\d+)")),
                                                       QStringLiteral("$\\1$\\2"));
            names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + QByteArray::number(i)
                     + "\" hidden=\"1\">'" + sheetName + "'!" + abs.toLatin1() + "</definedName>";
        }
    }
    types += "</Types>";
    rels += "<Relationship Id=\"rId" + QByteArray::number(n + 1)
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>";
    book += "</sheets>";
    if (!names.isEmpty())
        book += "<definedNames>" + names + "</definedNames>";
    book += "</workbook>";
    const QByteArray root = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            "</Relationships>";
    const bool ok = !m_failed && writePart(QStringLiteral("[Content_Types].xml"), types)
                    && writePart(QStringLiteral("_rels/.rels"), root)
                    && writePart(QStringLiteral("xl/workbook.xml"), book)
                    && writePart(QStringLiteral("xl/_rels/workbook.xml.rels"), rels)
                    && writePart(QStringLiteral("xl/styles.xml"), QByteArray(kStyles));
    m_zip->zip.close();
    if (!ok || m_zip->zip.getZipError() != 0) {
        if (error)
            *error = QStringLiteral("%1: cannot write the workbook").arg(m_path);
        return false;
    }
    return true;
}

} // namespace slimplan
