#pragma once
// Synthetic ledgers for tests, benchmarks and demos: realistic Chinese names, units, division
// codes, Zipf-distributed functions, look-alike app families and near-duplicate work groups.
// Deterministic: the same options give the same items and the same bytes.

#include "model/inventory.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace slimplan {

struct GeneratorOptions
{
    qint64 items = 1000;
    quint64 seed = 1;
    int regions = 0; // counties; 0 = one per ~500 items (at least 1)
};

// One generated row: the item as the importer would build it, plus the raw member ids that the
// ledger file carries in its 群成员 column (the item itself only keeps their hashes).
struct GeneratedRow
{
    Item item;
    QStringList memberIds;
};

// Streams the rows in order without holding them (1,000,000 rows fit in no memory budget twice).
void generateRows(const GeneratorOptions &options,
                  const std::function<void(const GeneratedRow &row)> &sink);

// The whole inventory in memory; member ids hashed with generatorMemberHash().
Inventory generateInventory(const GeneratorOptions &options);

// The hash the generator puts into Item::memberHashes (FNV-1a 64 of the UTF-8 id). Imported
// files hash with the project's salt instead; only hashes of one source are ever compared.
quint64 generatorMemberHash(QStringView memberId);

// The CSV header (INVENTORY-FORMAT.md's Chinese names), in column order.
QStringList generatorHeader();

// Writes a .csv (UTF-8 with BOM) or .xlsx (by suffix) ledger. Returns false with *error set.
bool writeGeneratedLedger(const GeneratorOptions &options, const QString &path, QString *error);

} // namespace slimplan
