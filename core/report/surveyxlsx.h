#pragma once
// The survey sheets of the campaign (DESIGN.md, step 1): one 核查表 .xlsx per unit (owner), its
// items pre-filled in the columns the importer reads (INVENTORY-FORMAT.md), the identity column
// hidden so that a returned sheet updates the same items, drop-downs for the closed vocabularies,
// the facts the rules lack (missingFields) marked "请补充", empty rows for new items and a sheet of
// instructions. The sheets are in Chinese whatever the interface language: the units fill them in.

#include "model/campaign.h"
#include "model/inventory.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace slimplan {

// One unit to survey: its name as the ledger writes it and its items (inventory indices, in order).
struct SurveyUnit
{
    QString owner;
    std::vector<int> rows;
};

struct SurveyOptions
{
    QString regionName; // the title's place: "青溪县" → 青溪县政务移动互联网应用程序核查表
    int blankRows = 20; // empty rows under the items, for the ones the unit adds
};

// What writing the sheets of a whole region did.
struct SurveyBatch
{
    std::vector<SurveyRecord> written; // one per file, file = its name inside the folder
    int unownedItems = 0;              // items with no unit to send them to: in no sheet
    QString error;                     // non-empty: the export stopped here (the files so far stay)
    bool canceled = false;
};

class SurveyXlsx
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::SurveyXlsx)
public:
    // The units in the order their first item appears; items whose owner is unknown (blank, 无,
    // 未知, …: ownerUnknown) belong to none and are counted in *unowned. A unit is one owner
    // string after trimming: two spellings of one unit are two units, as in the ledger.
    static std::vector<SurveyUnit> units(const Inventory &inventory, int *unowned = nullptr);
    // "07_青溪县民政局_核查表.xlsx": the unit's number, zero-padded to the width of `count`, and
    // its name with the characters Windows refuses in a file name (/ \ : * ? " < > | and control
    // characters) replaced by "_", at most 80 characters of it.
    static QString fileName(int number, int count, const QString &owner);
    // Writes one unit's workbook to `path`. False with *error (the file is then removed).
    static bool write(const Inventory &inventory, const SurveyUnit &unit, const SurveyOptions &options,
                      const QString &path, QString *error = nullptr);
    // Every unit's workbook into `folder` (created if missing), an existing file of the same name
    // replaced. Progress: one stage, one step per unit; cancel stops after the current file and
    // removes the files this call wrote (batch.written is then empty).
    static SurveyBatch writeAll(const Inventory &inventory, const SurveyOptions &options,
                                const QString &folder, Progress *progress = nullptr);

    // The header of the 核查表 sheet, in column order (the canonical Chinese names the importer
    // maps, the 12 yes/no flag columns, 是否保留, 备注, the unit's extra columns, 编号 last).
    static QStringList header(const SurveyUnit &unit, const Inventory &inventory);
    // The header of the keep column (是否保留): the unit's answer, read back as an extra attribute.
    static QString keepHeader();
};

} // namespace slimplan
