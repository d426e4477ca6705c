#include "report/surveyxlsxbook.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace slimplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::SurveyXlsxBook)
};

constexpr int kMaxCellChars = 32767; // Excel's limit for one cell
constexpr int kMaxListChars = 255;   // Excel's limit for an inline drop-down list

const char kXmlHead[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char kMainNs[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char kRelNs[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char kPackageRelNs[] = "http://schemas.openxmlformats.org/package/2006/relationships";

// XML text (or attribute) as UTF-8: the five specials escaped, the control characters XML 1.0
// cannot carry dropped, at most `limit` characters.
QByteArray xmlText(const QString &value, int limit = kMaxCellChars)
{
    QString out;
    out.reserve(std::min<qsizetype>(value.size(), limit) + 8);
    for (QChar c : value.left(limit)) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        default:
            if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
                out += c;
        }
    }
    return out.toUtf8();
}

QByteArray cellRef(int row, int col)
{
    return SurveyXlsxBook::columnName(col) + QByteArray::number(row + 1);
}

QByteArray num(double v) { return QByteArray::number(v, 'g', 15); }

// Styles by SurveyXlsxBook::Style, in its order: fonts 0 normal, 1 bold, 2 title, 3 grey hint;
// fills 2 header blue, 3 missing yellow; border 1 thin all round. Text cells are formatted as
// text (@) so that a division code or a 14-digit 备案编号 typed by a unit stays as typed.
const char kStyles[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="16"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><sz val="10"/><color rgb="FF666666"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="12">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>
<xf numFmtId="49" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>
<xf numFmtId="164" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
)";

bool writePart(QuaZipFile &file, const QString &name, const QByteArray &data)
{
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(2000, 1, 1), QTime(0, 0)); // the same input gives the same bytes
    if (!file.open(QIODevice::WriteOnly, info))
        return false;
    const bool ok = file.write(data) == data.size();
    file.close();
    return ok && file.getZipError() == 0;
}
} // namespace

QByteArray SurveyXlsxBook::columnName(int col)
{
    QByteArray s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        s.prepend(static_cast<char>('A' + (c - 1) % 26));
    return s;
}

void SurveyXlsxBook::addSheet(const QString &name)
{
    m_sheets.push_back(Sheet{});
    m_sheets.back().name = name;
}

void SurveyXlsxBook::setColumn(int col, double width, bool hidden)
{
    m_sheets.back().columns[col] = Column{width, hidden};
}

void SurveyXlsxBook::setRowHeight(int row, double points) { m_sheets.back().heights[row] = points; }

void SurveyXlsxBook::freeze(int row, int col)
{
    m_sheets.back().freezeRow = row;
    m_sheets.back().freezeCol = col;
}

void SurveyXlsxBook::put(int row, int col, const char *type, Style style, const QByteArray &inner)
{
    QByteArray c = "<c r=\"" + cellRef(row, col) + '"';
    if (style != Style::Default)
        c += " s=\"" + QByteArray::number(static_cast<int>(style)) + '"';
    if (type)
        c += QByteArray(" t=\"") + type + '"';
    c += inner.isEmpty() ? QByteArray("/>") : '>' + inner + "</c>";
    m_sheets.back().cells[row][col] = c;
}

void SurveyXlsxBook::text(int row, int col, const QString &value, Style style)
{
    if (value.isEmpty())
        blank(row, col, style);
    else
        put(row, col, "inlineStr", style, "<is><t xml:space=\"preserve\">" + xmlText(value) + "</t></is>");
}

void SurveyXlsxBook::number(int row, int col, double value, Style style)
{
    put(row, col, nullptr, style, "<v>" + num(value) + "</v>");
}

void SurveyXlsxBook::date(int row, int col, const QDate &value, Style style)
{
    // Excel's serial day, counted from 1899-12-30 (its 1900 leap-year quirk); earlier dates as text.
    if (value.isValid() && value.year() >= 1900)
        number(row, col, static_cast<double>(QDate(1899, 12, 30).daysTo(value)), style);
    else
        text(row, col, value.isValid() ? value.toString(Qt::ISODate) : QString(), style);
}

void SurveyXlsxBook::blank(int row, int col, Style style) { put(row, col, nullptr, style, {}); }

void SurveyXlsxBook::merge(int row, int col, int lastRow, int lastCol)
{
    m_sheets.back().merges.push_back(cellRef(row, col) + ':' + cellRef(lastRow, lastCol));
}

void SurveyXlsxBook::listValidation(int col, int firstRow, int lastRow, const QStringList &values, bool strict)
{
    m_sheets.back().validations.push_back(Validation{col, firstRow, lastRow, values, strict});
}

