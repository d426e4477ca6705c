#include "model/evidence.h"

#include "model/plan.h"
#include "model/wording.h"

#include <QDate>

#include <bit>

namespace slimplan {

namespace {

QString levelText(int level, bool zh)
{
    static const char *names[] = {"中央", "省级", "市级", "县级", "乡镇级", "村级"};
    if (level < 0 || level >= kLevelCount)
        return QString();
    return zh ? QString::fromUtf8(names[level]) : levelName(static_cast<Level>(level));
}

QString flagsText(qint64 packed, bool zh)
{
    QStringList parts;
    for (int k = 0; k < 4; ++k) {
        const int bit = int((packed >> (8 * k)) & 0xFF);
        if (bit == 0)
            break;
        parts << wording::flagText(flagAt(bit - 1), zh);
    }
    return zh ? wording::joinZh(parts) : wording::joinEn(parts);
}

} // namespace

EvidenceFacts EvidenceFacts::stated(const QString &zh, const QString &en)
{
    EvidenceFacts f;
    f.m_text = {zh, en};
    return f;
}

// A template takes at most four arguments, two texts and three numbers or number-like values (the
// rules need no more);
// one more is a programming error, caught in debug builds and ignored in release ones.
EvidenceFacts &EvidenceFacts::arg(Arg a)
{
    Q_ASSERT(m_argCount < m_args.size());
    if (m_argCount < m_args.size())
        m_args[m_argCount++] = a;
    return *this;
}

EvidenceFacts &EvidenceFacts::text(const QString &s)
{
    Q_ASSERT(m_textCount < m_text.size());
    if (m_textCount >= m_text.size())
        return *this;
    m_text[m_textCount++] = s;
    return arg(Arg::Text);
}

EvidenceFacts &EvidenceFacts::numberAs(qint64 n, Arg a)
{
    Q_ASSERT(m_numberCount < m_numbers.size());
    if (m_numberCount >= m_numbers.size())
        return *this;
    m_numbers[m_numberCount++] = n;
    return arg(a);
}

EvidenceFacts &EvidenceFacts::number(qint64 n) { return numberAs(n, Arg::Number); }
EvidenceFacts &EvidenceFacts::fixed1(double x) { return numberAs(std::bit_cast<qint64>(x), Arg::Fixed1); }
EvidenceFacts &EvidenceFacts::date(qint64 julianDay) { return numberAs(julianDay, Arg::Date); }
EvidenceFacts &EvidenceFacts::level(int level) { return numberAs(level, Arg::Level); }

EvidenceFacts &EvidenceFacts::flags(Flags set, std::initializer_list<Flag> order)
{
    qint64 packed = 0;
    int k = 0;
    for (Flag f : order) {
        if (hasFlag(set, f) && k < 4)
            packed |= qint64(std::countr_zero(static_cast<Flags>(f)) + 1) << (8 * k++);
    }
    return numberAs(packed, Arg::Flags);
}

EvidenceFacts &EvidenceFacts::list(const QStringList &l, Arg how)
{
    m_list = l;
    return arg(how);
}

EvidenceFacts &EvidenceFacts::listSize() { return arg(Arg::ListSize); }
EvidenceFacts &EvidenceFacts::dataItemsWord() { return arg(Arg::DataItemsWord); }

bool EvidenceFacts::isEmpty(bool chinese) const
{
    return !m_zh && m_text[chinese ? 0 : 1].isEmpty();
}

QString EvidenceFacts::compose(bool zh) const
{
    if (!m_zh)
        return m_text[zh ? 0 : 1];
    // Each argument in words, its value taken from the slots in order.
    std::array<QString, 4> words;
    int text = 0, number = 0;
    for (int k = 0; k < m_argCount; ++k) {
        QString &w = words[std::size_t(k)];
        switch (m_args[std::size_t(k)]) {
        case Arg::Text: w = m_text[std::size_t(text++)]; break;
        case Arg::Number: w = QString::number(m_numbers[std::size_t(number++)]); break;
        case Arg::Fixed1:
            w = QString::number(std::bit_cast<double>(m_numbers[std::size_t(number++)]), 'f', 1);
            break;
        case Arg::Date: w = wording::dateText(QDate::fromJulianDay(m_numbers[std::size_t(number++)])); break;
        case Arg::Level: w = levelText(int(m_numbers[std::size_t(number++)]), zh); break;
        case Arg::Flags: w = flagsText(m_numbers[std::size_t(number++)], zh); break;
        case Arg::List: w = zh ? wording::joinZh(m_list) : wording::joinEn(m_list); break;
        case Arg::ParenList:
            if (!m_list.isEmpty())
                w = zh ? QStringLiteral("（") + wording::joinZh(m_list) + QStringLiteral("）")
                       : QStringLiteral(" (") + wording::joinEn(m_list) + QStringLiteral(")");
            break;
        case Arg::ListSize: w = QString::number(m_list.size()); break;
        case Arg::DataItemsWord: w = zh ? QStringLiteral("填报事项") : QStringLiteral("data items"); break;
        }
    }
    // %1 … %4 replaced in one pass, as a multi-argument QString::arg() does: substituted text is
    // never searched again.
    const QStringView tmpl(zh ? m_zh : m_en);
    qsizetype len = tmpl.size();
    for (int k = 0; k < m_argCount; ++k)
        len += words[std::size_t(k)].size();
    QString out;
    out.reserve(len);
    for (qsizetype p = 0; p < tmpl.size(); ++p) {
        const QChar c = tmpl[p];
        if (c == u'%' && p + 1 < tmpl.size()) {
            const int n = tmpl[p + 1].unicode() - u'1';
            if (n >= 0 && n < m_argCount) {
                out += words[std::size_t(n)];
                ++p;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString FamilyEvidence::compose(bool zh) const
{
    static const char16_t *partsZh[] = {u"功能重合 ", u"成员重合 ", u"填报事项重合 "};
    static const char16_t *partsEn[] = {u" functions", u" members", u" data items"};
    QString parts;
    for (std::size_t k = 0; k < shared.size(); ++k) {
        if (shared[k] <= 0)
            continue;
        if (!parts.isEmpty())
            parts += zh ? QStringLiteral("，") : QStringLiteral(", ");
        const QString ratio = QString::number(shared[k]) + u'/' + QString::number(own[k]);
        if (zh) {
            parts += QStringView(partsZh[k]);
            parts += ratio;
        } else {
            parts += QStringLiteral("in ") + ratio;
            parts += QStringView(partsEn[k]);
        }
    }
    QString usage;
    if (usagePercent >= 0) {
        usage = zh ? QStringLiteral("，月活仅其 ") + QString::number(usagePercent) + u'%'
                   : QStringLiteral("; monthly active users only ") + QString::number(usagePercent)
                + QStringLiteral("% of it");
    }
    if (parts.isEmpty())
        return zh ? QStringLiteral("与「") + survivorName + QStringLiteral("」同属一个整合组") + usage
                  : QStringLiteral("Same family as ") + survivorName + usage;
    return zh ? QStringLiteral("与「") + survivorName + QStringLiteral("」") + parts + usage
              : QStringLiteral("Overlaps ") + survivorName + u' ' + parts + usage;
}

QString Finding::evidence(bool chinese) const
{
    if (!family)
        return facts.compose(chinese);
    const QString fam = family->compose(chinese);
    if (rule == QLatin1String("A10") || rule == QLatin1String("G2"))
        return fam;
    return fam + (chinese ? QStringLiteral("；") : QStringLiteral("; ")) + facts.compose(chinese);
}

void Finding::setEvidence(const QString &zh, const QString &en)
{
    facts = EvidenceFacts::stated(zh, en);
    family.reset();
}

} // namespace slimplan
