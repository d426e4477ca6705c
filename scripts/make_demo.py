#!/usr/bin/env python3
"""Writes resources/demo/qingxi.csv: the fictional county 青溪县 (division code 519901) used by
`slimplan-cli demo` and `slimplan --demo`. Deterministic (fixed seed, no clock): run it again and
the file is byte-identical. Dates are relative to the typical as-of date 2026-11-22.

The county is built so that every rule of shared/POLICY.md fires at least once, and so that the
plan looks like the seed articles: five look-alike service apps (政务通, 便民宝, 服务云 …) with the
same functions and re-entered data, a street with seven social-affairs groups of the same people,
zombie and empty-shell accounts, check-in apps (and an emergency app whose check-in is exempt), a
busy temporary group next to finished ones."""

import csv
import datetime
import io
import os
import random

AS_OF = datetime.date(2026, 11, 22)
rng = random.Random(519901)

HEADER = ["编号", "名称", "类型", "平台", "主办单位", "层级", "行政区划代码", "主要功能", "填报事项",
          "服务对象", "用户数", "月活", "最后更新", "近90天发文数", "年运维费用", "上线时间", "备案编号",
          "功能标记", "应用场景", "群成员", "备注"]

COUNTY = "519901"
TOWNS = [("青石镇", "519901001"), ("溪口镇", "519901002"), ("蓝田街道", "519901003"),
         ("桃源乡", "519901004"), ("云岭镇", "519901005"), ("河西街道", "519901006")]
VILLAGES = {
    "青石镇": ["青石村", "石桥村", "竹林村"],
    "溪口镇": ["溪口村", "柳湾村", "白沙村"],
    "蓝田街道": ["战斗社区", "新华社区", "滨河社区"],
    "桃源乡": ["桃源村", "杏花村"],
    "云岭镇": ["云岭村", "松坪村", "茶园村"],
    "河西街道": ["河西社区", "建设社区"],
}

rows = []


def day(offset):
    return (AS_OF + datetime.timedelta(days=offset)).isoformat() if offset is not None else ""


def add(id_, name, kind, platform, owner, level, region, functions=(), data=(), audience="",
        users=None, active=None, last=None, posts=None, cost=None, launched=None, filing="",
        flags=(), scene="", members=(), notes=""):
    rows.append([id_, name, kind, platform, owner, level, region, "、".join(functions),
                 "、".join(data), audience, "" if users is None else str(users),
                 "" if active is None else str(active), day(last),
                 "" if posts is None else str(posts), "" if cost is None else f"{cost:g}",
                 day(launched), filing, "、".join(flags), scene, "、".join(members), notes])


filing_seq = [0]


def filing():
    filing_seq[0] += 1
    return f"川网备5199{filing_seq[0]:04d}号"


# ---------------------------------------------------------------- apps
app_no = [0]


def app(name, owner, level, region, functions, data=(), audience="公众", users=None, active=None,
        last=-10, cost=None, launched=-900, filed=True, flags=(), scene="", notes="", kind="应用程序",
        platform="安卓/iOS"):
    app_no[0] += 1
    add(f"QX-APP-{app_no[0]:03d}", name, kind, platform, owner, level, region, functions, data,
        audience, users, active, last, None, cost, launched, filing() if filed else "", flags, scene,
        (), notes)


# The seed's county: five apps with the same functions, staff re-entering the same data.
service = ["办事指南", "预约办理", "政策查询", "投诉建议", "证照查询"]
service_data = ["办件编号", "申请人姓名", "身份证号", "联系电话", "事项名称"]
app("青溪政务通", "青溪县政务服务中心", "县", COUNTY, service, service_data, users=86000, active=21000, cost=48)
app("青溪便民宝", "青溪县发展和改革局", "县", COUNTY, service + ["生活缴费"], service_data[:4], users=23000, active=2700, cost=26)
app("青溪服务云", "青溪县大数据中心", "县", COUNTY, service, service_data, users=9000, active=600, last=-260, cost=35,
    notes="2025年起无人维护")
app("掌上青溪", "青溪县融媒体中心", "县", COUNTY, service + ["新闻资讯"], service_data[:3], users=41000, active=5200, cost=18)
app("青溪办事通", "青溪县行政审批局", "县", COUNTY, service[1:] + ["办事指南"], service_data, users=15000, active=1900, cost=22,
    filed=False)

