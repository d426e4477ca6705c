#!/usr/bin/python3
"""Writes the .xlsx fixtures of tests/xlsx/test_xlsx.cpp.

The good workbooks are written by openpyxl (Debian python3-openpyxl), a writer independent of our
reader; the ones openpyxl cannot make (inline strings, rich text, bombs, DTDs) are raw XML zipped
with the standard library. The generated files are committed, so the tests need no Python.

Run: /usr/bin/python3 tests/data/xlsx/make_fixtures.py   (the system Python has openpyxl)
"""
import datetime as dt
import os
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)


def path(name):
    return os.path.join(HERE, name)


def save(wb, name):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path(name))
    # Same bytes on every run: openpyxl stamps the zip entries with the current time.
    with zipfile.ZipFile(path(name)) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in entries:
            info = zipfile.ZipInfo(part, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def titled_sheet(ws, title, header, rows, date_cols, total):
    """A ledger as offices type it: merged title, blank row, header, data, 合计."""
    ws.cell(row=1, column=1, value=title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.row_dimensions[2].height = 8  # an empty but present <row r="2">
    for c, h in enumerate(header, 1):
        ws.cell(row=3, column=c, value=h)
    r = 4
    for data in rows:
        for c, v in enumerate(data, 1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if c in date_cols:
                cell.number_format = "yyyy-mm-dd"
        r += 1
    for c, v in total.items():
        ws.cell(row=r, column=c, value=v)


def ledger():
    wb = openpyxl.Workbook()
    apps = wb.active
    apps.title = "应用程序"
    titled_sheet(
        apps, "青溪县政务移动互联网应用程序台账",
        ["序号", "应用名称", "主办单位", "层级", "行政区划代码", "主要功能", "用户数", "月活",
         "最后更新", "年运维费用", "上线时间", "备案编号", "备注"],
        [[1, "青溪政务通", "青溪县政务服务中心", "县级", 330127, "办事、查询、投诉", 12000, 3400,
          dt.date(2025, 3, 1), 12.5, dt.date(2019, 6, 18), 33012702000123, None],
         [2, "青溪打卡", "青溪县农业农村局", "县级", 330127, "打卡签到、积分排名", 800, 90,
          dt.date(2024, 11, 30), 0.1, dt.date(2021, 1, 4), None, "临时"],
         [3, "河东镇便民", "河东镇人民政府", "乡镇", 330127101, "通知", 150, None,
          dt.date(2023, 2, 28), 3.75, dt.date(2020, 2, 29), None, None]],
        date_cols={9, 11}, total={1: "合计", 7: 12950, 10: 16.35})
    accounts = wb.create_sheet("公众账号")
    titled_sheet(
        accounts, "青溪县政务新媒体台账",
        ["序号", "账号名称", "平台", "主办单位", "粉丝量", "近90天发文数", "最近发布", "开通时间"],
        [[1, "青溪发布", "微信公众号", "青溪县委宣传部", 56000, 120, dt.date(2025, 5, 20),
          dt.date(2015, 8, 1)],
         [2, "青溪交警", "抖音号", "青溪县公安局交警大队", 9100, 0, dt.date(2024, 1, 2),
          dt.date(2018, 12, 31)]],
        date_cols={7, 8}, total={1: "合计", 5: "=SUM(E4:E5)"})
    groups = wb.create_sheet("工作群组")
    titled_sheet(
        groups, "青溪县政务工作群组台账",
        ["序号", "群名称", "平台", "建群单位", "群成员数", "建群时间", "最后活跃", "备注"],
        [[1, "青溪县防汛工作群", "政务微信群", "青溪县应急管理局", 230, dt.date(2020, 6, 1),
          dt.date(2025, 7, 15), "应急"],
         [2, "河东镇村干部群", "钉钉群", "河东镇人民政府", 48, dt.date(2022, 3, 9), None, None]],
        date_cols={6, 7}, total={1: "合计", 5: 278})
    save(wb, "ledger.xlsx")


def english():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Apps"
    ws.append(["id", "name", "owner", "level", "users", "last_active", "annual_cost"])
    ws.append(["A-001", "Harbor Services", "City Hall", "city", 5000, dt.date(2025, 2, 14), 7.25])
    ws.append(["A-002", "Permit Desk", "Planning Office", "county", 0, dt.date(1999, 12, 31), 0])
    ws["F2"].number_format = "yyyy-mm-dd"
    ws["F3"].number_format = "m/d/yy"
    accounts = wb.create_sheet("Public accounts")
    accounts.append(["name", "platform", "owner", "followers"])
    accounts.append(["Harbor News", "weibo", "City Hall", 1200])
    groups = wb.create_sheet("groups")
    groups.append(["name", "owner", "members_count"])
    groups.append(["Flood duty", "Water Bureau", 31])
    lists = wb.create_sheet("lists")
    lists.append(["city", "county", "township"])
    lists.sheet_state = "hidden"  # drop-down values: not a ledger
    summary = wb.create_sheet("Summary")
    summary.append(["total", 3])
    save(wb, "english.xlsx")


def date1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "应用程序"
    ws.append(["应用名称", "上线时间", "用户数"])
    ws.append(["老系统", dt.date(2010, 5, 4), 10])
    ws.append(["新系统", dt.date(2025, 12, 31), 20])
    for r in (2, 3):
        ws.cell(row=r, column=2).number_format = "yyyy-mm-dd"
    save(wb, "date1904.xlsx")


def custom_dates():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "格式"
    ws.append(["格式", "值"])
    rows = [
        ('yyyy"年"m"月"d"日"', dt.date(2025, 3, 1)),
        ('[$-804]yyyy"年"m"月"', dt.date(2024, 10, 1)),
        ("yyyy/m/d h:mm", dt.datetime(2023, 4, 5, 18, 30)),
        ("d-mmm-yy", dt.date(1900, 1, 15)),      # before Lotus' phantom 1900-02-29
        ("yyyy-mm-dd", dt.date(1900, 3, 1)),     # just after it
        ('0.00"万元"', 12.5),                     # a unit in quotes: a number, not a date
        ("#,##0", 1234567),
        ('"y"0', 7),                             # y only inside quotes
        ("General", 45000),
    ]
    for fmt, value in rows:
        ws.append([fmt, value])
        ws.cell(row=ws.max_row, column=2).number_format = fmt
    save(wb, "customdates.xlsx")


def sparse():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工作群组"
    ws["A1"] = "群名称"
    ws["C1"] = "建群单位"
    ws["E3"] = "孤立单元格"
    ws["B5"] = "第二列"
    ws["AA5"] = 27
    save(wb, "sparse.xlsx")


def max_cell():
    # openpyxl cuts text at 32,767 characters, Excel's limit: exactly that much is accepted.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "应用程序"
    ws.append(["应用名称", "备注"])
    ws.append(["正常", "短"])
    ws.append(["最长", "长" * 100000])
    save(wb, "maxcell.xlsx")


# --- raw packages -------------------------------------------------------------------------------

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook_xml(names):
    sheets = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'xmlns:r="{REL}"><sheets>{sheets}</sheets></workbook>')


def workbook_rels(targets, shared=False):
    rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="{t}"/>'
                   for i, t in enumerate(targets, 1))
    if shared:
        rels += f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{rels}</Relationships>')


def sheet_xml(rows):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{rows}</sheetData></worksheet>')


def write_zip(name, parts):
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def base_parts(sheet, names=("应用程序",), shared=None):
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook_xml(names),
        "xl/_rels/workbook.xml.rels": workbook_rels(["worksheets/sheet1.xml"], shared is not None),
        "xl/worksheets/sheet1.xml": sheet,
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    return parts


def inline():
    # Inline strings, rich text (shared and inline), phonetic runs, formula strings, booleans,
    # errors, number artefacts, rows and cells without r, an absolute relationship target.
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" '
              'uniqueCount="3"><si><t>应用名称</t></si>'
              '<si><r><rPr><b/></rPr><t>青溪</t></r><r><t xml:space="preserve">政务 通</t></r>'
              '<rPh sb="0" eb="2"><t>チンシー</t></rPh></si>'
              '<si><t>第一行_x000D_\n第二行</t></si></sst>')
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>主办单位</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>用户数</t></is></c><c r="D1" t="inlineStr"><is><t>备注</t></is></c></row>'
        '<row r="2"><c r="A2" t="s"><v>1</v></c>'
        '<c r="B2" t="inlineStr"><is><r><t>青溪县</t></r><r><rPr><i/></rPr><t>民政局</t></r></is></c>'
        '<c r="C2"><v>1234.0</v></c><c r="D2" t="s"><v>2</v></c></row>'
        # no r on the row nor on its cells: row 3, columns A, B, C, D, E, F
        '<row><c t="str"><f>A2&amp;"!"</f><v>青溪政务通!</v></c><c t="b"><v>1</v></c>'
        '<c t="e"><f>1/0</f><v>#DIV/0!</v></c><c><v>0.1000000000000000055511151231257827</v></c>'
        '<c><v>110101199001011234</v></c><c><v>1.2345678901234E+17</v></c></row>'
        '<row r="7"><c r="B7" t="b"><v>0</v></c><c r="C7"><v>-3.3000000000000003</v></c>'
        '<c r="D7"><v>1E-3</v></c></row>'
    )
    parts = base_parts(sheet_xml(rows), names=("应用",), shared=shared)
    parts["xl/_rels/workbook.xml.rels"] = workbook_rels(["/xl/worksheets/sheet1.xml"], True)
    write_zip("inline.xlsx", parts)


