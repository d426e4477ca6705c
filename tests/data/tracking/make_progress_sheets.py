#!/usr/bin/python3
# Writes the progress sheets test_tracking imports, the way a unit returns its 整改通知: the
# notice's columns (id hidden, 名称, 整改措施, 期限, 完成情况, 完成日期, 备注) under a title row,
# filled in by hand. Run with Debian's python (python3-openpyxl): /usr/bin/python3 make_progress_sheets.py
import csv
import datetime
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["id", "名称", "整改措施", "期限", "完成情况", "完成日期", "备注"]


def notice(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改进度"
    ws.append(["青溪县民政局整改通知回执"])
    ws.append(HEADER)
    ws.column_dimensions["A"].hidden = True
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=3, min_col=6, max_col=6):
        for c in row:
            if isinstance(c.value, datetime.date):
                c.number_format = "yyyy-mm-dd"
    wb.create_sheet("填写说明").append(["完成情况填写：未开始、整改中、已完成"])
    wb.save(path)


# Unit A: a1 done on a real date cell, a2 in progress with a date typed as text, a3 by name only
# (the unit cleared the id), a4 (keep) left blank.
notice(os.path.join(HERE, "progress_a.xlsx"), [
    ["a1", "青溪民政通", "关停", "2026-12-01", "已完成", datetime.date(2026, 11, 20), "已下架"],
    ["a2", "民政服务号", "合并", "2027-01-30", "整改中", "2026/11/25", "迁移数据中"],
    [None, "低保工作群", "整改", "2026-12-31", "已核验", "2026年11月28日", None],
    ["a4", "青溪养老", "保留", None, None, None, None],
])

# Unit A again, with a unit's mistakes: a word no state has, an id the project lacks, a date that
# is no date (rows 3, 4, 5 of the sheet).
notice(os.path.join(HERE, "progress_bad.xlsx"), [
    ["a1", "青溪民政通", "关停", "2026-12-01", "搞定了", None, None],
    ["zz9", "不存在的应用", "关停", "2026-12-01", "已完成", None, None],
    ["a2", "民政服务号", "合并", "2027-01-30", "已完成", "下周", None],
])

# Unit B as a CSV with names only (no id column).
with open(os.path.join(HERE, "progress_b.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["名称", "整改措施", "完成情况", "完成日期", "备注"])
    w.writerow(["教育云课堂", "迁移", "整改中", "2026-11-15", "已对接省平台"])
    w.writerow(["教育局通知号", "关停", "未开始", "", ""])
