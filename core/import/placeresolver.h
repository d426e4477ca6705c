#pragma once
// Turns the places a return names into division codes while it is read (INVENTORY-FORMAT.md,
// *Places*): a place name in the region column (江阳区蓝田街道) and, when the region is left empty,
// the place the owner's name starts with (泸州市江阳区蓝田街道办事处). A short name several places
// share resolves inside the scope the import already knows — the project's region, or the county
// of the first place this import resolved — and is reported once when it stays ambiguous.
// Answers are cached per text: owners and place names repeat on every row.

#include <QCoreApplication>
#include <QString>

#include <unordered_map>

#include "import/stringpool.h"

namespace slimplan {

class PlaceResolver
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::PlaceResolver)
public:
    explicit PlaceResolver(QString scope = {}) : m_scope(std::move(scope)) {}

    struct Answer
    {
        QString code;    // empty: not resolved
        QString warning; // set the first time a text is ambiguous, for the import report
    };
    // A place name written in the region column.
    Answer placeText(QStringView text);
    // The owner's leading place, for a row whose region is empty.
    Answer owner(QStringView owner);

private:
    Answer resolve(QStringView text, bool isOwner);

    using Cache = std::unordered_map<QString, QString, StringViewHash, StringViewEqual>; // text → code
    QString m_scope;
    Cache m_owners;
    Cache m_texts;
};

} // namespace slimplan
