#include "policy/ruletext.h"

#include "util/textids.h"

#include <QHash>

#include <algorithm>
#include <atomic>

namespace slimplan::ruletext {


Keywords::Keywords(std::initializer_list<const char *> utf8)
{
    static std::atomic<int> nextSlot{0};
    for (const char *k : utf8)
        words << QString::fromUtf8(k);
    const int s = nextSlot.fetch_add(1);
    slot = s < 64 ? s : -1;
}

namespace {
// Per thread: for each function name seen, which keyword sets it matches (a bit per slot) and
// which answers are known. Looked up by the name's buffer first; the cache keeps a reference to
// every buffer it knows by address, so an address cannot be reused by another text meanwhile.
class MatchCache
{
public:
    struct Answers
    {
        quint64 known = 0;
        quint64 match = 0;
    };
    Answers &of(const QString &function)
    {
        if (m_answers.size() > 200000)
            clear(); // free-text function names: keep the cache bounded
        int k = m_byAddress.find(function);
        if (k < 0) {
            auto it = m_byText.constFind(function);
            if (it == m_byText.cend()) {
                it = m_byText.insert(function, static_cast<int>(m_answers.size()));
                m_answers.emplace_back();
            }
            k = it.value();
            m_byAddress.insert(function, k);
            m_pinned.push_back(function);
        }
        return m_answers[static_cast<std::size_t>(k)];
    }

private:
    void clear()
    {
        m_byAddress.clear();
        m_pinned.clear();
        m_answers.clear();
        m_byText.clear();
    }
    AddressMap m_byAddress;
    std::vector<QString> m_pinned;
    std::vector<Answers> m_answers;
    QHash<QString, int> m_byText;
};
} // namespace

bool functionMatches(const QString &function, const Keywords &keywords)
{
    if (keywords.slot < 0 || function.isEmpty())
        return containsAny(function, keywords);
    thread_local MatchCache cache;
    MatchCache::Answers &a = cache.of(function);
    const quint64 bit = quint64(1) << keywords.slot;
    if (!(a.known & bit)) {
        a.known |= bit;
        if (containsAny(function, keywords))
            a.match |= bit;
    }
    return a.match & bit;
}

bool containsAny(const QString &text, const Keywords &keywords)
{
    if (text.isEmpty())
        return false;
    for (const QString &k : keywords.words) {
        if (text.contains(k, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QStringList functionsMatching(const Item &item, const Keywords &keywords)
{
    QStringList out;
    for (const QString &f : item.functions) {
        if (functionMatches(f, keywords))
            out << f;
    }
    return out;
}


namespace {
// The rule ids as static strings: a finding then shares its id instead of allocating one.
QString ruleIdString(const char *rule)
{
    static const QString a[] = {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"),
                                QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("A6"),
                                QStringLiteral("A7"), QStringLiteral("A8"), QStringLiteral("A9"),
                                QStringLiteral("A10"), QStringLiteral("A11"), QStringLiteral("A12")};
    static const QString p[] = {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                                QStringLiteral("P4"), QStringLiteral("P5"), QStringLiteral("P6")};
    static const QString g[] = {QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"),
                                QStringLiteral("G4")};
    const QLatin1String id(rule);
    const auto pick = [&](const QString *ids, int n) -> QString {
        for (int k = 0; k < n; ++k)
            if (ids[k] == id)
                return ids[k];
        return id;
    };
    switch (rule[0]) {
    case 'A': return pick(a, 12);
    case 'P': return pick(p, 6);
    case 'G': return pick(g, 4);
    default: return id;
    }
}
} // namespace

Finding finding(const char *rule, Action suggested, EvidenceFacts facts, QStringList removeFunctions)
{
    Finding f;
    f.rule = ruleIdString(rule);
    f.suggested = suggested;
    f.facts = std::move(facts);
    f.removeFunctions = std::move(removeFunctions);
    return f;
}


Finding withConfidence(double confidence, Finding f)
{
    f.confidence = confidence;
    return f;
}

std::optional<Finding> practiceFinding(const char *rule, const Item &item, const QStringList &functions,
                                       std::initializer_list<Flag> flags, EvidenceFacts facts)
{
    if (functions.isEmpty()) {
        const bool flagged = std::any_of(flags.begin(), flags.end(), [&](Flag f) { return item.has(f); });
        if (!flagged)
            return std::nullopt;
        facts.flags(item.flags, flags);
    } else {
        facts.list(functions);
    }
    return finding(rule, Action::Rectify, std::move(facts), functions);
}

} // namespace slimplan::ruletext
