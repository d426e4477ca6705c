#pragma once
// The name a region is shown under in the GUI, the reports and the JSON (`region_name`): the full
// name of a code the division table knows (四川省泸州市江阳区); a place name as the ledger wrote it;
// for a code the table does not know (a fictional demo county), the place the owner's name starts
// with (青溪县); else empty.

#include <QHash>
#include <QString>

namespace slimplan {

QString regionDisplayName(const QString &region, const QString &owner);

// The same answers for a whole inventory: regions and owners repeat on thousands of rows, so each
// distinct one is looked up once. Not thread-safe; one per export.
class RegionNames
{
public:
    const QString &operator()(const QString &region, const QString &owner);

private:
    QHash<QString, QString> m_byRegion; // codes the table knows, and place names
    QHash<QString, QString> m_byOwner;  // everything else goes by the owner's place
};

} // namespace slimplan
