#include "model/wording.h"

#include <QDate>

namespace slimplan::wording {

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

} // namespace

QString flagText(Flag flag, bool chinese)
{
    for (const FlagText &t : kFlagTexts) {
        if (t.flag == flag)
            return QString::fromUtf8(chinese ? t.zh : t.en);
    }
    return QString();
}

QString joinZh(const QStringList &parts) { return parts.join(QStringLiteral("、")); }
QString joinEn(const QStringList &parts) { return parts.join(QStringLiteral(", ")); }

QString dateText(const QDate &d)
{
    // What toString(Qt::ISODate) gives, without its printf: this runs for every dated finding.
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (!d.isValid() || y < 1 || y > 9999)
        return d.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10), u'-',
                               char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-',
                               char16_t(u'0' + day / 10), char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace slimplan::wording
