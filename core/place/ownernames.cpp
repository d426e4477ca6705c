#include "place/ownernames.h"

namespace slimplan::placenames {

namespace {

// A heuristic place name is short; a longer run is the unit's own name (the table knows the long
// real ones, 双江拉祜族佤族布朗族傣族自治县).
constexpr qsizetype kMaxHeuristicName = 10;
constexpr int kMaxNames = 6;

// Words that hold an administrative character without naming a place (农村 is no village, 市场 no
// city, 社区矫正 no community): their characters never end a name.
constexpr const char16_t *kNotUnits[] = {
    u"社区矫正", u"乡镇企业", u"村镇银行", u"农村", u"乡村", u"城乡", u"乡镇", u"城镇", u"市场", u"城市",
    u"超市", u"都市", u"门市", u"市民", u"上市", u"市政", u"市容", u"园区", u"小区", u"景区", u"片区",
    u"辖区", u"山区", u"库区", u"牧区", u"军区", u"区域", u"区块链", u"县域", u"县级", u"市级", u"区级",
    u"省级", u"镇级", u"乡级", u"村级", u"省略", u"家乡", u"下乡", u"市县", u"县区", u"市区"};

// Longest first so that 自治州 wins over 州 and 街道 is one suffix.
constexpr const char16_t *kSuffixes[] = {
    u"特别行政区", u"自治区", u"自治州", u"自治县", u"自治旗", u"街道", u"社区", u"苏木", u"嘎查",
    u"地区", u"新区", u"省", u"市", u"州", u"盟", u"县", u"区", u"旗", u"镇", u"乡", u"村"};

// Characters of unit words (教育局, 县委, 办公室, 人民医院…): a name never runs through them.
constexpr char16_t kStops[] = u"局委办部厅院校队站所处司会室馆组团";

constexpr const char16_t *kLeadingBodies[] = {u"中国共产党", u"中共", u"共青团"};

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

bool isStop(QChar c)
{
    if (!isHan(c))
        return true;
    for (const char16_t *s = kStops; *s; ++s) {
        if (c.unicode() == *s)
            return true;
    }
    return false;
}

qsizetype notUnitAt(QStringView rest)
{
    // 市民 is no city in 市民服务中心, but 云岭市民政局 and 云岭市民族宗教事务局 are the city's bureaus.
    if (rest.startsWith(u"市民") && rest.size() > 2 && (rest.at(2) == u'政' || rest.at(2) == u'族'))
        return 0;
    for (const char16_t *w : kNotUnits) {
        if (rest.startsWith(QStringView(w)))
            return QStringView(w).size();
    }
    return 0;
}

// The length of a name by the suffixes at the start of `text`, 0 when none.
qsizetype heuristicName(QStringView text)
{
    qsizetype i = 0;
    const qsizetype limit = std::min(text.size(), kMaxHeuristicName);
    while (i < limit) {
        const QStringView rest = text.mid(i);
        if (const qsizetype skip = notUnitAt(rest)) {
            i += skip;
            continue;
        }
        if (isStop(text.at(i)))
            return 0;
        if (i > 0) {
            for (const char16_t *s : kSuffixes) {
                const QStringView suffix(s);
                if (!rest.startsWith(suffix))
                    continue;
                qsizetype end = i + suffix.size();
                // 广州市: 州 is part of the city's name, not its suffix.
                if (suffix == QStringView(u"州") && end < text.size()
                    && QStringView(u"市区县").contains(text.at(end)))
                    ++end;
                return end;
            }
        }
        ++i;
    }
    return 0;
}

} // namespace

QList<Span> leadingPlaceNames(QStringView owner, const TableMatch &tableMatch)
{
    QList<Span> names;
    qsizetype pos = 0;
    while (pos < owner.size() && owner.at(pos).isSpace())
        ++pos;
    for (const char16_t *body : kLeadingBodies) {
        if (owner.mid(pos).startsWith(QStringView(body))) {
            pos += QStringView(body).size();
            break;
        }
    }
    while (names.size() < kMaxNames && pos < owner.size()) {
        const QStringView rest = owner.mid(pos);
        if (notUnitAt(rest) > 0)
            break;
        qsizetype len = tableMatch ? tableMatch(rest) : 0;
        if (len < 2)
            len = heuristicName(rest);
        if (len <= 0)
            break;
        names.append(Span{pos, len});
        pos += len;
    }
    return names;
}

qsizetype suffixLength(QStringView name)
{
    for (const char16_t *s : kSuffixes) {
        const QStringView suffix(s);
        if (name.size() > suffix.size() && name.endsWith(suffix))
            return suffix.size();
    }
    return 0;
}

bool isBelowCounty(QStringView name)
{
    static constexpr const char16_t *kBelow[] = {u"街道", u"苏木", u"社区", u"嘎查", u"镇", u"乡", u"村"};
    for (const char16_t *s : kBelow) {
        if (name.size() > QStringView(s).size() && name.endsWith(QStringView(s)))
            return true;
    }
    return false;
}

} // namespace slimplan::placenames
