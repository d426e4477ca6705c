#include "report/referencecampaign.h"

namespace slimplan {

QString ReferenceCampaign::region(bool chinese) const
{
    return chinese ? QString::fromUtf16(regionZh) : QString::fromUtf8(regionEn);
}

QString ReferenceCampaign::period(bool chinese) const
{
    return chinese ? QString::fromUtf16(periodZh) : QString::fromUtf8(periodEn);
}

QString ReferenceCampaign::summaryText(bool chinese) const
{
    const auto pct = [](double v) { return QString::number(v, 'f', 0); };
    if (chinese) {
        return QStringLiteral("应用程序压减%1%、公众账号压减%2%、工作群组压减%3%，总体压减%4%")
            .arg(pct(reductionPct[0]), pct(reductionPct[1]), pct(reductionPct[2]), pct(reductionPct[3]));
    }
    return QStringLiteral("apps −%1 %, accounts −%2 %, groups −%3 %, overall −%4 %")
        .arg(pct(reductionPct[0]), pct(reductionPct[1]), pct(reductionPct[2]), pct(reductionPct[3]));
}

} // namespace slimplan
