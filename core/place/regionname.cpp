#include "place/regionname.h"

#include "place/places.h"

#include <algorithm>

namespace slimplan {

namespace {
bool isCode(const QString &region)
{
    return std::all_of(region.cbegin(), region.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

QString regionDisplayName(const QString &region, const QString &owner)
{
    const Places &places = Places::instance();
    if (!region.isEmpty()) {
        if (!isCode(region))
            return region;
        if (QString full = places.fullName(region); !full.isEmpty())
            return full;
    }
    return places.ownerPlacePrefix(owner);
}

const QString &RegionNames::operator()(const QString &region, const QString &owner)
{
    if (!region.isEmpty()) {
        auto it = m_byRegion.constFind(region);
        if (it != m_byRegion.constEnd())
            return *it;
        if (!isCode(region))
            return *m_byRegion.insert(region, region);
        if (QString full = Places::instance().fullName(region); !full.isEmpty())
            return *m_byRegion.insert(region, full);
    }
    auto it = m_byOwner.constFind(owner);
    if (it != m_byOwner.constEnd())
        return *it;
    return *m_byOwner.insert(owner, Places::instance().ownerPlacePrefix(owner));
}

} // namespace slimplan
