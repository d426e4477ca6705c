#!/usr/bin/python3
"""Writes the hand-made seeds of tests/fuzz-regressions: small malformed inputs, one folder per
fuzz target (csv, json, xlsx, xls, ods, project — the names scripts/run-fuzz.sh and
tests/fuzzregress/test_fuzzregress.cpp use), each aimed at an error path. Inputs a fuzzer finds
later are added to the same folders by hand (docs/reliability.md); this script leaves them alone.

Derived from committed fixtures (tests/data/xlsx, tests/data/xls) and, for the project seeds, from
a project the CLI writes: run after building slimplan-cli.
Run: /usr/bin/python3 tests/data/fuzz-regressions/make_seeds.py [path/to/slimplan-cli]
"""
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DATA))


def out(target, name, data):
    os.makedirs(os.path.join(HERE, target), exist_ok=True)
    with open(os.path.join(HERE, target, name), "wb") as f:
        f.write(data)


def read(*parts):
    with open(os.path.join(DATA, *parts), "rb") as f:
        return f.read()


def zipped(parts):
    """A zip made of (name, bytes) pairs, with fixed timestamps."""
    with tempfile.TemporaryFile() as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts:
                z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data)
        tmp.seek(0)
        return tmp.read()


def csv_seeds():
    out("csv", "lone-quote-and-nuls.csv", '名称,类型\n"掌上政务,\0\0应用\n2,"x\n'.encode("utf-8"))
    out("csv", "bom-then-gb18030.csv", b"\xef\xbb\xbf" + "名称,类型\n掌上政务,应用\n".encode("gb18030"))
    out("csv", "invalid-utf8.csv", b"name,kind\n\xff\xfe\xc3\x28,app\n\xe2\x82,account\n")
    out("csv", "one-line-of-commas.csv", b"name,kind\n" + b"," * 60000 + b"\n")
    out("csv", "quote-never-closed.csv", b'name,kind\n"' + b"x" * 5000)
    out("csv", "crlf-cr-mix.csv", b"name,kind\r\nA,app\rB,account\n\r\n\r")


def json_seeds():
    out("json", "nested-10000-arrays.json", b"[" * 10000 + b"]" * 10000)
    out("json", "nested-10000-objects.json", b'{"a":' * 10000 + b"1" + b"}" * 10000)
    out("json", "truncated-object.json", '[{"name": "掌上政务", "kind": "app'.encode("utf-8"))
    out("json", "nul-and-huge-number.json", b'[{"name": "a\\u0000b", "users": 1e999, "kind": "app"}]')
    out("json", "duplicate-keys-wrong-types.json",
        b'[{"name": 1, "name": [], "kind": {"x": null}, "users": "many"}, 7, "s", null]')
    out("json", "bare-scalar.json", b'"just a string"')


def xlsx_seeds():
    for name in ("truncated.xlsx", "xxe.xlsx", "billionlaughs.xlsx", "badxml.xlsx",
                 "noworkbook.xlsx", "notzip.xlsx", "oldxls.xlsx", "ratiobomb.xlsx"):
        out("xlsx", name, read("xlsx", name))
    ledger = read("xlsx", "ledger.xlsx")
    out("xlsx", "cut-in-central-directory.xlsx", ledger[: len(ledger) - 40])
    with zipfile.ZipFile(os.path.join(DATA, "xlsx", "ledger.xlsx")) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    def with_dtd(data):
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        return b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>' + body

    for part, name in (("xl/styles.xml", "dtd-in-styles.xlsx"),
                       ("xl/workbook.xml", "dtd-in-workbook.xlsx")):
        out("xlsx", name, zipped([(n, with_dtd(d) if n == part else d) for n, d in parts]))
    out("xlsx", "sheet-not-xml.xlsx", zipped(
        [(n, b"\0\1\2 not xml" if n.startswith("xl/worksheets/") else d) for n, d in parts]))