# Data reporting at county level (A3) and the same data collected twice (A8).
relief = ["低保户数", "特困人员数", "临时救助人次", "残疾人数"]
app("青溪数据直报", "青溪县统计局", "县", COUNTY, ["数据填报", "统计报表"], relief + ["规上企业产值"], audience="内部",
    users=900, active=420, cost=12)
app("民政数据通", "青溪县民政局", "县", COUNTY, ["救助申请", "政策查询（民政）", "数据填报"], relief, audience="内部",
    users=1200, active=380, cost=9)
app("残联服务平台", "青溪县残疾人联合会", "县", COUNTY, ["残疾人证办理", "康复服务预约"], ["残疾人数", "康复人次"],
    users=3100, active=260, cost=6)
# Check-in, ranking and trace apps (A4, A6) — and an emergency app whose check-in is exempt.
app("青溪网格通", "中共青溪县委政法委员会", "县", COUNTY, ["网格巡查", "矛盾纠纷登记", "拍照留痕", "积分排名"],
    audience="内部", users=2600, active=2100, cost=30, flags=["拍照留痕", "积分排名"])
app("青溪应急值守", "青溪县应急管理局", "县", COUNTY, ["预警发布", "值班打卡", "灾情速报"], audience="内部",
    users=800, active=640, cost=15, flags=["打卡签到"], scene="应急")
app("智慧党建云", "中共青溪县委组织部", "县", COUNTY, ["学习资料", "在线时长统计", "积分排名", "学习时长考核"],
    audience="内部", users=5200, active=3900, cost=20, flags=["在线时长", "积分排名", "学习时长考核"])
app("青溪考勤宝", "青溪县机关事务服务中心", "县", COUNTY, ["考勤打卡", "在线时长"], audience="内部",
    users=1500, active=1300, cost=5, flags=["打卡签到", "在线时长"])
app("青溪教育云课堂", "青溪县教育局", "县", COUNTY, ["课程点播", "作业布置", "家校通知"], users=38000, active=9000,
    cost=40, flags=["强制下载"], notes="曾将安装率纳入学校考核")
app("青溪文旅", "青溪县文化广播电视和旅游局", "县", COUNTY, ["景区导览", "门票预订", "青溪特产商城"],
    users=27000, active=3100, cost=16, flags=["商业活动"])
app("青溪医保", "青溪县医疗保障局", "县", COUNTY, ["医保缴费", "异地就医备案", "报销进度查询"], users=64000,
    active=12000, cost=14, flags=["不支持IPv6"])
app("青溪人社通", "青溪县人力资源和社会保障局", "县", COUNTY, ["社保查询", "就业岗位发布", "技能培训报名"],
    users=52000, active=8800, cost=17)
app("青溪智慧城管", "青溪县综合行政执法局", "县", COUNTY, ["违停举报", "占道经营处置", "市容巡查"], users=6400,
    active=700, cost=11, flags=["无互动投诉功能"])
app("青溪河长制", "青溪县水利局", "县", COUNTY, ["巡河记录", "河道问题上报", "水质公示"], audience="内部",
    users=420, active=31, last=-20, cost=8)
app("青溪农技通", "青溪县农业农村局", "县", COUNTY, ["农技问答", "病虫害预警", "农资价格"], users=11000,
    active=240, cost=7)
app("青溪智慧停车", "青溪县交通运输局", "县", COUNTY, ["车位查询", "停车缴费"], users=18000, active=460,
    launched=-1500, cost=21, kind="小程序", platform="微信小程序")
app("青溪不动产登记", "青溪县自然资源局", "县", COUNTY, ["不动产登记预约", "权属查询"], users=9800,
    active=1300, cost=10, kind="小程序", platform="微信小程序")
app("青溪退役军人之家", "青溪县退役军人事务局", "县", COUNTY, ["优待证申领", "政策咨询（退役军人）"], users=3500,
    active=410, cost=4, filed=False, kind="小程序", platform="微信小程序")
app("青溪住建通", "青溪县住房和城乡建设局", "县", COUNTY, ["施工许可查询", "物业投诉"], users=4200,
    active=30, last=-40, cost=9)
app("青溪环保随手拍", "青溪县生态环境局", "县", COUNTY, ["污染举报", "环境质量公示"], users=2100,
    active=150, last=-400, cost=3, notes="2025年后未更新")
