#!/usr/bin/env python3
"""Writes the bad-input corpus of tests/badinput: files that are wrong in the ways real ledgers are
wrong (and a few in the ways attackers are). Bytes are set exactly here, which is why the files are
generated; run it from anywhere, the files land beside it. Deterministic (fixed random seed)."""
import io
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20251122)


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


HEAD = "名称,类型,主办单位"

write("empty.csv", b"")
write("only_header.csv", HEAD + "\n")
write("only_title.csv", "青溪县政务移动互联网应用程序台账\n\n填表说明：请按要求填写\n")
write("binary_garbage.csv", bytes(rng.randrange(256) for _ in range(4096)))
# An old Excel file: the OLE2 compound-document signature, then junk.
write("old_excel.xls", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(rng.randrange(256) for _ in range(1024)))
write("spreadsheet.ods", b"PK\x03\x04" + bytes(200))
write("keynote.numbers", b"PK\x03\x04" + bytes(200))
write("ledger.dat", HEAD + "\n应用一,app,青溪县教育局\n")
# A workbook saved with a .csv name, and text saved with an .xlsx name.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>")
write("workbook_named.csv", buf.getvalue())
write("text_named.xlsx", HEAD + "\n应用一,app,青溪县教育局\n")
# A UTF-8 byte-order mark in front of GB18030 text: the mark lies, the bytes win.
write("lying_bom.csv", b"\xef\xbb\xbf" + (HEAD + "\r\n应用一,app,青溪县教育局\r\n应用二,app,青溪县民政局\r\n").encode("gb18030"))
write("missing_name_column.csv", "类型,主办单位,平台\napp,青溪县教育局,安卓\n")
write("missing_kind_column.csv", "名称,主办单位,平台\n应用一,青溪县教育局,安卓\n")
write("unreadable_dates.csv", HEAD + ",上线时间,最后更新\n应用一,app,青溪县教育局,去年春天,2025-13-01\n应用二,app,青溪县民政局,2024-05-01,45717\n")
write("negative_numbers.csv", HEAD + ",用户数,月活,近90天发文数,年运维费用\n应用一,app,青溪县教育局,-100,-1,-7,-2.5\n")
write("huge_cell.csv", HEAD + ",用户数,备注\n应用一,app,青溪县教育局,," + "长" * 100000 + "\n应用二,app,青溪县民政局," + "9" * 100000 + ",\n")
write("unterminated_quote.csv", HEAD + "\n应用一,app,青溪县教育局\n\"应用二,app,青溪县民政局\n应用三,app,青溪县财政局\n")
write("nul_bytes.csv", (HEAD + ",备注\n应用一,app,青溪县教育局,正常\n应用二,app,青溪县民政局,坏").encode() + b"\x00\x00" + "字节\n应用三,app,青溪县财政局,正常\n".encode())
write("mixed_separators.csv", HEAD + "\n应用一,app,青溪县教育局\n应用二;app;青溪县民政局\n应用三,app,青溪县财政局\n")
write("all_rows_bad.csv", HEAD + "\n应用一,app,\n应用二,,青溪县民政局\n")
write("duplicate_ids.csv", "编号," + HEAD + "\nX1,应用一,app,青溪县教育局\nX1,应用二,app,青溪县民政局\nX2,应用三,app,青溪县财政局\n")
write("rows_below_total.csv", HEAD + "\n应用一,app,青溪县教育局\n合计,1,\n应用二,app,青溪县民政局\n")
write("too_many_cells.csv", HEAD + "\n" + "," * 20000 + "\n")
write("bad_region_codes.csv", HEAD + ",行政区划代码\n应用一,app,青溪县教育局,12345\n应用二,app,青溪县民政局,990000\n应用三,app,青溪县财政局,510999\n")
write("unknown_flags.csv", HEAD + ",功能标记,打卡签到\n应用一,app,青溪县教育局,打卡签到、飞行模式,也许\n")
write("公众号_unknown_kind.csv", HEAD + "\n青溪发布,网站,青溪县委宣传部\n")
# GB18030 text split by '|': 0x7C is also a GBK trail byte, so splitting bytes would cut characters.
pipe_chars = "".join(ch for ch in (chr(c) for c in range(0x4E00, 0x9FA6)) if len(ch.encode("gbk")) == 2 and ch.encode("gbk")[1] == 0x7C)[:4]
write("gbk_pipes.txt", ("名称|类型|主办单位\n" + pipe_chars + "应用|app|青溪县教育局\n").encode("gb18030"))
write("utf16_unicode_text.txt", b"\xff\xfe" + ("名称\t类型\t主办单位\r\n应用一\tapp\t青溪县教育局\r\n").encode("utf-16-le"))

# JSON
write("object_not_array.json", '{"name": "应用一", "kind": "app", "owner": "青溪县教育局"}')
write("truncated.json", '[{"name": "应用一", "kind": "app", "owner": "青溪县教')
write("deeply_nested.json", "[" * 5000 + "]" * 5000)
write("empty_array.json", "[]")
write("elements_not_objects.json", '[1, "two", {"name": "应用三", "kind": "app", "owner": "青溪县财政局"}]')
write("wrong_types.json",
      '[{"name": "应用一", "kind": "app", "owner": "青溪县教育局", "users": "很多", "active_users": true,'
      ' "functions": ["办事", {"x": 1}], "launched": 20250301, "notes": {"a": 1}},'
      ' {"name": 5, "kind": "app", "owner": {"unit": "青溪县民政局"}}]')
write("empty.json", b"")
