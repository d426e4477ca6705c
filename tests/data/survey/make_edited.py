#!/usr/bin/python3
"""A survey sheet (核查表) edited the way a unit edits it, for tests/survey.

original/ holds the sheets `slimplan-cli survey` wrote for ledger.csv; edited.xlsx is the sheet of
青溪县民政局 after the unit worked on it in a spreadsheet program (here openpyxl, an independent
writer): values changed and supplied (one date typed as a date, one as text, a count typed as
"约50"), the keep column answered, one row deleted, two rows added under the items (one without
its owner, which the 填报单位 line gives), and a value typed in the wrong column.

    /usr/bin/python3 make_edited.py [--cli build/app/slimplan-cli]

With --cli the original sheets are written afresh first (import ledger.csv into a temporary
project, then survey it). Needs python3-openpyxl (Debian's /usr/bin/python3 has it).
"""

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ORIGINAL = os.path.join(HERE, "original", "01_青溪县民政局_核查表.xlsx")
EDITED = os.path.join(HERE, "edited.xlsx")
HEADER_ROW = 4


def regenerate(cli):
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "survey.slimplan")
        subprocess.run([cli, "import", os.path.join(HERE, "ledger.csv"), "--project", project], check=True)
        out = os.path.join(HERE, "original")
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([cli, "survey", "--project", project, "--out", out], check=True)


def columns(ws):
    return {ws.cell(HEADER_ROW, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(HEADER_ROW, c).value}


def row_of(ws, col, key, value):
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        if ws.cell(r, col[key]).value == value:
            return r
    sys.exit(f"no row with {key} = {value}")


def first_blank_row(ws, col):
    for r in range(HEADER_ROW + 1, ws.max_row + 2):
        if not ws.cell(r, col["名称"]).value:
            return r
    return ws.max_row + 1


def edit(ws):
    col = columns(ws)

    def put(r, key, value):
        ws.cell(r, col[key]).value = value

    # A changed count, and the last update typed as a date.
    r = row_of(ws, col, "编号", "SV-APP-001")
    put(r, "用户数", 15000)
    put(r, "最后更新", datetime.datetime(2026, 11, 25))
    # The facts marked 请补充 supplied as people type them; the keep column answered.
    r = row_of(ws, col, "编号", "SV-APP-002")
    put(r, "主要功能", "低保核查、入户走访")
    put(r, "月活", "约50")
    put(r, "最后更新", "2026年11月3日")
    put(r, "是否保留", "否")
    put(r, "备注", "已于2026年11月停用")
    # The unit deletes the row of an account it no longer runs.
    ws.delete_rows(row_of(ws, col, "名称", "青溪民政"))
    # Two new items under the others: the first without its owner (the 填报单位 line names it).
    r = first_blank_row(ws, col)
    put(r, "名称", "青溪养老服务")
    put(r, "类型", "应用程序")
    put(r, "平台", "小程序")
    put(r, "主要功能", "养老服务查询、助餐预约")
    put(r, "用户数", "3100人")
    put(r, "上线时间", "2025/9/1")
    r += 1
    put(r, "名称", "民政信息员群")
    put(r, "类型", "工作群组")
    put(r, "平台", "微信")
    put(r, "主办单位", "青溪县民政局")
    put(r, "层级", "乡镇")
    put(r, "用户数", "全县各村信息员")  # meant for 备注: typed in the wrong column
    put(r, "最后更新", datetime.datetime(2026, 12, 1))
    put(r, "临时群", "否")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", help="slimplan-cli to write the original sheets with first")
    args = parser.parse_args()
    if args.cli:
        regenerate(args.cli)
    wb = openpyxl.load_workbook(ORIGINAL)
    edit(wb["核查表"])
    wb.save(EDITED)
    print(f"wrote {EDITED}")


if __name__ == "__main__":
    main()