def xls_seeds():
    good = read("xls", "ledger.xls")
    for name in ("truncated.xls", "encrypted.xls", "worddoc.xls", "biff2.xls", "notole.xls"):
        out("xls", name, read("xls", name))
    out("xls", "ole-header-only.xls", good[:512])
    # freexl-overread-*.xls are found inputs, not made here: byte flips of an earlier ledger.xls
    # that crash FreeXL 1.0.6 itself (heap over-read in freexl_open), found by the byte-flip loop
    # of tests/xls. The reader runs FreeXL in a child process, so they must come back refused.
    dims = struct.pack("<HHII", 0x0200, 14, 0, 6)
    at = good.find(dims)
    assert at > 0
    out("xls", "million-row-dimensions.xls",
        good[:at] + struct.pack("<HHII", 0x0200, 14, 0, 1000000) + good[at + 12:])


def ods_seeds():
    mimetype = ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet")
    manifest = ("META-INF/manifest.xml", b'<?xml version="1.0"?><manifest:manifest '
                b'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    ns = (b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    body = (b'<office:document-content ' + ns + b'><office:body><office:spreadsheet>'
            b'<table:table table:name="\xe5\xba\x94\xe7\x94\xa8"><table:table-row>'
            b'<table:table-cell office:value-type="string"><text:p>name</text:p></table:table-cell>'
            b'</table:table-row></table:table></office:spreadsheet></office:body>'
            b'</office:document-content>')
    good = zipped([mimetype, manifest, ("content.xml", b'<?xml version="1.0"?>' + body)])
    out("ods", "truncated.ods", good[: len(good) // 2])
    out("ods", "dtd-in-content.ods", zipped(
        [mimetype, manifest, ("content.xml", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a '
                              b'"aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>' + body)]))
    out("ods", "no-content-xml.ods", zipped([mimetype, manifest]))
    out("ods", "content-not-xml.ods", zipped([mimetype, manifest, ("content.xml", b"\0\0\0<<<")]))
    repeated = body.replace(b"<table:table-row>",
                            b'<table:table-row table:number-rows-repeated="1048576">')
    repeated = repeated.replace(b'<table:table-cell office:value-type="string">',
                                b'<table:table-cell table:number-columns-repeated="16384" '
                                b'office:value-type="string">')
    out("ods", "repeated-million-rows.ods",
        zipped([mimetype, manifest, ("content.xml", b'<?xml version="1.0"?>' + repeated)]))
    out("ods", "xlsx-renamed.ods", read("xlsx", "sparse.xlsx"))


def project_seeds(cli):
    out("project", "empty.slimplan", b"")
    out("project", "sqlite-header-then-garbage.slimplan", b"SQLite format 3\0" + b"\xa5" * 1000)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.slimplan")
        subprocess.run([cli, "import", os.path.join(DATA, "csvimport", "utf8.csv"),
                        "--project", path], check=True, stdout=subprocess.DEVNULL)
        with open(path, "rb") as f:
            good = f.read()
        out("project", "truncated-half.slimplan", good[: len(good) // 2])
        # user_version (header offset 60, big-endian) from a future program.
        out("project", "future-version.slimplan", good[:60] + struct.pack(">I", 999) + good[64:])
        flipped = bytearray(good)
        for at in range(4096 * 3 + 100, len(flipped), 4096):
            flipped[at] ^= 0xFF
        out("project", "page-bytes-flipped.slimplan", bytes(flipped))

        def altered(name, statements):
            copy = os.path.join(tmp, name)
            shutil.copyfile(path, copy)
            db = sqlite3.connect(copy)
            for s in statements:
                db.execute(s)
            db.commit()
            db.close()
            with open(copy, "rb") as f:
                out("project", name, f.read())

        altered("wrong-values.slimplan", [
            "UPDATE items SET kind = '???', flags = -1, member_hashes = X'00ff', users = 'many',"
            " extra = '{not json', launched = '2024-13-45'",
            "UPDATE policy_profile SET profile = '[[[['"])
        altered("tables-dropped.slimplan", ["DROP TABLE plan_decisions", "DROP TABLE meta"])
        altered("item-of-missing-snapshot.slimplan", [
            "PRAGMA foreign_keys = OFF", "UPDATE items SET snapshot_id = 77"])


if __name__ == "__main__":
    cli = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "app", "slimplan-cli")
    csv_seeds()
    json_seeds()
    xlsx_seeds()
    xls_seeds()
    ods_seeds()
    project_seeds(cli)