void SurveyXlsxBook::comment(int row, int col, const QString &text)
{
    m_sheets.back().notes.push_back(Note{row, col, text});
}

// The parts of one worksheet in the order the schema demands: views, columns, data, merges,
// validations, margins, the comments' drawing.
QByteArray SurveyXlsxBook::sheetXml(const Sheet &s, int index)
{
    QByteArray x = kXmlHead;
    x += QByteArray("<worksheet xmlns=\"") + kMainNs + "\" xmlns:r=\"" + kRelNs + "\">";
    x += "<sheetViews><sheetView workbookViewId=\"0\"";
    x += index == 0 ? " tabSelected=\"1\">" : ">";
    if (s.freezeRow > 0 || s.freezeCol > 0) {
        const QByteArray pane = s.freezeRow > 0 && s.freezeCol > 0 ? "bottomRight"
                                : s.freezeRow > 0                ? "bottomLeft"
                                                                 : "topRight";
        x += "<pane";
        if (s.freezeCol > 0)
            x += " xSplit=\"" + QByteArray::number(s.freezeCol) + '"';
        if (s.freezeRow > 0)
            x += " ySplit=\"" + QByteArray::number(s.freezeRow) + '"';
        x += " topLeftCell=\"" + cellRef(s.freezeRow, s.freezeCol) + "\" activePane=\"" + pane
             + "\" state=\"frozen\"/><selection pane=\"" + pane + "\"/>";
    }
    x += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!s.columns.empty()) {
        x += "<cols>";
        for (const auto &[col, c] : s.columns) {
            const QByteArray n = QByteArray::number(col + 1);
            x += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" + QByteArray::number(c.width, 'f', 1)
                 + "\" customWidth=\"1\"" + (c.hidden ? " hidden=\"1\"" : "") + "/>";
        }
        x += "</cols>";
    }
    x += "<sheetData>";
    for (const auto &[row, cells] : s.cells) {
        x += "<row r=\"" + QByteArray::number(row + 1) + '"';
        if (auto h = s.heights.find(row); h != s.heights.end())
            x += " ht=\"" + num(h->second) + "\" customHeight=\"1\"";
        x += '>';
        for (const auto &cell : cells)
            x += cell.second;
        x += "</row>";
    }
    x += "</sheetData>";
    if (!s.merges.empty()) {
        x += "<mergeCells count=\"" + QByteArray::number(s.merges.size()) + "\">";
        for (const QByteArray &m : s.merges)
            x += "<mergeCell ref=\"" + m + "\"/>";
        x += "</mergeCells>";
    }
    if (!s.validations.empty()) {
        x += "<dataValidations count=\"" + QByteArray::number(s.validations.size()) + "\">";
        for (const Validation &v : s.validations) {
            // The sheet's words are the units' (Chinese), not the interface's.
            x += QByteArray("<dataValidation type=\"list\" errorStyle=\"") + (v.strict ? "stop" : "warning")
                 + "\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\""
                 + QByteArray("不在可选范围内") + "\" error=\"" + QByteArray("请从下拉列表中选择。")
                 + "\" sqref=\""
                 + cellRef(v.firstRow, v.col) + ':' + cellRef(v.lastRow, v.col) + "\"><formula1>&quot;"
                 + xmlText(v.values.join(QLatin1Char(',')).remove(QLatin1Char('"')), kMaxListChars)
                 + "&quot;</formula1></dataValidation>";
        }
        x += "</dataValidations>";
    }
    x += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
         "<pageSetup paperSize=\"9\" orientation=\"landscape\"/>";
    if (!s.notes.empty())
        x += "<legacyDrawing r:id=\"rId2\"/>";
    x += "</worksheet>";
    return x;
}

QByteArray SurveyXlsxBook::commentsXml(const Sheet &s)
{
    QByteArray x = kXmlHead;
    x += QByteArray("<comments xmlns=\"") + kMainNs + "\"><authors><author>SlimPlan</author></authors><commentList>";
    for (const Note &n : s.notes)
        x += "<comment ref=\"" + cellRef(n.row, n.col) + "\" authorId=\"0\"><text><t xml:space=\"preserve\">"
             + xmlText(n.text) + "</t></text></comment>";
    x += "</commentList></comments>";
    return x;
}

