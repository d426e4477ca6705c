#!/usr/bin/python3
"""Writes the three rounds of returns of tests/returnsdiff/test_returnsdiff.cpp.

round1/  the first returns of three units of 青溪县:
         a_民政局.xlsx  (openpyxl) 填报单位 line above the header, four items
         b_教育局.csv   (UTF-8) owner in a 主办单位 column, three items
         c_卫健局.ods   (LibreOffice, from an openpyxl workbook) 填报单位 line, two items
round2/  the second round: 民政局 changes two values of 民政通 (用户数 1200 → 1500, 年运维费用
         3.5 → 4.2), deletes the row of 低保查询, adds 养老服务 and 婚姻登记预约, and leaves the
         备注 of 青溪民政 empty (an empty cell is no change); 教育局 returns the same items typed
         differently (1.2万 for 12000, 2024/3/1 for 2024-03-01, 微信 platform alike); 卫健局 sends
         nothing.
round3/  民政局 again, listing 低保查询 once more (its "reported gone" mark is cleared).
round4/  卫健局 answers 本单位无政务移动互联网应用程序 (an empty return): both its items are gone.

Run: /usr/bin/python3 tests/data/returnsdiff/make_returnsdiff.py
The outputs are committed: the tests need neither Python nor LibreOffice.
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 11, 30, 9, 0, 0)

A_UNIT = "青溪县民政局"
B_UNIT = "青溪县教育局"
C_UNIT = "青溪县卫生健康局"
A_HEADER = ["序号", "名称", "类型", "平台", "用户数", "年运维费用", "上线时间", "备注"]

A_ROUND1 = [
    ["民政通", "应用程序", "安卓/iOS", 1200, 3.5, "2021-05-01", "全县低保、救助一网通办"],
    ["低保查询", "小程序", "微信", 300, None, "2022-01-10", None],
    ["青溪民政", "公众号", "微信", 5400, None, "2019-08-01", "每周发文"],
    ["社区工作群", "工作群", "微信", 48, None, "2023-02-01", None],
]
# 民政通: two values change; 低保查询: deleted; 青溪民政: note left empty; two new rows.
A_ROUND2 = [
    ["民政通", "应用程序", "安卓/iOS", 1500, 4.2, "2021-05-01", "全县低保、救助一网通办"],
    ["青溪民政", "公众号", "微信", 5400, None, "2019-08-01", None],
    ["社区工作群", "工作群", "微信", 48, None, "2023-02-01", None],
    ["养老服务", "小程序", "微信", 150, None, "2026-09-01", "新建"],
    ["婚姻登记预约", "小程序", "支付宝", 80, None, "2026-10-15", None],
]
A_ROUND3 = A_ROUND2 + [A_ROUND1[1]]

B_HEADER = "序号,名称,类型,平台,主办单位,用户数,上线时间\n"
B_ROUND1 = (B_HEADER
            + "1,青溪教育,公众号,微信,青溪县教育局,12000,2024-03-01\n"
            + "2,智慧校园,应用程序,安卓,青溪县教育局,860,2020-09-01\n"
            + "3,教师工作群,工作群,钉钉,青溪县教育局,120,2022-02-14\n")
B_ROUND2 = (B_HEADER
            + "1,青溪教育,公众号,微信,青溪县教育局,1.2万,2024/3/1\n"
            + "2,智慧校园,APP,安卓,青溪县 教育局,860人,2020年9月1日\n"
            + "3,教师工作群,钉钉群,钉钉,青溪县教育局,120,20220214\n")

C_ROWS = [
    ["健康青溪", "公众号", "微信", 9100, None, "2018-06-01", None],
    ["预约挂号", "小程序", "微信", 2300, 6.0, "2021-03-01", None],
]


def fresh(folder):
    p = os.path.join(HERE, folder)
    if os.path.isdir(p):
        shutil.rmtree(p)
    os.makedirs(p)
    return p


def unit_book(unit, rows):
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "returnsdiff"
    ws = wb.active
    ws.title = "核查表"
    ws.append([unit + "政务移动互联网应用程序核查表"])
    ws.append(["填报单位（盖章）：" + unit])
    ws.append(A_HEADER)
    for i, r in enumerate(rows, 1):
        ws.append([i] + r)
    return wb


def soffice_ods(wb, path):
    with tempfile.TemporaryDirectory() as tmp:
        stem = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, stem + ".xlsx")
        wb.save(src)
        profile = "file://" + os.path.join(tmp, "profile")
        conv = os.path.join(tmp, "conv")
        os.makedirs(conv)
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "ods", "--outdir", conv, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(conv, stem + ".ods"), path)


def write_csv(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    r1 = fresh("round1")
    unit_book(A_UNIT, A_ROUND1).save(os.path.join(r1, "a_民政局.xlsx"))
    write_csv(os.path.join(r1, "b_教育局.csv"), B_ROUND1)
    soffice_ods(unit_book(C_UNIT, C_ROWS), os.path.join(r1, "c_卫健局.ods"))
    r2 = fresh("round2")
    unit_book(A_UNIT, A_ROUND2).save(os.path.join(r2, "a_民政局.xlsx"))
    write_csv(os.path.join(r2, "b_教育局.csv"), B_ROUND2)
    r3 = fresh("round3")
    unit_book(A_UNIT, A_ROUND3).save(os.path.join(r3, "a_民政局.xlsx"))
    r4 = fresh("round4")
    empty = unit_book(C_UNIT, [])
    empty.active.append([1, "本单位无政务移动互联网应用程序"])
    empty.save(os.path.join(r4, "c_卫健局.xlsx"))


if __name__ == "__main__":
    main()
