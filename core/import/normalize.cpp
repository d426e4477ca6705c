#include "import/normalize.h"
#include "import/normalizewords.h"
#include "place/places.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <vector>

namespace slimplan {

using namespace normalizewords;

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// Words that stand for "nothing entered" in ledgers; they are unknown, not unreadable.
bool isPlaceholderKey(const QString &key)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char16_t *w : {u"-", u"--", u"—", u"——", u"/", u"\\", u"n/a", u"na", u"null",
                                  u"none", u"不详", u"未知", u"暂无", u"无数据", u"不适用", u"空"})
            s.insert(QString::fromUtf16(w));
        return s;
    }();
    return words.contains(key);
}

// The kind whose words the folded key contains, trying accounts, then groups, then apps: a
// 小程序 of a 公众号 is an account. Shared by the cell reader and the sheet-name hint.
std::optional<Kind> kindContaining(QStringView key, Words account, Words group, Words app)
{
    if (containsAny(key, account))
        return Kind::Account;
    if (containsAny(key, group))
        return Kind::Group;
    if (containsAny(key, app))
        return Kind::App;
    return std::nullopt;
}

} // namespace

QString foldWidth(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            *o++ = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            *o++ = QLatin1Char(' ');
        else
            *o++ = c;
    }
    return out;
}

QStringView trimSpaces(QStringView text)
{
    // Spaces, no-break and ideographic spaces, BOM and zero-width space — without the Unicode
    // table lookup QChar::isSpace() makes for every CJK character.
    auto isTrim = [](QChar ch) {
        const char16_t c = ch.unicode();
        if (c < 0x80)
            return c == u' ' || (c >= 0x09 && c <= 0x0d);
        if (c < 0x2000)
            return c == 0x85 || c == 0xA0 || c == 0x1680;
        return c <= 0x200B || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
               || c == 0x3000 || c == 0xFEFF;
    };
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && isTrim(text[b]))
        ++b;
    while (e > b && isTrim(text[e - 1]))
        --e;
    return text.mid(b, e - b);
}

bool isBlank(QStringView text) { return trimSpaces(text).isEmpty(); }

QString foldKey(QStringView text)
{
    QString folded = foldWidth(trimSpaces(text)).toCaseFolded();
    folded.removeIf([](QChar c) { return c.isSpace() || c.unicode() == 0x200B; });
    return folded;
}

std::optional<Kind> parseKind(QStringView text)
{
    static const QHash<QString, Kind> table = [] {
        QHash<QString, Kind> t;
        addWords(t, Kind::App, {u"app", u"apps", u"应用程序", u"应用", u"小程序", u"快应用",
                                u"移动应用", u"政务app", u"客户端", u"移动客户端", u"application"});
        addWords(t, Kind::Account, {u"account", u"accounts", u"公众账号", u"公众号", u"新媒体",
                                    u"政务新媒体", u"微博", u"抖音号", u"头条号", u"视频号", u"快手号",
                                    u"微信公众号", u"账号"});
        addWords(t, Kind::Group, {u"group", u"groups", u"工作群", u"工作群组", u"群组", u"微信群",
                                  u"钉钉群", u"政务微信群", u"企业微信群", u"qq群", u"群"});
        return t;
    }();
    const QString key = foldKey(text);
    if (key.isEmpty())
        return std::nullopt;
    if (auto it = table.constFind(key); it != table.constEnd())
        return *it;
    // Longer spellings ("政务微信公众号", "微信小程序", "钉钉工作群") contain one of the words.
    return kindContaining(key, {u"公众号", u"公众账号", u"新媒体", u"微博", u"抖音", u"头条号", u"视频号"},
                          {u"工作群", u"群组", u"微信群", u"钉钉群", u"qq群"},
                          {u"小程序", u"快应用", u"应用程序", u"app"});
}

