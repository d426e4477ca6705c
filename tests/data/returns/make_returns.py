#!/usr/bin/python3
"""Writes the returns of tests/returns/test_returns.cpp: ledgers as offices hand them in.

county/   one county ledger, three sheets (应用程序, 公众账号, 工作群组), each numbering its rows
          from 1 with 序号, a merged title row, a 合计 row, a 注： footnote and a signature line.
district/ a campaign's folder: nine returns of units of 泸州市江阳区 (510502) in every format a unit
          sends (.xlsx from openpyxl and from LibreOffice, .xls, .ods, UTF-8 BOM and GB18030 .csv),
          one empty return, one app reported by two units under two spellings of its name (same
          备案编号), one group reported by two units (same kind, owner, name and platform), and an
          Excel lock file that is no return.
bad/      two good returns, a truncated .xlsx and a return with an unreadable date.
expected.json  what the importer must make of county/ and district/, written from the same tables.

Workbooks are built with openpyxl (Debian python3-openpyxl); .xls, .ods and the second .xlsx are
written by LibreOffice (soffice --headless --convert-to), a writer independent of our readers.
The outputs are committed, so the tests need neither Python nor LibreOffice.

Run: /usr/bin/python3 tests/data/returns/make_returns.py
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 6, 30, 9, 0, 0)
SIGNATURE = ["填报人：王芳", None, None, "联系电话：0830-3123456", None, "审核人：李强"]
FOOTNOTE = "注：1.用户数为截至2025年6月30日的注册用户数；2.备案编号为省级备案系统编号，未备案的留空。"
EMPTY_TEXT = "本单位无政务移动互联网应用程序"


def out(*parts):
    p = os.path.join(HERE, *parts)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def fresh(folder):
    p = os.path.join(HERE, folder)
    if os.path.isdir(p):
        shutil.rmtree(p)
    os.makedirs(p)


def new_book():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "王芳"
    return wb


def soffice(src, filt, outdir):
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", filt, "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stem = os.path.splitext(os.path.basename(src))[0]
        ext = filt.split(":")[0]
        shutil.move(os.path.join(tmp, stem + "." + ext), os.path.join(outdir, stem + "." + ext))


def save_as(wb, path):
    """Saves wb at path: .xlsx by openpyxl itself, .xls/.ods (and .xlsx when soffice_xlsx) through
    LibreOffice from an openpyxl .xlsx in a scratch folder."""
    ext = os.path.splitext(path)[1][1:]
    with tempfile.TemporaryDirectory() as tmp:
        stem = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, stem + ".xlsx")
        wb.save(src)
        conv = os.path.join(tmp, "conv")
        os.makedirs(conv)
        soffice(src, {"xls": "xls:MS Excel 97", "ods": "ods", "xlsx": "xlsx:Calc MS Excel 2007 XML"}[ext],
                conv)
        shutil.move(os.path.join(conv, stem + "." + ext), path)


# ---------------------------------------------------------------------------------------------
# A row of a table: the values the file shows (as typed) and what the importer must make of them.

class Row:
    def __init__(self, kind, name, owner, shown, platform=None, users=None, active=None,
                 cost=None, last=None, filing=None, owner_in_file=True):
        self.kind = kind          # app / account / group
        self.name = name
        self.owner = owner        # the owner the item must end up with
        self.shown = shown        # column header -> cell value as written in the file
        self.platform = platform
        self.users = users
        self.active = active
        self.cost = cost
        self.last = last          # ISO date the cell must read as
        self.filing = filing
        self.owner_in_file = owner_in_file

    def expected(self):
        e = {"kind": self.kind, "name": self.name, "owner": self.owner}
        for key, value in (("platform", self.platform), ("users", self.users),
                           ("active_users", self.active), ("annual_cost", self.cost),
                           ("last_active", self.last), ("filing_no", self.filing)):
            if value is not None:
                e[key] = value
        return e


def write_sheet(ws, title, header, rows, unit_line=None, total=True, footnote=True, signature=True,
                merge_owner=None):
    """Lays out one return sheet as offices do: a merged title row, a 填报单位 line, the header,
    rows numbered by 序号 from 1, a 合计 row, a footnote and a signature line. Returns the 1-based
    sheet row of each data row."""
    r = 1
    ws.cell(row=r, column=1, value=title)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
    r += 1
    if unit_line:
        ws.cell(row=r, column=1, value=unit_line)
        ws.cell(row=r, column=len(header) - 1, value="填报日期：2025年6月30日")
        r += 1
    for c, h in enumerate(header, 1):
        ws.cell(row=r, column=c, value=h)
    r += 1
    where = []
    first = r
    for n, row in enumerate(rows, 1):
        for c, h in enumerate(header, 1):
            v = n if h == "序号" else row.shown.get(h)
            if v is not None:
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, (dt.date, dt.datetime)):
                    cell.number_format = 'yyyy"年"m"月"d"日"' if n % 2 else "yyyy-mm-dd"
        where.append(r)
        r += 1
    if merge_owner:
        col = header.index(merge_owner[0]) + 1
        for start, end in merge_owner[1]:
            ws.merge_cells(start_row=first + start, start_column=col, end_row=first + end, end_column=col)
    if total:
        ws.cell(row=r, column=1, value="合计")
        ws.cell(row=r, column=2, value=f"{len(rows)}个")
        r += 1
    if footnote:
        r += 1
        ws.cell(row=r, column=1, value=FOOTNOTE)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        r += 1
    if signature:
        for c, v in enumerate(SIGNATURE, 1):
            if v and c <= len(header):
                ws.cell(row=r, column=c, value=v)
    return where


# ---------------------------------------------------------------------------------------------
# county/: 青溪县政务应用台账.xlsx

def county():
    fresh("county")
    owner = {"jy": "青溪县教育局", "ws": "青溪县卫生健康局", "mz": "青溪县民政局", "rm": "青溪县融媒体中心",
             "gz": "青溪县人民政府办公室", "ny": "青溪县农业农村局"}
    apps = [
        Row("app", "青溪智慧教育", owner["jy"], {}, "安卓/iOS", 21000, 3500, 12.0, "2025-05-20", "川A2023001"),
        Row("app", "青溪健康通", owner["ws"], {}, "微信小程序", 48000, 9100, 6.5, "2025-06-01", "川A2022017"),
        Row("app", "青溪民政通", owner["mz"], {}, "安卓", 1200, 80, 3.0, "2024-11-03", ""),
        Row("app", "掌上青溪", owner["gz"], {}, "安卓/iOS", 86000, 15000, 25.0, "2025-06-28", "川A2021003"),
        Row("app", "青溪农技通", owner["ny"], {}, "微信小程序", 3400, 210, 2.0, "2023-09-15", ""),
        Row("app", "青溪教师研修", owner["jy"], {}, "安卓", 1800, 950, 4.5, "2025-03-01", ""),
        Row("app", "青溪防返贫监测", owner["ny"], {}, "安卓", 640, 30, None, "2024-02-10", ""),
    ]
    for a in apps:
        a.shown = {"名称": a.name, "主办单位": a.owner, "平台": a.platform, "用户数": a.users,
                   "月活": a.active, "最后更新": dt.date.fromisoformat(a.last), "备案编号": a.filing or None,
                   "功能": "信息发布、在线办事", "运维费用（万元）": a.cost}
    accounts = [
        Row("account", "青溪发布", owner["rm"], {}, "微信", 52000, None, None, "2025-06-29"),
        Row("account", "青溪发布", owner["rm"], {}, "微博", 8100, None, None, "2025-06-20"),
        Row("account", "青溪发布", owner["rm"], {}, "抖音", 23000, None, None, "2025-06-25"),
        Row("account", "青溪教育", owner["jy"], {}, "微信", 15000, None, None, "2025-06-18"),
        Row("account", "健康青溪", owner["ws"], {}, "微信", 9800, None, None, "2025-05-30"),
        Row("account", "青溪民政", owner["mz"], {}, "微信", 2100, None, None, "2024-12-01"),
        Row("account", "青溪农业农村", owner["ny"], {}, "头条号", 600, None, None, "2023-08-08"),
        Row("account", "青溪政务服务", owner["gz"], {}, "微信", 11000, None, None, "2025-06-27"),
    ]
    for a in accounts:
        a.shown = {"账号名称": a.name, "主办单位": a.owner, "注册平台": a.platform, "粉丝量": a.users,
                   "最近发布": dt.date.fromisoformat(a.last), "近90天发文数": 30}
    groups = [
        Row("group", "青溪县教育系统工作群", owner["jy"], {}, "微信", 480, None, None, "2025-06-30"),
        Row("group", "青溪县卫健系统值班群", owner["ws"], {}, "钉钉", 120, None, None, "2025-06-29"),
        Row("group", "青溪县民政工作群", owner["mz"], {}, "微信", 64, None, None, "2025-04-02"),
        Row("group", "青溪县政务信息报送群", owner["gz"], {}, "政务微信", 210, None, None, "2025-06-30"),
        Row("group", "青溪县农技服务群", owner["ny"], {}, "QQ", 350, None, None, "2024-10-11"),
        Row("group", "青溪县融媒体通联群", owner["rm"], {}, "微信", 95, None, None, "2025-06-01"),
    ]
    for g in groups:
        g.shown = {"群名称": g.name, "建群单位": g.owner, "平台": g.platform, "群成员数": g.users,
                   "最后活跃": dt.date.fromisoformat(g.last), "建群时间": dt.date(2021, 3, 1)}

    wb = new_book()
    sheets = [
        ("应用程序", "青溪县政务移动互联网应用程序台账（应用程序）",
         ["序号", "名称", "主办单位", "平台", "用户数", "月活", "最后更新", "备案编号", "功能",
          "运维费用（万元）"], apps),
        ("公众账号", "青溪县政务移动互联网应用程序台账（公众账号）",
         ["序号", "账号名称", "主办单位", "注册平台", "粉丝量", "最近发布", "近90天发文数"], accounts),
        ("工作群组", "青溪县政务移动互联网应用程序台账（工作群组）",
         ["序号", "群名称", "建群单位", "平台", "群成员数", "建群时间", "最后活跃"], groups),
    ]
    items = []
    for i, (sheet, title, header, rows) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = sheet
        write_sheet(ws, title, header, rows)
        for r in rows:
            e = r.expected()
            if e.get("filing_no") == "":
                del e["filing_no"]
            items.append(e)
    wb.save(out("county", "青溪县政务应用台账.xlsx"))
    return {"file": "county/青溪县政务应用台账.xlsx",
            "rows_per_sheet": {s[0]: len(s[3]) for s in sheets},
            "items": items}


# ---------------------------------------------------------------------------------------------
# district/: one return per unit of 泸州市江阳区

REGION = "泸州市江阳区"
EDU_APP_FILING = "川A2023-0512"


def ledger_csv(header, rows, unit_line=None, title=None):
    lines = []
    if title:
        lines.append(title + "," * (len(header) - 1))
    if unit_line:
        lines.append(unit_line + "," * (len(header) - 1))
    lines.append(",".join(header))
    for n, row in enumerate(rows, 1):
        cells = []
        for h in header:
            v = n if h == "序号" else row.shown.get(h)
            s = "" if v is None else str(v)
            if any(ch in s for ch in ',"\n'):
                s = '"' + s.replace('"', '""') + '"'
            cells.append(s)
        lines.append(",".join(cells))
    lines.append("合计," + f"{len(rows)}个" + "," * (len(header) - 2))
    lines.append(FOOTNOTE + "," * (len(header) - 1))
    lines.append("填报人：赵敏,,联系电话：0830-3190021,,审核人：孙伟" + "," * max(0, len(header) - 5))
    return "\r\n".join(lines) + "\r\n"


def district():
    fresh("district")
    files = []   # (file name, unit, rows, first data row numbers filled later)

    # 01 教育局: openpyxl .xlsx, no owner column, the owner in a 填报单位（盖章） line; numbers with units.
    unit = REGION + "教育局"
    rows = [
        Row("app", "江阳智慧教育", unit, {"类型": "应用程序", "名称": "江阳智慧教育", "平台": "安卓/iOS",
            "用户数": "3100人", "年运维费用": "8万元", "最后更新": "2025年6月3日", "备案编号": EDU_APP_FILING},
            platform="安卓/iOS", users=3100, cost=8.0, last="2025-06-03", filing=EDU_APP_FILING),
        Row("app", "江阳区教师研修平台", unit, {"类型": "App", "名称": "江阳区教师研修平台", "平台": "安卓",
            "用户数": "1.2万人", "年运维费用": "3.5", "最后更新": dt.date(2025, 5, 12)},
            platform="安卓", users=12000, cost=3.5, last="2025-05-12"),
        Row("app", "江阳学生资助", unit, {"类型": "小程序", "名称": "江阳学生资助", "平台": "微信小程序",
            "用户数": "约500", "最后更新": "2024/11/8"},
            platform="微信小程序", users=500, last="2024-11-08"),
        Row("account", "江阳教育", unit, {"类型": "公众号", "名称": "江阳教育", "平台": "微信",
            "用户数": "2.3万", "最后更新": "2025.6.28"},
            platform="微信", users=23000, last="2025-06-28"),
        Row("group", "江阳区中小学校长工作群", unit, {"类型": "微信群", "名称": "江阳区中小学校长工作群",
            "平台": "微信", "用户数": "86人", "最后更新": "20250630"},
            platform="微信", users=86, last="2025-06-30"),
    ]
    wb = new_book()
    ws = wb.active
    ws.title = "Sheet1"
    where = write_sheet(ws, REGION + "政务移动互联网应用程序摸底统计表",
                        ["序号", "类型", "名称", "平台", "用户数", "年运维费用", "最后更新", "备案编号"],
                        rows, unit_line="填报单位（盖章）：" + unit)
    name = "01-江阳区教育局.xlsx"
    wb.save(out("district", name))
    files.append((name, "Sheet1", unit, rows, where))

    # 02 卫生健康局: .xlsx written by LibreOffice; 主办单位 merged down over blocks of rows.
    unit = REGION + "卫生健康局"
    hosp = "江阳区人民医院"
    cdc = "江阳区疾病预防控制中心"
    apps = [
        Row("app", "江阳健康码", unit, {"名称": "江阳健康码", "平台": "微信小程序", "用户数": 56000,
            "月活": 1200, "最后更新": dt.date(2023, 1, 8), "运维费用（万元）": 15}, platform="微信小程序",
            users=56000, active=1200, cost=15.0, last="2023-01-08"),
        Row("app", "江阳家庭医生签约", unit, {"名称": "江阳家庭医生签约", "平台": "安卓", "用户数": "8600",
            "月活": "约900", "最后更新": "2025-04-01", "运维费用（万元）": "6万元"}, platform="安卓",
            users=8600, active=900, cost=6.0, last="2025-04-01"),
        Row("app", "江阳区人民医院掌上医院", hosp, {"名称": "江阳区人民医院掌上医院", "平台": "安卓/iOS",
            "用户数": "4.5万", "月活": 7000, "最后更新": dt.date(2025, 6, 20), "运维费用（万元）": 20},
            platform="安卓/iOS", users=45000, active=7000, cost=20.0, last="2025-06-20"),
        Row("app", "江阳区人民医院预约挂号", hosp, {"名称": "江阳区人民医院预约挂号", "平台": "微信小程序",
            "用户数": 30000, "最后更新": dt.date(2025, 6, 21)}, platform="微信小程序", users=30000,
            last="2025-06-21"),
        Row("app", "江阳疫苗接种", cdc, {"名称": "江阳疫苗接种", "平台": "微信小程序", "用户数": 12000,
            "最后更新": dt.date(2024, 9, 9)}, platform="微信小程序", users=12000, last="2024-09-09"),
    ]
    blocks_apps = [(0, 1), (2, 3)]  # 0-based data rows merged in the 主办单位 column
    firsts = [unit, None, hosp, None, cdc]
    for a, o in zip(apps, firsts):
        a.shown["主办单位"] = o
    accounts = [
        Row("account", "健康江阳", unit, {"账号名称": "健康江阳", "主办单位": unit, "注册平台": "微信",
            "粉丝量": "1.8万", "最近发布": dt.date(2025, 6, 29)}, platform="微信", users=18000,
            last="2025-06-29"),
        Row("account", "健康江阳", unit, {"账号名称": "健康江阳", "注册平台": "抖音",
            "粉丝量": "5200", "最近发布": dt.date(2025, 6, 15)}, platform="抖音", users=5200,
            last="2025-06-15"),
        Row("account", "江阳疾控", cdc, {"账号名称": "江阳疾控", "主办单位": cdc, "注册平台": "微信",
            "粉丝量": 3000, "最近发布": dt.date(2025, 3, 3)}, platform="微信", users=3000, last="2025-03-03"),
    ]
    wb = new_book()
    ws = wb.active
    ws.title = "应用程序"
    w1 = write_sheet(ws, "江阳区卫生健康系统政务应用程序台账",
                     ["序号", "名称", "主办单位", "平台", "用户数", "月活", "最后更新", "运维费用（万元）"],
                     apps, unit_line="填报单位（盖章）：" + unit, merge_owner=("主办单位", blocks_apps))
    ws2 = wb.create_sheet("公众账号")
    w2 = write_sheet(ws2, "江阳区卫生健康系统政务公众账号台账",
                     ["序号", "账号名称", "主办单位", "注册平台", "粉丝量", "最近发布"],
                     accounts, unit_line="填报单位（盖章）：" + unit, merge_owner=("主办单位", [(0, 1)]))
    name = "02-江阳区卫生健康局.xlsx"
    save_as(wb, out("district", name))
    files.append((name, "应用程序", unit, apps, w1))
    files.append((name, "公众账号", unit, accounts, w2))

    # 03 数据局: .xls; operates the 教育局's app and reports it again under a longer name.
    unit = REGION + "数据局"
    rows = [
        Row("app", "江阳智慧教育平台", "江阳区教育局", {"名称": "江阳智慧教育平台", "主办单位": "江阳区教育局",
            "平台": "安卓/iOS", "用户数": 3000, "月活": 1500, "最后更新": dt.date(2025, 6, 1),
            "备案编号": EDU_APP_FILING, "备注": "我局负责运维"}),
        Row("app", "江阳政务服务", unit, {"名称": "江阳政务服务", "主办单位": unit, "平台": "安卓/iOS",
            "用户数": 92000, "月活": 21000, "最后更新": dt.date(2025, 6, 30), "备案编号": "川A2021-0088",
            "年运维费用": 30}, platform="安卓/iOS", users=92000, active=21000, last="2025-06-30",
            filing="川A2021-0088", cost=30.0),
        Row("app", "江阳一码通", unit, {"名称": "江阳一码通", "平台": "微信小程序", "用户数": "1.05万",
            "最后更新": "2025/6/2", "年运维费用": "12.5（万元）"}, platform="微信小程序", users=10500,
            last="2025-06-02", cost=12.5),
        Row("account", "数字江阳", unit, {"类型": "公众号", "名称": "数字江阳", "主办单位": unit,
            "平台": "微信", "用户数": 4100, "最后更新": dt.date(2025, 5, 5)}, platform="微信", users=4100,
            last="2025-05-05"),
    ]
    for r in rows:
        r.shown.setdefault("类型", "应用程序")
    wb = new_book()
    ws = wb.active
    ws.title = "数据局"
    where = write_sheet(ws, "政务移动互联网应用程序统计表",
                        ["序号", "类型", "名称", "主办单位", "平台", "用户数", "月活", "最后更新", "备案编号",
                         "年运维费用", "备注"], rows, unit_line="填报单位：" + unit)
    name = "03-江阳区数据局.xls"
    save_as(wb, out("district", name))
    files.append((name, "数据局", unit, rows, where))

    # 04 公安分局: .xls, owner only in the 填报单位 line, dates typed as text in several forms.
    unit = REGION + "公安分局"
    rows = [
        Row("app", "江阳警务通", unit, {"类型": "APP", "名称": "江阳警务通", "平台": "安卓", "用户数": "420人",
            "最后更新": "2025年5月30日", "应用场景": "安保"}, platform="安卓", users=420, last="2025-05-30"),
        Row("account", "平安江阳", unit, {"类型": "公众号", "名称": "平安江阳", "平台": "微信",
            "用户数": "6.6万", "最后更新": "2025.6.29"}, platform="微信", users=66000, last="2025-06-29"),
        Row("account", "平安江阳", unit, {"类型": "抖音号", "名称": "平安江阳", "平台": "抖音",
            "用户数": "12万", "最后更新": "2025/6/30"}, platform="抖音", users=120000, last="2025-06-30"),
        Row("group", "江阳分局指挥调度群", unit, {"类型": "政务微信群", "名称": "江阳分局指挥调度群",
            "平台": "政务微信", "用户数": "150人", "最后更新": "20250630", "应用场景": "应急"},
            platform="政务微信", users=150, last="2025-06-30"),
    ]
    wb = new_book()
    ws = wb.active
    ws.title = "Sheet1"
    where = write_sheet(ws, "政务移动互联网应用程序摸底表",
                        ["序号", "类型", "名称", "平台", "用户数", "最后更新", "应用场景"],
                        rows, unit_line="填报单位（盖章）：" + unit, footnote=False)
    name = "04-江阳区公安分局.xls"
    save_as(wb, out("district", name))
    files.append((name, "Sheet1", unit, rows, where))

    # 05 蓝田街道: .ods, owner in a 单位名称 line, mostly work groups.
    unit = REGION + "蓝田街道办事处"
    rows = [
        Row("group", "蓝田街道网格员工作群", unit, {"类型": "微信群", "群名称": "蓝田街道网格员工作群",
            "平台": "微信", "群成员数": "230人", "最后活跃": dt.date(2025, 6, 30)}, platform="微信",
            users=230, last="2025-06-30"),
        Row("group", "蓝田街道防汛应急群", unit, {"类型": "钉钉群", "群名称": "蓝田街道防汛应急群",
            "平台": "钉钉", "群成员数": "约80", "最后活跃": dt.date(2024, 8, 2)}, platform="钉钉",
            users=80, last="2024-08-02"),
        Row("group", "蓝田街道社区书记群", unit, {"类型": "微信群", "群名称": "蓝田街道社区书记群",
            "平台": "微信", "群成员数": 18, "最后活跃": "2025-06-12"}, platform="微信", users=18,
            last="2025-06-12"),
        Row("account", "蓝田街道", unit, {"类型": "公众号", "群名称": "蓝田街道", "平台": "微信",
            "群成员数": "1500", "最后活跃": "2025年4月1日"}, platform="微信", users=1500, last="2025-04-01"),
    ]
    wb = new_book()
    ws = wb.active
    ws.title = "蓝田街道"
    header = ["序号", "类型", "群名称", "平台", "群成员数", "最后活跃"]
    # 群名称 is the name column of this return (a street office's form is about groups).
    where = write_sheet(ws, "蓝田街道政务移动互联网应用程序及工作群组统计表", header, rows,
                        unit_line="单位名称：" + unit)
    name = "05-江阳区蓝田街道办事处.ods"
    save_as(wb, out("district", name))
    files.append((name, "蓝田街道", unit, rows, where))

    # 06 民政局: .ods, 主管单位 column, sheets by kind; a group 茜草街道 reports again (08).
    unit = "江阳区民政局"
    apps = [
        Row("app", "江阳养老服务", unit, {"名称": "江阳养老服务", "主管单位": unit, "平台": "微信小程序",
            "用户数": 2600, "最后更新": dt.date(2025, 2, 14), "年度经费": "5万元"}, platform="微信小程序",
            users=2600, cost=5.0, last="2025-02-14"),
        Row("app", "江阳社会救助", unit, {"名称": "江阳社会救助", "主管单位": unit, "平台": "安卓",
            "用户数": "700", "最后更新": dt.date(2024, 12, 30), "年度经费": 2}, platform="安卓",
            users=700, cost=2.0, last="2024-12-30"),
    ]
    groups = [
        Row("group", "江阳区社会救助工作群", unit, {"群名称": "江阳区社会救助工作群", "建群单位": unit,
            "平台": "钉钉", "群成员数": 75, "最后活跃": dt.date(2025, 6, 26)}, platform="钉钉", users=75,
            last="2025-06-26"),
        Row("group", "江阳区养老机构负责人群", unit, {"群名称": "江阳区养老机构负责人群", "建群单位": unit,
            "平台": "微信", "群成员数": 40, "最后活跃": dt.date(2025, 5, 18)}, platform="微信", users=40,
            last="2025-05-18"),
    ]
    wb = new_book()
    ws = wb.active
    ws.title = "应用程序"
    w1 = write_sheet(ws, "江阳区民政局政务应用程序台账",
                     ["序号", "名称", "主管单位", "平台", "用户数", "最后更新", "年度经费"], apps)
    ws2 = wb.create_sheet("工作群组")
    w2 = write_sheet(ws2, "江阳区民政局工作群组台账",
                     ["序号", "群名称", "建群单位", "平台", "群成员数", "最后活跃"], groups)
    name = "06-江阳区民政局.ods"
    save_as(wb, out("district", name))
    files.append((name, "应用程序", unit, apps, w1))
    files.append((name, "工作群组", unit, groups, w2))

    # 07 文旅局: UTF-8 CSV with BOM, owner column, followers with units.
    unit = "江阳区文化广播电视和旅游局"
    rows = [
        Row("account", "江阳文旅", unit, {"类型": "公众号", "名称": "江阳文旅", "主办单位": unit, "平台": "微信",
            "粉丝量": "1.2万", "最后更新": "2025-06-30"}, platform="微信", users=12000, last="2025-06-30"),
        Row("account", "江阳文旅", unit, {"类型": "抖音号", "名称": "江阳文旅", "主办单位": unit, "平台": "抖音",
            "粉丝量": "3.4万人", "最后更新": "2025/6/29"}, platform="抖音", users=34000, last="2025-06-29"),
        Row("account", "江阳图书馆", "江阳区图书馆", {"类型": "公众号", "名称": "江阳图书馆",
            "主办单位": "江阳区图书馆", "平台": "微信", "粉丝量": "约500", "最后更新": "2024年10月9日"},
            platform="微信", users=500, last="2024-10-09"),
        Row("app", "江阳智慧旅游", unit, {"类型": "小程序", "名称": "江阳智慧旅游", "主办单位": unit,
            "平台": "微信小程序", "粉丝量": "2,300", "最后更新": "2025.3.15", "年运维费用": "4万元"},
            platform="微信小程序", users=2300, last="2025-03-15", cost=4.0),
    ]
    header = ["序号", "类型", "名称", "主办单位", "平台", "粉丝量", "最后更新", "年运维费用"]
    name = "07-江阳区文化广播电视和旅游局.csv"
    text = ledger_csv(header, rows, title="江阳区文旅系统政务新媒体台账", unit_line="填报单位（盖章）：" + unit)
    with open(out("district", name), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    files.append((name, "", unit, rows, [4 + i for i in range(len(rows))]))

    # 08 茜草街道: GB18030 CSV, 填报单位 line; 建群单位 empty except the 民政局 group it is in.
    unit = REGION + "茜草街道办事处"
    rows = [
        Row("group", "茜草街道工作群", unit, {"类型": "微信群", "群名称": "茜草街道工作群", "平台": "微信",
            "群成员数": "120人", "最后活跃": "2025/6/30"}, platform="微信", users=120, last="2025-06-30"),
        Row("group", "江阳区社会救助工作群", "江阳区民政局", {"类型": "钉钉群", "群名称": "江阳区社会救助工作群",
            "建群单位": "江阳区民政局", "平台": "钉钉", "群成员数": "75", "最后活跃": "2025-06-01"}),
        Row("group", "茜草街道安全生产群", unit, {"类型": "QQ群", "群名称": "茜草街道安全生产群", "平台": "QQ",
            "群成员数": "1.1万", "最后活跃": "2023年12月1日"}, platform="QQ", users=11000, last="2023-12-01"),
        Row("account", "茜草街道", unit, {"类型": "视频号", "群名称": "茜草街道", "平台": "微信视频号",
            "群成员数": "约300", "最后活跃": "20250520"}, platform="微信视频号", users=300, last="2025-05-20"),
    ]
    header = ["序号", "类型", "群名称", "建群单位", "平台", "群成员数", "最后活跃"]
    name = "08-江阳区茜草街道办事处.csv"
    text = ledger_csv(header, rows, unit_line="填报单位：" + unit)
    with open(out("district", name), "wb") as f:
        f.write(text.encode("gb18030"))
    files.append((name, "", unit, rows, [3 + i for i in range(len(rows))]))

    # 09 审计局: the empty return.
    unit = REGION + "审计局"
    wb = new_book()
    ws = wb.active
    ws.title = "Sheet1"
    header = ["序号", "类型", "名称", "主办单位", "平台", "用户数", "最后更新"]
    ws.cell(row=1, column=1, value=REGION + "政务移动互联网应用程序摸底统计表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.cell(row=2, column=1, value="填报单位（盖章）：" + unit)
    for c, h in enumerate(header, 1):
        ws.cell(row=3, column=c, value=h)
    ws.cell(row=4, column=1, value=EMPTY_TEXT)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=len(header))
    for c, v in enumerate(SIGNATURE, 1):
        if v:
            ws.cell(row=6, column=c, value=v)
    name = "09-江阳区审计局.xlsx"
    wb.save(out("district", name))
    empty_file = name

    # An Excel lock file left next to a return opened on the collecting computer.
    with open(out("district", "~$江阳区教育局.xlsx"), "wb") as f:
        f.write(b"\x06\xe7\x8e\x8b\xe8\x8a\xb3" + b" " * 47 + b"\x00" * 108)

    # ---- the expectations
    items = []
    per_file = {}
    folded = []
    seen = {}
    order = []
    for fname, sheet, unit_name, rows, where in files:
        pf = per_file.setdefault(fname, {"file": fname, "unit": unit_name, "rows_read": 0,
                                         "rows_kept": 0, "rows_folded": 0})
        for r, at in zip(rows, where):
            pf["rows_read"] += 1
            if r.filing:
                key = ("filing", r.filing)
            else:
                key = (r.kind, r.owner, r.name, r.platform)
            if r.shown.get("备案编号") == EDU_APP_FILING and not r.filing:
                key = ("filing", EDU_APP_FILING)
            if r.kind == "group" and r.name == "江阳区社会救助工作群" and r.platform is None:
                key = ("group", "江阳区民政局", r.name, "钉钉")
            if key in seen:
                pf["rows_folded"] += 1
                seen[key]["reported_at"].append(f"{fname}:{sheet}:{at}")
                if r.name != seen[key]["item"]["name"]:
                    seen[key]["aliases"].append(r.name)
                seen[key]["fill"].update({k: v for k, v in (("active_users", r.shown.get("月活")),)
                                          if v is not None})
                continue
            pf["rows_kept"] += 1
            e = r.expected()
            seen[key] = {"item": e, "aliases": [], "reported_at": [], "fill": {},
                         "first": f"{fname}:{sheet}:{at}"}
            order.append(key)
    for key in order:
        s = seen[key]
        e = dict(s["item"])
        for k, v in s["fill"].items():
            e.setdefault(k, v)
        items.append(e)
        if s["reported_at"]:
            folded.append({"kind": e["kind"], "name": e["name"], "owner": e["owner"],
                           "aliases": s["aliases"], "first": s["first"],
                           "also_reported_at": s["reported_at"]})
    pf_list = [per_file[f] for f in sorted(per_file)]
    pf_list.append({"file": empty_file, "unit": unit, "rows_read": 0, "rows_kept": 0, "rows_folded": 0,
                    "no_items_reported": True})
    return {"folder": "district", "region": "510502", "files": pf_list, "total": len(items),
            "folded": folded, "items": items, "skipped": ["~$江阳区教育局.xlsx"]}


# ---------------------------------------------------------------------------------------------
# bad/: keep-going and --strict

def bad():
    fresh("bad")
    header = ["序号", "类型", "名称", "主办单位", "平台", "用户数", "最后更新"]
    good1 = [
        Row("app", "江阳法律服务", "江阳区司法局", {"类型": "小程序", "名称": "江阳法律服务",
            "主办单位": "江阳区司法局", "平台": "微信小程序", "用户数": "900", "最后更新": "2025-06-01"}),
        Row("account", "江阳司法", "江阳区司法局", {"类型": "公众号", "名称": "江阳司法",
            "主办单位": "江阳区司法局", "平台": "微信", "用户数": "2100", "最后更新": "2025-05-01"}),
    ]
    with open(out("bad", "1-江阳区司法局.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + ledger_csv(header, good1).encode("utf-8"))

    good2 = [
        Row("app", "江阳人社通", "江阳区人力资源和社会保障局", {"类型": "应用程序", "名称": "江阳人社通",
            "主办单位": "江阳区人力资源和社会保障局", "平台": "安卓", "用户数": 5000,
            "最后更新": dt.date(2025, 6, 2)}),
        Row("group", "江阳区人社系统工作群", "江阳区人力资源和社会保障局", {"类型": "微信群",
            "名称": "江阳区人社系统工作群", "主办单位": "江阳区人力资源和社会保障局", "平台": "微信",
            "用户数": 60, "最后更新": dt.date(2025, 6, 3)}),
        Row("account", "江阳人社", "江阳区人力资源和社会保障局", {"类型": "公众号", "名称": "江阳人社",
            "主办单位": "江阳区人力资源和社会保障局", "平台": "微信", "用户数": 8000,
            "最后更新": dt.date(2025, 6, 4)}),
    ]
    wb = new_book()
    wb.active.title = "Sheet1"
    write_sheet(wb.active, "江阳区人社局政务应用台账", header, good2)
    p2 = out("bad", "2-江阳区人力资源和社会保障局.xlsx")
    wb.save(p2)

    # A return cut off in the mail: the first half of a workbook.
    wb = new_book()
    wb.active.title = "Sheet1"
    write_sheet(wb.active, "江阳区住建局政务应用台账", header, good2)
    tmp = out("bad", "tmp.xlsx")
    wb.save(tmp)
    with open(tmp, "rb") as f:
        data = f.read()
    os.remove(tmp)
    with open(out("bad", "3-江阳区住房和城乡建设局.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])

    baddate = [
        Row("app", "江阳医保通", "江阳区医疗保障局", {"类型": "小程序", "名称": "江阳医保通",
            "主办单位": "江阳区医疗保障局", "平台": "微信小程序", "用户数": "3000", "最后更新": "2025-13-45"}),
        Row("account", "江阳医保", "江阳区医疗保障局", {"类型": "公众号", "名称": "江阳医保",
            "主办单位": "江阳区医疗保障局", "平台": "微信", "用户数": "1200", "最后更新": "2025-06-10"}),
    ]
    with open(out("bad", "4-江阳区医疗保障局.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + ledger_csv(header, baddate).encode("utf-8"))
    return {"folder": "bad", "good_items": [r.name for r in good1 + good2 + baddate],
            "refused_file": "3-江阳区住房和城乡建设局.xlsx",
            "bad_date": {"file": "4-江阳区医疗保障局.csv", "row": 2, "column": "最后更新",
                         "name": "江阳医保通"}}


def main():
    expected = {"county": county(), "district": district(), "bad": bad()}
    with open(out("expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
