#include "place/regionname.h"

#include "place/places.h"

namespace slimplan {

QString regionDisplayName(const QString &region, const QString &owner)
{
    const Places &places = Places::instance();
    if (!region.isEmpty()) {
        const bool code = std::all_of(region.cbegin(), region.cend(),
                                      [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!code)
            return region;
        if (QString full = places.fullName(region); !full.isEmpty())
            return full;
    }
    return places.ownerPlacePrefix(owner);
}

} // namespace slimplan
