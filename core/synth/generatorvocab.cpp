#include "synth/generatorvocab.h"

#include <algorithm>
#include <cmath>

namespace slimplan::synth {

namespace {

QStringList chars(const QString &s)
{
    QStringList out;
    for (QChar c : s)
        out << QString(c);
    return out;
}

QStringList words(const QString &s)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Vocabulary makeVocabulary()
{
    Vocabulary v;
    v.placeFirst = chars(QStringLiteral("青云白石金龙凤安平永兴长清宁东西南北桃柳松梅杨华新汉明德丰"));
    v.placeSecond = chars(QStringLiteral("溪川水门山江河阳源泉岭林城峰湖州陵原坪口坝渡沟台冈田塘"));
    v.townFirst = chars(QStringLiteral("红光胜利团和福禄寿喜文武高双三五七九马牛"));
    v.townSecond = chars(QStringLiteral("星旗庙桥场店铺集营堡寨庄坊岗湾洲滩园圩"));
    v.villageFirst = chars(QStringLiteral("上下前后大小中李张王刘陈赵周吴郑孙黄朱何"));
    v.villageSecond = chars(QStringLiteral("家湾坡沟庄坪屯岗堡院"));
    v.cities = words(QStringLiteral("江州 云州 临川 宁远 安庆 白城 望海 鹤城 清河 柳州"));
    v.departments = words(QStringLiteral(
        "民政局 人力资源和社会保障局 卫生健康局 教育局 公安局 农业农村局 市场监督管理局 应急管理局 "
        "自然资源局 住房和城乡建设局 交通运输局 文化广电旅游局 融媒体中心 政务服务和数据管理局 "
        "委办公室 人民政府办公室 医疗保障局 退役军人事务局 生态环境局 水利局"));
    v.departmentShort = words(QStringLiteral(
        "民政 人社 卫健 教育 公安 农业 市场监管 应急 自然资源 住建 交通 文旅 融媒 政务 "
        "党委 政府 医保 退役军人 生态 水利"));
    v.townOffices = words(QStringLiteral(
        "党政办公室 社会事务办公室 综治中心 便民服务中心 经济发展办公室 应急办 农业服务中心"));
    v.appSuffixes = words(QStringLiteral(
        "政务通 便民宝 服务云 通办 易办 掌上办 智慧政务 民生通 一网通 办事通 惠民宝 政务云"));
    v.appFunctions = words(QStringLiteral(
        "信息发布 通知公告 政务服务 办事指南 在线咨询 投诉建议 政策解读 新闻动态 便民查询 "
        "预约办理 社保查询 医保查询 公积金查询 不动产登记 户籍办理 证明开具 养老认证 "
        "低保申请 残疾人补贴 高龄津贴 临时救助 就业招聘 技能培训 创业补贴 企业开办 "
        "工商年报 税费缴纳 水电缴费 交通违法查询 出入境预约 学籍查询 招生报名 疫苗预约 "
        "挂号预约 健康档案 食品安全投诉 价格举报 安全生产上报 防汛预警 森林防火 地灾预警 "
        "农技服务 农产品销售 土地流转 惠农补贴 旅游导览 文化活动 图书借阅 志愿服务 "
        "网格管理 矛盾调解 法律援助 信访事项 垃圾分类 停车缴费 公交查询 "
        "数据填报 报表上报 台账管理 考勤打卡 积分排名 学习答题 视频会议 任务督办"));
    v.accountFunctions = words(QStringLiteral(
        "信息发布 新闻动态 通知公告 政策解读 留言互动 便民服务 办事指南 在线咨询 "
        "图文直播 视频发布 应急发布 辟谣 文旅推介 招商引资 招聘信息 天气预警 "
        "领导活动 会议报道 党建动态 基层风采 典型宣传 民生实事 惠民政策 防诈宣传 "
        "交通路况 健康科普 教育资讯 农业技术"));
    v.groupTopics = words(QStringLiteral(
        "社会事务 防汛值班 疫情防控 安全生产 森林防火 乡村振兴 人居环境 网格员 "
        "低保核查 民兵整组 征兵 禁毒 综治维稳 信访 党建 文明创建 秸秆禁烧 "
        "项目推进 招商引资 统计报表 财务报账 教育培训 养老服务 残联工作"));
    v.groupFunctions = words(QStringLiteral(
        "工作通知 任务分派 信息报送 值班安排 会议通知 资料收集 进度通报 问题反馈 "
        "照片上报 接龙统计 学习交流 政策传达 隐患排查 入户走访 数据核对 文件传阅 "
        "应急调度 考核通报 经费报销 物资发放 培训安排 督查反馈 名单核实 协调对接"));
    v.dataItems = words(QStringLiteral(
        "姓名 性别 身份证号 联系电话 家庭住址 户籍地 民族 出生日期 文化程度 就业状态 "
        "工作单位 家庭人口数 低保类型 残疾等级 五保户 脱贫户 监测户 耕地面积 林地面积 "
        "养殖数量 种植品种 房屋结构 房屋面积 危房等级 参保类型 医保类型 疫苗接种 "
        "健康状况 慢病类型 老年人数 留守儿童 学生人数 企业名称 统一社会信用代码 法定代表人 "
        "从业人数 营业收入 纳税额 安全隐患 整改情况 网格编号 走访次数 矛盾纠纷 "
        "信访件数 宣传场次 培训人次 会议次数 车辆数量 燃气用户 用电量 用水量"));
    v.appPlatforms = words(QStringLiteral("微信小程序 Android iOS H5 支付宝小程序"));
    v.accountPlatforms = words(QStringLiteral("微信公众号 微博 抖音 今日头条 视频号 快手"));
    v.groupPlatforms = words(QStringLiteral("微信群 钉钉群 政务微信群 QQ群"));
    return v;
}

} // namespace

const Vocabulary &Vocabulary::instance()
{
    static const Vocabulary v = makeVocabulary();
    return v;
}

Zipf::Zipf(int n, double s)
{
    m_cumulative.resize(static_cast<std::size_t>(std::max(1, n)));
    double sum = 0;
    for (std::size_t k = 0; k < m_cumulative.size(); ++k) {
        sum += 1.0 / std::pow(double(k + 1), s);
        m_cumulative[k] = sum;
    }
}

int Zipf::draw(Random &random) const
{
    const double u = random.unit() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
    return std::min(static_cast<int>(it - m_cumulative.begin()),
                    static_cast<int>(m_cumulative.size()) - 1);
}

std::vector<int> Zipf::distinct(Random &random, int k) const
{
    const int n = static_cast<int>(m_cumulative.size());
    k = std::min(k, n);
    std::vector<int> out;
    out.reserve(static_cast<std::size_t>(k));
    int attempts = 0;
    while (static_cast<int>(out.size()) < k) {
        int x = draw(random);
        // After many repeats of the common ones, take the next unused index: bounded time.
        if (++attempts > 8 * k)
            for (x = 0; std::find(out.begin(), out.end(), x) != out.end(); ++x) {
            }
        if (std::find(out.begin(), out.end(), x) == out.end())
            out.push_back(x);
    }
    return out;
}

} // namespace slimplan::synth
