#pragma once
// Word tables shared by the cell readers (normalize.cpp, normalizeflags.cpp,
// normalizenumbers.cpp). Internal to the import folder.

#include "import/normalize.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace slimplan::normalizewords {

using Words = std::initializer_list<const char16_t *>;

inline bool isAsciiDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

// Whether text contains one of the words (any range of UTF-16 literals).
template <typename Range>
bool containsAny(QStringView text, const Range &words)
{
    for (const char16_t *w : words) {
        if (text.contains(QStringView(w)))
            return true;
    }
    return false;
}
inline bool containsAny(QStringView text, Words words)
{
    return containsAny<Words>(text, words);
}

// Builds a folded-word → value table once; the words are written the way ledgers spell them.
template <typename T>
void addWords(QHash<QString, T> &table, T value, Words words)
{
    for (const char16_t *w : words)
        table.insert(foldKey(QStringView(w)), value);
}

} // namespace slimplan::normalizewords