std::optional<Level> parseLevel(QStringView text)
{
    static const QHash<QString, Level> table = [] {
        QHash<QString, Level> t;
        addWords(t, Level::Central, {u"central", u"national", u"中央", u"国家", u"中央级", u"国家级",
                                     u"部委", u"全国"});
        addWords(t, Level::Province, {u"province", u"provincial", u"省", u"省级", u"省直", u"自治区",
                                      u"直辖市", u"省(自治区、直辖市)"});
        addWords(t, Level::City, {u"city", u"municipal", u"prefecture", u"市", u"地市", u"市级", u"地级",
                                  u"地级市", u"州", u"盟", u"地区", u"市州", u"市(州)"});
        addWords(t, Level::County, {u"county", u"district", u"县", u"区", u"县级", u"区县", u"县区",
                                    u"县市区", u"旗", u"县级市", u"县(市、区)", u"县(区)", u"区级"});
        addWords(t, Level::Township, {u"township", u"town", u"subdistrict", u"乡", u"镇", u"街道", u"乡镇",
                                      u"乡级", u"镇级", u"乡镇级", u"街道级", u"乡镇(街道)", u"苏木"});
        addWords(t, Level::Village, {u"village", u"community", u"村", u"社区", u"村级", u"社区级",
                                     u"村(社区)", u"村居", u"居委会", u"村委会", u"嘎查"});
        return t;
    }();
    const QString key = foldKey(text);
    if (auto it = table.constFind(key); it != table.constEnd())
        return *it;
    if (auto l = levelFromName(key))
        return l;
    return std::nullopt;
}

std::optional<Audience> parseAudience(QStringView text)
{
    static const QHash<QString, Audience> table = [] {
        QHash<QString, Audience> t;
        addWords(t, Audience::Internal, {u"internal", u"staff", u"内部", u"对内", u"机关内部", u"内部人员",
                                         u"工作人员", u"干部", u"干部职工", u"政府内部", u"公务人员",
                                         u"机关干部", u"党员干部"});
        addWords(t, Audience::Public, {u"public", u"citizens", u"公众", u"社会公众", u"群众", u"对外",
                                       u"市民", u"居民", u"社会", u"人民群众", u"村民"});
        addWords(t, Audience::Enterprise, {u"enterprise", u"business", u"企业", u"企业用户", u"法人",
                                           u"市场主体", u"企业法人"});
        return t;
    }();
    const QString key = foldKey(text);
    if (auto it = table.constFind(key); it != table.constEnd())
        return *it;
    return audienceFromName(key);
}

std::optional<bool> parseBool(QStringView text)
{
    static const QHash<QString, bool> table = [] {
        QHash<QString, bool> t;
        addWords(t, true, {u"是", u"有", u"y", u"yes", u"true", u"t", u"1", u"√", u"✓", u"✔", u"对", u"是的"});
        addWords(t, false, {u"否", u"无", u"n", u"no", u"false", u"f", u"0", u"×", u"✗", u"✘", u"x",
                            u"不是", u"没有"});
        return t;
    }();
    if (auto it = table.constFind(foldKey(text)); it != table.constEnd())
        return *it;
    return std::nullopt;
}

std::vector<QStringView> parseListViews(QStringView text)
{
    std::vector<QStringView> out;
    QSet<QStringView> seen;
    auto isSep = [](QChar c) {
        switch (c.unicode()) {
        case u'、': case u'，': case u',': case u'；': case u';': case u'|': case u'｜':
        case u'/': case u'／': case u'\n': case u'\r':
            return true;
        default:
            return false;
        }
    };
    auto add = [&](QStringView token) {
        token = trimSpaces(token);
        if (token.isEmpty())
            return;
        if (out.size() < 16) {
            if (std::find(out.cbegin(), out.cend(), token) == out.cend())
                out.push_back(token);
            return;
        }
        if (seen.isEmpty()) // long lists (group members): switch to a set
            seen = QSet<QStringView>(out.cbegin(), out.cend());
        if (!seen.contains(token)) {
            seen.insert(token);
            out.push_back(token);
        }
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSep(text[i])) {
            add(text.mid(start, i - start));
            start = i + 1;
        }
    }
    add(text.mid(start));
    return out;
}

QStringList parseList(QStringView text)
{
    const std::vector<QStringView> views = parseListViews(text);
    QStringList out;
    out.reserve(static_cast<qsizetype>(views.size()));
    for (QStringView v : views)
        out.append(v.toString());
    return out;
}

