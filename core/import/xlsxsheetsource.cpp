#include "import/xlsxsheetsource.h"

#include "import/xlsxarchive.h"
#include "import/xlsxpartdevice.h"
#include "import/xlsxvalues.h"
#include "import/xlsxworkbook.h"

#include <QDate>

#include <algorithm>
#include <cctype>

namespace slimplan {

namespace {

constexpr qsizetype kMergeChunk = 256 * 1024;

enum class MergeSearch { Found, None, Failed };

// The part's bytes from its "<mergeCells" (or "<x:mergeCells") on, into *from: only there may the
// name stand after a "<", since text escapes every "<". Read chunk by chunk, keeping only a tail.
MergeSearch findMergeList(XlsxPartDevice &device, QByteArray *from)
{
    static const QByteArray needle("mergeCells");
    constexpr qsizetype kKeep = 96; // a prefix and the needle, split across two chunks
    QByteArray buffer;
    qsizetype start = -1;
    while (start < 0) {
        const QByteArray chunk = device.read(kMergeChunk);
        if (chunk.isEmpty())
            return device.readError().isEmpty() ? MergeSearch::None : MergeSearch::Failed;
        buffer.append(chunk);
        for (qsizetype at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, at + 1)) {
            const qsizetype after = at + needle.size();
            if (after >= buffer.size())
                break; // the next chunk says whether the name ends here
            const char next = buffer.at(after);
            if (next != '>' && next != '/' && next != ' ' && next != '\t' && next != '\r' && next != '\n')
                continue;
            qsizetype open = at - 1;
            if (open >= 0 && buffer.at(open) == ':') {
                while (open > 0 && at - open < kKeep - needle.size()
                       && (std::isalnum(static_cast<unsigned char>(buffer.at(open - 1)))
                           || buffer.at(open - 1) == '_' || buffer.at(open - 1) == '-'
                           || buffer.at(open - 1) == '.' || buffer.at(open - 1) == ':'))
                    --open;
                --open;
            }
            if (open >= 0 && buffer.at(open) == '<') {
                start = open;
                break;
            }
        }
        if (start < 0 && buffer.size() > kKeep)
            buffer.remove(0, buffer.size() - kKeep);
    }
    *from = buffer.mid(start);
    return MergeSearch::Found;
}

} // namespace

XlsxSheetSource::XlsxSheetSource(QString fileName, std::shared_ptr<const XlsxWorkbook> workbook,
                                 int sheetIndex)
    : ZipSheetSource(std::move(fileName)), m_workbook(std::move(workbook)), m_sheetIndex(sheetIndex)
{
}

XlsxSheetSource::~XlsxSheetSource() = default;

QString XlsxSheetSource::sheetName() const
{
    return m_workbook->sheets().at(m_sheetIndex).name;
}

qint64 XlsxSheetSource::bytesRead() const
{
    return m_device ? m_device->consumed() : (m_state == State::Done ? bytesTotal() : 0);
}

qint64 XlsxSheetSource::bytesTotal() const
{
    return m_workbook->sheets().at(m_sheetIndex).size;
}

bool XlsxSheetSource::start()
{
    // Each sheet opens the zip on its own, so several sheets can be read at once or in any order.
    QString error;
    m_archive = std::make_unique<XlsxArchive>(m_workbook->path());
    if (!m_archive->open(&error) || !readMerges(&error))
        return fail(error);
    m_device = m_archive->openPart(m_workbook->sheets().at(m_sheetIndex).part,
                                   m_workbook->bytesCounter(), &error);
    if (!m_device)
        return fail(error);
    startReading();
    return true;
}

bool XlsxSheetSource::readMerges(QString *error)
{
    // <mergeCells> comes after <sheetData>: the part is decompressed once ahead of the rows and
    // searched for it as bytes, without parsing the rows (inflating costs a fraction of parsing).
    // Only there may "<mergeCells" or "<x:mergeCells" stand: text escapes every "<".
    std::unique_ptr<XlsxPartDevice> device = m_archive->openPart(
        m_workbook->sheets().at(m_sheetIndex).part, m_workbook->bytesCounter(), error);
    if (!device)
        return false;
    QByteArray buffer;
    switch (findMergeList(*device, &buffer)) {
    case MergeSearch::Found:
        break;
    case MergeSearch::None:
        return true; // no merged cells
    case MergeSearch::Failed:
        *error = device->readError();
        return false;
    }
    // The merge list itself is parsed as XML, fed chunk by chunk: it may be long.
    QXmlStreamReader xml;
    xml.setNamespaceProcessing(false);
    xml.addData(buffer);
    std::vector<MergeFill::Merge> merges;
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            const QByteArray chunk = device->read(kMergeChunk);
            if (chunk.isEmpty()) {
                if (!device->readError().isEmpty()) {
                    *error = device->readError();
                    return false;
                }
                break;
            }
            xml.addData(chunk);
            continue;
        }
        if (xml.hasError())
            break; // a damaged merge list only costs the filling
        if (token == QXmlStreamReader::EndElement && xlsx::localName(xml) == u"mergeCells")
            break;
        if (token != QXmlStreamReader::StartElement || xlsx::localName(xml) != u"mergeCell")
            continue;
        const QStringView ref = xml.attributes().value(QLatin1String("ref"));
        const qsizetype colon = ref.indexOf(u':');
        int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
        if (colon < 0 || !xlsx::parseCellRef(ref.left(colon), &c1, &r1)
            || !xlsx::parseCellRef(ref.mid(colon + 1), &c2, &r2) || r1 < 1 || r2 < 1)
            continue;
        if (r1 == r2)
            continue; // within one row: stays in its first cell
        if (merges.size() >= std::size_t(kMaxMerges)) {
            *error = tr("the sheet has more than %1 merged ranges: refused").arg(kMaxMerges);
            return false;
        }
        merges.push_back({std::min(r1, r2), std::max(r1, r2), std::min(c1, c2) - 1});
    }
    for (const MergeFill::Merge &m : merges)
        m_fill.add(m);
    return true;
}

