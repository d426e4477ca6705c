#include "report/precheckpdf.h"

#include "policy/rulecatalog.h"
#include "report/gongwenpdf.h"
#include "report/reporttext.h"

#include <QDate>

namespace slimplan {

namespace {
using doc::Role;

// At most this many overlapping items on the page, the strongest (the opinion stays one page;
// the JSON lists them all).
constexpr int kOverlapsOnPage = 1;

void para(doc::Section &s, Role role, const QString &text)
{
    s.blocks.emplace_back(doc::Paragraph{role, text});
}

QString verdictText(const ReportText &t, PrecheckVerdict v)
{
    switch (v) {
    case PrecheckVerdict::Approve: return t.tx("同意立项", "Approved");
    case PrecheckVerdict::Revise: return t.tx("修改后重新报审", "Revise and resubmit");
    case PrecheckVerdict::Reject: return t.tx("不同意立项", "Rejected");
    }
    return QString();
}

QString orDash(const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; }
} // namespace

doc::Document precheckDocument(const Item &p, const PrecheckResult &r, const DocumentSettings &settings,
                               const QString &region, bool chinese)
{
    const ReportText t(chinese);
    doc::Document d;
    d.kind = doc::Kind::Opinion;
    d.issuer = settings.issuer;
    d.number = settings.number;
    d.language = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    d.title = t.tx("关于“%1”立项的预审意见", "Pre-check opinion on the proposed \"%1\"").arg(p.name);
    doc::Section &body = d.body();
    para(body, Role::Title, d.title);
    para(body, Role::Addressee, p.owner + t.tx("：", ":"));
    QString described = t.tx("你单位拟建设的%1“%2”", "The %1 \"%2\" your unit proposes").arg(t.kind(p.kind), p.name);
    if (!p.platform.isEmpty())
        described += t.tx("（%1）", " (%1)").arg(p.platform);
    // The functions are listed in the opening sentence only when no overlap table repeats them.
    if (r.overlaps.empty() && !p.functions.isEmpty())
        described += t.tx("（功能：%1）", " (functions: %1)").arg(p.functions.join(t.listSeparator()));
    para(body, Role::Body,
         described + t.tx("，经与现有应用、账号和群组比对并对照政策规定审核，意见如下。",
                          ", compared with the region's existing apps, accounts and groups and checked "
                          "against the policy rules: our opinion follows."));

    para(body, Role::Heading1, t.tx("一、预审结论", "1. Verdict"));
    para(body, Role::Body, verdictText(t, r.verdict) + t.tx("。", ". ") + r.reason(chinese));

    para(body, Role::Heading1, t.tx("二、功能重复的现有事项", "2. Existing items doing the same job"));
    if (r.overlaps.empty()) {
        para(body, Role::Body, t.tx("未发现功能重复的现有事项。", "No existing item does the same job."));
    } else {
        // Paragraphs, not a table: a table's spacing would push the 落款 to a second page.
        const int shown = std::min(int(r.overlaps.size()), kOverlapsOnPage);
        for (int i = 0; i < shown; ++i) {
            const PrecheckOverlap &o = r.overlaps[std::size_t(i)];
            para(body, Role::Body,
                 t.tx("%1. %2（%3），重合度%4，相同功能：%5。", "%1. %2 (%3), overlap %4, shared functions: %5.")
                     .arg(i + 1)
                     .arg(o.name, o.owner, QString::number(o.score, 'f', 2),
                          orDash(o.sharedFunctions.join(t.listSeparator()))));
        }
        if (int(r.overlaps.size()) > shown)
            para(body, Role::Body, t.tx("另有%1个事项部分重合。", "%1 more items overlap in part.")
                                       .arg(int(r.overlaps.size()) - shown));
    }

    para(body, Role::Heading1, t.tx("三、涉及的政策规定", "3. Rules it would break"));
    if (r.findings.empty())
        para(body, Role::Body, t.tx("未发现违反政策规定的情形。", "It breaks no rule as described."));
    for (const Finding &f : r.findings) {
        // The evidence is in the verdict's reason already; here the clause it rests on.
        QString text = ruleLabel(f.rule, chinese);
        if (const RuleInfo *info = findRule(f.rule); info && !info->source(chinese).isEmpty())
            text += t.tx("。依据：%1", ". Source: %1").arg(info->source(chinese));
        else
            text += t.tx("：", ": ") + f.evidence(chinese);
        para(body, Role::Body, text);
    }
    para(body, Role::Signature,
         settings.signature.isEmpty() ? t.tx("%1委网信办", "Cyberspace Affairs Office of %1").arg(region)
                                      : settings.signature);
    para(body, Role::Date, t.date(settings.date.isValid() ? settings.date : QDate::currentDate()));
    return d;
}

bool renderPrecheck(QPagedPaintDevice *device, const doc::Document &document, QString *error)
{
    return renderGongwen(device, document, PlanSummary(), nullptr, error);
}

bool writePrecheckPdf(const doc::Document &document, const QString &path, QString *error)
{
    return writeGongwenPdf(document, PlanSummary(), path, nullptr, error);
}

} // namespace slimplan
