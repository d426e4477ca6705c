#include "util/jsontext.h"

#include <QLocale>

#include <cmath>

namespace slimplan::jsontext {

namespace {
const char kHex[] = "0123456789abcdef";

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads a \uXXXX escape at p (pointing after the 'u'); -1 if malformed.
int readHex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}
} // namespace

void appendString(QByteArray &out, QStringView s)
{
    const QByteArray utf8 = s.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    const char *run = p; // copy unescaped runs in one go
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            out.append(esc, 6);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void appendStringArray(QByteArray &out, const QStringList &list)
{
    out.append('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out.append(',');
        appendString(out, list.at(i));
    }
    out.append(']');
}

void appendNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out.append("null", 4);
        return;
    }
    out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void appendReal(QByteArray &out, double d)
{
    const qsizetype start = out.size();
    appendNumber(out, d);
    const QByteArrayView written = QByteArrayView(out).sliced(start);
    if (written != "null" && !written.contains('.') && !written.contains('e'))
        out.append(".0", 2);
}

QStringList stringTokens(const char *data, qsizetype size)
{
    QStringList out;
    const char *p = data;
    const char *end = data + size;
    QByteArray buf;
    while (p < end) {
        if (*p != '"') {
            ++p;
            continue;
        }
        ++p;
        const char *start = p;
        while (p < end && *p != '"' && *p != '\\')
            ++p;
        if (p < end && *p == '"') { // fast path: nothing escaped
            out << QString::fromUtf8(start, p - start);
            ++p;
            continue;
        }
        buf = QByteArray(start, p - start);
        while (p < end && *p != '"') {
            if (*p != '\\') {
                buf.append(*p++);
                continue;
            }
            if (++p >= end)
                break;
            const char e = *p++;
            switch (e) {
            case 'n': buf.append('\n'); break;
            case 'r': buf.append('\r'); break;
            case 't': buf.append('\t'); break;
            case 'b': buf.append('\b'); break;
            case 'f': buf.append('\f'); break;
            case 'u': {
                int cp = readHex4(p, end);
                if (cp < 0)
                    break;
                p += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                    const int lo = readHex4(p + 2, end);
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        p += 6;
                    }
                }
                const char32_t c32 = static_cast<char32_t>(cp);
                buf.append(QString::fromUcs4(&c32, 1).toUtf8());
                break;
            }
            default: buf.append(e); // \" \\ \/
            }
        }
        out << QString::fromUtf8(buf);
        if (p < end)
            ++p; // closing quote
    }
    return out;
}

QByteArray encodeStringPairs(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray out;
    out.append('{');
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (i)
            out.append(',');
        appendString(out, pairs.at(i).first);
        out.append(':');
        appendString(out, pairs.at(i).second);
    }
    out.append('}');
    return out;
}

QList<QPair<QString, QString>> decodeStringPairs(const char *data, qsizetype size)
{
    const QStringList tokens = stringTokens(data, size);
    QList<QPair<QString, QString>> out;
    out.reserve(tokens.size() / 2);
    for (qsizetype i = 0; i + 1 < tokens.size(); i += 2)
        out.append({tokens.at(i), tokens.at(i + 1)});
    return out;
}

} // namespace slimplan::jsontext
