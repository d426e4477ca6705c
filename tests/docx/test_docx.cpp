// The plan as an editable .docx (issue #19 part 3): the package is unzipped (QuaZip, through the
// importer's XlsxArchive) and its WordprocessingML parsed — title text, headings, a table whose
// header row repeats, landscape annex sections, the page-number footers — and, when LibreOffice
// is installed, converted to PDF and read back with pdftotext.

#include "../gui_report/reportfixture.h"

#include "import/xlsxarchive.h"
#include "import/xlsxpartdevice.h"
#include "report/docxwriter.h"
#include "report/plandocument.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <atomic>

using namespace slimplan;

namespace {
QByteArray part(const QString &docx, const QString &name)
{
    XlsxArchive zip(docx);
    QString error;
    if (!zip.open(&error))
        return {};
    auto total = std::make_shared<std::atomic<qint64>>(0);
    std::unique_ptr<XlsxPartDevice> device = zip.openPart(name, total, &error);
    return device ? device->readAll() : QByteArray();
}

// What document.xml holds, as the test looks at it.
struct Parsed
{
    QStringList paragraphs;      // text of each top-level paragraph (not in tables)
    QStringList styles;          // its style
    int tables = 0;
    int headerRows = 0;          // rows marked w:tblHeader
    QStringList firstHeaderCells; // the first table's header cells
    int sections = 0;            // sectPr elements
    int landscapeSections = 0;
    int footerRefs = 0;
    QString error;
};

Parsed parse(const QByteArray &xml)
{
    Parsed p;
    QXmlStreamReader r(xml);
    int tableDepth = 0;
    bool inHeaderRow = false, inParagraph = false;
    QString text, style, cell;
    while (!r.atEnd()) {
        r.readNext();
        const auto name = r.name();
        if (r.isStartElement()) {
            if (name == QLatin1String("tbl")) {
                ++tableDepth;
                ++p.tables;
            } else if (name == QLatin1String("tblHeader")) {
                ++p.headerRows;
                inHeaderRow = p.headerRows == 1;
            } else if (name == QLatin1String("p") && tableDepth == 0) {
                inParagraph = true;
                text.clear();
                style.clear();
            } else if (name == QLatin1String("pStyle") && inParagraph) {
                style = r.attributes().value(QLatin1String("w:val")).toString();
            } else if (name == QLatin1String("t")) {
                const QString t = r.readElementText();
                if (inParagraph)
                    text += t;
                else if (inHeaderRow)
                    cell += t;
            } else if (name == QLatin1String("sectPr")) {
                ++p.sections;
            } else if (name == QLatin1String("pgSz")
                       && r.attributes().value(QLatin1String("w:orient")) == QLatin1String("landscape")) {
                ++p.landscapeSections;
            } else if (name == QLatin1String("footerReference")) {
                ++p.footerRefs;
            }
        } else if (r.isEndElement()) {
            if (name == QLatin1String("tbl"))
                --tableDepth;
            else if (name == QLatin1String("tc") && inHeaderRow) {
                p.firstHeaderCells << cell;
                cell.clear();
            } else if (name == QLatin1String("tr"))
                inHeaderRow = false;
            else if (name == QLatin1String("p") && inParagraph) {
                inParagraph = false;
                p.paragraphs << text;
                p.styles << style;
            }
        }
    }
    if (r.hasError())
        p.error = r.errorString();
    return p;
}
} // namespace

