#include "report/planxlsx.h"

#include "overlap/overlap.h"
#include "policy/rulecatalog.h"
#include "report/plandigest.h"
#include "report/reporttext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <array>

// Every user value goes through worksheet_write_string/number/datetime: a name such as "=1+1" or
// "@SUM(A1)" stays text in Excel, never a formula (worksheet_write_formula is never called).

namespace slimplan {

namespace {
constexpr int kMaxCellChars = 32767;  // Excel's limit for one cell
constexpr int kConstantMemoryRows = 5000; // above this, stream rows to disk (memory stays flat)

// Characters XML 1.0 cannot carry; a ledger typed by people sometimes holds them.
QByteArray cellText(const QString &s)
{
    QString out;
    const QString &src = s.size() > kMaxCellChars ? s.left(kMaxCellChars) : s;
    bool clean = true;
    for (QChar c : src) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n')
            && c != QLatin1Char('\r')) {
            clean = false;
            break;
        }
    }
    if (clean)
        return src.toUtf8();
    out.reserve(src.size());
    for (QChar c : src) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r'))
            out.append(c);
    }
    return out.toUtf8();
}

// One worksheet written row by row (the order constant_memory mode needs).
class Sheet
{
public:
    Sheet(lxw_workbook *wb, const char *name, lxw_format *header, lxw_format *date)
        : m_ws(workbook_add_worksheet(wb, name)), m_header(header), m_date(date)
    {
    }
    bool valid() const { return m_ws != nullptr; }

    void header(const QStringList &names, const std::vector<double> &widths)
    {
        for (int c = 0; c < names.size(); ++c) {
            worksheet_set_column(m_ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 c < static_cast<int>(widths.size()) ? widths[static_cast<std::size_t>(c)] : 12,
                                 nullptr);
            worksheet_write_string(m_ws, 0, static_cast<lxw_col_t>(c), cellText(names[c]).constData(),
                                   m_header);
        }
        m_cols = static_cast<int>(names.size());
        worksheet_freeze_panes(m_ws, 1, 0);
        m_row = 1;
        m_col = 0;
    }
    void text(const QString &s, lxw_format *f = nullptr)
    {
        if (!s.isEmpty())
            worksheet_write_string(m_ws, m_row, m_col, cellText(s).constData(), f);
        ++m_col;
    }
    void number(double v, lxw_format *f = nullptr)
    {
        worksheet_write_number(m_ws, m_row, m_col, v, f);
        ++m_col;
    }
    template <typename T>
    void optNumber(const std::optional<T> &v)
    {
        if (v)
            worksheet_write_number(m_ws, m_row, m_col, static_cast<double>(*v), nullptr);
        ++m_col;
    }
    void date(const QDate &d)
    {
        if (d.isValid() && d.year() >= 1900) {
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
            worksheet_write_datetime(m_ws, m_row, m_col, &dt, m_date);
        } else if (d.isValid()) {
            text(d.toString(Qt::ISODate));
            return;
        }
        ++m_col;
    }
    void skip() { ++m_col; }
    void endRow()
    {
        ++m_row;
        m_col = 0;
    }
    // Autofilter over the header and every row written.
    void finish()
    {
        if (m_cols > 0)
            worksheet_autofilter(m_ws, 0, 0, m_row > 1 ? m_row - 1 : 1,
                                 static_cast<lxw_col_t>(m_cols - 1));
    }
    lxw_worksheet *raw() const { return m_ws; }

private:
    lxw_worksheet *m_ws;
    lxw_format *m_header;
    lxw_format *m_date;
    lxw_row_t m_row = 0;
    lxw_col_t m_col = 0;
    int m_cols = 0;
};

// 层级 as the importer reads it back (村, not 村（社区）).
QString levelForLedger(Level l)
{
    static const char *const names[] = {"中央", "省级", "市级", "县级", "乡镇", "村"};
    return QString::fromUtf8(names[static_cast<int>(l)]);
}

QString joined(const QStringList &l) { return l.join(QStringLiteral("、")); }

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

