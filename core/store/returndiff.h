#pragma once
// What a round of returns changes, unit by unit (issue #18, step 1): for every unit (owner) that
// returned something, the items it adds, the items whose values it changes (field: old → new),
// the items it lists unchanged and the project's items of that unit it no longer lists ("reported
// gone": flagged, never deleted). Computed before anything is written, so the CLI's --dry-run and
// the GUI's import preview show it and the store records the gone items with the import.

#include "import/fieldmap.h"
#include "import/importreport.h"
#include "model/campaign.h"
#include "model/inventory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace slimplan {

// One field of one item that the return sets to another value. A field the return leaves empty
// is never a change (a unit that skips a column does not erase it).
struct FieldChange
{
    Field field = Field::Id;
    QString name;   // canonical field name ("users", "platform", …; FieldMap::fieldName)
    QString label;  // for people, translated (用户数 / Users)
    QString before; // normalised value in the project, as text ("" = unknown)
    QString after;  // normalised value in the return, as text
};

// An item of the project whose values the return changes.
struct ItemChange
{
    QString id;
    QString name;                    // as the return names it
    std::vector<FieldChange> fields; // in field order (FieldMap's Field order)
};

// What one unit's return changes.
struct UnitDiff
{
    QString owner;                   // the unit
    QStringList files;               // the files of its return (as the import report names them)
    std::vector<QString> added;      // ids of items the project does not hold yet, in return order
    std::vector<ItemChange> changed; // in return order
    std::vector<QString> unchanged;  // ids, in return order
    std::vector<QString> gone;       // ids of the project's items of this unit the return no
                                     // longer lists, in project order
    int rowErrors = 0;               // rows of its files refused with an error: an item on such a
                                     // row may show as gone although the unit still lists it

    int listedCount() const
    {
        return static_cast<int>(added.size() + changed.size() + unchanged.size());
    }
};

struct ReturnDiff
{
    // Units in the order their first file was imported; a unit that returned nothing (or only
    // refused files) is absent, and has nothing gone.
    std::vector<UnitDiff> units;

    // The unit's diff, or null when it returned nothing.
    const UnitDiff *unit(const QString &owner) const;
    int addedCount() const;
    int changedCount() const;
    int unchangedCount() const;
    int goneCount() const;
    bool isEmpty() const { return units.empty(); }
    // Ids of every item reported gone, over all units.
    QStringList goneIds() const;
    // Ids of every item the returns list (added, changed or unchanged): a "reported gone" mark on
    // any of them is cleared when the import is stored.
    QStringList listedIds() const;
};

// Compares the incoming items (an ImportResult's inventory and report) with the project's items.
// Items are matched by id (the importer gives every row its identity). A file belongs to its
// unit (FileImportSummary::unit); in a file naming no unit, each row belongs to its owner. Files
// refused whole count as not returned. Linear in the sizes of both inventories.
ReturnDiff diffReturns(const Inventory &project, const Inventory &incoming, const ImportReport &report);

// A unit (owner) as the diff matches it: 青溪县 民政局 and 青溪县民政局 are one unit (spaces
// dropped, full-width folded, as the importer folds owners for item identity).
QString unitIdentityKey(const QString &owner);

// The "reported gone" marks a round sets (ProjectStore::recordReportedGone): each gone item with
// its unit and the first file of the unit's return.
std::vector<ReportedGone> reportedGoneOf(const ReturnDiff &diff, const QDateTime &when);

// Texts for people, shared by the CLI and the GUI.
class ReturnDiffText
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::ReturnDiff)
public:
    // The field's label for people (用户数 / Users).
    static QString fieldLabel(Field f);
    // "UNIT: N new, N changed, N unchanged, N gone"
    static QString unitLine(const UnitDiff &unit);
    // "FIELD: OLD → NEW" ("(empty)" for an unknown old value)
    static QString changeLine(const FieldChange &change);
};

} // namespace slimplan
