#include "import/odsbook.h"

#include "import/xlsxarchive.h"
#include "import/xlsxpartdevice.h"
#include "import/xmlpartparser.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace slimplan {

namespace {

const QString kOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kStyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kCalcextNs =
    QStringLiteral("urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0");
const QString kContent = QStringLiteral("content.xml");
const QString kManifest = QStringLiteral("META-INF/manifest.xml");
const QString kSpreadsheetMime = QStringLiteral("application/vnd.oasis.opendocument.spreadsheet");

constexpr qsizetype kChunk = 1024 * 1024;
constexpr qsizetype kMaxProlog = 1024 * 1024;

bool isDelimiter(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/';
}

QByteArray elementNeedle(const QString &prefix, const char *local)
{
    return '<' + (prefix.isEmpty() ? QByteArray() : prefix.toUtf8() + ':') + local;
}

// The media type a manifest file-entry gives the package root ("/"), else mime unchanged.
QString rootMediaType(const QXmlStreamAttributes &attrs, const QString &mime)
{
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.name() == u"full-path" && a.value() == u"/")
            return attrs.value(a.namespaceUri().toString(), QStringLiteral("media-type")).toString();
    }
    return mime;
}

} // namespace

// content.xml decompressed chunk by chunk into a window that the scan moves over.
struct OdsBook::Window
{
    XlsxPartDevice *device = nullptr;
    QByteArray bytes;
    qint64 base = 0; // offset of bytes[0] in the part
    bool atEnd = false;

