#!/usr/bin/python3
"""Writes the .ods fixtures of tests/ods/test_ods.cpp and the merged-cell .xlsx of test_xlsx.cpp.

The ledger is built with openpyxl (Debian python3-openpyxl) and converted by LibreOffice itself
(soffice --headless --convert-to ods / xlsx), so the reader is tested on what LibreOffice really
writes: repeated cells and rows, covered cells, spanned merges, text:s runs. The hostile files
(a text document, a DTD, repeat bombs, an encrypted manifest) are raw XML zipped with
the standard library. The outputs are committed; the tests need neither program.

Run: /usr/bin/python3 tests/data/ods/make_ods_fixtures.py   (needs soffice on PATH)
"""
import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
XLSX_DIR = os.path.join(HERE, "..", "xlsx")
CN_DATE = 'yyyy"年"m"月"d"日"'
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'office:version="1.3"'
)
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">%s'
    "</manifest:file-entry></manifest:manifest>"
)


def path(name):
    return os.path.join(HERE, name)


def put(ws, ref, value, fmt=None):
    ws[ref] = value
    if fmt:
        ws[ref].number_format = fmt


def build_ledger(target):
    wb = openpyxl.Workbook()
    apps = wb.active
    apps.title = "应用程序"
    apps["A1"] = "青溪县政务移动互联网应用程序台账"
    apps.merge_cells("A1:H1")  # a title over the header width: never spread
    for col, head in zip("ABCDEFGH",
                         ["序号", "应用名称", "主办单位", "上线时间", "备案编号", "用户数",
                          "年运维费用", "主要功能"]):
        apps[col + "2"] = head
    rows = [
        (1, "青溪政务通", "青溪县政务服务中心", dt.date(2019, 6, 18), "110101199001011234", 12000,
         12.5, "办事\n查询"),
        (2, "青溪  打卡", None, dt.date(2021, 1, 4), "33012702000124", 800, 0.1, "打卡\t签到"),
        (3, "青溪便民", None, dt.date(2020, 2, 29), "33012702000125", 150, 3.75, None),
        (4, "河东镇便民", "河东镇人民政府", dt.date(2023, 2, 28), "33012702000126", 0, 0, "通知"),
        (5, "青溪养老", "青溪县民政局", dt.date(2022, 9, 1), None, 1234567890123, 1e-7, "养老"),
        (6, "青溪助残", None, None, None, 77, 2.5, "助残"),
    ]
    for r, data in enumerate(rows, 3):
        for col, value in zip("ABCDEFGH", data):
            if value is not None:
                put(apps, f"{col}{r}", value, CN_DATE if col == "D" else None)
    apps.merge_cells("C3:C5")  # 主办单位 down over three rows
    apps.merge_cells("C7:D8")  # two columns, two rows: only C fills down
    apps["A10"] = "合计"
    apps["F10"] = "=SUM(F3:F8)"
    for r in (12, 13, 14):  # identical rows: LibreOffice writes one row repeated three times
        apps[f"A{r}"] = "注：同上"
    apps.column_dimensions["H"].width = 30

    accounts = wb.create_sheet("公众账号")
    accounts["A1"] = "政务新媒体账号"
    accounts.merge_cells("A1:F1")
    for col, head in zip("ABCDEF", ["序号", "账号名称", "平台", "主办单位", "已认证", "完成率"]):
        accounts[col + "2"] = head
    data = [
        (1, "青溪发布", "微信公众号", "青溪县委宣传部", True, 0.15),
        (2, "青溪交警", None, "青溪县公安局交警大队", False, 1),
        (3, "青溪文旅", None, "青溪县文化和旅游局", True, 0.5),
        (4, "青溪融媒", "抖音号", "青溪县融媒体中心", False, 0.25),
    ]
    for r, values in enumerate(data, 3):
        for col, value in zip("ABCDEF", values):
            if value is not None:
                put(accounts, f"{col}{r}", value, "0%" if col == "F" else None)
    accounts.merge_cells("C3:C5")

    lists = wb.create_sheet("下拉列表")
    lists["A1"] = "县级"
    lists.sheet_state = "hidden"
    wb.save(target)


def soffice(fmt, source, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, source],
                   check=True, stdout=subprocess.DEVNULL)