def bad_files():
    with open(path("notzip.xlsx"), "w", encoding="utf-8") as f:
        f.write("应用名称,主办单位\n青溪政务通,青溪县政务服务中心\n")
    with open(path("ledger.xlsx"), "rb") as f:
        data = f.read()
    with open(path("truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    # An OLE compound file: what Excel 97-2003 and password-protected workbooks are.
    with open(path("oldxls.xlsx"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    write_zip("noworkbook.xlsx", {"[Content_Types].xml": CONTENT_TYPES,
                                  "docProps/app.xml": "<Properties/>"})
    # Billion laughs in the shared strings (read when the file is opened).
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE sst [\n<!ENTITY lol "lol">\n'
           + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">\n'
                     for i in range(1, 10))
           + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<si><t>&lol9;</t></si></sst>')
    write_zip("billionlaughs.xlsx", base_parts(sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                                               shared=lol))
    # An external entity in the sheet (read as rows are asked for).
    xxe = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
           '</sheetData></worksheet>')
    write_zip("xxe.xlsx", base_parts(xxe))
    # A 100,000-character shared string: more than any Excel cell holds.
    long_sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<si><t>应用名称</t></si><si><t>' + "长" * 100000 + '</t></si></sst>')
    # Beyond column XFD.
    write_zip("widecell.xlsx", base_parts(sheet_xml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>应用名称</t></is></c></row>'
        '<row r="2"><c r="XFE2"><v>1</v></c></row>')))
    # A sheet cut off after its first row.
    write_zip("badxml.xlsx", base_parts(
        sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>应用名称</t></is></c></row>'
                  '<row r="2"><c r="A2" t="inlineStr"><is><t>青溪')[: -len("</sheetData></worksheet>")]))
    # More sheets than any ledger has.
    many = base_parts(sheet_xml(""))
    many["xl/workbook.xml"] = workbook_xml([f"S{i}" for i in range(1, 1002)])
    write_zip("manysheets.xlsx", many)
    write_zip("longcell.xlsx", base_parts(
        sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                  '<row r="2"><c r="A2" t="s"><v>1</v></c></row>'), shared=long_sst))


