#pragma once
// The name a region is shown under in the GUI, the reports and the JSON (`region_name`): the full
// name of a code the division table knows (四川省泸州市江阳区); a place name as the ledger wrote it;
// for a code the table does not know (a fictional demo county), the place the owner's name starts
// with (青溪县); else empty.

#include <QString>

namespace slimplan {

QString regionDisplayName(const QString &region, const QString &owner);

} // namespace slimplan
