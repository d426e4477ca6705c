#include "report/comparepdf.h"
#include "report/referencecampaign.h"

#include "report/flowdocument.h"
#include "report/pagefurniture.h"
#include "report/reportcharts.h"
#include "report/reportfonts.h"
#include "report/reporttext.h"

#include <QPagedPaintDevice>

#include <algorithm>
#include <limits>

namespace slimplan {

using pagefurniture::setError;

bool renderCompare(QPagedPaintDevice *device, const std::vector<RegionSummary> &regions,
                   const ReportOptions &options, QString *error)
{
    if (!device) {
        setError(error, QStringLiteral("no paint device"));
        return false;
    }
    pagefurniture::setA4(device);
    const ReportText t(options.chinese());
    const QDate date = options.planDate.isValid() ? options.planDate : QDate::currentDate();
    FlowDocument doc(device);
    doc.setBands(22, 20);

    const QString title = t.tx("政务移动互联网应用程序瘦身方案　地区对比", "Consolidation plans compared by region");
    FlowTextStyle h = pagefurniture::textStyle(16, true, 0, 4, true);
    h.color = QColor(0x1f, 0x3a, 0x5f);
    doc.addText(title, h);
    doc.addText(t.date(date) + (options.preparedBy.isEmpty() ? QString()
                                                             : QStringLiteral("　") + options.preparedBy),
                pagefurniture::textStyle(10, false, 0, 8));

    FlowTable table = pagefurniture::table({{t.tx("地区", "Region"), 2.0},
                                            {t.tx("代码", "Code"), 1.1},
                                            {t.tx("应用 前→后", "Apps before→after"), 1.5, Qt::AlignRight},
                                            {t.tx("账号 前→后", "Accounts before→after"), 1.5, Qt::AlignRight},
                                            {t.tx("群组 前→后", "Groups before→after"), 1.5, Qt::AlignRight},
                                            {t.tx("合计 前→后", "Total before→after"), 1.5, Qt::AlignRight},
                                            {t.tx("压减比例", "Reduction"), 1.0, Qt::AlignRight},
                                            {t.tx("年节约（万元）", "Saved (万元/yr)"), 1.1, Qt::AlignRight}}, 8.5);
    for (const RegionSummary &r : regions) {
        const PlanSummary &s = r.summary;
        QStringList row{r.name, r.code};
        for (int k = 0; k < kKindCount; ++k)
            row << QStringLiteral("%1 → %2").arg(s.before.perKind[k]).arg(s.after.perKind[k]);
        row << QStringLiteral("%1 → %2").arg(s.before.total()).arg(s.after.total())
            << t.percent(s.reductionPctTotal) << t.number(s.annualCostSaved, 1);
        table.addRow(row);
    }
    doc.addTable(std::move(table));

    // One chart per kind and the total: reduction % by region, Sichuan's figure as a reference.
    const auto &kSichuan = kSichuanCampaign.reductionPct;
    for (int k = 0; k <= kKindCount; ++k) {
        BarChartSpec spec;
        spec.title = (k < kKindCount ? t.kindPlural(static_cast<Kind>(k)) : t.tx("合计", "Total"))
                     + t.tx("：压减比例", ": reduction");
        BarSeries mine{t.tx("压减比例", "Reduction"), chartcolors::after, {}};
        for (const RegionSummary &r : regions) {
            spec.categories << r.name;
            mine.values.push_back(k < kKindCount ? r.summary.reductionPct[k] : r.summary.reductionPctTotal);
        }
        spec.categories << t.tx("四川参考", "Sichuan ref.");
        mine.values.push_back(std::numeric_limits<double>::quiet_NaN());
        BarSeries ref{t.tx("四川 2024—2025", "Sichuan 2024–2025"), chartcolors::reference,
                      std::vector<double>(regions.size(), std::numeric_limits<double>::quiet_NaN())};
        ref.values.push_back(kSichuan[k]);
        spec.series = {mine, ref};
        spec.percent = true;
        spec.decimals = 1;
        spec.font = ReportFonts::font(7.5);
        doc.addCustom(150, [spec](QPainter &p, const QRectF &r) { paintBarChart(p, r, spec); }, 10);
    }

    if (!doc.layout(nullptr)) {
        setError(error, QStringLiteral("canceled"));
        return false;
    }
    const pagefurniture::RunningHeader header{title, t.date(date), t.chinese(), true};
    return pagefurniture::paint(doc, device, header, nullptr, error);
}

bool writeComparePdf(const std::vector<RegionSummary> &regions, const ReportOptions &options,
                     const QString &path, QString *error)
{
    return pagefurniture::writePdf(path, QString(), [&](QPagedPaintDevice *device) {
        return renderCompare(device, regions, options, error);
    }, error);
}

} // namespace slimplan
