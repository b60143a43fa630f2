# json.dump writes the text to any object with write(), in the chunks of the Python encoder (one call per
# piece), and json.load reads it with read(): here with small classes standing for files.
import json

class Recorder:
    def __init__(self):
        self.chunks = []
    def write(self, text):
        self.chunks.append(text)

out = Recorder()
json.dump({"a": [1, 2.5, None], "b": {"c": "d"}, "e": []}, out)
print(out.chunks)
print("".join(out.chunks))

out = Recorder()
json.dump([1, {"k": [True, False]}], out, indent=2, sort_keys=True)
print(out.chunks)

class Source:
    def __init__(self, text):
        self.text = text
        self.reads = 0
    def read(self):
        self.reads += 1
        return self.text

src = Source('{"restored": [1, 2, {"deep": "yes"}]}')
print(json.load(src), "reads:", src.reads)
print(json.load(Source('{"n": 1}'), object_hook=lambda d: sorted(d)))
print(json.loads(b'{"from": "bytes"}'), json.loads(bytearray(b"[1, 2]")))

class NoWrite:
    pass
try:
    json.dump([1], NoWrite())
except AttributeError as e:
    print("AttributeError:", e)
