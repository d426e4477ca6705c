#!/usr/bin/env python3
"""Writes the CSV import fixtures of tests/csvimport. Run from anywhere; files land beside this script.

Encodings and line ends are set byte for byte here (GB18030 through Python's codecs), which is why
the fixtures are generated rather than typed.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["编号", "名称", "类型", "平台", "主办单位", "层级", "行政区划代码", "主要功能", "填报事项",
          "服务对象", "用户数", "月活", "最后更新", "近90天发文数", "年运维费用（万元）", "上线时间",
          "备案编号", "功能标记", "应用场景", "备注"]
ROWS = [
    ["QX-APP-001", "青溪政务通", "应用程序", "安卓/iOS", "青溪县人民政府办公室", "县级", "510999",
     "办事指南、政策查询、打卡签到", "走访记录、群众诉求", "社会公众", "1.2万", "3,400", "2025-03-01", "",
     "12.5", "2021/6/1", "川ICP备0001号", "积分排名", "", "县政府门户配套"],
    ["QX-ACC-002", "青溪发布", "公众号", "微信", "中共青溪县委宣传部", "", "", "通知公告，政策解读", "",
     "公众", "35000", "", "2025年2月28日", "48", "", "20180315", "", "", "", ""],
    ["QX-GRP-003", "青石镇防汛工作群", "工作群", "微信", "青溪县青石镇人民政府", "", "510999101",
     "防汛值班；应急通知", "", "内部", "", "", "2025.1.5", "", "", "", "无", "临时群", "应急", ""],
]

def csv_line(cells, sep=","):
    out = []
    for c in cells:
        if any(ch in c for ch in (sep, '"', "\n", "\r")):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return sep.join(out)

def write(name, text, encoding="utf-8", bom=False):
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)

def table(rows, sep=",", eol="\n", header=HEADER):
    return eol.join(csv_line(r, sep) for r in [header] + rows) + eol

write("utf8.csv", table(ROWS))
write("utf8_bom_crlf.csv", table(ROWS, eol="\r\n"), bom=True)
# What Excel on a Chinese Windows saves: GB18030, CRLF, a title row above the header.
write("gb18030.csv", "青溪县政务移动互联网应用程序台账,,,,\r\n" + table(ROWS, eol="\r\n"), encoding="gb18030")
write("tabs.tsv", table(ROWS, sep="\t"))
write("semicolons.csv", table(ROWS, sep=";"))
write("pipes.txt", table(ROWS, sep="|"))

# Quotes: a separator and doubled quotes inside a field, notes spanning lines.
write("quoted.csv",
      "名称,类型,主办单位,主要功能,备注\n"
      '"青溪""便民""服务",app,青溪县民政局,"办事,查询","第一行\n第二行\n第三行"\n'
      '普通应用,app,青溪县教育局,查询,"他说：""好"""\n')

# A ledger as offices keep it: title, blank rows, header, a subtotal, a grand total and footnotes.
write("title_blank_summary.csv",
      "XX县政务移动互联网应用程序台账\n"
      ",,,\n"
      "\n"
      "序号,应用名称,主办单位,类型\n"
      "1,应用一,青溪县教育局,app\n"
      "2,应用二,青溪县民政局,app\n"
      "小计,,,\n"
      "3,应用三,青溪县财政局,app\n"
      ",,,\n"
      "合计,3,,\n"
      "填表人：张三,联系电话：123,,\n")

# Unknown columns are kept as extra attributes and reported as warnings.
write("unknown_columns.csv",
      "名称,类型,主办单位,联系人,联系电话\n"
      "应用一,app,青溪县教育局,李四,0831-1234567\n"
      "应用二,app,青溪县民政局,,\n")

# Synonyms and a file name that gives the kind (no kind column).
write("青溪县工作群台账.csv",
      "群名称,建群单位,群成员数,建群时间,群成员,强制功能,打卡签到\n"
      "溪口镇网格员群,青溪县溪口镇人民政府,3,2024-05-01,\"13800000001、13800000002、13800000003\",拍照留痕/上传工作照,是\n"
      "青山村村务群,青山村委会,,2023/9/9,13800000001|13800000009,,否\n")

# Duplicate ids: the later row is an error, the first one stays.
write("duplicates.csv",
      "编号,名称,类型,主办单位\n"
      "A1,应用一,app,青溪县教育局\n"
      "A2,应用二,app,青溪县民政局\n"
      "A1,应用一（重复）,app,青溪县教育局\n"
      ",应用三,app,青溪县财政局\n"
      ",应用三,app,青溪县财政局\n")

# Derived ids and levels: no id or level column.
write("derived.csv",
      "名称,类型,主办单位,行政区划代码\n"
      "青溪政务通,app,青溪县人民政府,510999\n"
      "青石便民,app,青溪县青石镇人民政府,\n"
      "青山村务,group,青山村委会,510999101201\n"
      "省里的应用,app,四川省大数据中心,510000\n"
      "农业服务,account,青溪县农业农村局,\n")

# Values that cannot be read are warnings; the row stays with the value unknown.
write("bad_values.csv",
      "名称,类型,主办单位,用户数,月活,最后更新,层级,服务对象,年运维费用\n"
      "应用一,app,青溪县教育局,很多,-5,去年,五级,所有人,免费\n"
      "应用二,app,青溪县民政局,100,200,2025-02-30,县,公众,-3\n"
      "应用三,app,青溪县财政局,-,/,,,,\n")

# Required values missing: row errors; the good row is kept.
write("missing_values.csv",
      "名称,类型,主办单位\n"
      ",app,青溪县教育局\n"
      "应用二,,青溪县民政局\n"
      "应用三,网站,青溪县财政局\n"
      "应用四,app,\n"
      "应用五,app,青溪县文旅局\n")

# The required owner column is missing: the whole file is refused.
write("missing_owner_column.csv",
      "名称,类型,平台\n"
      "应用一,app,安卓\n")