def write_zip(name, parts, mimetype=ODS_MIME):
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as z:
        if mimetype is not None:
            z.writestr(zipfile.ZipInfo("mimetype", date_time=(2025, 1, 1, 0, 0, 0)), mimetype)
        for part, data in parts:
            info = zipfile.ZipInfo(part, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def content(body, prolog=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n%s<office:document-content %s>'
            "<office:body><office:spreadsheet>%s</office:spreadsheet></office:body>"
            "</office:document-content>" % (prolog, NS, body)).encode()


def manifest(encryption=""):
    return (MANIFEST % (ODS_MIME.decode(), encryption)).encode()


def cell(text, attrs='office:value-type="string"'):
    return '<table:table-cell %s>%s</table:table-cell>' % (attrs, text)


def raw_cells():
    """What openpyxl cannot make LibreOffice write: booleans, text runs, fields, comments, row groups,
    a merge reaching into repeated empty rows, a hidden table, and other namespace prefixes."""
    styles = ('<office:automatic-styles><style:style style:name="ta1" style:family="table">'
              '<style:table-properties table:display="true"/></style:style>'
              '<style:style style:name="ta2" style:family="table">'
              '<style:table-properties table:display="false"/></style:style>'
              "</office:automatic-styles>")
    row = "<table:table-row>%s</table:table-row>"
    body = (
        '<table:table table:name="Apps &amp; 小程序" table:style-name="ta1">'
        '<table:table-column table:number-columns-repeated="4"/>'
        "<table:table-header-rows>" + row % (cell("<text:p>名称</text:p>") + cell(
            "<text:p>值</text:p>")) + "</table:table-header-rows>"
        + row % (cell("<text:p>布尔</text:p>") + cell(
            "<text:p>真</text:p>", 'office:value-type="boolean" office:boolean-value="true"')
                 + cell("<text:p>假</text:p>", 'office:value-type="boolean" '
                        'office:boolean-value="false"'))
        + row % (cell('<text:p>  前导  空白<text:s text:c="3"/>三个空格 </text:p>')
                 + cell("<text:p>第一行<text:line-break/>第二行</text:p><text:p/>"
                        "<text:p>第<text:span text:style-name=\"T1\">三</text:span>行</text:p>")
                 + cell('<office:annotation><text:p>批注不算</text:p></office:annotation>'
                        '<text:p><text:a xlink:href="https://example.org/">链接</text:a>'
                        "<text:note><text:note-body><text:p>脚注</text:p></text:note-body>"
                        "</text:note>文字</text:p>"))
        + "<table:table-row-group>"
        + row % (cell("<text:p>12:30</text:p>", 'office:value-type="time" '
                      'office:time-value="PT12H30M00S"')
                 + cell("<text:p>#DIV/0!</text:p>", 'table:formula="of:=1/0" office:value-type='
                        '"float" office:value="0" calcext:value-type="error"')
                 + cell("<text:p>¥1,234.50</text:p>", 'office:value-type="currency" '
                        'office:currency="CNY" office:value="1234.5"')
                 + cell("<text:p>2024/5/6 8:00</text:p>", 'office:value-type="date" '
                        'office:date-value="2024-05-06T08:00:00"'))
        + "</table:table-row-group>"
        + row % (cell("<text:p>合并</text:p>", 'office:value-type="string" '
                      'table:number-rows-spanned="4"')
                 + cell("<text:p>显示</text:p>", 'office:value-type="string" '
                        'office:string-value="公式结果"'))
        + '<table:table-row table:number-rows-repeated="5"><table:covered-table-cell/>'
          '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
        + row % (cell("<text:p>末行</text:p>"))
        + '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
          'table:number-columns-repeated="16384"/></table:table-row>'
        + "</table:table>"
        '<table:table table:name="隐藏" table:style-name="ta2">' + row % cell("<text:p>x</text:p>")
        + "</table:table>"
        '<table:table table:name="工作群组"/>'
    )
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s '
           'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:calcext="urn:org:documentfoundation:'
           'names:experimental:calc:xmlns:calcext:1.0">%s<office:body><office:spreadsheet>%s'
           "</office:spreadsheet></office:body></office:document-content>" % (NS, styles, body))
    write_zip("cells.ods", [("META-INF/manifest.xml", manifest()), ("content.xml", doc.encode())])
    # The same table with prefixes other writers might choose: only the namespaces count.
    other = doc
    for prefix, short in (("table", "t"), ("text", "x"), ("office", "o")):
        other = re.sub(r"(?<=[<\s/])%s:" % prefix, short + ":", other)
        other = other.replace("xmlns:%s=" % prefix, "xmlns:%s=" % short)
    write_zip("prefixes.ods", [("META-INF/manifest.xml", manifest()), ("content.xml",
                                                                       other.encode())])


