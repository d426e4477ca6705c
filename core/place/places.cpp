#include "place/places.h"

#include "place/ownernames.h"

#include <QFile>
#include <QtGlobal>

#include <algorithm>
#include <string_view>
#include <vector>

namespace slimplan {

namespace {

// Every code as 9 digits: a 6-digit code is its county-level key followed by 000, which no
// township uses (the generator drops the one placeholder that did).
using Key = quint32;

constexpr qsizetype kMaxTableText = 16 * 1024 * 1024; // the real table is about 1 MB
constexpr qsizetype kMaxMatchText = 200;              // a place chain is far shorter
constexpr int kMaxChain = 4;                          // province, city, county, township
constexpr int kMaxCandidates = 50;                    // names listed for an ambiguous place

Level levelOfKey(Key k)
{
    if (k % 1000 != 0)
        return Level::Township;
    const Key c6 = k / 1000;
    if (c6 % 10000 == 0)
        return Level::Province;
    if (c6 % 100 == 0)
        return Level::City;
    return Level::County;
}

// The divisor that leaves the digits a key's level owns (51, 5105, 510502, 510502001).
Key levelDivisor(Level l)
{
    switch (l) {
    case Level::Province:
        return 10000000;
    case Level::City:
        return 100000;
    case Level::County:
        return 1000;
    default:
        return 1;
    }
}

bool isUnder(Key ancestor, Key k)
{
    const Key div = levelDivisor(levelOfKey(ancestor));
    return k / div == ancestor / div;
}

bool isStrictlyUnder(Key ancestor, Key k)
{
    return ancestor != k && levelOfKey(k) > levelOfKey(ancestor) && isUnder(ancestor, k);
}

QString codeText(Key k)
{
    if (k % 1000 == 0)
        return QString::number(k / 1000);
    return QString::number(k);
}

std::optional<Key> keyOf(QStringView code)
{
    code = code.trimmed();
    if (code.size() != 6 && code.size() != 9 && code.size() != 12)
        return std::nullopt;
    Key v = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (i < 9)
            v = v * 10 + Key(c.unicode() - u'0');
    }
    if (code.size() == 6)
        v *= 1000;
    if (v < 110000000 || v > 829999999)
        return std::nullopt;
    return v;
}

const char16_t *units(QStringView text)
{
    return reinterpret_cast<const char16_t *>(text.data());
}

bool isPlaceholderName(QStringView name)
{
    return name == QStringView(u"市辖区") || name == QStringView(u"县")
           || name.endsWith(QStringView(u"直辖县级行政区划"));
}

QStringView stripOfficeSuffix(QStringView t)
{
    static constexpr const char16_t *suffixes[] = {u"办事处", u"人民政府", u"政府"};
    for (int round = 0; round < 2; ++round) {
        for (const char16_t *s : suffixes) {
            const QStringView suffix(s);
            if (t.size() > suffix.size() && t.endsWith(suffix)) {
                t.chop(suffix.size());
                break;
            }
        }
    }
    return t.trimmed();
}

struct Chain
{
    qsizetype covered = -1;
    std::vector<int> candidates; // entry indices the last name may be
    bool lastShort = false;
};

} // namespace

struct Places::Data
{
    struct Entry
    {
        Key key;
        quint32 nameOffset;
        quint16 nameLength;
        quint16 shortLength; // 0: no short form
        quint32 shortOffset;
        bool placeholder;
    };
    QString text; // the table's text; names are views into it
    std::vector<Entry> entries; // by key
    std::vector<int> byName;    // entry indices by name (placeholders left out)
    std::vector<int> byShort;   // entry indices that have a short form, by it
    qsizetype longestName = 0;

