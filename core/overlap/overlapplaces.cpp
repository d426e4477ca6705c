// Place names in the overlap engine: what is removed from a name before its bigrams are compared
// (青溪政务通 and 青山政务通 are the same app in two places), and the county block key.

#include "overlap/overlapfeatures.h"
#include "place/places.h"

#include <algorithm>
#include <string>

namespace slimplan::overlapdetail {

namespace {

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

// Removes every occurrence of `needle`, left to right and without overlaps, as QString::remove
// does: occurrences are found in the text as it was, never across a join the removal made.
void removeAll(std::u16string &s, QStringView needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return;
    const auto find = [&](std::size_t from) {
        return QStringView(s.data(), qsizetype(s.size())).indexOf(needle, qsizetype(from));
    };
    const qsizetype first = find(0);
    if (first < 0)
        return;
    std::size_t dst = std::size_t(first);
    std::size_t src = dst + std::size_t(n);
    while (src < s.size()) {
        const qsizetype h = find(src);
        const std::size_t hit = h < 0 ? s.size() : std::size_t(h);
        std::copy(s.begin() + std::ptrdiff_t(src), s.begin() + std::ptrdiff_t(hit),
                  s.begin() + std::ptrdiff_t(dst));
        dst += hit - src;
        if (hit == s.size())
            break;
        src = hit + std::size_t(n);
    }
    s.resize(dst);
}

// Letters and digits of `text`, case-folded, appended to `out`.
void appendFolded(QStringView text, std::u16string &out)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x4E00 && u <= 0x9FD5) {
            out.push_back(u); // CJK ideographs (Unicode 8 and before): letters, their own case fold
        } else if (c.isLetterOrNumber()) {
            out.push_back(c.toCaseFolded().unicode());
        }
    }
}

// The name without its places, spaces and punctuation, case-folded, into `out`.
template<typename Places>
void stripInto(const Item &item, const Places &places, std::u16string &out)
{
    thread_local std::u16string name;
    name.assign(reinterpret_cast<const char16_t *>(item.name.utf16()), std::size_t(item.name.size()));
    for (const auto &p : places)
        removeAll(name, QStringView(p));
    out.clear();
    appendFolded(QStringView(name.data(), qsizetype(name.size())), out);
    if (out.empty()) {
        // The name was only the place ("青溪"): compare the whole name rather than nothing.
        appendFolded(item.name, out);
    }
}

} // namespace

namespace {
// The owner's place names as views into `owner`, appended to `places`: each name in full and
// without its suffix (青溪县 and 青溪), as the place service splits them.
void appendPlaceNames(QStringView owner, PlaceViews &places)
{
    for (const Places::OwnerPlace &p : Places::instance().ownerPlaceSpans(owner)) {
        places.push_back(owner.mid(p.start, p.length));
        if (p.length - p.suffixLength >= 2)
            places.push_back(owner.mid(p.start, p.length - p.suffixLength));
    }
}

QStringList toStrings(const PlaceViews &views)
{
    QStringList out;
    out.reserve(qsizetype(views.size()));
    for (QStringView v : views)
        out << v.toString();
    return out;
}
} // namespace

QStringList placeNames(const QString &owner)
{
    PlaceViews views;
    appendPlaceNames(owner, views);
    return toStrings(views);
}

bool placesFromOwnerOnly(const Item &item)
{
    return item.region.isEmpty() || isDigits(item.region);
}

void placesToStrip(const Item &item, PlaceViews &places)
{
    // Longer first, so that 青溪县 goes before 青溪 and leaves no stray 县.
    places.clear();
    appendPlaceNames(item.owner, places);
    if (!placesFromOwnerOnly(item)) {
        appendPlaceNames(item.region, places);
        places.push_back(item.region);
    }
    std::sort(places.begin(), places.end(), [](QStringView a, QStringView b) { return a.size() > b.size(); });
}

QStringList placesToStrip(const Item &item)
{
    PlaceViews views;
    placesToStrip(item, views);
    return toStrings(views);
}

QString strippedName(const Item &item)
{
    thread_local std::u16string out;
    stripInto(item, placesToStrip(item), out);
    return QString(reinterpret_cast<const QChar *>(out.data()), qsizetype(out.size()));
}

void appendNameBigrams(QStringView s, std::vector<std::uint32_t> &out)
{
    if (s.size() == 1) {
        out.push_back((std::uint32_t(s.at(0).unicode()) << 16) | 0xFFFFu);
        return;
    }
    const std::size_t from = out.size();
    for (qsizetype i = 0; i + 1 < s.size(); ++i)
        out.push_back((std::uint32_t(s.at(i).unicode()) << 16) | s.at(i + 1).unicode());
    std::sort(out.begin() + std::ptrdiff_t(from), out.end());
    out.erase(std::unique(out.begin() + std::ptrdiff_t(from), out.end()), out.end());
}

std::vector<std::uint32_t> nameBigrams(QStringView s)
{
    std::vector<std::uint32_t> out;
    out.reserve(static_cast<std::size_t>(std::max<qsizetype>(1, s.size() - 1)));
    appendNameBigrams(s, out);
    return out;
}

namespace {
template<typename Places>
void appendTokens(const Item &item, const Places &places, std::vector<std::uint32_t> &out)
{
    thread_local std::u16string stripped;
    stripInto(item, places, stripped);
    appendNameBigrams(QStringView(stripped.data(), qsizetype(stripped.size())), out);
}
} // namespace

void appendNameTokens(const Item &item, const QStringList &places, std::vector<std::uint32_t> &out)
{
    appendTokens(item, places, out);
}

void appendNameTokens(const Item &item, const PlaceViews &places, std::vector<std::uint32_t> &out)
{
    appendTokens(item, places, out);
}

QString blockKey(const Item &item)
{
    const QChar kind(u'0' + static_cast<int>(item.kind));
    if (item.region.size() >= 6 && isDigits(item.region.left(6)))
        return item.region.left(6) + kind;
    return item.region + QLatin1Char('|') + kind;
}

} // namespace slimplan::overlapdetail
