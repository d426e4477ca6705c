#include "import/odssheetsource.h"

#include "import/odsbook.h"
#include "import/xlsxarchive.h"
#include "import/xlsxpartdevice.h"
#include "import/xlsxvalues.h"

#include <QDate>

#include <algorithm>
#include <climits>

namespace slimplan {

namespace {

QString qualified(const QString &prefix, const char *local)
{
    return prefix.isEmpty() ? QString::fromLatin1(local) : prefix + u':' + QLatin1String(local);
}

// A repeat or span count as the file gives it: 1 when absent or nonsense, at most INT_MAX.
qint64 count(QStringView value)
{
    if (value.isEmpty())
        return 1;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= 1 ? std::min<qint64>(n, INT_MAX) : 1;
}

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

// The parser runs without namespace processing (it costs a third of the time, as for .xlsx), so
// names are compared qualified, with the prefixes content.xml's root declares.
struct OdsSheetSource::Names
{
    explicit Names(const OdsBook &book)
    {
        const QString t = book.tablePrefix();
        const QString x = book.textPrefix();
        const QString o = book.officePrefix();
        table = qualified(t, "table");
        row = qualified(t, "table-row");
        cell = qualified(t, "table-cell");
        covered = qualified(t, "covered-table-cell");
        rowGroup = qualified(t, "table-row-group");
        headerRows = qualified(t, "table-header-rows");
        rows = qualified(t, "table-rows");
        columnsRepeated = qualified(t, "number-columns-repeated");
        rowsRepeated = qualified(t, "number-rows-repeated");
        rowsSpanned = qualified(t, "number-rows-spanned");
        p = qualified(x, "p");
        h = qualified(x, "h");
        s = qualified(x, "s");
        tab = qualified(x, "tab");
        lineBreak = qualified(x, "line-break");
        list = qualified(x, "list");
        listItem = qualified(x, "list-item");
        listHeader = qualified(x, "list-header");
        note = qualified(x, "note");
        rubyText = qualified(x, "ruby-text");
        spaces = qualified(x, "c");
        textNs = x.isEmpty() ? QString() : x + u':';
        valueType = qualified(o, "value-type");
        value = qualified(o, "value");
        dateValue = qualified(o, "date-value");
        booleanValue = qualified(o, "boolean-value");
        stringValue = qualified(o, "string-value");
        calcextValueType = qualified(book.calcextPrefix(), "value-type");
    }
    QString table, row, cell, covered, rowGroup, headerRows, rows;
    QString columnsRepeated, rowsRepeated, rowsSpanned;
    QString p, h, s, tab, lineBreak, list, listItem, listHeader, note, rubyText, spaces, textNs;
    QString valueType, value, dateValue, booleanValue, stringValue, calcextValueType;
};

OdsSheetSource::OdsSheetSource(QString fileName, std::shared_ptr<const OdsBook> book, int tableIndex)
    : ZipSheetSource(std::move(fileName)),
      m_book(std::move(book)),
      m_tableIndex(tableIndex),
      m_names(std::make_unique<Names>(*m_book))
{
}

OdsSheetSource::~OdsSheetSource() = default;

QString OdsSheetSource::sheetName() const
{
    return m_book->tables().at(m_tableIndex).name;
}

qint64 OdsSheetSource::bytesRead() const
{
    const OdsTableInfo &table = m_book->tables().at(m_tableIndex);
    if (!m_device)
        return m_state == State::Done ? table.size : 0;
    return std::clamp<qint64>(m_device->consumed() - table.offset, 0, table.size);
}

qint64 OdsSheetSource::bytesTotal() const
{
    return m_book->tables().at(m_tableIndex).size;
}

bool OdsSheetSource::start()
{
    // Each table opens the zip on its own and inflates content.xml up to its offset (cheap next
    // to parsing), so tables can be read in any order, even at once.
    QString error;
    const OdsTableInfo &table = m_book->tables().at(m_tableIndex);
    m_archive = std::make_unique<XlsxArchive>(m_book->path(), XlsxArchive::Package::Ods);
    if (!m_archive->open(&error))
        return fail(error);
    // Its own count of decompressed bytes: every table inflates the same part again, which the
    // book has bounded (OdsBook::kMaxReadBytes); the per-part limit still holds for each.
    m_device = m_archive->openPart(QStringLiteral("content.xml"),
                                   std::make_shared<std::atomic<qint64>>(0), &error);
    if (!m_device)
        return fail(error);
    if (!m_device->skipTo(table.offset, m_book->rootTag()))
        return fail(m_device->readError());
    startReading();
    int elements = 0;
    while (!m_xml.atEnd() && elements < 2) {
        if (m_xml.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    if (elements < 2 || m_xml.qualifiedName() != m_names->table) {
        if (!m_device->readError().isEmpty())
            return fail(m_device->readError());
        return fail(tr("content.xml is damaged: the table “%1” is not where it was found").arg(table.name));
    }
    return true;
}

bool OdsSheetSource::next(RawRow &row)
{
    if (m_state == State::NotStarted && !start())
        return false;
    while (m_state == State::Reading) {
        if (m_copiesLeft > 0) {
            handOut(row);
            return true;
        }
        m_nextRow += m_skipAfter;
        m_skipAfter = 0;
        if (!readToRow())
            return false;
    }
    return false;
}

bool OdsSheetSource::readToRow()
{
    const Names &n = *m_names;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.qualifiedName();
            if (name == n.row)
                return readRow();
            if (name == n.rowGroup || name == n.headerRows || name == n.rows)
                ++m_depth;
            else
                m_xml.skipCurrentElement(); // columns, forms, shapes, named ranges
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_depth == 0)
                return finish(); // the table's end: what follows belongs to other tables
            --m_depth;
        }
    }
    return failXml();
}

bool OdsSheetSource::readRow()
{
    const qint64 repeat = count(m_xml.attributes().value(m_names->rowsRepeated));
    m_pattern.cells.clear();
    m_pattern.isDate.clear();
    m_pattern.spans.clear();
    qint64 column = 0;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.qualifiedName();
        if (name == m_names->cell || name == m_names->covered) {
            if (!readCell(&column))
                return false;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return failXml();
    if (m_pattern.cells.isEmpty()) {
        // A blank row is only counted, unless merged values above reach into it.
        const qint64 filled = std::clamp<qint64>(m_fill.lastFilledRow() - m_nextRow + 1, 0, repeat);
        m_copiesLeft = filled;
        m_skipAfter = repeat - filled;
        return true;
    }
    if (m_nextRow + repeat - 1 > kMaxRows) {
        if (repeat > 1)
            return fail(tr("table “%1”: row %2 is repeated %3 times, past the last row (%4) a "
                           "spreadsheet can have: refused")
                            .arg(sheetName())
                            .arg(m_nextRow)
                            .arg(repeat)
                            .arg(kMaxRows));
        return fail(tr("table “%1”: row %2 lies past the last row (%3) a spreadsheet can have: refused")
                        .arg(sheetName())
                        .arg(m_nextRow)
                        .arg(kMaxRows));
    }
    m_copiesLeft = repeat;
    return true;
}

// The text of a cell whose value is in its attributes (numbers, dates, booleans, strings saved
// with their value); false when its paragraphs are the text people see.
bool OdsSheetSource::valueText(const QXmlStreamAttributes &attrs, QString *text, bool *isDate) const
{
    const Names &n = *m_names;
    const QStringView type = attrs.value(n.valueType);
    bool fromValue = true;
    if (attrs.value(n.calcextValueType) == u"error") {
        // #DIV/0! and the like: no value (LibreOffice stores 0 beside the error).
    } else if (type == u"float" || type == u"percentage" || type == u"currency") {
        const QStringView value = attrs.value(n.value);
        fromValue = !value.isEmpty();
        *text = xlsx::numberText(value);
    } else if (type == u"date") {
        const QStringView value = attrs.value(n.dateValue);
        const QStringView day = value.left(10);
        fromValue = QDate::fromString(day, Qt::ISODate).isValid()
                    && (value.size() == 10 || value.at(10) == u'T');
        *isDate = fromValue;
        if (fromValue)
            *text = day.toString();
    } else if (type == u"boolean") {
        const QStringView value = attrs.value(n.booleanValue);
        fromValue = value == u"true" || value == u"false";
        if (fromValue)
            *text = value == u"true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == u"string" && attrs.hasAttribute(n.stringValue)) {
        *text = attrs.value(n.stringValue).toString();
    } else {
        fromValue = false; // strings, times (their text is what people see), no type
    }
    return fromValue;
}

bool OdsSheetSource::readCell(qint64 *column)
{
    const Names &n = *m_names;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    const qint64 repeat = count(attrs.value(n.columnsRepeated));
    m_column = *column;
    if (m_xml.qualifiedName() == n.covered) {
        // The hidden part of a merge: it holds a column, and nothing a person sees.
        m_xml.skipCurrentElement();
        *column += repeat;
        return true;
    }
    QString text;
    bool isDate = false;
    if (valueText(attrs, &text, &isDate)) {
        m_xml.skipCurrentElement();
    } else {
        bool first = true;
        if (!readParagraphs(&text, &first, 0))
            return false;
    }
    if (m_xml.hasError())
        return failXml();
    if (text.isEmpty()) {
        // Empty cells, however often repeated, are never stored: a row ends at its last text.
        *column += repeat;
        return true;
    }
    if (*column + repeat > kMaxColumns)
        return fail(repeat > 1 ? tr("table “%1”: cell %2 is repeated %3 times, past the last column "
                                    "(%4) a spreadsheet can have: refused")
                                     .arg(sheetName(), cellRef(*column))
                                     .arg(repeat)
                                     .arg(kMaxColumns)
                               : tr("table “%1”: cell %2 lies past the last column (%3) a "
                                    "spreadsheet can have: refused")
                                     .arg(sheetName(), cellRef(*column))
                                     .arg(kMaxColumns));
    Pattern &p = m_pattern;
    while (p.cells.size() < *column) {
        p.cells.append(QString());
        p.isDate.append(false);
    }
    const qint64 spanned = count(attrs.value(n.rowsSpanned));
    for (qint64 i = 0; i < repeat; ++i) {
        p.cells.append(text);
        p.isDate.append(isDate);
        if (spanned > 1)
            p.spans.append({int(*column + i), int(spanned)});
    }
    *column += repeat;
    return true;
}

bool OdsSheetSource::readParagraphs(QString *text, bool *first, int depth)
{
    const Names &n = *m_names;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.qualifiedName();
        if (name == n.p || name == n.h) {
            if (!*first && !appendText(text, u"\n"))
                return false;
            *first = false;
            bool collapsible = true; // white space at the start of a paragraph is dropped
            if (!readInline(text, &collapsible, 0))
                return false;
        } else if ((name == n.list || name == n.listItem || name == n.listHeader) && depth < 32) {
            if (!readParagraphs(text, first, depth + 1))
                return false;
        } else {
            m_xml.skipCurrentElement(); // comments (office:annotation), drawings
        }
    }
    return m_state == State::Reading;
}

bool OdsSheetSource::readInline(QString *text, bool *collapsible, int depth)
{
    const Names &n = *m_names;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            return true;
        if (token == QXmlStreamReader::Characters) {
            // ODF collapses runs of white space in the XML to one space; real runs of spaces,
            // tabs and line breaks are elements (text:s, text:tab, text:line-break).
            const QStringView chars = m_xml.text();
            QString run;
            run.reserve(chars.size());
            for (const QChar c : chars) {
                if (!isXmlSpace(c)) {
                    run.append(c);
                    *collapsible = false;
                } else if (!*collapsible) {
                    run.append(u' ');
                    *collapsible = true;
                }
            }
            if (!appendText(text, run))
                return false;
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.qualifiedName();
            if (name == n.s) {
                const qint64 spaces = count(m_xml.attributes().value(n.spaces));
                if (!appendText(text, QString(std::min<qint64>(spaces, xlsx::kMaxCellText + 1), u' ')))
                    return false;
                *collapsible = false;
                m_xml.skipCurrentElement();
            } else if (name == n.tab || name == n.lineBreak) {
                if (!appendText(text, name == n.tab ? u"\t" : u"\n"))
                    return false;
                *collapsible = false;
                m_xml.skipCurrentElement();
            } else if (name == n.note || name == n.rubyText || depth >= 32
                       || (!n.textNs.isEmpty() && !name.startsWith(n.textNs))) {
                m_xml.skipCurrentElement(); // footnotes, ruby annotations, comments, drawings
            } else if (!readInline(text, collapsible, depth + 1)) {
                return false; // spans, links, fields: their text is the cell's
            }
        }
    }
    return failXml();
}

