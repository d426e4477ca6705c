#pragma once
// Small builders that several suites share: a county-level item of a region, and the sorted ids of
// a snapshot diff's entries.

#include "compare/snapshotdiff.h"
#include "model/item.h"

#include <QStringList>

#include <vector>

namespace slimplan::testing {

// An item of a county-level owner; everything not given stays unknown.
inline Item countyItem(const QString &id, Kind kind, const QString &owner, const QString &name,
                       const QString &region)
{
    Item it;
    it.id = id;
    it.kind = kind;
    it.owner = owner;
    it.name = name;
    it.region = region;
    it.level = Level::County;
    return it;
}

inline QStringList ids(const std::vector<DiffEntry> &entries)
{
    QStringList out;
    for (const DiffEntry &e : entries)
        out << e.id;
    out.sort();
    return out;
}

} // namespace slimplan::testing