QDate parseDate(QStringView text, bool allowExcelSerial)
{
    // Folding allocates; most dates have nothing to fold.
    const QStringView trimmed = trimSpaces(text);
    const bool wide = std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) {
        return c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E;
    });
    const QString folded = wide ? foldWidth(trimmed) : QString();
    const QStringView t = wide ? QStringView(folded) : trimmed;
    if (t.isEmpty())
        return {};
    // A time after the date ("2025-03-01 08:30:00", "2025-03-01T08:30") is ignored.
    qsizetype end = t.size();
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == QLatin1Char(' ') || (t[i] == QLatin1Char('T') && i >= 8)) {
            end = i;
            break;
        }
    }
    const QStringView s = t.left(end);
    auto digitsValue = [](QStringView v) {
        int n = 0;
        for (QChar c : v)
            n = n * 10 + (c.unicode() - u'0');
        return n;
    };

    if (allowExcelSerial) {
        bool ok = false;
        const double serial = QLocale::c().toDouble(s, &ok);
        if (ok && serial >= 1 && serial < 2958466 && s.size() < 8) {
            const int days = static_cast<int>(std::floor(serial));
            if (days == 60) // 1900-02-29, which Excel believes in and the calendar does not
                return {};
            return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
        }
    }
    if (s.size() == 8 && allDigits(s)) // 20250301
        return QDate(digitsValue(s.left(4)), digitsValue(s.mid(4, 2)), digitsValue(s.mid(6, 2)));

    // y SEP m SEP d, with SEP one of - / . used consistently, or 年 月 [日|号].
    qsizetype i = 0;
    auto readNumber = [&](int maxDigits) -> int {
        const qsizetype b = i;
        while (i < s.size() && isAsciiDigit(s[i]) && i - b < maxDigits)
            ++i;
        if (i == b || (i < s.size() && isAsciiDigit(s[i])))
            return -1;
        return digitsValue(s.mid(b, i - b));
    };
    const qsizetype yearStart = i;
    const int y = readNumber(4);
    if (y < 0 || i - yearStart != 4 || i >= s.size())
        return {};
    const QChar sep = s[i++];
    const bool chinese = sep == QChar(u'年');
    if (!chinese && sep != QLatin1Char('-') && sep != QLatin1Char('/') && sep != QLatin1Char('.'))
        return {};
    const int m = readNumber(2);
    if (m < 0 || i >= s.size())
        return {};
    const QChar sep2 = s[i++];
    if (chinese ? sep2 != QChar(u'月') : sep2 != sep)
        return {};
    const int d = readNumber(2);
    if (d < 0)
        return {};
    if (i < s.size()) {
        if (!chinese || (s[i] != QChar(u'日') && s[i] != QChar(u'号')) || i + 1 != s.size())
            return {};
    }
    return QDate(y, m, d); // invalid for 2025-02-30 and the like
}

std::optional<Level> levelFromRegionCode(QStringView code)
{
    return Places::levelOfCode(trimSpaces(code));
}

std::optional<Level> levelFromOwner(QStringView owner)
{
    // Words that contain an administrative character without naming a unit (农村 is no village,
    // 市场 no city, 城乡 no township), skipped before looking for the units.
    static const Words notUnits = {
        u"农村", u"乡村", u"城乡", u"乡镇企业", u"城镇", u"市场", u"城市", u"超市", u"都市", u"门市",
        u"市民", u"上市", u"园区", u"小区", u"景区", u"片区", u"辖区", u"山区", u"库区", u"牧区",
        u"军区", u"社区矫正", u"村镇银行", u"家乡", u"下乡", u"市政", u"区块链", u"省略"};
    struct Unit
    {
        const char16_t *word;
        Level level;
    };
    // Longest words first so that 自治区 is a province, not a county, and 社区 a village.
    static const Unit units[] = {
        {u"村民委员会", Level::Village}, {u"居民委员会", Level::Village}, {u"街道办事处", Level::Township},
        {u"村委会", Level::Village},     {u"居委会", Level::Village},     {u"自治区", Level::Province},
        {u"自治州", Level::City},        {u"自治县", Level::County},      {u"自治旗", Level::County},
        {u"社区", Level::Village},       {u"嘎查", Level::Village},       {u"街道", Level::Township},
        {u"苏木", Level::Township},      {u"地区", Level::City},          {u"村", Level::Village},
        {u"镇", Level::Township},        {u"乡", Level::Township},        {u"县", Level::County},
        {u"旗", Level::County},          {u"区", Level::County},          {u"市", Level::City},
        {u"州", Level::City},            {u"盟", Level::City},            {u"省", Level::Province},
    };
    const QString t = foldKey(owner);
    if (t.isEmpty())
        return std::nullopt;
    std::optional<Level> last;
    qsizetype i = 0;
    while (i < t.size()) {
        const QStringView rest = QStringView(t).mid(i);
        qsizetype skip = 0;
        // 市民 is no unit, but 云岭市民政局 is the city's civil affairs bureau (市 + 民政局).
        const bool cityBureau = rest.startsWith(u"市民政") || rest.startsWith(u"市民族");
        for (const char16_t *w : notUnits) {
            if (!cityBureau && rest.startsWith(QStringView(w))) {
                skip = QStringView(w).size();
                break;
            }
        }
        if (skip == 0) {
            for (const Unit &u : units) {
                if (rest.startsWith(QStringView(u.word))) {
                    last = u.level;
                    skip = QStringView(u.word).size();
                    break;
                }
            }
        }
        i += skip > 0 ? skip : 1;
    }
    if (last)
        return last;
    // No place in the name: a national body (国家…局, 中华人民共和国…部, 教育部, 国务院…).
    if (containsAny(t, {u"国家", u"中华人民共和国", u"中共中央", u"中央", u"国务院", u"全国"})
        || t.endsWith(QStringView(u"部")) || t.endsWith(QStringView(u"总局"))
        || t.endsWith(QStringView(u"总署")))
        return Level::Central;
    return std::nullopt;
}

