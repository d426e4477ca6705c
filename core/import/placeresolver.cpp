#include "import/placeresolver.h"

#include "place/places.h"

namespace slimplan {

namespace {
constexpr std::size_t kMaxCached = 200000; // distinct owners of a 1,000,000-row ledger stay far below
constexpr int kMaxCandidatesShown = 4;
} // namespace

PlaceResolver::Answer PlaceResolver::placeText(QStringView text)
{
    return resolve(text, false);
}

PlaceResolver::Answer PlaceResolver::owner(QStringView owner)
{
    return resolve(owner, true);
}

PlaceResolver::Answer PlaceResolver::resolve(QStringView text, bool isOwner)
{
    auto &cache = isOwner ? m_owners : m_texts;
    Answer a;
    if (auto it = cache.find(text); it != cache.end()) {
        a.code = it->second; // an ambiguous text is reported once, on its first row
        return a;
    }
    const Places &places = Places::instance();
    const Places::Resolution r = isOwner ? places.resolveOwner(text, m_scope) : places.resolve(text, m_scope);
    a.code = r.code;
    if (r.ambiguous()) {
        QStringList shown = r.candidates.mid(0, kMaxCandidatesShown);
        if (r.candidates.size() > kMaxCandidatesShown)
            shown << QStringLiteral("…");
        a.warning = isOwner ? tr("The place in the owner “%1” could be %2; region left unknown "
                                 "(write the 行政区划代码 to settle it)")
                                  .arg(text, shown.join(QChar(u'、')))
                            : tr("The place “%1” could be %2; kept as written (write the 行政区划代码 "
                                 "to settle it)")
                                  .arg(text, shown.join(QChar(u'、')));
    }
    // The first place resolved names the county the rest of the import is read in.
    if (!a.code.isEmpty() && m_scope.isEmpty())
        m_scope = places.countyOf(a.code).isEmpty() ? a.code.left(6) : places.countyOf(a.code);
    if (cache.size() < kMaxCached)
        cache.emplace(text.toString(), a.code);
    return a;
}

} // namespace slimplan
