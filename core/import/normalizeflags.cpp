// Flags of a ledger row (INVENTORY-FORMAT.md): named in a flags cell, raised by words inside
// function names, or stood for by a yes/no column's header. Declared in normalize.h.

#include "import/normalize.h"
#include "import/normalizewords.h"

#include <QHash>

#include <vector>

namespace slimplan {

using namespace normalizewords;

namespace {

using WordList = std::vector<const char16_t *>; // owns its array, unlike an initializer_list

struct FlagRule
{
    Flag flag;
    WordList cellWords;     // in a flags cell: a token containing one of these
    WordList functionWords; // in a function name: only words that cannot mean anything else
};

const std::vector<FlagRule> &flagRules()
{
    static const std::vector<FlagRule> rules = {
        {Flag::CheckIn, {u"打卡", u"签到", u"checkin", u"check-in"}, {u"打卡", u"签到"}},
        {Flag::Ranking, {u"积分排名", u"排名", u"排行", u"积分排行"}, {u"积分排名", u"积分排行", u"排行榜"}},
        {Flag::OnlineTime, {u"在线时长", u"在线时间"}, {u"在线时长"}},
        {Flag::ForcedDownload, {u"强制下载", u"强制安装", u"摊派下载"}, {u"强制下载", u"强制安装", u"摊派下载"}},
        {Flag::LikeAssessment, {u"点赞", u"转发", u"投票考核"}, {}},
        {Flag::StudyTimeAssessment, {u"学习时长"}, {}},
        {Flag::TraceUpload, {u"拍照留痕", u"上传工作照", u"工作照", u"留痕"}, {u"拍照留痕", u"上传工作照", u"工作照上传"}},
        {Flag::ForcedFollow, {u"摊派关注", u"强制关注"}, {u"摊派关注", u"强制关注"}},
        {Flag::Commercial, {u"商业活动", u"商业广告", u"商业推广", u"广告"}, {u"商业活动", u"商业广告", u"商业推广"}},
        {Flag::NoFeedback, {u"无互动", u"无投诉", u"无留言"}, {u"无互动", u"无投诉"}},
        {Flag::NoIpv6, {u"no_ipv6", u"noipv6", u"不支持ipv6", u"未支持ipv6", u"无ipv6"}, {u"不支持ipv6"}},
        {Flag::Temporary, {u"临时群", u"临时"}, {u"临时群", u"临时工作群"}},
    };
    return rules;
}

// 考核 (assessment) words: "点赞转发考核", "学习时长考核", also inside a function name.
Flags assessmentFlags(QStringView key)
{
    Flags f = 0;
    if (!key.contains(QStringView(u"考核")))
        return f;
    if (containsAny(key, {u"点赞", u"转发", u"投票"}))
        f = withFlag(f, Flag::LikeAssessment);
    if (key.contains(QStringView(u"学习时长")))
        f = withFlag(f, Flag::StudyTimeAssessment);
    return f;
}

// The combined names of INVENTORY-FORMAT.md hold a '/', which would split them as a list.
QString joinCompoundFlagNames(QStringView text)
{
    QString t = foldWidth(text);
    t.replace(QStringLiteral("点赞/转发/投票"), QStringLiteral("点赞转发投票"));
    t.replace(QStringLiteral("拍照留痕/上传工作照"), QStringLiteral("拍照留痕上传工作照"));
    t.replace(QStringLiteral("无互动/投诉"), QStringLiteral("无互动投诉"));
    return t;
}

} // namespace

Flags parseFlags(QStringView text, QStringList *unknown)
{
    Flags flags = 0;
    const QStringList tokens = parseList(joinCompoundFlagNames(text));
    for (const QString &token : tokens) {
        const QString key = foldKey(token);
        Flags f = assessmentFlags(key);
        if (auto byName = flagFromName(key))
            f = withFlag(f, *byName);
        for (const FlagRule &r : flagRules()) {
            if (containsAny(key, r.cellWords))
                f = withFlag(f, r.flag);
        }
        if (f == 0 && unknown)
            unknown->append(token);
        flags |= f;
    }
    return flags;
}

Flags flagsFromFunctions(const QStringList &functions)
{
    Flags flags = 0;
    for (const QString &fn : functions) {
        const QString key = foldKey(fn);
        flags |= assessmentFlags(key);
        if (auto byName = flagFromName(key))
            flags = withFlag(flags, *byName);
        for (const FlagRule &r : flagRules()) {
            if (containsAny(key, r.functionWords))
                flags = withFlag(flags, r.flag);
        }
    }
    return flags;
}

std::optional<Flag> flagFromHeader(QStringView header)
{
    QString key = foldKey(joinCompoundFlagNames(header));
    for (const char16_t *p : {u"是否存在", u"是否有", u"是否", u"有无"}) {
        if (key.startsWith(QStringView(p))) {
            key.remove(0, static_cast<int>(QStringView(p).size()));
            break;
        }
    }
    if (auto f = flagFromName(key))
        return f;
    static const QHash<QString, Flag> table = [] {
        QHash<QString, Flag> t;
        addWords(t, Flag::CheckIn, {u"打卡签到", u"打卡", u"签到"});
        addWords(t, Flag::Ranking, {u"积分排名", u"排名"});
        addWords(t, Flag::OnlineTime, {u"在线时长", u"在线时长统计"});
        addWords(t, Flag::ForcedDownload, {u"强制下载"});
        addWords(t, Flag::LikeAssessment, {u"点赞转发投票考核", u"点赞考核", u"点赞转发考核"});
        addWords(t, Flag::StudyTimeAssessment, {u"学习时长考核"});
        addWords(t, Flag::TraceUpload, {u"拍照留痕上传工作照", u"拍照留痕", u"上传工作照"});
        addWords(t, Flag::ForcedFollow, {u"摊派关注", u"强制关注"});
        addWords(t, Flag::Commercial, {u"商业活动"});
        addWords(t, Flag::NoFeedback, {u"无互动投诉功能", u"无互动"});
        addWords(t, Flag::NoIpv6, {u"不支持ipv6"});
        addWords(t, Flag::Temporary, {u"临时群"});
        return t;
    }();
    if (auto it = table.constFind(key); it != table.constEnd())
        return *it;
    return std::nullopt;
}

} // namespace slimplan
