#!/usr/bin/python3
"""Writes the .xls fixtures of tests/xls/test_xls.cpp.

Workbooks are built with openpyxl (Debian python3-openpyxl) as .xlsx and converted to Excel 97-2003
(BIFF8) or Excel 95 (BIFF5) by LibreOffice, a writer independent of our reader:
    soffice --headless --convert-to xls ...
Files no spreadsheet program writes any more (a BIFF2 worksheet), a Word document renamed .xls, a
truncated copy and a workbook marked as encrypted are derived here from those outputs. The
generated files are committed, so the tests need neither Python nor LibreOffice.

Run: /usr/bin/python3 tests/data/xls/make_fixtures.py   (the system Python has openpyxl)
"""
import datetime as dt
import os
import shutil
import struct
import subprocess
import tempfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)


def path(name):
    return os.path.join(HERE, name)


def convert(wb, name, filt="xls", keep_source=None):
    """Saves wb as .xlsx in a scratch folder and has LibreOffice write tests/data/xls/<name>.
    keep_source names an .xlsx LibreOffice writes of the same workbook, kept beside it for reading
    the ledger both ways (LibreOffice computes the formulas, so both files hold their results)."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    with tempfile.TemporaryDirectory() as tmp:
        stem = os.path.splitext(name)[0]
        src = os.path.join(tmp, stem + ".xlsx")
        wb.save(src)
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", filt, "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, stem + ".xls"), path(name))
        if keep_source:
            xdir = os.path.join(tmp, "x")
            subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                            "--convert-to", "xlsx", "--outdir", xdir, src],
                           check=True, stdout=subprocess.DEVNULL)
            shutil.copyfile(os.path.join(xdir, stem + ".xlsx"), path(keep_source))


def ledger():
    """Two ledger sheets as offices keep them, and an empty third sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "应用程序"
    ws["A1"] = "2024年度应用程序台账"
    header = ["序号", "名称", "上线日期", "备案日期", "负责人身份证号", "用户数", "占比", "评分",
              "备注", "统一编号", "启用", "更新时间", "核查时刻"]
    for c, h in enumerate(header, 1):
        ws.cell(row=2, column=c, value=h)
    rows = [
        [1, "掌上政务", dt.date(2023, 5, 1), dt.date(2023, 6, 15), "110101199003071234", 12000,
         0.1, 12.5, "第一行\n第二行", 123456789012345, True,
         dt.datetime(2024, 3, 9, 14, 30, 0), dt.time(8, 15, 0)],
        [2, "城市服务", dt.date(2020, 2, 29), dt.date(1999, 12, 31), "44030519851231002X", 0,
         3.3, -7.25, None, 1.5e-7, False, None, None],
    ]
    for r, data in enumerate(rows, 3):
        for c, v in enumerate(data, 1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if c == 3:
                cell.number_format = 'yyyy"年"m"月"d"日"'
            elif c == 4:
                cell.number_format = "yyyy-mm-dd"
            elif c == 12:
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif c == 13:
                cell.number_format = "hh:mm:ss"
    # Row 5 left empty, row 6 holds only its second cell: gaps are kept as they are.
    ws["B6"] = "待补录"

    accounts = wb.create_sheet("公众账号")
    accounts["A1"] = "公众账号清单"
    for c, h in enumerate(["序号", "账号名称", "开通日期", "粉丝数"], 1):
        accounts.cell(row=2, column=c, value=h)
    accounts.append([1, "城市发布", dt.date(2018, 1, 8), 56000])
    accounts["C3"].number_format = "yyyy-mm-dd"
    accounts.append([2, "政务公开", dt.date(2019, 11, 30), 1234])
    accounts["C4"].number_format = 'yyyy"年"m"月"d"日"'
    # Formulas: FreeXL 1.0.6 gives none of their results; the reader scans them itself.
    for c, h in enumerate(["粉丝翻倍", "全称", "次日", "大号", "三分之一", "错误", "长文本"], 5):
        accounts.cell(row=2, column=c, value=h)
    for r in (3, 4):
        accounts.cell(row=r, column=5, value="=D%d*2" % r)
        accounts.cell(row=r, column=6, value='=B%d&"（官方）"' % r)
        accounts.cell(row=r, column=7, value="=C%d+1" % r).number_format = "yyyy-mm-dd"
        accounts.cell(row=r, column=8, value="=D%d>10000" % r)
    accounts["I3"] = "=1/3"
    accounts["J3"] = "=1/0"
    accounts["K3"] = '=REPT("长",5000)'  # over one BIFF record: the text goes on in CONTINUE

    wb.create_sheet("空白")
    convert(wb, "ledger.xls", keep_source="ledger-source.xlsx")


def merged():
    """A return as old templates lay it out: 主办单位 merged down over each unit's rows, a title
    merged across, and a hidden sheet left from the template (its rows are no items)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "应用程序"
    header = ["序号", "名称", "主办单位", "用户数"]
    ws["A1"] = "应用程序台账"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    rows = [("青溪通", "青溪县教育局", 3100), ("青溪学堂", None, 800), ("家校通", None, 120),
            ("青溪健康", "青溪县卫生健康局", 5000), ("预约挂号", None, 900)]
    for i, (name, owner, users) in enumerate(rows, start=1):
        ws.append([i, name, owner, users])
    ws.merge_cells("C3:C5")  # 教育局 over three rows
    ws.merge_cells("C6:C7")  # 卫生健康局 over two
    old = wb.create_sheet("旧版模板")
    old.append(header)
    old.append([1, "示例应用", "示例单位", 1])
    old.sheet_state = "hidden"
    convert(wb, "merged.xls", keep_source="merged-source.xlsx")


def date1904():
    """The Mac 1904 date system: the same dates must come out."""
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Apps"
    ws.append(["name", "launched"])
    ws.append(["Alpha", dt.date(2023, 5, 1)])
    ws.append(["Beta", dt.date(1905, 3, 1)])
    ws["C1"] = "next day"
    for r in (2, 3):
        ws.cell(row=r, column=2).number_format = "yyyy-mm-dd"
        # A small file: its workbook stream lies in the OLE mini stream.
        ws.cell(row=r, column=3, value="=B%d+1" % r).number_format = "yyyy-mm-dd"
    convert(wb, "date1904.xls")


def excel95():
    """Excel 95 (BIFF5): one byte per character in the workbook's code page. LibreOffice 7.4 only
    reads this format ("MS Excel 95" has no export), so no fixture is made when it refuses."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Accounts"
    ws.append(["No", "Name", "Opened", "Followers"])
    ws.append([1, "Café Révolution", dt.date(2019, 7, 14), 4200])
    ws.append([2, "Plain", dt.date(2001, 1, 2), 0.5])
    for r in (2, 3):
        ws.cell(row=r, column=3).number_format = "yyyy-mm-dd"
    try:
        convert(wb, "excel95.xls", "xls:MS Excel 95")
    except (subprocess.CalledProcessError, FileNotFoundError):
        print("LibreOffice cannot write Excel 95: excel95.xls not made")


def biff_record(rtype, data):
    return struct.pack("<HH", rtype, len(data)) + data


def biff2():
    """An Excel 2.1 worksheet: a bare BIFF2 stream, not an OLE file (nobody writes them now)."""
    data = biff_record(0x0009, struct.pack("<HH", 0x0002, 0x0010))  # BOF, worksheet
    text = b"old"
    data += biff_record(0x0004, struct.pack("<HB3sB", 0, 0, b"\0\0\0", len(text)) + text)  # LABEL
    data += biff_record(0x000A, b"")  # EOF
    with open(path("biff2.xls"), "wb") as f:
        f.write(data)


def derived():
    """Broken files made from LibreOffice's output."""
    with open(path("ledger.xls"), "rb") as f:
        good = f.read()
    with open(path("truncated.xls"), "wb") as f:
        f.write(good[: len(good) // 2])
    with open(path("notole.xls"), "wb") as f:
        f.write("序号,名称\n1,掌上政务\n".encode("utf-8"))
    # Encrypted: Excel writes a FILEPASS record right after the workbook's BOF. Patching the
    # header of the CODEPAGE record (same length slot, 2 bytes) into a FILEPASS keeps the CFBF
    # structure intact, which is all a reader sees before it must give up.
    codepage = struct.pack("<HHH", 0x0042, 2, 1200)
    at = good.find(codepage)
    assert at > 0, "no CODEPAGE record found"
    marked = good[:at] + struct.pack("<HHH", 0x002F, 2, 0) + good[at + 6:]
    with open(path("encrypted.xls"), "wb") as f:
        f.write(marked)


def word_document():
    """An OLE file that is not a workbook, as a Word .doc renamed .xls is. This LibreOffice has no
    Writer, so the workbook's directory entry is renamed "WordDocument" (a .doc's main stream)."""
    with open(path("ledger.xls"), "rb") as f:
        data = bytearray(f.read())
    old = "Workbook".encode("utf-16-le") + b"\0\0"
    at = data.find(old)
    assert at > 0, "no Workbook directory entry"
    name = "WordDocument".encode("utf-16-le") + b"\0\0"
    data[at:at + 64] = name.ljust(64, b"\0")
    data[at + 64:at + 66] = struct.pack("<H", len(name))
    with open(path("worddoc.xls"), "wb") as f:
        f.write(data)


if __name__ == "__main__":
    ledger()
    merged()
    date1904()
    excel95()
    biff2()
    derived()
    word_document()