app("青溪司法行政", "青溪县司法局", "县", COUNTY, ["法律援助申请", "人民调解预约"], users=2800, active=35,
    cost=5, flags=["无互动投诉功能", "不支持IPv6"])
# Two grassroots-facing apps of one central department (A2).
app("基层工作台", "中央某部（示例）", "中央", "", ["任务下达", "工作台账", "通知公告"], audience="内部",
    users=1800, active=1500, cost=None, launched=-1200)
app("基层数据助手", "中央某部（示例）", "中央", "", ["台账汇总", "专项统计填报"], audience="内部",
    users=1700, active=900, cost=None, launched=-700)
app("全国某服务平台（示例）", "中央另一部门（示例）", "中央", "", ["全国通办", "证照互认"], audience="公众",
    users=None, active=None, cost=None, launched=-2000)
# Apps of townships and villages (A1).
app("青石镇智慧社区", "青溪县青石镇人民政府", "乡镇", "519901001", ["社区通知", "物业报修", "便民预约（青石）"],
    users=2300, active=420, cost=6)
app("溪口镇便民服务", "青溪县溪口镇人民政府", "乡镇", "519901002", ["办事预约（溪口）", "政策宣传（溪口）"],
    users=1100, active=20, last=-300, cost=4, filed=False)
app("云岭镇数据填报", "青溪县云岭镇人民政府", "乡镇", "519901005", ["数据填报"], ["低保户数", "耕地面积"],
    audience="内部", users=160, active=120, cost=3)
app("桃源村务通", "桃源乡桃源村民委员会", "村", "519901004201", ["村务公开（桃源）", "村民议事（桃源）"],
    users=600, active=90, cost=1, kind="小程序", platform="微信小程序")
app("蓝田街道打卡宝", "青溪县蓝田街道办事处", "乡镇", "519901003", ["签到打卡", "工作照上传"], audience="内部",
    users=300, active=260, cost=2, flags=["打卡签到", "拍照留痕"])

# ---------------------------------------------------------------- public accounts
acc_no = [0]


def account(name, owner, level, region, platform, functions, users=None, active=None, last=-3, posts=None,
            launched=-1500, flags=(), notes="", cost=None):
    acc_no[0] += 1
    kind = {"微信": "公众号", "微博": "微博", "抖音": "抖音号", "头条": "头条号", "视频号": "视频号"}[platform]
    add(f"QX-ACC-{acc_no[0]:03d}", name, kind, platform, owner, level, region, functions, (), "公众",
        users, active, last, posts, cost, launched, "", flags, "", (), notes)


depts = [
    ("青溪县人民政府办公室", "青溪政府", "政务公开"), ("青溪县民政局", "青溪民政", "社会救助"),
    ("青溪县教育局", "青溪教育", "招生考试"), ("青溪县公安局", "平安青溪", "警情通报"),
    ("青溪县农业农村局", "青溪农业", "惠农政策"), ("青溪县市场监督管理局", "青溪市监", "食品安全"),
    ("青溪县文化广播电视和旅游局", "青溪文旅", "旅游推介"), ("青溪县自然资源局", "青溪自然资源", "国土空间规划"),
    ("青溪县生态环境局", "青溪生态环境", "环境质量"), ("青溪县医疗保障局", "青溪医保", "医保政策"),
    ("青溪县人力资源和社会保障局", "青溪人社", "就业招聘"), ("青溪县应急管理局", "青溪应急", "灾害预警"),
    ("青溪县交通运输局", "青溪交通", "路况出行"), ("青溪县水利局", "青溪水利", "防汛抗旱"),
    ("青溪县司法局", "青溪司法", "普法宣传"), ("青溪县税务局", "青溪税务", "纳税服务"),
    ("青溪县总工会", "青溪工会", "职工服务"), ("青溪县妇女联合会", "青溪女性", "妇女儿童"),
    ("共青团青溪县委员会", "青春青溪", "青年活动"), ("青溪县退役军人事务局", "青溪退役军人", "拥军优抚"),
]
for i, (owner, short, topic) in enumerate(depts):
    fans = 3000 + rng.randrange(0, 40000)
    account(short, owner, "县", COUNTY, "微信", [f"{topic}发布", f"{topic}解读", f"{short}互动留言"],
            users=fans, last=-rng.randrange(0, 12), posts=20 + rng.randrange(0, 90))
    if i % 2 == 0:  # a second platform is fine (P1 is about the same platform)
        account(short, owner, "县", COUNTY, "抖音", [f"{topic}短视频"], users=fans // 2,
                last=-rng.randrange(0, 20), posts=5 + rng.randrange(0, 30))