std::optional<Kind> kindHintFromName(QStringView name)
{
    const QString key = foldKey(name);
    if (key.isEmpty())
        return std::nullopt;
    static const QHash<QString, Kind> exact = [] {
        QHash<QString, Kind> t;
        addWords(t, Kind::App, {u"应用程序", u"应用", u"移动应用", u"政务应用", u"app", u"apps",
                                u"applications", u"小程序"});
        addWords(t, Kind::Account, {u"公众账号", u"公众号", u"新媒体", u"政务新媒体", u"账号",
                                    u"accounts", u"account"});
        addWords(t, Kind::Group, {u"工作群组", u"工作群", u"群组", u"微信群", u"groups", u"group"});
        return t;
    }();
    if (auto it = exact.constFind(key); it != exact.constEnd())
        return *it;
    return kindContaining(key, {u"公众号", u"公众账号", u"新媒体", u"accounts"},
                          {u"工作群", u"群组", u"微信群", u"钉钉群", u"groups"},
                          {u"应用程序", u"移动应用", u"小程序", u"apps"});
}

namespace {
QString summaryKey(QStringView text)
{
    QString key = foldKey(text);
    while (key.endsWith(QLatin1Char(':')))
        key.chop(1);
    return key;
}
} // namespace

namespace {
// Cheap test before folding: a summary label is short and starts with 合, 总, 小 or a Latin letter.
bool mayBeSummary(QStringView text)
{
    const QStringView t = trimSpaces(text);
    if (t.isEmpty() || t.size() > 12)
        return false;
    const char16_t c = t.front().unicode();
    return c == u'合' || c == u'总' || c == u'小' || c == u't' || c == u'T' || c == u's' || c == u'S'
           || c == u'Ｔ' || c == u'ｔ' || c == u'Ｓ' || c == u'ｓ';
}
} // namespace

bool isSummaryLabel(QStringView text)
{
    if (!mayBeSummary(text))
        return false;
    const QString key = summaryKey(text);
    if (key.size() > 8)
        return false;
    return key.startsWith(QStringView(u"合计"))
           || key.startsWith(QStringView(u"总计")) || key.startsWith(QStringView(u"小计"))
           || key == QLatin1String("total") || key == QLatin1String("subtotal")
           || key == QLatin1String("sum");
}

bool isGrandTotalLabel(QStringView text)
{
    if (!mayBeSummary(text))
        return false;
    const QString key = summaryKey(text);
    return key.size() <= 8
           && (key.startsWith(QStringView(u"合计")) || key.startsWith(QStringView(u"总计"))
               || key == QLatin1String("total") || key == QLatin1String("sum"));
}

bool isPlaceholderValue(QStringView text)
{
    // Called for every cell of a million rows: the placeholder words are short, so anything longer
    // is a value without folding it.
    const QStringView t = trimSpaces(text);
    if (t.isEmpty())
        return true;
    if (t.size() > 4)
        return false;
    switch (t.front().unicode()) {
    case u'-': case u'—': case u'/': case u'\\': case u'n': case u'N': case u'不': case u'未':
    case u'暂': case u'无': case u'空': case u'－': case u'／': case u'ｎ': case u'Ｎ':
        break;
    default:
        return false;
    }
    const QString key = foldKey(t);
    return key.isEmpty() || isPlaceholderKey(key);
}

} // namespace slimplan