bool writePlanXlsx(const Inventory &inventory, const Plan &plan, const ReportOptions &options,
                   const QString &path, Progress *progress, QString *error)
{
    if (plan.decisions.size() != inventory.items().size()) {
        setError(error, QStringLiteral("the plan does not match the inventory (%1 decisions, %2 items)")
                            .arg(plan.decisions.size()).arg(inventory.items().size()));
        return false;
    }
    const ReportText t(options.chinese());
    const bool zh = t.chinese();
    const PlanDigest digest = PlanDigest::build(inventory, plan);

    // Written next to the target and renamed at the end: a failed or cancelled export leaves
    // no half-written workbook behind.
    const QString part = path + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(part);
    const QByteArray tmpDir = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options wopt{};
    wopt.constant_memory = inventory.size() > kConstantMemoryRows ? LXW_TRUE : LXW_FALSE;
    wopt.tmpdir = const_cast<char *>(tmpDir.constData());
    wopt.use_zip64 = LXW_TRUE;
    lxw_workbook *wb = workbook_new_opt(partName.constData(), &wopt);
    if (!wb) {
        setError(error, QStringLiteral("%1: cannot create the workbook").arg(path));
        return false;
    }

    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xE3EAF2);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *pct = workbook_add_format(wb);
    format_set_num_format(pct, "0.0%");
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.0");
    lxw_format *conf = workbook_add_format(wb);
    format_set_num_format(conf, "0.00");
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);

    const qint64 total = inventory.size() * 2 + static_cast<qint64>(plan.clusters.size());
    if (progress)
        progress->beginStage(zh ? QStringLiteral("写入电子表格") : QStringLiteral("Writing the spreadsheet"),
                             total);
    qint64 done = 0;
    bool canceled = false;
    const auto tick = [&] {
        if ((++done & 511) == 0 && progress) {
            progress->advance(done);
            canceled = canceled || progress->isCanceled();
        }
        return !canceled;
    };

    // 处置方案: the ledger's columns in the importer's words, then the decision.
    Sheet plansheet(wb, "处置方案", head, date);
    plansheet.header(
        {QStringLiteral("编号"), QStringLiteral("名称"), QStringLiteral("类型"), QStringLiteral("平台"),
         QStringLiteral("主办单位"), QStringLiteral("层级"), QStringLiteral("行政区划代码"),
         QStringLiteral("主要功能"), QStringLiteral("填报事项"), QStringLiteral("服务对象"),
         QStringLiteral("用户数"), QStringLiteral("月活"), QStringLiteral("最后更新"),
         QStringLiteral("近90天发文数"), QStringLiteral("年运维费用"), QStringLiteral("上线时间"),
         QStringLiteral("备案编号"), QStringLiteral("功能标记"), QStringLiteral("应用场景"),
         QStringLiteral("备注"), QStringLiteral("建议处置"), QStringLiteral("目标"),
         QStringLiteral("依据条款"), QStringLiteral("理由"), QStringLiteral("置信度")},
        {22, 28, 10, 12, 26, 8, 14, 30, 30, 10, 10, 10, 12, 12, 12, 12, 16, 22, 10, 24, 10, 28, 14, 60, 8});
    const ReportText zhText(true); // ledger columns are read back by the importer: always Chinese
    for (int i = 0; i < inventory.size() && tick(); ++i) {
        const Item &it = inventory.at(i);
        const Decision &d = plan.decisions[static_cast<std::size_t>(i)];
        plansheet.text(it.id);
        plansheet.text(it.name);
        plansheet.text(zhText.kind(it.kind));
        plansheet.text(it.platform);
        plansheet.text(it.owner);
        plansheet.text(it.level ? levelForLedger(*it.level) : QString());
        plansheet.text(it.region);
        plansheet.text(joined(it.functions));
        plansheet.text(joined(it.dataItems));
        plansheet.text(it.audience ? zhText.audience(*it.audience) : QString());
        plansheet.optNumber(it.users);
        plansheet.optNumber(it.activeUsers);
        plansheet.date(it.lastActive);
        plansheet.optNumber(it.posts90d);
        plansheet.optNumber(it.annualCost);
        plansheet.date(it.launched);
        if (it.filingNo)
            plansheet.text(it.filingNo->isEmpty() ? QStringLiteral("无") : *it.filingNo);
        else
            plansheet.skip();
        plansheet.text(zhText.flags(it.flags));
        plansheet.text(it.scene);
        plansheet.text(it.notes);
        plansheet.text(t.action(d.action));
        plansheet.text(describeTarget(inventory, d.target, zh));
        plansheet.text(d.rules.join(QStringLiteral(", ")));
        plansheet.text(d.reason(zh));
        plansheet.number(d.confidence, conf);
        plansheet.endRow();
    }
    plansheet.finish();

    // 汇总
    Sheet sum(wb, "汇总", head, date);
    sum.header({t.tx("类型", "Kind"), t.tx("处置前", "Before"), t.tx("处置后", "After"),
                t.tx("减少", "Removed"), t.tx("压减比例", "Reduction"), t.tx("保留", "Keep"),
                t.tx("整改", "Rectify"), t.tx("合并", "Merge"), t.tx("迁移", "Migrate"),
                t.tx("关停", "Shut down")},
               {22, 10, 10, 10, 10, 8, 8, 8, 8, 8});
    const PlanSummary &s = plan.summary;
    std::array<int, kActionCount> perAction{};
    for (int k = 0; k <= kKindCount; ++k) {
        const bool all = k == kKindCount;
        const int b = all ? s.before.total() : s.before.perKind[k];
        const int a = all ? s.after.total() : s.after.perKind[k];
        sum.text(all ? t.tx("合计", "Total") : t.kindPlural(static_cast<Kind>(k)), all ? bold : nullptr);
        sum.number(b);
        sum.number(a);
        sum.number(b - a);
        sum.number((all ? s.reductionPctTotal : s.reductionPct[k]) / 100.0, pct);
        for (int act = 0; act < kActionCount; ++act) {
            const int n = all ? perAction[act] : digest.countByKind[k][act];
            if (!all)
                perAction[act] += n;
            sum.number(n);
        }
        sum.endRow();
    }
    sum.endRow();
    const auto labelled = [&](const QString &label, auto write) {
        sum.text(label, bold);
        write();
        sum.endRow();
    };
    labelled(t.tx("年节约运维费用（万元）", "Annual cost saved (万元)"),
             [&] { sum.number(s.annualCostSaved, money); });
    labelled(t.tx("填报数据项（处置前）", "Data items before"), [&] { sum.number(s.dataItemsBefore); });
    labelled(t.tx("填报数据项（处置后，一表通）", "Data items after (one form)"),
             [&] { sum.number(s.dataItemsAfter); });
    labelled(t.tx("地区", "Region"), [&] { sum.text(options.regionName); });
    labelled(t.tx("方案日期", "Plan date"),
             [&] { sum.date(options.planDate.isValid() ? options.planDate : QDate::currentDate()); });
    labelled(t.tx("数据截至", "Data as of"), [&] { sum.date(plan.asOf); });
    labelled(t.tx("编制", "Prepared by"), [&] { sum.text(options.preparedBy); });
    labelled(t.tx("政策参数", "Policy profile"), [&] { sum.text(plan.profile.name); });
    labelled(t.tx("参考：四川 2024-11→2025-12", "Reference: Sichuan 2024-11 to 2025-12"), [&] {
        sum.text(t.tx("应用程序 −23%，公众账号 −8%，工作群组 −20%，总体 −14%",
                      "apps −23 %, accounts −8 %, groups −20 %, overall −14 %"));
    });

    // 合并族: one row per member, so the families can be filtered like the plan.
    Sheet fam(wb, "合并族", head, date);
    fam.header({t.tx("合并族", "Family"), t.tx("类型", "Kind"), t.tx("保留项编号", "Survivor ID"),
                t.tx("保留项名称", "Survivor"), t.tx("成员编号", "Member ID"),
                t.tx("成员名称", "Member"), t.tx("成员处置", "Member action"),
                t.tx("重合证据", "Overlap evidence")},
               {8, 10, 22, 28, 22, 28, 10, 60});
    for (int ci : digest.clusterOrder) {
        if (!tick())
            break;
        const Cluster &c = plan.clusters[static_cast<std::size_t>(ci)];
        const Item &sv = inventory.at(c.survivor);
        for (int m : c.members) {
            if (m == c.survivor || m < 0 || m >= inventory.size())
                continue;
            const Item &it = inventory.at(m);
            fam.number(c.id);
            fam.text(t.kind(sv.kind));
            fam.text(sv.id);
            fam.text(sv.name);
            fam.text(it.id);
            fam.text(it.name);
            fam.text(t.action(plan.decisions[static_cast<std::size_t>(m)].action));
            fam.text(explainOverlap(inventory, m, c.survivor, plan.profile, zh));
            fam.endRow();
        }
    }
    fam.finish();

    // 问题清单: every finding with the clause it comes from.
    Sheet find(wb, "问题清单", head, date);
    find.header({t.tx("编号", "ID"), t.tx("名称", "Name"), t.tx("条款", "Rule"),
                 t.tx("建议处置", "Suggested"), t.tx("证据", "Evidence"),
                 t.tx("去除功能", "Functions to remove"), t.tx("依据文件及条款", "Source")},
                {22, 28, 8, 10, 40, 24, 60});
    for (int i = 0; i < inventory.size() && tick(); ++i) {
        const Item &it = inventory.at(i);
        for (const Finding &f : plan.decisions[static_cast<std::size_t>(i)].findings) {
            const RuleInfo *r = findRule(f.rule);
            find.text(it.id);
            find.text(it.name);
            find.text(f.rule);
            find.text(t.action(f.suggested));
            find.text(zh ? f.evidenceZh : f.evidenceEn);
            find.text(joined(f.removeFunctions));
            find.text(r ? r->source(zh) : QString());
            find.endRow();
        }
    }
    find.finish();

    const lxw_error err = workbook_close(wb);
    if (canceled || err != LXW_NO_ERROR) {
        QFile::remove(part);
        setError(error, canceled ? QStringLiteral("canceled")
                                 : QStringLiteral("%1: %2").arg(path, QString::fromUtf8(lxw_strerror(err))));
        return false;
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(part);
        setError(error, QStringLiteral("%1: cannot replace the existing file").arg(path));
        return false;
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        setError(error, QStringLiteral("%1: cannot write the file").arg(path));
        return false;
    }
    if (progress)
        progress->advance(total);
    return true;
}

} // namespace slimplan