    bool more()
    {
        if (atEnd)
            return false;
        const QByteArray chunk = device->read(kChunk);
        if (chunk.isEmpty()) {
            atEnd = true;
            return false;
        }
        bytes.append(chunk);
        return true;
    }
    // Makes bytes[index] available; false when the part ends first.
    bool reach(qsizetype index)
    {
        while (bytes.size() <= index) {
            if (!more())
                return false;
        }
        return true;
    }
    // The next what at or after from, reading on while the window stays under limit bytes.
    qsizetype find(const QByteArray &what, qsizetype from, qsizetype limit)
    {
        while (true) {
            const qsizetype at = bytes.indexOf(what, from);
            if (at >= 0)
                return at;
            from = std::max<qsizetype>(from, bytes.size() - what.size() + 1);
            if (bytes.size() > limit || !more())
                return -1;
        }
    }
    // The '>' that ends the tag starting at from (quoted '>' skipped), -1 if none near.
    qsizetype tagEnd(qsizetype from)
    {
        char quote = 0;
        for (qsizetype i = from;; ++i) {
            if (i - from > OdsBook::kMaxTagBytes || !reach(i))
                return -1;
            const char c = bytes.at(i);
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
    }
    // Every failure to find what a spreadsheet has is, first, a failure to read the part.
    bool missing(const QString &what, QString *error) const
    {
        *error = device->readError().isEmpty() ? what : device->readError();
        return false;
    }
    void drop(qsizetype count)
    {
        bytes.remove(0, count);
        base += count;
    }
};

OdsBook::OdsBook(QString path) : m_path(std::move(path)) {}

std::shared_ptr<OdsBook> OdsBook::load(const QString &path, QString *error)
{
    std::shared_ptr<OdsBook> book(new OdsBook(path));
    XlsxArchive zip(path, XlsxArchive::Package::Ods);
    if (!zip.open(error) || !book->checkPackage(zip, error) || !book->scanContent(zip, error))
        return nullptr;
    return book;
}

bool OdsBook::checkPackage(XlsxArchive &zip, QString *error)
{
    QString mime;
    if (zip.contains(QStringLiteral("mimetype"))) {
        std::unique_ptr<XlsxPartDevice> device = zip.openPart(QStringLiteral("mimetype"), m_bytes, error);
        if (!device)
            return false;
        mime = QString::fromLatin1(device->read(200)).trimmed();
        if (!device->readError().isEmpty()) {
            *error = device->readError();
            return false;
        }
    }
    bool encrypted = false;
    if (zip.contains(kManifest)) {
        const bool ok = parseXmlPart(zip, kManifest, m_bytes, error, [&](QXmlStreamReader &xml) {
            if (xml.name() == u"encryption-data")
                encrypted = true;
            else if (xml.name() == u"file-entry" && mime.isEmpty())
                mime = rootMediaType(xml.attributes(), mime);
            return true;
        });
        if (!ok)
            return false;
    }
    if (encrypted) {
        *error = tr("the spreadsheet is protected by a password: open it in LibreOffice, save it "
                    "without the password and import it again");
        return false;
    }
    // The mimetype entry is what tells an .ods from an .odt in the same zip format.
    if (!mime.isEmpty() && mime != kSpreadsheetMime && mime != kSpreadsheetMime + QStringLiteral("-template")) {
        if (mime == u"application/vnd.oasis.opendocument.text")
            *error = tr("this is a text document (.odt), not a spreadsheet: put its table into a "
                        "spreadsheet, save that as .ods or .xlsx and import it");
        else
            *error = tr("this is not a spreadsheet (the file says it is %1): only .ods "
                        "spreadsheets can be read")
                         .arg(mime.left(100));
        return false;
    }
    if (!zip.contains(kContent)) {
        *error = tr("the file has no content.xml: it is not an .ods spreadsheet, or it is damaged");
        return false;
    }
    return true;
}

bool OdsBook::scanContent(XlsxArchive &zip, QString *error)
{
    std::unique_ptr<XlsxPartDevice> device = zip.openPart(kContent, m_bytes, error);
    if (!device)
        return false;
    Window w;
    w.device = device.get();
    qsizetype rootEnd = -1;
    if (!readProlog(w, &rootEnd, error) || !readHead(w, rootEnd, error) || !findTables(w, error))
        return false;
    if (!device->readError().isEmpty()) {
        *error = device->readError();
        return false;
    }
    return measureTables(device->consumed(), error);
}

// The prolog, up to the root element: an XML declaration, comments, no DTD.
bool OdsBook::readProlog(Window &w, qsizetype *rootEnd, QString *error)
{
    const QString notOdf = tr("content.xml is not the content of an OpenDocument spreadsheet");
    w.more();
    if (w.bytes.startsWith("\xFF\xFE") || w.bytes.startsWith("\xFE\xFF")) {
        *error = tr("content.xml is not encoded in UTF-8 as OpenDocument files are: refused");
        return false;
    }
    qsizetype pos = w.bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype root = -1;
    while (root < 0) {
        const qsizetype lt = w.find("<", pos, kMaxProlog);
        if (lt < 0 || !w.reach(lt + 4))
            return w.missing(notOdf, error);
        const QByteArray head = w.bytes.mid(lt, 4);
        if (head.startsWith("<?")) {
            const qsizetype end = w.find("?>", lt, kMaxProlog);
            if (end < 0)
                return w.missing(notOdf, error);
            const QByteArray decl = w.bytes.mid(lt, end - lt).toLower();
            const qsizetype enc = decl.indexOf("encoding");
            if (enc >= 0 && !decl.mid(enc).contains("utf-8") && !decl.mid(enc).contains("utf8")) {
                *error = tr("content.xml is not encoded in UTF-8 as OpenDocument files are: refused");
                return false;
            }
            pos = end + 2;
        } else if (head.startsWith("<!--")) {
            const qsizetype end = w.find("-->", lt, kMaxProlog);
            if (end < 0)
                return w.missing(notOdf, error);
            pos = end + 3;
        } else if (head.startsWith("<!")) {
            *error = XlsxPartDevice::dtdError(kContent);
            return false;
        } else {
            root = lt;
        }
    }
    *rootEnd = w.tagEnd(root);
    if (*rootEnd < 0)
        return w.missing(notOdf, error);
    return readRoot(w.bytes.mid(root, *rootEnd - root + 1), error);
}

// The head: automatic styles, which say which tables are hidden.
bool OdsBook::readHead(Window &w, qsizetype rootEnd, QString *error)
{
    const QByteArray bodyNeedle = elementNeedle(m_officePrefix, "body");
    qsizetype body = rootEnd + 1;
    while (true) {
        body = w.find(bodyNeedle, body, kMaxHeadBytes);
        if (body < 0 || !w.reach(body + bodyNeedle.size()))
            return w.missing(tr("content.xml has no body within its first %1 MB: it is not an "
                                "OpenDocument spreadsheet")
                                 .arg(kMaxHeadBytes / 1000000),
                             error);
        if (isDelimiter(w.bytes.at(body + bodyNeedle.size())))
            break;
        ++body;
    }
    if (!readTableStyles(w.bytes.mid(rootEnd + 1, body - rootEnd - 1), error))
        return false;
    w.drop(body);
    return true;
}

// The tables, found as bytes: text escapes every "<", so only markup can hold "<table:table ".
bool OdsBook::findTables(Window &w, QString *error)
{
    const QByteArray tableNeedle = elementNeedle(m_tablePrefix, "table");
    qsizetype pos = 0;
    while (true) {
        const qsizetype at = w.bytes.indexOf(tableNeedle, pos);
        if (at < 0) {
            const qsizetype keep = std::min<qsizetype>(w.bytes.size(), tableNeedle.size());
            w.drop(w.bytes.size() - keep);
            pos = 0;
            if (!w.more())
                break;
            continue;
        }
        if (!w.reach(at + tableNeedle.size()))
            break;
        if (!isDelimiter(w.bytes.at(at + tableNeedle.size()))) {
            pos = at + 1; // table:table-row and the like
            continue;
        }
        const qsizetype end = w.tagEnd(at);
        if (end < 0)
            return w.missing(tr("content.xml is cut off inside a table's start tag"), error);
        QByteArray tag = w.bytes.mid(at, end - at + 1);
        if (!tag.endsWith("/>"))
            tag.insert(tag.size() - 1, '/');
        QXmlStreamReader xml(m_rootTag + tag + "</" + m_rootName + '>');
        OdsTableInfo table;
        table.offset = w.base + at;
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && ++elements == 2) {
                table.name = xml.attributes().value(kTableNs, QStringLiteral("name")).toString();
                table.hidden = m_hiddenStyles.contains(
                    xml.attributes().value(kTableNs, QStringLiteral("style-name")).toString());
            }
        }
        if (xml.hasError()) {
            *error = tr("content.xml is not well-formed XML (a table's start tag): %1").arg(xml.errorString());
            return false;
        }
        if (m_tables.size() >= kMaxTables) {
            *error = tr("the spreadsheet has more than %1 tables: refused").arg(kMaxTables);
            return false;
        }
        m_tables.append(table);
        pos = end + 1;
    }
    return true;
}

