# Prints the code point ranges whose East Asian Width is W or F (Lib/traceback.py's _WIDE_CHAR_SPECIFIERS),
# as the [start, end] pairs of src/core/runtime/text/display-width.ts. Run with the newest CPython at hand.
import unicodedata

ranges = []
start = None
for cp in range(0x110000):
    wide = unicodedata.east_asian_width(chr(cp)) in "WF"
    if wide and start is None:
        start = cp
    elif not wide and start is not None:
        ranges.append((start, cp - 1))
        start = None
print(f"// Unicode {unicodedata.unidata_version}: {len(ranges)} ranges")
print(",\n".join(f"0x{a:x}, 0x{b:x}" for a, b in ranges))