class TestDocx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = reportfixture::makeSample(60, QStringLiteral("示例县"));
        m_options.regionName = QStringLiteral("示例县");
        m_options.language = QStringLiteral("zh_CN");
        m_options.planDate = QDate(2026, 11, 22);
        m_settings.kind = doc::Kind::Qingshi;
        m_settings.issuer = QStringLiteral("示例县委网信办文件");
        m_settings.number = QStringLiteral("示网信〔2026〕12号");
        m_document = planDocument(m_sample.inventory, m_sample.plan, m_options, m_settings);
        m_path = m_dir.filePath(QStringLiteral("plan.docx"));
        QString error;
        QVERIFY2(writePlanDocx(m_sample.inventory, m_sample.plan, m_options, m_settings, m_path, &error),
                 qPrintable(error));
    }

    void packageHasTheParts()
    {
        const QByteArray types = part(m_path, QStringLiteral("[Content_Types].xml"));
        QVERIFY(types.contains("wordprocessingml.document.main+xml"));
        QVERIFY(part(m_path, QStringLiteral("_rels/.rels")).contains("Target=\"word/document.xml\""));
        const QByteArray rels = part(m_path, QStringLiteral("word/_rels/document.xml.rels"));
        QVERIFY(rels.contains("Target=\"styles.xml\""));
        QVERIFY(rels.contains("Target=\"footer1.xml\""));
        QVERIFY(part(m_path, QStringLiteral("word/settings.xml")).contains("<w:evenAndOddHeaders/>"));
    }

    void stylesNameTheOfficialFonts()
    {
        const QString styles = QString::fromUtf8(part(m_path, QStringLiteral("word/styles.xml")));
        QXmlStreamReader r(styles);
        QHash<QString, QPair<QString, int>> fontOf; // styleId -> (east Asian font, half-points)
        QString id;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            if (r.name() == QLatin1String("style"))
                id = r.attributes().value(QLatin1String("w:styleId")).toString();
            else if (r.name() == QLatin1String("rFonts") && !id.isEmpty())
                fontOf[id].first = r.attributes().value(QLatin1String("w:eastAsia")).toString();
            else if (r.name() == QLatin1String("sz") && !id.isEmpty())
                fontOf[id].second = r.attributes().value(QLatin1String("w:val")).toInt();
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(fontOf.value(QStringLiteral("Title")), qMakePair(QStringLiteral("方正小标宋简体"), 44)); // 2号 22 pt
        QCOMPARE(fontOf.value(QStringLiteral("Body")), qMakePair(QStringLiteral("仿宋_GB2312"), 32));  // 3号 16 pt
        QCOMPARE(fontOf.value(QStringLiteral("Heading1")), qMakePair(QStringLiteral("黑体"), 32));
        QCOMPARE(fontOf.value(QStringLiteral("Heading2")), qMakePair(QStringLiteral("楷体_GB2312"), 32));
        QCOMPARE(fontOf.value(QStringLiteral("Footer")), qMakePair(QStringLiteral("宋体"), 28));      // 4号 14 pt
    }

    void documentMatchesTheModel()
    {
        const Parsed p = parse(part(m_path, QStringLiteral("word/document.xml")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        // Masthead, then the title as the document model has it.
        QCOMPARE(p.paragraphs.value(0), m_settings.issuer);
        QCOMPARE(p.styles.value(0), QStringLiteral("Issuer"));
        QCOMPARE(p.paragraphs.value(1), m_settings.number);
        const qsizetype title = p.styles.indexOf(QStringLiteral("Title"));
        QVERIFY(title > 0);
        QCOMPARE(p.paragraphs.at(title), m_document.title);
        QVERIFY(m_document.title.contains(QStringLiteral("请示")));
        // Every heading of the model, in order, with its style.
        QStringList modelHeadings, docxHeadings;
        for (const doc::Block &b : m_document.sections.front().blocks)
            if (const auto *para = std::get_if<doc::Paragraph>(&b); para && para->role == doc::Role::Heading1)
                modelHeadings << para->text;
        for (qsizetype i = 0; i < p.paragraphs.size(); ++i)
            if (p.styles.at(i) == QLatin1String("Heading1"))
                docxHeadings << p.paragraphs.at(i);
        QVERIFY(modelHeadings.size() >= 3);
        QCOMPARE(docxHeadings, modelHeadings);
        QVERIFY(docxHeadings.first().startsWith(QStringLiteral("一、")));
        QVERIFY(p.paragraphs.contains(QStringLiteral("妥否，请批示。")));
        QVERIFY(p.styles.contains(QStringLiteral("Heading2")));
        // One section per part of the model; the wide annexes landscape; footers on each.
        QCOMPARE(p.sections, static_cast<int>(m_document.sections.size()));
        int landscape = 0;
        for (const doc::Section &s : m_document.sections)
            landscape += s.landscape ? 1 : 0;
        QVERIFY(landscape >= 1);
        QCOMPARE(p.landscapeSections, landscape);
        QCOMPARE(p.footerRefs, 2 * p.sections);
        // The tables: each with its header row repeated; the first one's header as the model's.
        int tables = 0;
        QStringList firstHeader;
        for (const doc::Section &s : m_document.sections)
            for (const doc::Block &b : s.blocks)
                if (const auto *t = std::get_if<doc::Table>(&b)) {
                    if (tables++ == 0)
                        firstHeader = t->header;
                }
        QVERIFY(tables >= 2);
        QCOMPARE(p.tables, tables);
        QCOMPARE(p.headerRows, tables);
        QCOMPARE(p.firstHeaderCells, firstHeader);
        QVERIFY(p.styles.contains(QStringLiteral("AnnexLabel")));
        QVERIFY(p.paragraphs.contains(QStringLiteral("附件1")));
    }

    void footerShowsThePageNumber()
    {
        const QString odd = QString::fromUtf8(part(m_path, QStringLiteral("word/footer1.xml")));
        const QString even = QString::fromUtf8(part(m_path, QStringLiteral("word/footer2.xml")));
        QVERIFY(odd.contains(QStringLiteral("— </w:t>")));
        QVERIFY(odd.contains(QStringLiteral(" PAGE ")));
        QVERIFY(odd.contains(QStringLiteral("<w:jc w:val=\"right\"/>")));
        QVERIFY(even.contains(QStringLiteral("<w:jc w:val=\"left\"/>")));
    }

    void portraitPageHasTheOfficialMargins()
    {
        const QString xml = QString::fromUtf8(part(m_path, QStringLiteral("word/document.xml")));
        // top 37 mm, left 28 mm; 210 − 28 − 156 = 26 mm right; 297 − 37 − 225 = 35 mm bottom.
        QVERIFY(xml.contains(QStringLiteral("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\"")));
    }

    void badTextAndPathsDoNotBreakIt()
    {
        doc::Document d;
        d.title = QStringLiteral("控制\x01字符") + QChar(0xD800);
        d.body().blocks.push_back(doc::Paragraph{doc::Role::Title, d.title});
        doc::Table t;
        t.header = {QStringLiteral("a"), QStringLiteral("b")};
        t.rows = {{QStringLiteral("1")}, {QStringLiteral("组"), QStringLiteral("x")}}; // a short row
        t.groupRows = {1, 7};
        t.weights = {1};
        d.body().blocks.push_back(t);
        const QString path = m_dir.filePath(QStringLiteral("odd.docx"));
        QString error;
        QVERIFY2(writeDocx(d, path, &error), qPrintable(error));
        const Parsed p = parse(part(path, QStringLiteral("word/document.xml")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.paragraphs.value(0), QStringLiteral("控制字符"));
        QCOMPARE(p.tables, 1);
        QVERIFY(!writeDocx(d, m_dir.filePath(QStringLiteral("missing/dir/x.docx")), &error));
        QVERIFY(error.contains(QStringLiteral("x.docx")));
    }

    void libreOfficeReadsItBack()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (soffice.isEmpty() || pdftotext.isEmpty())
            QSKIP("soffice or pdftotext is not installed");
        QProcess convert;
        convert.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                QStringLiteral("--outdir"), m_dir.path(), m_path});
        QVERIFY(convert.waitForFinished(300000));
        const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
        QProcess text;
        text.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("妥否，请批示。")));
        // pdftotext drops the narrow spaces around a single digit: "—1—" or "— 1 —".
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("—\\s*1\\s*—"))));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("—\\s*2\\s*—"))));
        // LibreOffice spaces Latin digits from Chinese text: "附件 1".
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("附件\\s*1"))));
    }

private:
    QTemporaryDir m_dir;
    reportfixture::Sample m_sample;
    ReportOptions m_options;
    DocumentSettings m_settings;
    doc::Document m_document;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestDocx)
#include "test_docx.moc"
