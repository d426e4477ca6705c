#include "report/docxparts.h"

namespace slimplan::docx {

namespace {
const QByteArray kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const QByteArray kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// One paragraph style: font (east Asian and Latin), size in points, bold, alignment, indent and
// spacing as WordprocessingML fragments.
QByteArray style(const char *id, const char *name, const char *font, double pt, bool bold,
                 const char *jc, const QByteArray &ind, int outline = -1, const char *color = nullptr)
{
    const QByteArray sz = QByteArray::number(qRound(pt * 2));
    QByteArray s = QByteArray("<w:style w:type=\"paragraph\" w:customStyle=\"") + (outline < 0 ? "1" : "0")
                   + "\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                   + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Body\"/><w:qFormat/><w:pPr>";
    if (outline >= 0)
        s += "<w:keepNext/>";
    s += "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + QByteArray::number(kLinePitch)
         + "\" w:lineRule=\"exact\"/>" + ind + "<w:jc w:val=\"" + jc + "\"/>";
    if (outline >= 0)
        s += "<w:outlineLvl w:val=\"" + QByteArray::number(outline) + "\"/>";
    s += QByteArray("</w:pPr><w:rPr><w:rFonts w:ascii=\"") + font + "\" w:hAnsi=\"" + font + "\" w:eastAsia=\""
         + font + "\" w:cs=\"" + font + "\"/>";
    if (bold)
        s += "<w:b/><w:bCs/>";
    if (color)
        s += QByteArray("<w:color w:val=\"") + color + "\"/>";
    s += "<w:sz w:val=\"" + sz + "\"/><w:szCs w:val=\"" + sz + "\"/></w:rPr></w:style>";
    return s;
}

const QByteArray kTwoChars = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
const QByteArray kNoIndent = "<w:ind w:firstLine=\"0\"/>";
} // namespace

QByteArray contentTypes(int images)
{
    QByteArray t = kXmlHead
                   + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                     "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                     "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    if (images > 0)
        t += "<Default Extension=\"png\" ContentType=\"image/png\"/>";
    t += "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
         "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
         "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
         "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
         "</Types>";
    return t;
}

QByteArray packageRels()
{
    return kXmlHead
           + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             "<Relationship Id=\"rId1\" Type=\"" + kRelNs + "officeDocument\" Target=\"word/document.xml\"/>"
             "</Relationships>";
}

QByteArray documentRels(int images)
{
    QByteArray r = kXmlHead
                   + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"rIdStyles\" Type=\"" + kRelNs + "styles\" Target=\"styles.xml\"/>"
                     "<Relationship Id=\"rIdSettings\" Type=\"" + kRelNs + "settings\" Target=\"settings.xml\"/>"
                     "<Relationship Id=\"rIdFooterOdd\" Type=\"" + kRelNs + "footer\" Target=\"footer1.xml\"/>"
                     "<Relationship Id=\"rIdFooterEven\" Type=\"" + kRelNs + "footer\" Target=\"footer2.xml\"/>";
    for (int i = 1; i <= images; ++i)
        r += "<Relationship Id=\"rIdImg" + QByteArray::number(i) + "\" Type=\"" + kRelNs
             + "image\" Target=\"media/figure" + QByteArray::number(i) + ".png\"/>";
    r += "</Relationships>";
    return r;
}

QByteArray styles()
{
    // Chinese characters are 3号 = 16 pt, so two characters are 640 twips.
    QByteArray s = kXmlHead
                   + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                     "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\" "
                     "w:eastAsia=\"仿宋_GB2312\" w:cs=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
                     "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
                     "<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                     "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
                     "<w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
                     "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                     "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>";
    s += style("Title", "Title", "方正小标宋简体", 22, false, "center", kNoIndent);
    s += style("Heading1", "heading 1", "黑体", 16, false, "both", kTwoChars, 0);
    s += style("Heading2", "heading 2", "楷体_GB2312", 16, false, "both", kTwoChars, 1);
    s += style("Heading3", "heading 3", "仿宋_GB2312", 16, true, "both", kTwoChars, 2);
    s += style("Body", "Body", "仿宋_GB2312", 16, false, "both", kTwoChars);
    s += style("Addressee", "Addressee", "仿宋_GB2312", 16, false, "left", kNoIndent);
    s += style("Closing", "Closing", "仿宋_GB2312", 16, false, "both", kTwoChars);
    s += style("AnnexList", "Annex List", "仿宋_GB2312", 16, false, "left",
               "<w:ind w:left=\"1600\" w:hanging=\"960\"/>");
    s += style("Signature", "Signature", "仿宋_GB2312", 16, false, "right", "<w:ind w:right=\"1280\"/>");
    s += style("Date", "Date", "仿宋_GB2312", 16, false, "right", "<w:ind w:right=\"1280\"/>");
    s += style("AnnexLabel", "Annex Label", "黑体", 16, false, "left", kNoIndent);
    s += style("AnnexTitle", "Annex Title", "方正小标宋简体", 16, false, "center", kNoIndent);
    s += style("Note", "Note", "仿宋_GB2312", 14, false, "left", kNoIndent);
    s += style("Issuer", "Issuer", "方正小标宋简体", 36, false, "center", kNoIndent, -1, "D01010");
    s += style("DocNumber", "Document Number", "仿宋_GB2312", 16, false, "center", kNoIndent);
    // Table cells: 五号 (10.5 pt), single-spaced, no indent.
    s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/>"
         "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" "
         "w:lineRule=\"auto\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:pPr><w:snapToGrid w:val=\"0\"/></w:pPr>"
         "<w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\" w:cs=\"宋体\"/>"
         "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
         "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
         "<w:tblPr><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
         "</w:styles>";
    return s;
}

QByteArray settings()
{
    return kXmlHead
           + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
             "<w:evenAndOddHeaders/><w:defaultTabStop w:val=\"640\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
             "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
             "w:val=\"15\"/></w:compat></w:settings>";
}

QByteArray footer(bool odd)
{
    // 4号 宋体, one character (14 pt = 280 twips) from the edge of the text block.
    const QByteArray para = odd ? "<w:jc w:val=\"right\"/><w:ind w:right=\"280\"/>" : "<w:jc w:val=\"left\"/><w:ind w:left=\"280\"/>";
    return kXmlHead
           + "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
             "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/>" + para + "</w:pPr>"
             "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
             "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
             "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
             "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
}

} // namespace slimplan::docx
