#pragma once
// Splitting the start of a unit's name into the place names it is written with
// (青溪县青石镇人民政府 → 青溪县, 青石镇), by the administrative suffixes, for places the division
// table may not know. Private to the place service (Places::ownerPlaceNames uses it).

#include <QList>
#include <QStringView>

#include <functional>

namespace slimplan::placenames {

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// The length of the longest name the table knows at the start of `text`, 0 when none.
using TableMatch = std::function<qsizetype(QStringView text)>;

// The leading place names of `owner`, as spans of it, at most a handful. A party or league prefix
// (中共, 共青团) before the first name is skipped, not returned.
QList<Span> leadingPlaceNames(QStringView owner, const TableMatch &tableMatch);

// The administrative suffix a place name ends with (街道 of 蓝田街道, 市 of 广州市), 0 when none.
qsizetype suffixLength(QStringView name);
// True when the name ends with a township or village suffix (镇 乡 街道 苏木 社区 村 嘎查).
bool isBelowCounty(QStringView name);

} // namespace slimplan::placenames