# The county's news account and the towns' copies of it (P2: duplicates a higher-level account).
news = ["时政要闻", "政务发布", "便民服务", "本地新闻"]
account("青溪发布", "青溪县融媒体中心", "县", COUNTY, "微信", news, users=120000, last=-1, posts=410)
account("青溪发布", "青溪县融媒体中心", "县", COUNTY, "微博", news, users=36000, last=-2, posts=300)
for town, code in TOWNS[:4]:
    account(f"{town}发布", f"青溪县{town}", "乡镇", code, "微信", news, users=800 + rng.randrange(0, 3000),
            last=-rng.randrange(5, 60), posts=rng.randrange(1, 20))
# One unit, two accounts on one platform (P1).
account("健康青溪", "青溪县卫生健康局", "县", COUNTY, "微信", ["健康科普", "预约挂号指引", "疫苗接种通知"],
        users=46000, last=-1, posts=160)
account("青溪卫健", "青溪县卫生健康局", "县", COUNTY, "微信", ["卫健政务公开", "卫健招聘"],
        users=5200, last=-15, posts=12)
# Zombies (P3), empty shells and nominal accounts (P6), no interaction (P4), assigned follows (P5).
for town, code in TOWNS:
    for v in VILLAGES[town][:2]:
        vcode = code + f"{201 + VILLAGES[town].index(v)}"
        account(f"{v}微讯", f"{town}{v}村（居）民委员会", "村", vcode, "微信", [f"{v}村务公开"],
                users=100 + rng.randrange(0, 900), last=-rng.randrange(95, 500), posts=0)
account("溪口镇党建", "青溪县溪口镇人民政府", "乡镇", "519901002", "微信", ["溪口党建资讯"], users=300,
        last=None, posts=0, launched=-700)
account("云岭旅游", "青溪县云岭镇人民政府", "乡镇", "519901005", "抖音", ["云岭风光短视频"], users=90,
        last=-5, posts=1, notes="挂名账号，实际无人运营")
account("青溪统计", "青溪县统计局", "县", COUNTY, "微信", ["统计数据发布"], users=1500, last=-10, posts=9,
        flags=["无互动"])
account("青溪城管", "青溪县综合行政执法局", "县", COUNTY, "头条", ["执法动态"], users=2100, last=-8, posts=15,
        notes="未持证亮牌")
account("清风青溪", "中共青溪县纪律检查委员会", "县", COUNTY, "微信", ["廉政教育", "曝光台"], users=28000,
        last=-2, posts=80, flags=["摊派关注"], notes="曾向各单位摊派关注任务")
account("青溪党建", "中共青溪县委组织部", "县", COUNTY, "视频号", ["党建短视频"], users=8000, last=-4,
        posts=40, flags=["点赞转发考核"])

# ---------------------------------------------------------------- work groups
grp_no = [0]


def group(name, owner, level, region, functions, members, last=-1, posts=None, launched=-600, flags=(),
          notes="", platform="微信"):
    grp_no[0] += 1
    kind = {"微信": "微信群", "钉钉": "钉钉群", "政务微信": "政务微信群", "QQ": "QQ群"}[platform]
    add(f"QX-GRP-{grp_no[0]:03d}", name, kind, platform, owner, level, "" if region is None else region,
        functions, (), "内部", None, None, last, posts, None, launched, "", flags, "", members, notes)


def people(prefix, n, start=1):
    return [f"{prefix}{i:03d}" for i in range(start, start + n)]


# 蓝田街道: seven social-affairs groups with the same people (G2) — the seed's "7个工作群".
lantian = people("LT", 30)
social = ["社会救助", "养老服务", "残疾人帮扶", "工作通知"]
for j, name in enumerate(["社会事务工作群", "民政工作群", "社会救助专班群", "养老服务工作群",
                          "残疾人工作群", "社会事务信息群", "民生保障工作群"]):
    m = lantian[: 26 + (j % 3)] + people("LTX", 2, 10 * j)
    group(f"蓝田街道{name}", "青溪县蓝田街道办事处", "乡镇", "519901003", social, m,
          last=-rng.randrange(0, 10), posts=40 + 13 * j)