bool OdsSheetSource::appendText(QString *text, QStringView more)
{
    if (text->size() + more.size() > xlsx::kMaxCellText)
        return fail(tr("table “%1”: cell %2 holds more than the %3 characters a cell can hold: refused")
                        .arg(sheetName(), cellRef(m_column))
                        .arg(xlsx::kMaxCellText));
    text->append(more);
    return true;
}

void OdsSheetSource::handOut(RawRow &row)
{
    row.row = static_cast<int>(m_nextRow);
    row.cells = m_pattern.cells;
    row.isDate = m_pattern.isDate;
    row.problems.clear();
    for (const auto &[column, rows] : m_pattern.spans)
        m_fill.add({row.row, int(std::min<qint64>(m_nextRow + rows - 1, kMaxRows)), column});
    m_fill.apply(row);
    ++m_nextRow;
    --m_copiesLeft;
}

bool OdsSheetSource::failXml()
{
    // A damaged deflate stream makes the XML look broken: the device's error says what happened.
    if (!m_device->readError().isEmpty())
        return fail(m_device->readError());
    return fail(tr("content.xml is not well-formed XML in the table “%1”: %2")
                    .arg(sheetName(), m_xml.errorString()));
}

QString OdsSheetSource::cellRef(qint64 column) const
{
    return xlsx::columnName(int(std::min<qint64>(column + 1, INT_MAX))) + QString::number(m_nextRow);
}

} // namespace slimplan
