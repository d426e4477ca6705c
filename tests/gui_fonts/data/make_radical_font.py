#!/usr/bin/python3
# Writes radical-test.ttf: a tiny original font ("SlimPlan Radical Test") whose cmap maps 用 and the
# Kangxi radical ⽤ (U+2F64) to the same glyph, as some CJK fonts do. The extraction check must
# refuse it. Needs python3-fonttools (Debian); the .ttf is kept in the repository.
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen


def box(inset):
    pen = TTGlyphPen(None)
    pen.moveTo((inset, inset))
    pen.lineTo((inset, 1000 - inset))
    pen.lineTo((1000 - inset, 1000 - inset))
    pen.lineTo((1000 - inset, inset))
    pen.closePath()
    return pen.glyph()


names = [".notdef", "yong", "shen", "fang"]
fb = FontBuilder(1000, isTTF=True)
fb.setupGlyphOrder(names)
fb.setupCharacterMap({0x7528: "yong", 0x2F64: "yong", 0x8EAB: "shen", 0x2F9D: "shen",
                      0x65B9: "fang"})
fb.setupGlyf({n: box(50 + 50 * i) for i, n in enumerate(names)})
fb.setupHorizontalMetrics({n: (1000, 0) for n in names})
fb.setupHorizontalHeader(ascent=880, descent=-120)
fb.setupNameTable({"familyName": "SlimPlan Radical Test", "styleName": "Regular"})
fb.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
fb.setupPost()
fb.save(__file__.replace("make_radical_font.py", "radical-test.ttf"))