# Department groups, each with its own people and work.
for i, (owner, short, topic) in enumerate(depts):
    group(f"{short}{topic}工作群", owner, "县", COUNTY, [f"{topic}工作部署", f"{short}通知"],
          people(f"D{i:02d}-", 15 + rng.randrange(0, 40)), last=-rng.randrange(0, 30),
          posts=30 + rng.randrange(0, 300), platform="政务微信")
    if i % 4 == 1:  # an idle group (G1)
        group(f"{short}{topic}二群", owner, "县", COUNTY, [f"{topic}资料共享"],
              people(f"E{i:02d}-", 12), last=-rng.randrange(70, 400), posts=0)
    if i % 5 == 2:  # check-in chains (G3)
        group(f"{short}每日打卡群", owner, "县", COUNTY, [f"{topic}每日打卡接龙", "截图上报"],
              people(f"F{i:02d}-", 20), last=-1, posts=600, flags=["打卡签到"])
# Temporary groups: one busy (not G1), two whose task has ended (G1).
group("2026年防汛抗旱临时工作群", "青溪县应急管理局", "县", COUNTY, ["汛情调度", "险情处置"],
      people("FX", 45), last=-1, posts=900, launched=-120, flags=["临时群"])
group("第五次经济普查临时群", "青溪县统计局", "县", COUNTY, ["经济普查登记"], people("JP", 60),
      last=-200, posts=0, launched=-700, flags=["临时群"])
group("2026年春运保障临时群", "青溪县交通运输局", "县", COUNTY, ["春运保障调度"], people("CY", 25),
      last=-40, posts=0, launched=-300, flags=["临时群"], notes="春运任务已结束")
# Groups nobody owns (G4).
group("青溪县各单位联络员群", "无", "县", COUNTY, ["联络员通知"], people("LL", 80), last=-3, posts=120)
group("青溪县材料报送群", "无", "县", COUNTY, ["材料收集"], people("CL", 50), last=-6, posts=70,
      notes="建群人已调离")
# Township and village groups.
for town, code in TOWNS:
    group(f"{town}班子成员群", f"青溪县{town}", "乡镇", code, [f"{town}班子工作部署"], people(f"{code}-B", 9),
          last=-rng.randrange(0, 5), posts=50 + rng.randrange(0, 100), platform="政务微信")
    group(f"{town}网格员群", f"青溪县{town}", "乡镇", code, [f"{town}网格事件流转", f"{town}每日打卡"],
          people(f"{code}-W", 20 + rng.randrange(0, 20)), last=-1, posts=300 + rng.randrange(0, 200))
    for topic in ("党建", "安全生产", "人居环境整治"):
        group(f"{town}{topic}工作群", f"青溪县{town}", "乡镇", code, [f"{town}{topic}部署", f"{town}{topic}台账"],
              people(f"{code}-{topic}", 10 + rng.randrange(0, 25)), last=-rng.randrange(0, 40),
              posts=10 + rng.randrange(0, 150), platform="政务微信")
    for k, v in enumerate(VILLAGES[town]):
        vcode = code + f"{201 + k}"
        group(f"{v}网格微信群", f"{town}{v}", "村", vcode, [f"{v}网格服务", f"{v}邻里互助"],
              people(f"{vcode}-G", 30 + rng.randrange(0, 100)), last=-rng.randrange(0, 15),
              posts=30 + rng.randrange(0, 300))
        group(f"{v}两委工作群", f"{town}{v}", "村", vcode, [f"{v}村务通知", f"{v}村务公开"],
              people(f"{vcode}-", 7 + rng.randrange(0, 6)), last=-rng.randrange(0, 90),
              posts=rng.randrange(0, 60))
        group(f"{v}村民群", f"{town}{v}", "村", vcode, [f"{v}政策宣传", f"{v}便民信息"],
              people(f"{vcode}-M", 40 + rng.randrange(0, 160)), last=-rng.randrange(0, 20),
              posts=20 + rng.randrange(0, 200))

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(HEADER)
w.writerows(rows)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "demo", "qingxi.csv")
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write(out.getvalue())
print(f"{len(rows)} rows → {os.path.normpath(path)}")
