#include "report/docxwriter.h"

#include "report/docxparts.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamWriter>

#include <algorithm>
#include <numeric>

namespace slimplan {

namespace {

using doc::Role;
using namespace docx;

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
constexpr int kEmuPerMm = 36000;

QString styleOf(Role role)
{
    switch (role) {
    case Role::Title: return QStringLiteral("Title");
    case Role::Addressee: return QStringLiteral("Addressee");
    case Role::Body: return QStringLiteral("Body");
    case Role::Heading1: return QStringLiteral("Heading1");
    case Role::Heading2: return QStringLiteral("Heading2");
    case Role::Heading3: return QStringLiteral("Heading3");
    case Role::Closing: return QStringLiteral("Closing");
    case Role::AnnexList: return QStringLiteral("AnnexList");
    case Role::Signature: return QStringLiteral("Signature");
    case Role::Date: return QStringLiteral("Date");
    case Role::AnnexLabel: return QStringLiteral("AnnexLabel");
    case Role::AnnexTitle: return QStringLiteral("AnnexTitle");
    case Role::Note: return QStringLiteral("Note");
    }
    return QStringLiteral("Body");
}

// Text without the characters XML 1.0 cannot carry (control characters, lone surrogates).
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0xfffe
                   || c.unicode() == 0xffff) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

class BodyWriter
{
public:
    explicit BodyWriter(QIODevice *device) : x(device) {}

    void begin()
    {
        x.writeStartDocument(QStringLiteral("1.0"), true);
        x.writeNamespace(kW, QStringLiteral("w"));
        x.writeStartElement(kW, QStringLiteral("document"));
        x.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"), QStringLiteral("r"));
        x.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"), QStringLiteral("wp"));
        x.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"), QStringLiteral("a"));
        x.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"), QStringLiteral("pic"));
        x.writeStartElement(kW, QStringLiteral("body"));
    }

    void end(bool landscape)
    {
        sectPr(landscape);
        x.writeEndElement(); // body
        x.writeEndElement(); // document
        x.writeEndDocument();
    }

    // One paragraph of a style; "\n" in the text becomes a line break.
    void paragraph(const QString &style, const QString &text, const QString &jc = QString(), bool bold = false)
    {
        x.writeStartElement(kW, QStringLiteral("p"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        val(QStringLiteral("pStyle"), style);
        if (!jc.isEmpty())
            val(QStringLiteral("jc"), jc);
        x.writeEndElement();
        run(text, bold);
        x.writeEndElement();
    }

    // The last paragraph of a section that is not the document's last carries its sectPr.
    void sectionBreak(bool landscape)
    {
        x.writeStartElement(kW, QStringLiteral("p"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        sectPr(landscape);
        x.writeEndElement();
        x.writeEndElement();
    }

    void pageBreak()
    {
        x.writeStartElement(kW, QStringLiteral("p"));
        x.writeStartElement(kW, QStringLiteral("r"));
        x.writeEmptyElement(kW, QStringLiteral("br"));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("page"));
        x.writeEndElement();
        x.writeEndElement();
    }

    void table(const doc::Table &t, int width)
    {
        const int cols = std::max<int>(1, static_cast<int>(t.header.size()));
        std::vector<double> weights(t.weights.begin(), t.weights.end());
        if (static_cast<int>(weights.size()) != cols || std::accumulate(weights.begin(), weights.end(), 0.0) <= 0)
            weights.assign(static_cast<std::size_t>(cols), 1.0);
        const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
        std::vector<int> widths;
        for (double w : weights)
            widths.push_back(std::max(200, static_cast<int>(width * w / sum)));
        std::vector<bool> numeric(static_cast<std::size_t>(cols), false);
        for (int c : t.numericColumns)
            if (c >= 0 && c < cols)
                numeric[static_cast<std::size_t>(c)] = true;
        std::vector<bool> group(t.rows.size(), false);
        for (int r : t.groupRows)
            if (r >= 0 && r < static_cast<int>(t.rows.size()))
                group[static_cast<std::size_t>(r)] = true;

        x.writeStartElement(kW, QStringLiteral("tbl"));
        x.writeStartElement(kW, QStringLiteral("tblPr"));
        x.writeEmptyElement(kW, QStringLiteral("tblW"));
        x.writeAttribute(kW, QStringLiteral("w"), QString::number(width));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
        val(QStringLiteral("jc"), QStringLiteral("center"));
        x.writeStartElement(kW, QStringLiteral("tblBorders"));
        for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            x.writeEmptyElement(kW, QString::fromLatin1(side));
            x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("single"));
            x.writeAttribute(kW, QStringLiteral("sz"), QStringLiteral("4"));
            x.writeAttribute(kW, QStringLiteral("space"), QStringLiteral("0"));
            x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("000000"));
        }
        x.writeEndElement();
        x.writeEmptyElement(kW, QStringLiteral("tblLayout"));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("fixed"));
        x.writeEndElement(); // tblPr
        x.writeStartElement(kW, QStringLiteral("tblGrid"));
        for (int w : widths) {
            x.writeEmptyElement(kW, QStringLiteral("gridCol"));
            x.writeAttribute(kW, QStringLiteral("w"), QString::number(w));
        }
        x.writeEndElement();

