#!/usr/bin/python3
"""The returns of a survey campaign over ledger.csv, for tests/campaign (test_campaign).

Runs slimplan-cli itself (its path is the argument) so the sheets are exactly what it writes for
this fixed ledger and these fixed dates, then edits them the way the units do:

  returns/   the 核查表 two of the three units send back (青溪县教育局 does not answer):
             青溪县民政局 changes values, deletes a row, adds two items (one with a value typed in
             the wrong column); 河东镇人民政府 corrects one count.
  progress/  the 整改通知 (.xlsx) of the same two units with their 完成情况 filled in.

The notices are written for the plan before the test's bulk decision, which only touches
青溪县教育局, so the two returned notices list the same items as the ones the test writes.

    /usr/bin/python3 make_returns.py build/app/slimplan-cli

Needs python3-openpyxl (Debian's /usr/bin/python3 has it). The outputs are committed: CI needs no
python.
"""

import datetime
import glob
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "ledger.csv")
AS_OF = "2026-12-01"  # the day of the plan and of the notices
SURVEY_HEADER_ROW = 4
NOTICE_HEADER_ROW = 1


def columns(ws, header_row):
    return {ws.cell(header_row, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(header_row, c).value}


def row_of(ws, col, header_row, key, value):
    for r in range(header_row + 1, ws.max_row + 1):
        if ws.cell(r, col[key]).value == value:
            return r
    sys.exit(f"no row with {key} = {value}")


def first_blank_row(ws, col, header_row):
    for r in range(header_row + 1, ws.max_row + 2):
        if not ws.cell(r, col["名称"]).value:
            return r
    return ws.max_row + 1


def edit_minzheng(ws):
    col = columns(ws, SURVEY_HEADER_ROW)

    def put(r, key, value):
        ws.cell(r, col[key]).value = value

    r = row_of(ws, col, SURVEY_HEADER_ROW, "编号", "SV-APP-001")
    put(r, "用户数", 15000)
    put(r, "最后更新", datetime.datetime(2026, 11, 25))
    r = row_of(ws, col, SURVEY_HEADER_ROW, "编号", "SV-APP-002")
    put(r, "主要功能", "低保核查、入户走访")
    put(r, "月活", "约50")
    put(r, "最后更新", "2026年11月3日")
    put(r, "备注", "已于2026年11月停用")
    # The unit no longer runs this account and deletes its row.
    ws.delete_rows(row_of(ws, col, SURVEY_HEADER_ROW, "名称", "青溪民政"))
    # Two new items; the first without its owner (the 填报单位 line names it).
    r = first_blank_row(ws, col, SURVEY_HEADER_ROW)
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
    put(r, "最后更新", datetime.datetime(2026, 11, 30))
    put(r, "临时群", "否")


def edit_hedong(ws):
    col = columns(ws, SURVEY_HEADER_ROW)
    r = row_of(ws, col, SURVEY_HEADER_ROW, "名称", "河东镇便民服务")
    ws.cell(r, col["用户数"]).value = 90


def fill_progress(ws, answers):
    col = columns(ws, NOTICE_HEADER_ROW)
    for item, (state, day, note) in answers.items():
        r = row_of(ws, col, NOTICE_HEADER_ROW, "id", item)
        ws.cell(r, col["完成情况"]).value = state
        if day is not None:
            ws.cell(r, col["完成日期"]).value = day
            if isinstance(day, datetime.date):
                ws.cell(r, col["完成日期"]).number_format = "yyyy-mm-dd"
        ws.cell(r, col["备注"]).value = note


def one(pattern):
    found = glob.glob(pattern)
    if len(found) != 1:
        sys.exit(f"expected one file for {pattern}, found {found}")
    return found[0]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cli = os.path.abspath(sys.argv[1])
    returns = os.path.join(HERE, "returns")
    progress = os.path.join(HERE, "progress")
    for d in (returns, progress):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "campaign.slimplan")

        def run(*args):
            subprocess.run([cli, *args, "--lang", "zh_CN"], check=True)

        run("import", LEDGER, "--project", project)
        run("survey", "--project", project, "--out", os.path.join(tmp, "survey"))
        for name, edit in (("青溪县民政局", edit_minzheng), ("河东镇人民政府", edit_hedong)):
            sheet = one(os.path.join(tmp, "survey", f"*_{name}_核查表.xlsx"))
            wb = openpyxl.load_workbook(sheet)
            edit(wb["核查表"])
            wb.save(os.path.join(returns, os.path.basename(sheet)))
        run("import", returns, "--project", project)
        run("plan", "--project", project, "--as-of", AS_OF)
        run("notices", "--project", project, "--out", os.path.join(tmp, "notices"), "--format", "xlsx",
            "--as-of", AS_OF)
        answers = {
            "青溪县民政局": {
                "SV-APP-001": ("已完成", datetime.date(2026, 12, 20), "已删除打卡签到功能"),
                "SV-APP-002": ("整改中", "2026/12/10", "备案材料已报送"),
                # 青溪养老服务 left blank: still notified.
            },
            "河东镇人民政府": {
                "app-e88465d9d00206bc": ("已完成", "2026年12月15日", "已下架"),
            },
        }
        for name, rows in answers.items():
            sheet = one(os.path.join(tmp, "notices", f"*_{name}_整改通知.xlsx"))
            wb = openpyxl.load_workbook(sheet)
            fill_progress(wb.active, rows)
            wb.save(os.path.join(progress, os.path.basename(sheet)))
    print(f"wrote {returns} and {progress}")


if __name__ == "__main__":
    main()
