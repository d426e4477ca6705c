#include "policy/ruletext.h"

namespace slimplan::ruletext {

namespace {
struct FlagText
{
    Flag flag;
    const char *zh;
    const char *en;
};
constexpr FlagText kFlagTexts[] = {
    {Flag::CheckIn, "打卡签到", "check-in"},
    {Flag::Ranking, "积分排名", "points ranking"},
    {Flag::OnlineTime, "统计在线时长", "online-time statistics"},
    {Flag::ForcedDownload, "强制下载", "forced download"},
    {Flag::LikeAssessment, "点赞转发考核", "likes/forwards as assessment"},
    {Flag::StudyTimeAssessment, "学习时长考核", "study time as assessment"},
    {Flag::TraceUpload, "拍照留痕", "mandatory trace upload"},
    {Flag::ForcedFollow, "摊派关注", "assigned follows"},
    {Flag::Commercial, "商业活动", "commercial activity"},
    {Flag::NoFeedback, "无互动反馈功能", "no feedback function"},
    {Flag::NoIpv6, "不支持IPv6", "no IPv6"},
    {Flag::Temporary, "临时群", "temporary group"},
};

QStringList flagTexts(const Item &item, std::initializer_list<Flag> flags, bool zh)
{
    QStringList out;
    for (Flag f : flags) {
        if (!item.has(f))
            continue;
        for (const FlagText &t : kFlagTexts) {
            if (t.flag == f)
                out << QString::fromUtf8(zh ? t.zh : t.en);
        }
    }
    return out;
}
} // namespace

Keywords::Keywords(std::initializer_list<const char *> utf8)
{
    for (const char *k : utf8)
        words << QString::fromUtf8(k);
}

bool containsAny(const QString &text, const Keywords &keywords)
{
    if (text.isEmpty())
        return false;
    for (const QString &k : keywords.words) {
        if (text.contains(k, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QStringList functionsMatching(const Item &item, const Keywords &keywords)
{
    QStringList out;
    for (const QString &f : item.functions) {
        if (containsAny(f, keywords))
            out << f;
    }
    return out;
}

QString flagsZh(const Item &item, std::initializer_list<Flag> flags)
{
    return joinZh(flagTexts(item, flags, true));
}

QString flagsEn(const Item &item, std::initializer_list<Flag> flags)
{
    return joinEn(flagTexts(item, flags, false));
}

QString joinZh(const QStringList &parts) { return parts.join(QStringLiteral("、")); }
QString joinEn(const QStringList &parts) { return parts.join(QStringLiteral(", ")); }

Finding finding(const char *rule, Action suggested, const QString &zh, const QString &en,
                QStringList removeFunctions)
{
    Finding f;
    f.rule = QLatin1String(rule);
    f.suggested = suggested;
    f.evidenceZh = zh;
    f.evidenceEn = en;
    f.removeFunctions = std::move(removeFunctions);
    return f;
}

QString dateText(const QDate &d) { return d.toString(Qt::ISODate); }

Finding withConfidence(double confidence, Finding f)
{
    f.confidence = confidence;
    return f;
}

} // namespace slimplan::ruletext