        row(t.header, widths, numeric, true, false);
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            row(t.rows[r], widths, numeric, false, group[r]);
        x.writeEndElement(); // tbl
        // Word needs a paragraph between a table and what follows (a section break, a table).
        paragraph(QStringLiteral("TableText"), QString());
    }

    void figure(const doc::Figure &f, int image, double maxWidthMm)
    {
        const double scale = f.widthMm > maxWidthMm && f.widthMm > 0 ? maxWidthMm / f.widthMm : 1.0;
        const QString cx = QString::number(static_cast<qint64>(f.widthMm * scale * kEmuPerMm));
        const QString cy = QString::number(static_cast<qint64>(f.heightMm * scale * kEmuPerMm));
        const QString wp = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        const QString a = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
        const QString pic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
        x.writeStartElement(kW, QStringLiteral("p"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        val(QStringLiteral("pStyle"), QStringLiteral("TableText"));
        val(QStringLiteral("jc"), QStringLiteral("center"));
        x.writeEndElement();
        x.writeStartElement(kW, QStringLiteral("r"));
        x.writeStartElement(kW, QStringLiteral("drawing"));
        x.writeStartElement(wp, QStringLiteral("inline"));
        for (const char *d : {"distT", "distB", "distL", "distR"})
            x.writeAttribute(QString::fromLatin1(d), QStringLiteral("0"));
        x.writeEmptyElement(wp, QStringLiteral("extent"));
        x.writeAttribute(QStringLiteral("cx"), cx);
        x.writeAttribute(QStringLiteral("cy"), cy);
        x.writeEmptyElement(wp, QStringLiteral("docPr"));
        x.writeAttribute(QStringLiteral("id"), QString::number(image));
        x.writeAttribute(QStringLiteral("name"), QStringLiteral("Figure %1").arg(image));
        x.writeAttribute(QStringLiteral("descr"), xmlSafe(f.caption));
        x.writeStartElement(a, QStringLiteral("graphic"));
        x.writeStartElement(a, QStringLiteral("graphicData"));
        x.writeAttribute(QStringLiteral("uri"), pic);
        x.writeStartElement(pic, QStringLiteral("pic"));
        x.writeStartElement(pic, QStringLiteral("nvPicPr"));
        x.writeEmptyElement(pic, QStringLiteral("cNvPr"));
        x.writeAttribute(QStringLiteral("id"), QString::number(image));
        x.writeAttribute(QStringLiteral("name"), QStringLiteral("figure%1.png").arg(image));
        x.writeEmptyElement(pic, QStringLiteral("cNvPicPr"));
        x.writeEndElement();
        x.writeStartElement(pic, QStringLiteral("blipFill"));
        x.writeEmptyElement(a, QStringLiteral("blip"));
        x.writeAttribute(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                         QStringLiteral("embed"), QStringLiteral("rIdImg%1").arg(image));
        x.writeStartElement(a, QStringLiteral("stretch"));
        x.writeEmptyElement(a, QStringLiteral("fillRect"));
        x.writeEndElement();
        x.writeEndElement(); // blipFill
        x.writeStartElement(pic, QStringLiteral("spPr"));
        x.writeStartElement(a, QStringLiteral("xfrm"));
        x.writeEmptyElement(a, QStringLiteral("off"));
        x.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        x.writeEmptyElement(a, QStringLiteral("ext"));
        x.writeAttribute(QStringLiteral("cx"), cx);
        x.writeAttribute(QStringLiteral("cy"), cy);
        x.writeEndElement();
        x.writeStartElement(a, QStringLiteral("prstGeom"));
        x.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        x.writeEmptyElement(a, QStringLiteral("avLst"));
        x.writeEndElement();
        x.writeEndElement(); // spPr
        x.writeEndElement(); // pic
        x.writeEndElement(); // graphicData
        x.writeEndElement(); // graphic
        x.writeEndElement(); // inline
        x.writeEndElement(); // drawing
        x.writeEndElement(); // r
        x.writeEndElement(); // p
        if (!f.caption.isEmpty())
            paragraph(QStringLiteral("Note"), f.caption, QStringLiteral("center"));
    }

    void numberLine(const QString &number)
    {
        // The 发文字号 centred with the red rule under it (GB/T 9704 7.2.4).
        x.writeStartElement(kW, QStringLiteral("p"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        val(QStringLiteral("pStyle"), QStringLiteral("DocNumber"));
        x.writeStartElement(kW, QStringLiteral("pBdr"));
        x.writeEmptyElement(kW, QStringLiteral("bottom"));
        x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("single"));
        x.writeAttribute(kW, QStringLiteral("sz"), QStringLiteral("12"));
        x.writeAttribute(kW, QStringLiteral("space"), QStringLiteral("8"));
        x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("D01010"));
        x.writeEndElement();
        x.writeEndElement();
        run(number, false);
        x.writeEndElement();
    }

    bool hasError() const { return x.hasError(); }

private:
    void val(const QString &element, const QString &value)
    {
        x.writeEmptyElement(kW, element);
        x.writeAttribute(kW, QStringLiteral("val"), value);
    }

    void run(const QString &text, bool bold)
    {
        if (text.isEmpty())
            return;
        x.writeStartElement(kW, QStringLiteral("r"));
        if (bold) {
            x.writeStartElement(kW, QStringLiteral("rPr"));
            x.writeEmptyElement(kW, QStringLiteral("b"));
            x.writeEndElement();
        }
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                x.writeEmptyElement(kW, QStringLiteral("br"));
            const QStringList parts = xmlSafe(lines.at(i)).split(QLatin1Char('\t'));
            for (qsizetype j = 0; j < parts.size(); ++j) {
                if (j > 0)
                    x.writeEmptyElement(kW, QStringLiteral("tab"));
                if (parts.at(j).isEmpty())
                    continue;
                x.writeStartElement(kW, QStringLiteral("t"));
                x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                x.writeCharacters(parts.at(j));
                x.writeEndElement();
            }
        }
        x.writeEndElement();
    }

    void row(const QStringList &cells, const std::vector<int> &widths, const std::vector<bool> &numeric, bool header,
             bool group)
    {
        const int cols = static_cast<int>(widths.size());
        x.writeStartElement(kW, QStringLiteral("tr"));
        x.writeStartElement(kW, QStringLiteral("trPr"));
        x.writeEmptyElement(kW, QStringLiteral("cantSplit"));
        if (header)
            x.writeEmptyElement(kW, QStringLiteral("tblHeader"));
        x.writeEndElement();
        const int n = group ? 1 : cols;
        for (int c = 0; c < n; ++c) {
            x.writeStartElement(kW, QStringLiteral("tc"));
            x.writeStartElement(kW, QStringLiteral("tcPr"));
            x.writeEmptyElement(kW, QStringLiteral("tcW"));
            x.writeAttribute(kW, QStringLiteral("w"),
                             QString::number(group ? std::accumulate(widths.begin(), widths.end(), 0)
                                                   : widths[static_cast<std::size_t>(c)]));
            x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
            if (group && cols > 1)
                val(QStringLiteral("gridSpan"), QString::number(cols));
            if (header) {
                x.writeEmptyElement(kW, QStringLiteral("shd"));
                x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("clear"));
                x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("auto"));
                x.writeAttribute(kW, QStringLiteral("fill"), QStringLiteral("E8E8E8"));
            }
            val(QStringLiteral("vAlign"), QStringLiteral("center"));
            x.writeEndElement(); // tcPr
            const QString jc = header ? QStringLiteral("center")
                                      : (!group && numeric[static_cast<std::size_t>(c)] ? QStringLiteral("right") : QString());
            paragraph(QStringLiteral("TableText"), cells.value(c), jc, header || group);
            x.writeEndElement(); // tc
        }
        x.writeEndElement(); // tr
    }

    void sectPr(bool landscape)
    {
        x.writeStartElement(kW, QStringLiteral("sectPr"));
        for (const auto &[type, id] : {std::pair{"default", "rIdFooterOdd"}, std::pair{"even", "rIdFooterEven"}}) {
            x.writeEmptyElement(kW, QStringLiteral("footerReference"));
            x.writeAttribute(kW, QStringLiteral("type"), QString::fromLatin1(type));
            x.writeAttribute(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                             QStringLiteral("id"), QString::fromLatin1(id));
        }
        val(QStringLiteral("type"), QStringLiteral("nextPage"));
        x.writeEmptyElement(kW, QStringLiteral("pgSz"));
        x.writeAttribute(kW, QStringLiteral("w"), QString::number(landscape ? kPageLong : kPageShort));
        x.writeAttribute(kW, QStringLiteral("h"), QString::number(landscape ? kPageShort : kPageLong));
        if (landscape)
            x.writeAttribute(kW, QStringLiteral("orient"), QStringLiteral("landscape"));
        // Landscape: the text block turned, its 37 mm side on the left, the binding edge on top.
        const int top = landscape ? kLeftMargin : kTopMargin;
        const int left = landscape ? kTopMargin : kLeftMargin;
        const int right = (landscape ? kPageLong - kBlockHeight : kPageShort - kBlockWidth) - left;
        const int bottom = (landscape ? kPageShort - kBlockWidth : kPageLong - kBlockHeight) - top;
        x.writeEmptyElement(kW, QStringLiteral("pgMar"));
        x.writeAttribute(kW, QStringLiteral("top"), QString::number(top));
        x.writeAttribute(kW, QStringLiteral("right"), QString::number(right));
        x.writeAttribute(kW, QStringLiteral("bottom"), QString::number(bottom));
        x.writeAttribute(kW, QStringLiteral("left"), QString::number(left));
        x.writeAttribute(kW, QStringLiteral("header"), QStringLiteral("851"));
        x.writeAttribute(kW, QStringLiteral("footer"), QString::number(landscape ? 567 : kFooterDistance));
        x.writeAttribute(kW, QStringLiteral("gutter"), QStringLiteral("0"));
        x.writeEmptyElement(kW, QStringLiteral("docGrid"));
        // A line grid only: LibreOffice and Word read a character grid's pitch differently.
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("lines"));
        x.writeAttribute(kW, QStringLiteral("linePitch"), QString::number(kLinePitch));
        x.writeEndElement();
    }

    QXmlStreamWriter x;
};

