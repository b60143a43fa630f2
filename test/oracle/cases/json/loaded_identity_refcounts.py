# The objects json makes, as CPython counts them: each loads makes new dicts, lists, strs and numbers
# (equal results are distinct objects), held only by their container; equal keys within one loads share
# one str (the scanner's memo dict) but not across calls; dumps makes a new str each time.
import json, sys

text = '{"user name": "ada lovelace", "scores": [1000, 2.5, 2.5], "items": [{"item key": 1}, {"item key": 2}]}'
a = json.loads(text)
b = json.loads(text)
print("equal:", a == b, "same dict:", a is b, "same list:", a["scores"] is b["scores"])
print("same value str:", a["user name"] is b["user name"], "same int:", a["scores"][0] is b["scores"][0])
print("refcounts:", sys.getrefcount(a), sys.getrefcount(a["scores"]), sys.getrefcount(a["scores"][0]),
      sys.getrefcount(a["scores"][1]), sys.getrefcount(a["user name"]))
print("equal floats are distinct:", a["scores"][1] is a["scores"][2])

first, second = a["items"]
key1 = next(iter(first))
key2 = next(iter(second))
print("keys within one loads:", key1 is key2, "refcount", sys.getrefcount(key1))
print("keys across loads:", key1 is next(iter(b["items"][0])))
print("top-level key shared with value?", next(iter(a)) is a["user name"])

s1 = json.dumps(a)
s2 = json.dumps(a)
print("dumps equal:", s1 == s2, "same str:", s1 is s2, "refcount", sys.getrefcount(s1))
print("a still", sys.getrefcount(a), "scores", sys.getrefcount(a["scores"]))

captured = []
def keep(d):
    captured.append(d)
    print("  in hook: refcount of the dict", sys.getrefcount(d))
    return d
c = json.loads('[{"x": 1}, {"x": 2}]', object_hook=keep)
print("hook results are the loaded dicts:", c[0] is captured[0], sys.getrefcount(c[0]))
del captured
print("after del:", sys.getrefcount(c[0]))
nan1 = json.loads("NaN")
nan2 = json.loads("[NaN]")[0]
print("NaN is the decoder's one float:", nan1 is nan2, nan1 is json.decoder.NaN)
