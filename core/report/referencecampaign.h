#pragma once
// The published figures of a real slimming campaign that plans are measured against: the one
// table the charts, the PDF and xlsx reports and the comparison read (never typed again).
//
// Sichuan, November 2024 to December 2025: 302 apps (−23 %), 806 public accounts (−8 %) and 9,960
// work groups (−20 %) closed or merged (新浪财经, 2026-02-03, ../shared/seeds/002); all government
// mobile internet applications −14 % against the count before the campaign (四川日报, 2025-12-25,
// ../shared/seeds/001).

#include "model/types.h"

#include <QString>

#include <array>

namespace slimplan {

struct ReferenceCampaign
{
    const char16_t *regionZh;
    const char *regionEn;
    const char16_t *periodZh;
    const char *periodEn;
    std::array<double, kKindCount + 1> reductionPct; // per kind, then overall (sources above)

    QString region(bool chinese) const;
    QString period(bool chinese) const;
    double reduction(Kind kind) const { return reductionPct[std::size_t(kind)]; }
    double overallReduction() const { return reductionPct[kKindCount]; }
    // "应用程序压减23%、公众账号压减8%、工作群组压减20%，总体压减14%" / "apps −23 %, …".
    QString summaryText(bool chinese) const;
};

inline constexpr ReferenceCampaign kSichuanCampaign{
    u"四川", "Sichuan", u"2024年11月至2025年12月", "November 2024 to December 2025",
    {23.0, 8.0, 20.0, 14.0}};

} // namespace slimplan