def bomb(name, megabytes):
    """A sheet of zeros that deflates about 1000:1: small on disk, huge when read."""
    parts = base_parts("")
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if part != "xl/worksheets/sheet1.xml":
                z.writestr(info, data)
                continue
            with z.open(info, "w", force_zip64=True) as out:
                out.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                          b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
                chunk = b"0" * 1000000
                for _ in range(megabytes * 1000000 // len(chunk)):
                    out.write(chunk)
                out.write(b"</t></is></c></row></sheetData></worksheet>")


def big(target, rows):
    """A large ledger for a manual time/memory run (not committed): --big FILE ROWS."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("应用程序")
    ws.append(["序号", "应用名称", "主办单位", "层级", "行政区划代码", "主要功能", "用户数", "月活",
               "最后更新", "年运维费用", "上线时间", "备案编号", "备注"])
    for i in range(1, rows + 1):
        ws.append([i, f"应用{i}", f"第{i % 500}单位", "县级", 330127000 + i % 300, "办事、查询、投诉",
                   i * 7, i % 1000, dt.date(2020, 1, 1) + dt.timedelta(days=i % 1500),
                   (i % 97) / 4, dt.date(2015, 1, 1) + dt.timedelta(days=i % 3000),
                   33012702000000 + i, "备注" if i % 3 else None])
    wb.save(target)


if __name__ == "__main__":
    import sys
    if len(sys.argv) == 4 and sys.argv[1] == "--big":
        big(sys.argv[2], int(sys.argv[3]))
        sys.exit(0)
    ledger()
    english()
    date1904()
    custom_dates()
    sparse()
    max_cell()
    inline()
    bad_files()
    bomb("bomb.xlsx", 300)
    bomb("ratiobomb.xlsx", 50)
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".xlsx"):
            print(f"{f}: {os.path.getsize(path(f))} bytes")
