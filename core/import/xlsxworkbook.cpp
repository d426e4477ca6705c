#include "import/xlsxworkbook.h"

#include "import/xlsxarchive.h"
#include "import/xlsxpartdevice.h"
#include "import/xlsxvalues.h"
#include "import/xmlpartparser.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

namespace slimplan {

namespace {

// "worksheets/sheet1.xml" next to "xl/workbook.xml" is "xl/worksheets/sheet1.xml"; a target
// starting with "/" is from the package root. Empty when it climbs out of the package.
QString resolveTarget(const QString &sourcePart, const QString &target)
{
    QString path;
    if (target.startsWith(u'/')) {
        path = target;
    } else {
        const qsizetype slash = sourcePart.lastIndexOf(u'/');
        path = (slash < 0 ? QString() : sourcePart.left(slash + 1)) + target;
    }
    path = QDir::cleanPath(path);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.startsWith(QLatin1String("..")))
        return QString();
    return path;
}

QString relsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1)
           + QStringLiteral(".rels");
}

bool isTrue(QStringView v)
{
    return v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
}

} // namespace

XlsxWorkbook::XlsxWorkbook(QString path) : m_path(std::move(path)) {}

std::shared_ptr<XlsxWorkbook> XlsxWorkbook::load(const QString &path, QString *error)
{
    std::shared_ptr<XlsxWorkbook> book(new XlsxWorkbook(path));
    XlsxArchive zip(path);
    if (!zip.open(error) || !book->readRootRels(zip, error) || !book->readWorkbook(zip, error)
        || !book->readWorkbookRels(zip, error) || !book->readSharedStrings(zip, error)
        || !book->readStyles(zip, error))
        return nullptr;
    for (XlsxSheetInfo &sheet : book->m_sheets)
        sheet.size = zip.partSize(sheet.part);
    return book;
}

bool XlsxWorkbook::readRootRels(XlsxArchive &zip, QString *error)
{
    const QString part = QStringLiteral("_rels/.rels");
    if (!zip.contains(part))
        return true; // not conforming, but the default location may still hold the workbook
    return parseXmlPart(zip, part, m_bytes, error, [this](QXmlStreamReader &xml) {
        if (xml.name() == u"Relationship"
            && xml.attributes().value(QLatin1String("Type")).endsWith(u"/officeDocument")) {
            const QString target = resolveTarget(QString(), xml.attributes().value(QLatin1String("Target")).toString());
            if (!target.isEmpty())
                m_workbookPart = target;
        }
        return true;
    });
}

bool XlsxWorkbook::readWorkbook(XlsxArchive &zip, QString *error)
{
    if (!zip.contains(m_workbookPart)) {
        if (!zip.contains(QStringLiteral("xl/workbook.xml"))) {
            *error = tr("the zip archive has no xl/workbook.xml: it is not an Excel workbook");
            return false;
        }
        m_workbookPart = QStringLiteral("xl/workbook.xml");
    }
    const bool ok = parseXmlPart(zip, m_workbookPart, m_bytes, error, [&](QXmlStreamReader &xml) {
        const QXmlStreamAttributes attrs = xml.attributes();
        if (xml.name() == u"workbookPr") {
            m_date1904 = isTrue(attrs.value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            if (m_sheets.size() >= kMaxSheets) {
                *error = tr("the workbook has more than %1 sheets: refused").arg(kMaxSheets);
                return false;
            }
            XlsxSheetInfo sheet;
            sheet.name = attrs.value(QLatin1String("name")).toString();
            const QStringView state = attrs.value(QLatin1String("state"));
            sheet.hidden = state == u"hidden" || state == u"veryHidden";
            QString relId;
            for (const QXmlStreamAttribute &a : attrs) {
                if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    relId = a.value().toString();
            }
            m_sheets.append(sheet);
            m_sheetRelIds.append(relId);
        }
        return true;
    });
    return ok;
}

bool XlsxWorkbook::readWorkbookRels(XlsxArchive &zip, QString *error)
{
    const QString part = relsPartOf(m_workbookPart);
    if (!zip.contains(part)) {
        *error = tr("the workbook has no %1: it does not say where its sheets are").arg(part);
        return false;
    }
    QHash<QString, QString> worksheetTargets;
    const bool ok = parseXmlPart(zip, part, m_bytes, error, [&](QXmlStreamReader &xml) {
        if (xml.name() != u"Relationship")
            return true;
        const QXmlStreamAttributes attrs = xml.attributes();
        if (attrs.value(QLatin1String("TargetMode")) == u"External")
            return true;
        const QStringView type = attrs.value(QLatin1String("Type"));
        const QString target = resolveTarget(m_workbookPart, attrs.value(QLatin1String("Target")).toString());
        if (type.endsWith(u"/worksheet"))
            worksheetTargets.insert(attrs.value(QLatin1String("Id")).toString(), target);
        else if (type.endsWith(u"/sharedStrings"))
            m_sharedStringsPart = target;
        else if (type.endsWith(u"/styles"))
            m_stylesPart = target;
        return true;
    });
    if (!ok)
        return false;
    QList<XlsxSheetInfo> worksheets;
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        // Chart sheets and dialog sheets have no rows: they are left out.
        const auto it = worksheetTargets.constFind(m_sheetRelIds.at(i));
        if (it == worksheetTargets.cend())
            continue;
        if (!zip.contains(*it)) {
            *error = tr("the sheet “%1” is missing from the file (no part %2)")
                         .arg(m_sheets.at(i).name, *it);
            return false;
        }
        XlsxSheetInfo sheet = m_sheets.at(i);
        sheet.part = *it;
        worksheets.append(sheet);
    }
    m_sheets = worksheets;
    m_sheetRelIds.clear();
    return true;
}

bool XlsxWorkbook::readSharedStrings(XlsxArchive &zip, QString *error)
{
    if (m_sharedStringsPart.isEmpty() || !zip.contains(m_sharedStringsPart))
        return true; // a workbook of numbers only has none
    return parseXmlPart(zip, m_sharedStringsPart, m_bytes, error, [this](QXmlStreamReader &xml) {
        if (xml.name() == u"si")
            m_sharedStrings.append(xlsx::readRichText(xml));
        return true;
    });
}

bool XlsxWorkbook::readStyles(XlsxArchive &zip, QString *error)
{
    if (m_stylesPart.isEmpty() || !zip.contains(m_stylesPart))
        return true;
    QHash<int, bool> customIsDate;
    return parseXmlPart(zip, m_stylesPart, m_bytes, error, [&](QXmlStreamReader &xml) {
        if (xml.name() == u"numFmt") {
            const QXmlStreamAttributes attrs = xml.attributes();
            customIsDate.insert(attrs.value(QLatin1String("numFmtId")).toInt(),
                                xlsx::isDateFormatCode(attrs.value(QLatin1String("formatCode"))));
        } else if (xml.name() == u"cellXfs") {
            // Only the cell formats count: a cell's s="n" indexes this list (cellStyleXfs also
            // holds <xf> elements).
            while (xml.readNextStartElement()) {
                if (xml.name() == u"xf") {
                    bool ok = false;
                    const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt(&ok);
                    const bool date = ok && customIsDate.contains(id) ? customIsDate.value(id)
                                                                      : xlsx::isDateFormatId(id);
                    m_dateStyles.append(date);
                }
                xml.skipCurrentElement();
            }
        }
        return true;
    });
}

} // namespace slimplan