// Each table's size, up to the next one; refused when reading them all would inflate too much.
bool OdsBook::measureTables(qint64 total, QString *error)
{
    qint64 work = 0;
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        OdsTableInfo &table = m_tables[i];
        table.size = (i + 1 < m_tables.size() ? m_tables.at(i + 1).offset : total) - table.offset;
        if (!table.hidden)
            work += table.offset + table.size;
    }
    if (work > kMaxReadBytes) {
        *error = tr("the spreadsheet has %1 tables in %2 MB of content.xml: too many to read "
                    "(refused as a possible denial of service)")
                     .arg(m_tables.size())
                     .arg(total / 1000000);
        return false;
    }
    return true;
}

bool OdsBook::readRoot(const QByteArray &tag, QString *error)
{
    qsizetype nameEnd = 1;
    while (nameEnd < tag.size() && !isDelimiter(tag.at(nameEnd)))
        ++nameEnd;
    m_rootName = tag.mid(1, nameEnd - 1);
    if (tag.endsWith("/>")) {
        *error = tr("content.xml is empty: the spreadsheet has no table");
        return false;
    }
    m_rootTag = tag;
    QXmlStreamReader xml(tag + "</" + m_rootName + '>');
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) {
    }
    if (xml.hasError() || xml.namespaceUri() != kOfficeNs || xml.name() != u"document-content") {
        *error = tr("content.xml is not the content of an OpenDocument spreadsheet");
        return false;
    }
    for (const QXmlStreamNamespaceDeclaration &ns : xml.namespaceDeclarations()) {
        const QString prefix = ns.prefix().toString();
        if (ns.namespaceUri() == kOfficeNs)
            m_officePrefix = prefix;
        else if (ns.namespaceUri() == kTableNs)
            m_tablePrefix = prefix;
        else if (ns.namespaceUri() == kTextNs)
            m_textPrefix = prefix;
        else if (ns.namespaceUri() == kStyleNs)
            m_stylePrefix = prefix;
        else if (ns.namespaceUri() == kCalcextNs)
            m_calcextPrefix = prefix;
    }
    return true;
}

bool OdsBook::readTableStyles(const QByteArray &head, QString *error)
{
    QXmlStreamReader xml(m_rootTag + head + "</" + m_rootName + '>');
    QString style;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"style") {
            style.clear();
        } else if (token == QXmlStreamReader::StartElement && xml.namespaceUri() == kStyleNs) {
            const QXmlStreamAttributes attrs = xml.attributes();
            if (xml.name() == u"style" && attrs.value(kStyleNs, QStringLiteral("family")) == u"table")
                style = attrs.value(kStyleNs, QStringLiteral("name")).toString();
            else if (xml.name() == u"table-properties" && !style.isEmpty()
                     && attrs.value(kTableNs, QStringLiteral("display")) == u"false")
                m_hiddenStyles.insert(style);
        }
    }
    if (xml.hasError()) {
        *error = tr("content.xml is not well-formed XML (in its styles): %1").arg(xml.errorString());
        return false;
    }
    return true;
}

} // namespace slimplan