// The legacy VML drawing Excel needs to show comments: one hidden note shape per comment.
QByteArray SurveyXlsxBook::vmlXml(const Sheet &s)
{
    QByteArray x = "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                   " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
                   "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>"
                   "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
                   "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";
    int id = 1025;
    for (const Note &n : s.notes) {
        x += "<v:shape id=\"_x0000_s" + QByteArray::number(id++)
             + "\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:108pt;"
               "height:40pt;z-index:1;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">"
               "<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>"
               "<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>"
               "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
               "<x:Anchor>"
             + QByteArray::number(n.col + 1) + ", 15, " + QByteArray::number(n.row) + ", 2, "
             + QByteArray::number(n.col + 3) + ", 15, " + QByteArray::number(n.row + 3)
             + ", 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>" + QByteArray::number(n.row)
             + "</x:Row><x:Column>" + QByteArray::number(n.col) + "</x:Column></x:ClientData></v:shape>";
    }
    x += "</xml>";
    return x;
}

QByteArray SurveyXlsxBook::workbookXml() const
{
    QByteArray x = kXmlHead;
    x += QByteArray("<workbook xmlns=\"") + kMainNs + "\" xmlns:r=\"" + kRelNs
         + "\"><bookViews><workbookView/></bookViews><sheets>";
    for (std::size_t i = 0; i < m_sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(static_cast<qulonglong>(i + 1));
        x += "<sheet name=\"" + xmlText(m_sheets[i].name, 31) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    }
    x += "</sheets></workbook>";
    return x;
}

QByteArray SurveyXlsxBook::contentTypesXml() const
{
    QByteArray x = kXmlHead;
    x += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>"
         "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    for (std::size_t i = 0; i < m_sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(static_cast<qulonglong>(i + 1));
        x += "<Override PartName=\"/xl/worksheets/sheet" + n
             + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        if (!m_sheets[i].notes.empty())
            x += "<Override PartName=\"/xl/comments" + n
                 + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>";
    }
    x += "</Types>";
    return x;
}

bool SurveyXlsxBook::save(const QString &path, QString *error) const
{
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        if (error)
            *error = Tr::tr("%1: cannot create the workbook").arg(path);
        return false;
    }
    QuaZipFile file(&zip);
    const QByteArray relHead = kXmlHead + QByteArray("<Relationships xmlns=\"") + kPackageRelNs + "\">";
    const QByteArray relType = QByteArray(kRelNs) + '/';
    QByteArray bookRels = relHead;
    bool ok = writePart(file, QStringLiteral("[Content_Types].xml"), contentTypesXml())
              && writePart(file, QStringLiteral("_rels/.rels"),
                           relHead + "<Relationship Id=\"rId1\" Type=\"" + relType
                               + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
              && writePart(file, QStringLiteral("xl/workbook.xml"), workbookXml())
              && writePart(file, QStringLiteral("xl/styles.xml"), QByteArray(kStyles));
    for (std::size_t i = 0; ok && i < m_sheets.size(); ++i) {
        const Sheet &s = m_sheets[i];
        const QString n = QString::number(i + 1);
        bookRels += "<Relationship Id=\"rId" + n.toLatin1() + "\" Type=\"" + relType
                    + "worksheet\" Target=\"worksheets/sheet" + n.toLatin1() + ".xml\"/>";
        ok = writePart(file, QStringLiteral("xl/worksheets/sheet%1.xml").arg(n), sheetXml(s, static_cast<int>(i)));
        if (ok && !s.notes.empty()) {
            ok = writePart(file, QStringLiteral("xl/worksheets/_rels/sheet%1.xml.rels").arg(n),
                           relHead + "<Relationship Id=\"rId1\" Type=\"" + relType + "comments\" Target=\"../comments"
                               + n.toLatin1() + ".xml\"/><Relationship Id=\"rId2\" Type=\"" + relType
                               + "vmlDrawing\" Target=\"../drawings/vmlDrawing" + n.toLatin1()
                               + ".vml\"/></Relationships>")
                 && writePart(file, QStringLiteral("xl/comments%1.xml").arg(n), commentsXml(s))
                 && writePart(file, QStringLiteral("xl/drawings/vmlDrawing%1.vml").arg(n), vmlXml(s));
        }
    }
    bookRels += "<Relationship Id=\"rId" + QByteArray::number(static_cast<qulonglong>(m_sheets.size() + 1))
                + "\" Type=\"" + relType + "styles\" Target=\"styles.xml\"/></Relationships>";
    ok = ok && writePart(file, QStringLiteral("xl/_rels/workbook.xml.rels"), bookRels);
    zip.close();
    if (ok && zip.getZipError() == 0)
        return true;
    QFile::remove(path);
    if (error)
        *error = Tr::tr("%1: cannot write the workbook").arg(path);
    return false;
}

} // namespace slimplan