bool XlsxSheetSource::next(RawRow &row)
{
    if (m_state == State::NotStarted && !start())
        return false;
    if (m_state != State::Reading)
        return false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return fail(XlsxPartDevice::dtdError(m_device->partName()));
        if (token == QXmlStreamReader::StartElement && xlsx::localName(m_xml) == u"row")
            return readRow(row);
        // What follows the rows (merged ranges, print settings) is not needed.
        if (token == QXmlStreamReader::EndElement && xlsx::localName(m_xml) == u"sheetData")
            break;
    }
    if (m_xml.hasError())
        return fail(m_device->describeError(m_xml));
    return finish();
}

bool XlsxSheetSource::readRow(RawRow &row)
{
    const QStringView r = m_xml.attributes().value(QLatin1String("r"));
    int number = m_lastRow + 1;
    if (!r.isEmpty()) {
        bool ok = false;
        number = r.toInt(&ok);
        if (!ok || number < 1)
            return fail(tr("row number “%1” is not valid").arg(r.toString()));
    }
    if (number > xlsx::kMaxRows)
        return fail(tr("row %1 lies beyond Excel's last row %2: refused").arg(number).arg(xlsx::kMaxRows));
    m_lastRow = number;
    row.row = number;
    row.cells.clear();
    row.isDate.clear();
    int nextColumn = 1;
    while (m_xml.readNextStartElement()) {
        if (xlsx::localName(m_xml) == u"c") {
            if (!readCell(row, &nextColumn))
                return false;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return fail(m_device->describeError(m_xml));
    m_fill.apply(row);
    return true;
}

bool XlsxSheetSource::readCell(RawRow &row, int *nextColumn)
{
    const QXmlStreamAttributes attrs = m_xml.attributes();
    int column = *nextColumn;
    QString ref = attrs.value(QLatin1String("r")).toString();
    if (!ref.isEmpty() && !xlsx::parseCellRef(ref, &column, nullptr))
        return fail(tr("cell reference “%1” is not valid").arg(ref));
    if (ref.isEmpty())
        ref = xlsx::columnName(column) + QString::number(row.row);
    if (column > xlsx::kMaxColumns)
        return fail(tr("cell %1 lies beyond Excel's last column XFD: refused").arg(ref));
    const QString type = attrs.value(QLatin1String("t")).toString();
    bool styleOk = false;
    const int style = attrs.value(QLatin1String("s")).toInt(&styleOk);
    const bool dateStyle = styleOk && m_workbook->isDateStyle(style);

    QString value;
    QString inlineText;
    while (m_xml.readNextStartElement()) {
        if (xlsx::localName(m_xml) == u"v")
            value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xlsx::localName(m_xml) == u"is")
            inlineText = xlsx::readRichText(m_xml);
        else
            m_xml.skipCurrentElement(); // <f> formulas: their cached result is in <v>
    }
    if (m_xml.hasError())
        return fail(m_device->describeError(m_xml));

    bool isDate = false;
    QString text;
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        const QStringList &shared = m_workbook->sharedStrings();
        if (!ok || index < 0 || index >= shared.size())
            return fail(tr("cell %1 refers to shared string %2, which the workbook does not have")
                            .arg(ref, value));
        text = shared.at(index);
    } else if (type == u"inlineStr") {
        text = inlineText;
    } else if (type == u"str") {
        text = xlsx::decodeEscapes(value);
    } else if (type == u"b") {
        text = value == u"1" ? QStringLiteral("TRUE") : value == u"0" ? QStringLiteral("FALSE") : value;
    } else if (type == u"e") {
        text.clear(); // #N/A, #DIV/0!: no value
    } else if (type == u"d") {
        // ISO 8601 date cells (t="d"), written by some tools instead of serials.
        text = value.left(10);
        isDate = QDate::fromString(text, Qt::ISODate).isValid();
        if (!isDate)
            text = value;
    } else {
        std::optional<QString> date;
        if (dateStyle && !value.isEmpty()) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            if (ok)
                date = xlsx::serialToIsoDate(serial, m_workbook->date1904());
        }
        isDate = date.has_value();
        text = isDate ? *date : xlsx::numberText(value);
    }
    if (text.size() > xlsx::kMaxCellText)
        return fail(tr("cell %1 holds %2 characters, more than the %3 a cell can hold: refused")
                        .arg(ref)
                        .arg(text.size())
                        .arg(xlsx::kMaxCellText));

    // Cells are placed by their column; skipped columns are empty.
    while (row.cells.size() < column) {
        row.cells.append(QString());
        row.isDate.append(false);
    }
    row.cells[column - 1] = text;
    row.isDate[column - 1] = isDate;
    *nextColumn = column + 1;
    return true;
}

} // namespace slimplan
