#pragma once
// The region a report is about when the options name none: the one most items sit in.

#include "model/inventory.h"

#include <QString>

namespace slimplan {

// The name of the region most items sit in (四川省泸州市江阳区), never its bare code. A code the
// table does not know is named as most of its items' owners name it (青溪县). Empty when no item
// names a region.
QString mostCommonRegionName(const Inventory &inv);

} // namespace slimplan