    QStringView nameAt(int i) const
    {
        const Entry &e = entries[size_t(i)];
        return QStringView(text).mid(e.nameOffset, e.nameLength);
    }
    QStringView shortAt(int i) const
    {
        const Entry &e = entries[size_t(i)];
        return QStringView(text).mid(e.shortOffset, e.shortLength);
    }
    // The indexes sort and search by code units through std::u16string_view, which compares
    // inline: sorting 45,000 names through QStringView's out-of-line compare took most of the
    // load time.
    std::u16string_view nameUnits(int i) const
    {
        const Entry &e = entries[size_t(i)];
        return {units(text) + e.nameOffset, e.nameLength};
    }
    std::u16string_view shortUnits(int i) const
    {
        const Entry &e = entries[size_t(i)];
        return {units(text) + e.shortOffset, e.shortLength};
    }
    int find(Key k) const
    {
        auto it = std::lower_bound(entries.begin(), entries.end(), k,
                                   [](const Entry &e, Key v) { return e.key < v; });
        return it != entries.end() && it->key == k ? int(it - entries.begin()) : -1;
    }
    template<typename NameOf>
    std::pair<const int *, const int *> range(const std::vector<int> &index, QStringView text, NameOf nameOf) const
    {
        const std::u16string_view name(units(text), size_t(text.size()));
        auto lo = std::lower_bound(index.begin(), index.end(), name,
                                   [&](int i, std::u16string_view n) { return nameOf(i) < n; });
        auto hi = std::upper_bound(lo, index.end(), name,
                                   [&](std::u16string_view n, int i) { return n < nameOf(i); });
        return {index.data() + (lo - index.begin()), index.data() + (hi - index.begin())};
    }
    void load(const QByteArray &bytes);
    Chain matchChain(QStringView text, bool wholeText, bool ownerMode) const;
    Resolution settle(const Places &places, Chain chain, QStringView scope, qsizetype offset) const;
    qsizetype tableMatch(QStringView text) const;
};

void Places::Data::load(const QByteArray &bytes)
{
    text = QString::fromUtf8(bytes);
    const QStringView all(text);
    qsizetype pos = 0;
    while (pos < all.size()) {
        qsizetype end = all.indexOf(u'\n', pos);
        if (end < 0)
            end = all.size();
        QStringView line = all.mid(pos, end - pos);
        const qsizetype lineStart = pos;
        pos = end + 1;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.front() == u'#')
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0)
            continue;
        const auto key = keyOf(line.left(tab));
        if (!key || (tab != 6 && tab != 9))
            continue;
        const qsizetype tab2 = line.indexOf(u'\t', tab + 1);
        const qsizetype nameEnd = tab2 < 0 ? line.size() : tab2;
        const qsizetype nameLength = nameEnd - tab - 1;
        const qsizetype shortLength = tab2 < 0 ? 0 : line.size() - tab2 - 1;
        if (nameLength <= 0 || nameLength > 64 || shortLength > 64)
            continue;
        Entry e;
        e.key = *key;
        e.nameOffset = quint32(lineStart + tab + 1);
        e.nameLength = quint16(nameLength);
        e.shortOffset = quint32(lineStart + nameEnd + 1);
        e.shortLength = quint16(shortLength);
        e.placeholder = isPlaceholderName(line.mid(tab + 1, nameLength));
        entries.push_back(e);
        longestName = std::max(longestName, nameLength);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.key < b.key; });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const Entry &a, const Entry &b) { return a.key == b.key; }),
                  entries.end());
    byName.reserve(entries.size());
    for (int i = 0; i < int(entries.size()); ++i) {
        if (entries[size_t(i)].placeholder)
            continue;
        byName.push_back(i);
        if (entries[size_t(i)].shortLength > 0)
            byShort.push_back(i);
    }
    std::sort(byName.begin(), byName.end(), [this](int a, int b) {
        const std::u16string_view na = nameUnits(a), nb = nameUnits(b);
        return na < nb || (na == nb && a < b);
    });
    std::sort(byShort.begin(), byShort.end(), [this](int a, int b) {
        const std::u16string_view na = shortUnits(a), nb = shortUnits(b);
        return na < nb || (na == nb && a < b);
    });
}

const Places &Places::instance()
{
    static const Places places;
    return places;
}

Places::Places()
{
    auto *data = new Data;
    QFile file(QStringLiteral(":/divisions/divisions.tsv"));
    if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxTableText)
        data->load(file.readAll());
    d = data;
}

bool Places::isEmpty() const
{
    return d->entries.empty();
}

int Places::size() const
{
    return int(d->entries.size());
}

bool Places::isKnown(QStringView code) const
{
    const auto k = keyOf(code);
    return k && d->find(*k) >= 0;
}

QString Places::name(QStringView code) const
{
    const auto k = keyOf(code);
    const int i = k ? d->find(*k) : -1;
    return i < 0 ? QString() : d->nameAt(i).toString();
}

