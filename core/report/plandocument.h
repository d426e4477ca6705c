#pragma once
// The plan as an official document (公文, issue #19): a 请示 or 报告 to the leadership written from
// the plan — the situation, the problems found, the plan itself, the schedule and the closing
// line — with the action list, the merge families and the decision log as 附件. Core only: the
// result is a doc::Document that the 公文 PDF (ui/report/gongwenpdf) and the .docx writer render.

#include "model/inventory.h"
#include "model/plan.h"
#include "report/officialdoc.h"
#include "report/reportoptions.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace slimplan {

// The document's settings, kept in the project's `meta` table under "doc.*" keys
// (ProjectStore::documentSettings / setDocumentSettings, core/store/projectdocsettings.cpp).
struct DocumentSettings
{
    doc::Kind kind = doc::Kind::Qingshi; // 请示 or 报告
    QString issuer;    // 发文机关标志 ("青溪县委网信办文件"); empty = no red masthead
    QString number;    // 发文字号 ("青网信〔2026〕12号"); empty = no number line
    QString addressee; // 主送机关; empty = "{region}委、{region}人民政府"
    QString signature; // 落款; empty = ReportOptions::preparedBy, else "{region}委网信办"
    QDate date;        // 成文日期; invalid = ReportOptions::planDate, else today

    // The meta keys and values ("doc.kind" = "qingshi" | "baogao", "doc.issuer", …).
    QHash<QString, QString> toMeta() const;
    static DocumentSettings fromMeta(const QHash<QString, QString> &meta);
    // The empty fields filled from the region and the report options, as the document uses them.
    DocumentSettings resolved(const QString &region, const ReportOptions &options) const;
};

// The region's name as the reports use it: ReportOptions::regionName, else the inventory's most
// common owner prefix, else "本地区" / "the region".
QString documentRegion(const Inventory &inventory, const ReportOptions &options);

doc::Document planDocument(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                           const DocumentSettings &settings);

} // namespace slimplan
