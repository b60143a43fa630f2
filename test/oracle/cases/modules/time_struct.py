# time's broken-down time for fixed instants: gmtime's struct_time (fields, indexing, repr), strftime's C-locale
# directives on it and on a plain 9-tuple, asctime, struct_time made from a sequence, and the range errors
# strftime raises. (No localtime here: it follows the machine's time zone.)
import time

t = time.gmtime(1_000_000_000)
print(t)
print(t.tm_year, t[1], t.tm_wday, t.tm_yday, t.tm_isdst, len(t), tuple(t))
directives = 'aAbBcCdDeFGgHIjklmMnpPrRStTuUVwWxXyY%'
for secs in [0, 86_399, 951_782_400, 1_104_537_600, 1_230_768_000, 1_293_753_600, 1_704_067_200, 1_735_603_200, 4_102_444_800]:
    g = time.gmtime(secs)
    print(secs, repr(time.strftime(' '.join('%' + c for c in directives), g)))
    print(time.asctime(g))
print(time.strftime('%Y-%m-%d', (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime('%j %a', (2024, 0, 0, 0, 0, 0, 0, 0, -1)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2), 'x']:
    try:
        time.strftime('%Y', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