def hostile():
    row = ('<table:table-row><table:table-cell office:value-type="string"><text:p>序号</text:p>'
           "</table:table-cell></table:table-row>")
    # A non-empty cell repeated 100,000 times: wider than any spreadsheet.
    write_zip("widebomb.ods", [("META-INF/manifest.xml", manifest()), ("content.xml", content(
        '<table:table table:name="宽">' + row +
        '<table:table-row><table:table-cell table:number-columns-repeated="100000" '
        'office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>'
        "</table:table-row></table:table>"))])
    # A non-empty row repeated 1,000,000 times, twice: past the last row a sheet can have.
    data_row = ('<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
                'office:value-type="string"><text:p>重复</text:p></table:table-cell>'
                '<table:table-cell table:number-columns-repeated="16000"/></table:table-row>')
    write_zip("rowbomb.ods", [("META-INF/manifest.xml", manifest()), ("content.xml", content(
        '<table:table table:name="长">' + row + data_row + data_row + "</table:table>"))])
    # Empty repeats as LibreOffice writes them, but absurdly long: must cost nothing.
    write_zip("emptyrepeats.ods", [("META-INF/manifest.xml", manifest()), ("content.xml", content(
        '<table:table table:name="空">' + row +
        '<table:table-row table:number-rows-repeated="2000000000"><table:table-cell '
        'table:number-columns-repeated="2000000000"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
        'table:number-columns-repeated="16384"/></table:table-row></table:table>'))])
    # content.xml cut off in its second row: the zip is whole, the XML is not.
    whole = content('<table:table table:name="表">' + row + row + "</table:table>")
    write_zip("cutoff.ods", [("META-INF/manifest.xml", manifest()),
                             ("content.xml", whole[: whole.index(b"</table:table-row>") + 60])])
    # 50 MB of content.xml in 50 kB: the limits of XlsxArchive hold for .ods too.
    write_zip("ratiobomb.ods", [("META-INF/manifest.xml", manifest()),
                                ("content.xml", b" " * 50_000_000)])
    write_zip("manytables.ods", [("META-INF/manifest.xml", manifest()), ("content.xml", content(
        "".join('<table:table table:name="表%d"/>' % i for i in range(1001))))])
    billion = ('<!DOCTYPE office:document-content [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
               '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n')
    write_zip("dtd.ods", [("META-INF/manifest.xml", manifest()), ("content.xml", content(
        '<table:table table:name="表"><table:table-row><table:table-cell office:value-type='
        '"string"><text:p>&b;</text:p></table:table-cell></table:table-row></table:table>',
        billion))])
    write_zip("encrypted.ods", [("META-INF/manifest.xml", manifest(
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
        '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
        'manifest:initialisation-vector="AAAA"/><manifest:key-derivation '
        'manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" '
        'manifest:salt="AAAA"/></manifest:encryption-data>')),
        ("content.xml", b"\x8b\x13\x00garbage that is not XML")])
    write_zip("nocontent.ods", [("META-INF/manifest.xml", manifest()), ("styles.xml", b"<x/>")])
    write_zip("wrongmime.ods", [("content.xml", content(""))],
              mimetype=b"application/vnd.oasis.opendocument.text")
    # A text document renamed .ods (the installed LibreOffice has no Writer to make one).
    write_zip("document.ods", [("META-INF/manifest.xml", (MANIFEST % (
        "application/vnd.oasis.opendocument.text", "")).encode()), ("content.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>'
        "<office:text><text:p>序号 应用名称</text:p></office:text></office:body>"
        "</office:document-content>" % NS).encode())],
        mimetype=b"application/vnd.oasis.opendocument.text")
    with open(path("notzip.ods"), "wb") as f:
        f.write("序号,应用名称\n1,青溪政务通\n".encode())
    with open(path("ledger.ods"), "rb") as f:
        data = f.read()
    with open(path("truncated.ods"), "wb") as f:
        f.write(data[: len(data) // 2])


def main():
    tmp = tempfile.mkdtemp()
    try:
        source = os.path.join(tmp, "ledger.xlsx")
        build_ledger(source)
        ods_dir = os.path.join(tmp, "ods")
        xlsx_dir = os.path.join(tmp, "xlsx")
        soffice("ods", source, ods_dir)
        soffice("xlsx", source, xlsx_dir)  # the same workbook as LibreOffice writes .xlsx
        shutil.copy(os.path.join(ods_dir, "ledger.ods"), path("ledger.ods"))
        shutil.copy(os.path.join(xlsx_dir, "ledger.xlsx"), os.path.join(XLSX_DIR, "merged.xlsx"))
    finally:
        shutil.rmtree(tmp)
    raw_cells()
    hostile()


if __name__ == "__main__":
    main()
