#include "import/xlsxvalues.h"

#include <QDate>
#include <QXmlStreamReader>

#include <charconv>
#include <cmath>

namespace slimplan::xlsx {

bool isDateFormatId(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
           || (id >= 50 && id <= 58);
}

bool isDateFormatCode(QStringView code)
{
    bool inQuote = false;
    int bracketDepth = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuote) {
            inQuote = c != u'"';
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inQuote = true;
            break;
        case u'[':
            ++bracketDepth;
            break;
        case u']':
            bracketDepth = std::max(0, bracketDepth - 1);
            break;
        case u'\\': // the next character is a literal
        case u'_':  // the next character only sets a width
        case u'*':  // the next character fills the cell
            ++i;
            break;
        default:
            if (bracketDepth == 0) {
                const char16_t l = c.toLower().unicode();
                if (l == u'y' || l == u'm' || l == u'd' || l == u'h')
                    return true;
            }
        }
    }
    return false;
}

std::optional<QString> serialToIsoDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1.0 || serial >= 2958466.0)
        return std::nullopt;
    // Round to the millisecond first, as Excel does, so 45000.99999999999 is still day 45000.
    const qint64 ms = std::llround(serial * 86400000.0);
    const qint64 day = ms / 86400000;
    if (day < 1)
        return std::nullopt;
    QDate date;
    // 9999-12-31 is serial 2958465 in the 1900 system but 2957003 in the 1904 one; a later day
    // has five year digits, which the text below cannot hold.
    if (date1904 && day > 2958465 - 1462)
        return std::nullopt;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(day);
    else if (day == 60)
        return QStringLiteral("1900-02-29"); // Lotus' phantom day: shown as written, not invented
    else
        date = (day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(day);
    // By hand: QDate::toString() costs a twentieth of a big sheet's read time.
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    const char16_t text[10] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10), u'-',
                               char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-',
                               char16_t(u'0' + d / 10), char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

namespace {

bool isPlainInteger(QStringView s)
{
    qsizetype i = (!s.isEmpty() && (s.front() == u'-' || s.front() == u'+')) ? 1 : 0;
    if (i >= s.size())
        return false;
    for (; i < s.size(); ++i) {
        if (s.at(i) < u'0' || s.at(i) > u'9')
            return false;
    }
    return true;
}

} // namespace

QString numberText(QStringView raw)
{
    const QStringView s = raw.trimmed();
    if (s.isEmpty())
        return QString();
    // Integers are kept digit for digit: an 18-digit ID number must not pass through a double.
    if (isPlainInteger(s))
        return s.front() == u'+' ? s.mid(1).toString() : s.toString();
    // "1234.000" → "1234" without a double for the same reason.
    const qsizetype dot = s.indexOf(u'.');
    if (dot > 0 && isPlainInteger(s.left(dot))) {
        const QStringView frac = s.mid(dot + 1);
        if (!frac.isEmpty() && std::all_of(frac.begin(), frac.end(), [](QChar c) { return c == u'0'; }))
            return numberText(s.left(dot));
    }
    const QByteArray latin = s.toLatin1();
    double value = 0;
    const auto [end, ec] = std::from_chars(latin.constData(), latin.constData() + latin.size(), value);
    if (ec != std::errc() || end != latin.constData() + latin.size() || !std::isfinite(value))
        return s.toString();
    if (value == 0)
        return QStringLiteral("0");
    // Excel keeps 15 significant digits of what people type and shows no more: 1.1+2.2 is
    // stored as 3.3000000000000003 and shown as 3.3.
    char buf[400];
    {
        const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 15);
        if (res.ec == std::errc())
            std::from_chars(buf, res.ptr, value);
    }
    // Shortest text that reads back as the same double, in plain notation while it stays readable.
    const double mag = std::fabs(value);
    const auto format = (mag >= 1e21 || mag < 1e-9) ? std::chars_format::general
                                                    : std::chars_format::fixed;
    const auto res = std::to_chars(buf, buf + sizeof buf, value, format);
    if (res.ec != std::errc())
        return s.toString();
    return QString::fromLatin1(buf, res.ptr - buf);
}

bool parseCellRef(QStringView ref, int *column, int *row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (col > 1000000)
            return false;
        ++i;
    }
    if (i == 0)
        return false;
    qint64 r = 0;
    const qsizetype digitsFrom = i;
    while (i < ref.size() && ref.at(i) >= u'0' && ref.at(i) <= u'9') {
        r = r * 10 + (ref.at(i).unicode() - u'0');
        if (r > 100000000)
            return false;
        ++i;
    }
    if (i != ref.size() || (i > digitsFrom && r == 0))
        return false;
    *column = static_cast<int>(col);
    if (row)
        *row = static_cast<int>(r);
    return true;
}

QString columnName(int column)
{
    QString name;
    while (column > 0) {
        const int rem = (column - 1) % 26;
        name.prepend(QChar(u'A' + rem));
        column = (column - 1) / 26;
    }
    return name;
}

QString decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x'
            && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

QStringView localName(const QXmlStreamReader &xml)
{
    const QStringView name = xml.qualifiedName();
    const qsizetype colon = name.indexOf(u':');
    return colon < 0 ? name : name.mid(colon + 1);
}

QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    int skipFrom = 0;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (skipFrom == 0 && localName(xml) == u"rPh") {
                skipFrom = depth;
            } else if (skipFrom == 0 && localName(xml) == u"t") {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == skipFrom)
                skipFrom = 0;
            --depth;
        }
    }
    return decodeEscapes(text);
}

} // namespace slimplan::xlsx
