#include "import/normalizenumbers.h"
#include "import/normalize.h"
#include "import/normalizewords.h"

#include <QLocale>
#include <QString>

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace slimplan {

using namespace normalizewords;

namespace {

// Fast path for what machines write: plain ASCII digits, and plain decimals ("12.5") as well when
// no exact integer is wanted. False when the text is anything else (the caller folds it then).
bool parsePlainNumber(QStringView d, double *value, bool *fractional, qint64 *exactInt)
{
    qint64 v = 0;
    bool digits = true;
    for (QChar c : d) {
        if (!isAsciiDigit(c)) {
            digits = false;
            break;
        }
        v = v * 10 + (c.unicode() - u'0');
    }
    if (!digits && exactInt == nullptr) {
        std::array<char, 24> buf{};
        bool plain = true;
        int dots = 0;
        for (qsizetype i = 0; i < d.size(); ++i) {
            const char16_t c = d[i].unicode();
            plain = plain && ((c >= u'0' && c <= u'9') || (c == u'.' && ++dots == 1)
                              || (c == u'-' && i == 0));
            buf[static_cast<std::size_t>(i)] = static_cast<char>(c);
        }
        double dv = 0;
        if (plain && d.back() != QLatin1Char('.')
            && std::from_chars(buf.data(), buf.data() + d.size(), dv).ec == std::errc()) {
            *value = dv;
            *fractional = std::floor(dv) != dv;
            return true;
        }
    }
    if (digits) {
        *value = static_cast<double>(v);
        *fractional = false;
        if (exactInt)
            *exactInt = v;
        return true;
    }
    return false;
}

// Removes the words people type around a folded number (约1200, 1200人, 300余) and its scale
// suffix (万, 亿, k, …); returns the multiplier the suffix stands for.
double stripNumberWords(QString &t)
{
    // "约1200", "近3000": approximations people type; the number is what they mean.
    for (const char16_t *p : {u"约", u"近", u"大约"}) {
        if (t.startsWith(QStringView(p)))
            t.remove(0, static_cast<int>(QStringView(p).size()));
    }
    // Unit words after the number ("1200人", "35篇") carry no scale.
    static const QString unitChars = QStringLiteral("人个名户次条篇位家部件");
    while (!t.isEmpty() && unitChars.contains(t.back()))
        t.chop(1);
    for (const char16_t *s : {u"余", u"多", u"+"}) {
        if (t.endsWith(QStringView(s)))
            t.chop(static_cast<int>(QStringView(s).size()));
    }
    static const std::pair<const char16_t *, double> scales[] = {
        {u"百万", 1e6}, {u"千万", 1e7}, {u"万亿", 1e12}, {u"亿", 1e8}, {u"万", 1e4},
        {u"千", 1e3},  {u"w", 1e4},   {u"W", 1e4},     {u"k", 1e3},  {u"K", 1e3}};
    for (const auto &[suffix, m] : scales) {
        const QStringView sv(suffix);
        if (t.size() > sv.size() && t.endsWith(sv)) {
            t.chop(static_cast<int>(sv.size()));
            return m;
        }
    }
    return 1.0;
}

// Reads what is left once the words are stripped: digits, a sign, a decimal point, an exponent.
bool parseStrippedNumber(const QString &t, double multiplier, double *value, bool *fractional,
                         qint64 *exactInt)
{
    bool digit = false;
    bool plainInteger = true;
    for (int i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (isAsciiDigit(c)) {
            digit = true;
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('+'))
                   && (i == 0 || t.at(i - 1) == QLatin1Char('e') || t.at(i - 1) == QLatin1Char('E'))) {
            // sign at the start or after an exponent
        } else if (c == QLatin1Char('.') || c == QLatin1Char('e') || c == QLatin1Char('E')) {
            plainInteger = false;
        } else {
            return false;
        }
    }
    if (!digit)
        return false;
    bool ok = false;
    if (plainInteger && multiplier == 1.0) {
        const qint64 v = t.toLongLong(&ok);
        if (ok) {
            *value = static_cast<double>(v);
            *fractional = false;
            if (exactInt)
                *exactInt = v;
            return true;
        }
    }
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return false;
    *value = v * multiplier;
    *fractional = std::floor(*value) != *value;
    if (exactInt) {
        if (std::fabs(*value) > 9.0e18)
            return false;
        *exactInt = static_cast<qint64>(std::llround(*value));
    }
    return true;
}

// Splits a number as typed into value and multiplier; returns false when it is no number.
bool parseNumberText(QStringView text, double *value, bool *fractional, qint64 *exactInt)
{
    if (const QStringView d = trimSpaces(text); !d.isEmpty() && d.size() <= 18
        && parsePlainNumber(d, value, fractional, exactInt))
        return true;
    QString t = foldWidth(trimSpaces(text));
    t.remove(QLatin1Char(' '));
    t.remove(QLatin1Char(','));
    t.remove(QChar(0x3001)); // 、 typed as a thousands separator now and then
    if (t.isEmpty())
        return false;
    const double multiplier = stripNumberWords(t);
    if (t.isEmpty())
        return false;
    return parseStrippedNumber(t, multiplier, value, fractional, exactInt);
}

} // namespace

std::optional<double> parseNumber(QStringView text)
{
    double v = 0;
    bool frac = false;
    if (!parseNumberText(text, &v, &frac, nullptr))
        return std::nullopt;
    return v;
}

std::optional<qint64> parseInteger(QStringView text)
{
    double v = 0;
    bool frac = false;
    qint64 exact = 0;
    if (!parseNumberText(text, &v, &frac, &exact) || frac)
        return std::nullopt;
    return exact;
}

std::optional<qint64> parseCount(QStringView text)
{
    auto v = parseInteger(text);
    if (!v || *v < 0)
        return std::nullopt;
    return v;
}

std::optional<double> parseCostWan(QStringView text)
{
    // No unit word to look at when the text starts and ends with a digit ("12.5", "1,200").
    if (const QStringView t = trimSpaces(text);
        !t.isEmpty() && isAsciiDigit(t.front()) && isAsciiDigit(t.back()))
        return parseNumber(t);
    QString t = foldWidth(trimSpaces(text));
    t.remove(QLatin1Char(' '));
    for (const char16_t *p : {u"¥", u"￥", u"rmb", u"RMB"}) {
        if (t.startsWith(QStringView(p)))
            t.remove(0, static_cast<int>(QStringView(p).size()));
    }
    double scale = 1.0; // the column is in 万元
    if (t.endsWith(QStringView(u"万元"))) {
        t.chop(2);
    } else if (t.endsWith(QStringView(u"亿元"))) {
        t.chop(2);
        scale = 1e4;
    } else if (t.endsWith(QStringView(u"元"))) {
        t.chop(1);
        scale = 1e-4;
    } else if (t.endsWith(QStringView(u"万"))) {
        t.chop(1);
    } else if (t.endsWith(QStringView(u"亿"))) {
        t.chop(1);
        scale = 1e4;
    }
    auto v = parseNumber(t);
    if (!v)
        return std::nullopt;
    return *v * scale;
}

} // namespace slimplan
