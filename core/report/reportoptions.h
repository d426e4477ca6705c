#pragma once
// Options shared by every report (PDF plan, spreadsheet, comparison). Lives in core because the
// spreadsheet writer is core; the PDF writers in ui/report include the same header.
// Report texts are hand-written zh/en pairs chosen by `language`, not tr(): a report is written in
// one given language whatever the user interface language is.

#include "model/campaign.h"
#include "model/plan.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace slimplan {

struct ReportOptions
{
    QString language = QStringLiteral("zh_CN"); // "zh_CN" (default) or "en"
    QString regionName;                         // "XX县"; empty = taken from the inventory if possible
    QString preparedBy;                         // who prepared the plan (编制单位/编制人)
    QDate planDate;                             // invalid = today
    // The items' tracking states (the project's); nullptr or all planned = no progress section.
    std::shared_ptr<const std::vector<TrackingStatus>> tracking;
    // The item ids of the later snapshot (ProjectStore::laterSnapshotItemIds), for the review's
    // "done but still present"; nullptr = there is none.
    std::shared_ptr<const QSet<QString>> laterItemIds;
    // The project's decision log, oldest first (a copy: exports run on worker threads while
    // decisions go on); nullptr or empty = no 调整记录 annex or sheet.
    std::shared_ptr<const std::vector<DecisionLogEntry>> decisionLog;

    bool chinese() const { return !language.startsWith(QLatin1String("en")); }
};

// One region's result in a comparison (`slimplan-cli compare --pdf`).
struct RegionSummary
{
    QString name;
    QString code;
    PlanSummary summary;
};

} // namespace slimplan
