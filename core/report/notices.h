#pragma once
// The content of the 整改通知 (DESIGN.md, campaign step 4 "Order down"): one notice per unit
// (owner) with at least one item whose action is not keep, each item with its action, target,
// reason, the rules behind it with their sources, and its deadline (one date for all, or per
// action kind from the policy profile). Written in the report's language (hand-written zh/en
// pairs, as every report): the PDF (ui/report/noticepdf) and the progress sheet
// (core/report/noticexlsx) both print this content, so the two always agree.

#include "model/campaign.h"
#include "model/inventory.h"
#include "model/plan.h"
#include "model/policyprofile.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace slimplan {

struct NoticeOptions
{
    bool chinese = true;
    QString regionName;  // the office's place: "青溪县"; empty = none known
    QString office;      // who signs (落款); empty = derived from regionName
    QDate issued;        // the notice's date; invalid = today
    QDate deadline;      // one deadline for every item; invalid = per action kind (profile)
    PolicyProfile profile;
};

struct NoticeItem
{
    int row = -1;        // inventory index
    QString itemId;
    QString name;
    Kind kind = Kind::App;
    Action action = Action::Rectify;
    QString actionText;  // 关停 / Shut down
    QString target;      // merge/migrate: where it goes; rectify: what to remove; else empty
    QString reason;
    QStringList rules;   // "A8 重复采集数据", strongest first
    QStringList sources; // the documents and clauses of those rules, each once
    QDate deadline;
};

struct Notice
{
    QString owner;
    QString number;      // 瘦身整改〔2026〕3号
    QString office;
    QDate issued;
    bool chinese = true;
    std::vector<NoticeItem> items;

    // The latest deadline of its items (invalid when it has none).
    QDate latestDeadline() const;
};

class Notices
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::Notices)
public:
    // One notice per unit with actions to take, in the order the units' first items appear.
    // Items whose owner is unknown (ownerUnknown) have no unit to be told and are counted in
    // *unowned. The plan must have one decision per item (overrides applied); an item whose
    // decision was overridden gives the official's reason when the override states one.
    static std::vector<Notice> build(const Inventory &inventory, const Plan &plan,
                                     const NoticeOptions &options, int *unowned = nullptr);

    // The office that signs when none is given: "青溪县政务移动互联网应用程序瘦身工作专班".
    static QString defaultOffice(const QString &regionName, bool chinese);
    // "07_青溪县民政局_整改通知.pdf": the notice's number zero-padded to the width of `count`, the
    // unit's name with what Windows refuses in a file name replaced by "_" (at most 80 characters).
    static QString fileName(int number, int count, const QString &owner, const QString &suffix);
};

} // namespace slimplan
