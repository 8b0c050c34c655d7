#!/usr/bin/env python3
"""Builds src/main/resources/fonts/NotoSansSC-Report.ttf, the font the monthly report's PDF embeds.

Noto Sans CJK SC (SIL Open Font License 1.1, which allows subsetting and bundling) cut down to ASCII, Latin-1,
general and CJK punctuation, full-width forms and the 7,445 characters of GB 2312 (every hanzi in common use,
so area and place names render too), converted from CFF to TrueType outlines so any PDF library can embed and
subset it. Needs `pip install fonttools` and the Debian package fonts-noto-cjk. Run from the project root:

    python3 tools/cjk-font-subset.py
"""
from fontTools.ttLib import TTCollection, newTable
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC = 2  # Noto Sans CJK SC in the collection
TARGET = "src/main/resources/fonts/NotoSansSC-Report.ttf"

chars = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2010, 0x2030)) \
    | set(range(0x3000, 0x3040)) | set(range(0xFF01, 0xFF5F)) | {0x2116, 0x2103, 0x00B7, 0x2160, 0x2161, 0x2162}
for b1 in range(0xA1, 0xF8):
    for b2 in range(0xA1, 0xFF):
        try:
            chars.update(ord(c) for c in bytes([b1, b2]).decode("gb2312"))
        except UnicodeDecodeError:
            pass

font = TTCollection(SOURCE).fonts[SC]
options = subset.Options()
options.layout_features = []  # plain horizontal text: no GSUB/GPOS needed
options.name_IDs = ["*"]
options.notdef_outline = True
options.hinting = False
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=chars)
subsetter.subset(font)

# CFF (cubic) -> glyf (quadratic) outlines.
glyph_order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyf = newTable("glyf")
glyf.glyphOrder = glyph_order
glyf.glyphs = {}
for name in glyph_order:
    pen = TTGlyphPen(glyph_set)
    glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font["loca"] = newTable("loca")
font["glyf"] = glyf
for tag in ("CFF ", "VORG", "DSIG"):
    if tag in font:
        del font[tag]
font["maxp"].tableVersion = 0x00010000
for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
             "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
    setattr(font["maxp"], attr, 0)
font["maxp"].maxZones = 1
font["post"].formatType = 2.0
font["post"].extraNames = []
font["post"].mapping = {}
font["head"].glyphDataFormat = 0
font.sfntVersion = "\x00\x01\x00\x00"
font.save(TARGET)
print(TARGET, len(chars), "characters,", len(glyph_order), "glyphs")
