# JSONDecodeError: CPython's messages and where they point (pos, lineno, colno), for the usual mistakes:
# a missing value, a missing comma or colon, single quotes, unterminated strings, bad escapes, extra data,
# a trailing comma (3.13 names it), and that it is a ValueError.
import json

bad = ['', '   ', '[1, 2', '[1 2]', '{"a" 1}', "{'a': 1}", '{"a": 1,}', '[1, 2,]', '"open', '"bad \\x escape"',
       '"\\u12"', '"\\ud83d\\u12"', '[1] [2]', '{"a": 1}\n{"b": 2}', 'nul', 'True', '-', '01', '[-]',
       '{"a":\n  [1,\n   2,,\n  3]}', '{1: 2}', '[1, {"k": "v" "w"}]', '"ctrl \x01 char"']
for text in bad:
    try:
        json.loads(text)
        print(repr(text), "parsed")
    except json.JSONDecodeError as e:
        print(f"{text!r:26} {e}")
        print(f"{'':26} msg={e.msg!r} pos={e.pos} lineno={e.lineno} colno={e.colno}")

try:
    json.loads("[")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, type(e).__module__, e.doc == "[")
try:
    json.loads("\ufeff[]")
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads(42)
except TypeError as e:
    print(e)
print(json.JSONDecoder().raw_decode('{"a": 1} and more'))
