#!/usr/bin/env python3
"""Keeps the catalogues complete after `cmake --build build --target update_translations`.

- slimplan_en.ts: the source strings are English, so every message translates to itself, except
  the %n messages, whose singular and plural come from translations/en_plurals.tsv
  (source<TAB>singular<TAB>plural).
- slimplan_zh_CN.ts: translations come from translations/zh_CN.tsv (source<TAB>translation,
  with \\n for newlines), the one place a translator edits; messages without an entry are listed
  and the script exits 1, so an untranslated string never goes unnoticed.
Usage: scripts/translations.py [--check]
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"


def load_tsv(path):
    table = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#") or "\t" not in line:
                continue
            src, dst = line.split("\t", 1)
            table[src.replace("\\n", "\n").replace("\\t", "\t")] = dst.replace("\\n", "\n").replace("\\t", "\t")
    return table


def load_plurals(path):
    table = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#") or line.count("\t") != 2:
                continue
            src, one, other = line.split("\t")
            table[src] = [one, other]
    return table


def process(ts_path, lookup, check, require_numerus=False):
    tree = ET.parse(ts_path)
    missing = []
    changed = False
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        numerus = msg.get("numerus") == "yes"
        want = lookup(src, numerus)
        if want is None:
            if (tr.get("type") == "unfinished" or not (tr.text or list(tr))
                    or (numerus and require_numerus)):
                missing.append(src)
            continue
        if numerus:
            wanted = want if isinstance(want, list) else [want]
            forms = tr.findall("numerusform")
            while len(forms) < len(wanted):
                forms.append(ET.SubElement(tr, "numerusform"))
            for f in forms[len(wanted):]:
                tr.remove(f)
                changed = True
            for f, text in zip(forms, wanted):
                if f.text != text:
                    f.text = text
                    changed = True
        elif tr.text != want:
            tr.text = want
            changed = True
        for attr in ("type",):
            if attr in tr.attrib:
                del tr.attrib[attr]
                changed = True
    if changed and not check:
        tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing, changed


def main():
    check = "--check" in sys.argv
    zh = load_tsv(ROOT / "zh_CN.tsv")
    plurals = load_plurals(ROOT / "en_plurals.tsv")
    missing_en, ch1 = process(ROOT / "slimplan_en.ts",
                              lambda s, numerus: plurals.get(s) if numerus else s, check,
                              require_numerus=True)
    missing_zh, ch2 = process(ROOT / "slimplan_zh_CN.ts", lambda s, numerus: zh.get(s), check)
    for s in missing_en:
        print("no English plural forms (en_plurals.tsv): " + s.replace("\n", "\\n"))
    for s in missing_zh:
        print("untranslated (zh_CN): " + s.replace("\n", "\\n"))
    if check and (ch1 or ch2):
        print("catalogues are not up to date: run scripts/translations.py")
    return 1 if (missing_zh or missing_en or (check and (ch1 or ch2))) else 0


if __name__ == "__main__":
    sys.exit(main())