QString Places::fullName(QStringView code) const
{
    const auto k = keyOf(code);
    if (!k || d->find(*k) < 0)
        return {};
    QString full;
    Key previous = 0;
    for (Level l : {Level::Province, Level::City, Level::County, Level::Township}) {
        if (l > levelOfKey(*k))
            break;
        const Key div = levelDivisor(l);
        const Key part = *k / div * div;
        if (part == previous)
            continue;
        previous = part;
        const int i = d->find(part);
        if (i >= 0 && !d->entries[size_t(i)].placeholder)
            full += d->nameAt(i);
    }
    return full;
}

QString Places::countyOf(QStringView code) const
{
    const auto k = keyOf(code);
    if (!k)
        return {};
    for (Level l : {Level::County, Level::City, Level::Province}) {
        const Key div = levelDivisor(l);
        const Key part = *k / div * div;
        if (part % 1000 == 0 && levelOfKey(part) == l && d->find(part) >= 0)
            return codeText(part);
    }
    return {};
}

std::optional<Level> Places::levelOf(QStringView code) const
{
    return levelOfCode(code.trimmed());
}

std::optional<Level> Places::levelOfCode(QStringView c)
{
    if (c.size() != 6 && c.size() != 9 && c.size() != 12)
        return std::nullopt;
    if (!std::all_of(c.begin(), c.end(), [](QChar ch) { return ch >= u'0' && ch <= u'9'; }))
        return std::nullopt;
    auto zeros = [&](qsizetype from, qsizetype len) { return c.mid(from, len).count(u'0') == len; };
    if (c.left(6) == QStringView(u"100000") && zeros(6, c.size() - 6))
        return Level::Central;
    const int province = c.left(2).toInt();
    if (province < 11 || province > 82)
        return std::nullopt;
    // 12-digit statistical codes write every level in 12 digits: 510000000000 is a province.
    if (c.size() >= 9 && !zeros(6, c.size() - 6)) {
        if (c.size() == 12 && !zeros(9, 3))
            return Level::Village;
        return Level::Township;
    }
    if (zeros(2, 4))
        return Level::Province;
    if (zeros(4, 2))
        return Level::City;
    return Level::County;
}

// The chains of table names at the start of `text` (each name under the one before), keeping
// those that cover the most; `wholeText` keeps only chains that cover all of it.
Chain Places::Data::matchChain(QStringView text, bool wholeText, bool ownerMode) const
{
    const Data &d = *this;
    Chain best;
    text = text.left(kMaxMatchText);
    struct Step
    {
        qsizetype pos;
        std::vector<int> parents;
        int depth;
    };
    std::vector<Step> stack;
    stack.push_back({0, {}, 0});
    int budget = 4096; // bounds the search on a hostile text
    while (!stack.empty() && budget-- > 0) {
        Step step = std::move(stack.back());
        stack.pop_back();
        const qsizetype maxLen = std::min(d.longestName, text.size() - step.pos);
        for (qsizetype len = 1; len <= maxLen; ++len) {
            const QStringView part = text.mid(step.pos, len);
            for (int form = 0; form < 2; ++form) {
                const bool isShort = form == 1;
                const auto [lo, hi] = isShort ? d.range(d.byShort, part, [&](int i) { return d.shortUnits(i); })
                                              : d.range(d.byName, part, [&](int i) { return d.nameUnits(i); });
                std::vector<int> next;
                for (const int *p = lo; p != hi; ++p) {
                    const Key k = d.entries[size_t(*p)].key;
                    if (step.parents.empty()
                        || std::any_of(step.parents.begin(), step.parents.end(), [&](int parent) {
                               return isStrictlyUnder(d.entries[size_t(parent)].key, k);
                           }))
                        next.push_back(*p);
                }
                if (next.empty())
                    continue;
                const qsizetype covered = step.pos + len;
                // In an owner's name a short form must lead on to a full one: 中山大学 is no place.
                const bool acceptable = (!wholeText || covered == text.size()) && !(ownerMode && isShort);
                if (acceptable) {
                    if (covered > best.covered) {
                        best.covered = covered;
                        best.candidates.clear();
                        best.lastShort = isShort;
                    } else if (covered == best.covered) {
                        best.lastShort = best.lastShort && isShort;
                    }
                    if (covered == best.covered)
                        best.candidates.insert(best.candidates.end(), next.begin(), next.end());
                }
                if (step.depth + 1 < kMaxChain && covered < text.size())
                    stack.push_back({covered, std::move(next), step.depth + 1});
            }
        }
    }
    std::sort(best.candidates.begin(), best.candidates.end());
    best.candidates.erase(std::unique(best.candidates.begin(), best.candidates.end()), best.candidates.end());
    return best;
}

