# Unicode and escapes: ensure_ascii (the default) writes \uXXXX for non-ASCII text and a surrogate pair
# above U+FFFF; ensure_ascii=False keeps the text; control characters and quotes are always escaped.
# loads reads every escape back, joins surrogate pairs, and rejects raw control characters unless strict=False.
import json

text = 'café "quoted" back\\slash tab\t newline\n bell\x07 snake 🐍 line\u2028sep'
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
print(json.loads(json.dumps(text)) == text, json.loads(json.dumps(text, ensure_ascii=False)) == text)
print(json.dumps({"ключ": "значение"}), json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.loads(r'"\u00e9\u4e2d\ud83d\ude00 \/ \b\f\n\r\t"'))
print(len(json.loads(r'"\ud83d\ude00"')), ascii(json.loads(r'"\ud83d"')), ascii(json.loads(r'"\ud83d\u0041"')))
print(json.loads('"tab\there"', strict=False) == "tab\there")
try:
    json.loads('"tab\there"')
except json.JSONDecodeError as e:
    print("strict:", e)
print(json.loads('{"é": "ü"}'), json.loads('["\u00ff"]')[0] == "ÿ")
print(json.dumps("\x00\x1f\x7f\x80"), json.dumps("\x00\x1f\x7f\x80", ensure_ascii=False) == '"\\u0000\\u001f\x7f\x80"')