struct Package
{
    QuaZip zip;
    QuaZipFile file;
    explicit Package(const QString &path) : zip(path), file(&zip) {}

    bool open(const QString &name)
    {
        QuaZipNewInfo info(name);
        info.dateTime = QDateTime(QDate(2000, 1, 1), QTime(0, 0)); // the same input gives the same bytes
        return file.open(QIODevice::WriteOnly, info);
    }
    bool part(const QString &name, const QByteArray &data)
    {
        if (!open(name))
            return false;
        const bool ok = file.write(data) == data.size();
        file.close();
        return ok && file.getZipError() == 0;
    }
};

void writeSection(BodyWriter &w, const doc::Section &section, int *image)
{
    const int width = section.landscape ? kBlockHeight : kBlockWidth;
    for (const doc::Block &block : section.blocks) {
        if (const auto *p = std::get_if<doc::Paragraph>(&block)) {
            w.paragraph(styleOf(p->role), p->text);
        } else if (const auto *t = std::get_if<doc::Table>(&block)) {
            w.table(*t, width);
        } else if (const auto *f = std::get_if<doc::Figure>(&block)) {
            if (!f->png.isEmpty())
                w.figure(*f, ++*image, section.landscape ? 225 : 156);
        } else if (std::holds_alternative<doc::PageBreak>(block)) {
            w.pageBreak();
        }
    }
}

} // namespace