Places::Resolution Places::Data::settle(const Places &places, Chain chain, QStringView scope, qsizetype offset) const
{
    const Data &d = *this;
    Places::Resolution r;
    if (chain.candidates.empty())
        return r;
    r.matchedLength = int(offset + chain.covered);
    if (const auto s = keyOf(scope); s && chain.candidates.size() > 1) {
        std::vector<int> inside;
        for (int i : chain.candidates) {
            if (isUnder(*s, d.entries[size_t(i)].key))
                inside.push_back(i);
        }
        if (!inside.empty())
            chain.candidates = std::move(inside);
    }
    if (chain.candidates.size() > 1 && chain.lastShort) {
        // 河南 is the province before the county of that short name.
        Level top = Level::Village;
        for (int i : chain.candidates)
            top = std::min(top, levelOfKey(d.entries[size_t(i)].key));
        std::erase_if(chain.candidates, [&](int i) { return levelOfKey(d.entries[size_t(i)].key) != top; });
    }
    if (chain.candidates.size() == 1) {
        r.code = codeText(d.entries[size_t(chain.candidates.front())].key);
        return r;
    }
    for (int i : chain.candidates) {
        if (r.candidates.size() >= kMaxCandidates)
            break;
        r.candidates.append(places.fullName(codeText(d.entries[size_t(i)].key)));
    }
    r.candidates.sort();
    r.candidates.removeDuplicates();
    return r;
}

Places::Resolution Places::resolve(QStringView placeText, QStringView scope) const
{
    const QStringView trimmed = placeText.trimmed();
    const qsizetype offset = trimmed.isEmpty() ? 0 : trimmed.data() - placeText.data();
    const QStringView t = stripOfficeSuffix(trimmed);
    if (t.isEmpty() || isEmpty())
        return {};
    Chain chain = d->matchChain(t, true, false);
    if (chain.candidates.empty() && t.size() < trimmed.size() && !t.endsWith(QStringView(u"街道"))) {
        // 蓝田办事处 is the 蓝田街道 office.
        const QString street = t.toString() + QStringLiteral("街道");
        chain = d->matchChain(street, true, false);
        if (!chain.candidates.empty())
            chain.covered = t.size();
    }
    return d->settle(*this, std::move(chain), scope, offset);
}

Places::Resolution Places::resolveOwner(QStringView owner, QStringView scope) const
{
    const QStringView trimmed = owner.trimmed();
    if (trimmed.isEmpty() || isEmpty())
        return {};
    const qsizetype offset = trimmed.data() - owner.data();
    return d->settle(*this, d->matchChain(trimmed, false, true), scope, offset);
}

// The longest table name (two characters at least) at the start of the text, or 0.
qsizetype Places::Data::tableMatch(QStringView text) const
{
    for (qsizetype len = std::min(longestName, text.size()); len >= 2; --len) {
        const auto [lo, hi] = range(byName, text.left(len), [this](int i) { return nameUnits(i); });
        if (lo != hi)
            return len;
    }
    return 0;
}

QStringList Places::ownerPlaceNames(QStringView owner) const
{
    QStringList names;
    const auto match = [this](QStringView text) { return d->tableMatch(text); };
    for (const placenames::Span &s : placenames::leadingPlaceNames(owner, match))
        names.append(owner.mid(s.start, s.length).toString());
    return names;
}

QString Places::ownerPlacePrefix(QStringView owner) const
{
    return ownerPlaceNames(owner).join(QString());
}

QString Places::ownerCountyName(QStringView owner) const
{
    QString county;
    for (QString &name : ownerPlaceNames(owner)) {
        if (placenames::isBelowCounty(name))
            break;
        county = std::move(name);
    }
    return county;
}

QList<Places::OwnerPlace> Places::ownerPlaceSpans(QStringView owner) const
{
    const auto match = [this](QStringView text) { return d->tableMatch(text); };
    QList<OwnerPlace> out;
    for (const placenames::Span &s : placenames::leadingPlaceNames(owner, match))
        out.append(OwnerPlace{s.start, s.length, placenames::suffixLength(owner.mid(s.start, s.length))});
    return out;
}

} // namespace slimplan
