#include "report/reporttext.h"

#include <QLocale>
#include <QStringList>

#include <array>

namespace slimplan {

namespace {
struct Pair
{
    const char *zh;
    const char *en;
};

constexpr std::array<Pair, kKindCount> kKinds{{
    {"应用程序", "App"}, {"公众账号", "Public account"}, {"工作群组", "Work group"}}};
constexpr std::array<Pair, kKindCount> kKindsPlural{{
    {"应用程序", "Apps"}, {"公众账号", "Public accounts"}, {"工作群组", "Work groups"}}};
constexpr std::array<Pair, kLevelCount> kLevels{{{"中央", "Central"},
                                                 {"省级", "Province"},
                                                 {"市级", "City"},
                                                 {"县级", "County"},
                                                 {"乡镇", "Township"},
                                                 {"村（社区）", "Village"}}};
constexpr std::array<Pair, 3> kAudiences{{{"内部", "Internal"}, {"公众", "Public"}, {"企业", "Enterprise"}}};
constexpr std::array<Pair, kActionCount> kActions{{{"保留", "Keep"},
                                                   {"整改", "Rectify"},
                                                   {"合并", "Merge"},
                                                   {"迁移", "Migrate"},
                                                   {"关停", "Shut down"}}};
// The words of INVENTORY-FORMAT.md, so a re-imported spreadsheet raises the same flags.
constexpr std::array<Pair, kFlagCount> kFlags{{{"打卡签到", "Check-in"},
                                               {"积分排名", "Points ranking"},
                                               {"在线时长", "Online-time statistics"},
                                               {"强制下载", "Forced download"},
                                               {"点赞考核", "Like/forward/vote assessment"},
                                               {"学习时长考核", "Study-time assessment"},
                                               {"拍照留痕", "Mandatory trace upload"},
                                               {"摊派关注", "Assigned follows"},
                                               {"商业活动", "Commercial activity"},
                                               {"无互动", "No feedback function"},
                                               {"不支持IPv6", "No IPv6"},
                                               {"临时群", "Temporary group"}}};

QString pick(const Pair &p, bool zh) { return QString::fromUtf8(zh ? p.zh : p.en); }
} // namespace

QString ReportText::kind(Kind k) const { return pick(kKinds[static_cast<int>(k)], m_zh); }
QString ReportText::kindPlural(Kind k) const { return pick(kKindsPlural[static_cast<int>(k)], m_zh); }
QString ReportText::level(Level l) const { return pick(kLevels[static_cast<int>(l)], m_zh); }
QString ReportText::audience(Audience a) const { return pick(kAudiences[static_cast<int>(a)], m_zh); }
QString ReportText::action(Action a) const { return pick(kActions[static_cast<int>(a)], m_zh); }

QString ReportText::flag(Flag f) const
{
    for (int i = 0; i < kFlagCount; ++i) {
        if (flagAt(i) == f)
            return pick(kFlags[static_cast<std::size_t>(i)], m_zh);
    }
    return QString();
}

QString ReportText::flags(Flags f) const
{
    QStringList out;
    for (int i = 0; i < kFlagCount; ++i) {
        if (hasFlag(f, flagAt(i)))
            out << pick(kFlags[static_cast<std::size_t>(i)], m_zh);
    }
    return out.join(listSeparator());
}

QString ReportText::date(const QDate &d) const
{
    if (!d.isValid())
        return QString();
    if (m_zh)
        return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    return QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
}

QString ReportText::number(double v, int decimals) const
{
    // The C locale with grouping: 12,345.6 reads the same in both languages.
    QLocale l(QLocale::English);
    return l.toString(v, 'f', decimals);
}

QString ReportText::percent(double v) const
{
    return QString::number(v, 'f', 1) + QLatin1Char('%');
}

} // namespace slimplan