bool writeDocx(const doc::Document &document, const QString &path, QString *error)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, what);
        return false;
    };
    std::vector<const QByteArray *> images;
    for (const doc::Section &s : document.sections)
        for (const doc::Block &b : s.blocks)
            if (const auto *f = std::get_if<doc::Figure>(&b); f && !f->png.isEmpty())
                images.push_back(&f->png);
    const int imageCount = static_cast<int>(images.size());

    Package pkg(path);
    pkg.zip.setUtf8Enabled(true);
    if (!pkg.zip.open(QuaZip::mdCreate))
        return fail(QCoreApplication::translate("slimplan::DocxWriter", "cannot create the document"));
    bool ok = pkg.part(QStringLiteral("[Content_Types].xml"), contentTypes(imageCount))
              && pkg.part(QStringLiteral("_rels/.rels"), packageRels())
              && pkg.part(QStringLiteral("word/_rels/document.xml.rels"), documentRels(imageCount))
              && pkg.part(QStringLiteral("word/styles.xml"), styles())
              && pkg.part(QStringLiteral("word/settings.xml"), settings())
              && pkg.part(QStringLiteral("word/footer1.xml"), footer(true))
              && pkg.part(QStringLiteral("word/footer2.xml"), footer(false));
    for (int i = 0; ok && i < imageCount; ++i)
        ok = pkg.part(QStringLiteral("word/media/figure%1.png").arg(i + 1), *images[static_cast<std::size_t>(i)]);
    if (ok && pkg.open(QStringLiteral("word/document.xml"))) {
        BodyWriter w(&pkg.file);
        w.begin();
        if (!document.issuer.isEmpty())
            w.paragraph(QStringLiteral("Issuer"), document.issuer);
        if (!document.number.isEmpty())
            w.numberLine(document.number);
        if (!document.issuer.isEmpty() || !document.number.isEmpty())
            w.paragraph(QStringLiteral("Body"), QString()); // a blank line above the title
        int image = 0;
        const std::size_t n = document.sections.size();
        for (std::size_t i = 0; i < n; ++i) {
            writeSection(w, document.sections[i], &image);
            // Each section ends with its break; the next (an annex) starts on a new page.
            if (i + 1 < n)
                w.sectionBreak(document.sections[i].landscape);
        }
        w.end(n > 0 && document.sections.back().landscape);
        ok = !w.hasError();
        pkg.file.close();
        ok = ok && pkg.file.getZipError() == 0;
    } else {
        ok = false;
    }
    pkg.zip.close();
    if (!ok || pkg.zip.getZipError() != 0)
        return fail(QCoreApplication::translate("slimplan::DocxWriter", "cannot write the document"));
    return true;
}

bool writePlanDocx(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                   const DocumentSettings &settings, const QString &path, QString *error)
{
    return writeDocx(planDocument(inventory, plan, options, settings), path, error);
}

} // namespace slimplan
