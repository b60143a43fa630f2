# An exception raised by __del__ is reported ("Exception ignored in") on sys.stderr as the program set
# it: a replaced sys.stderr gets the report through its write(), sys.stderr = None silences it, and
# sys.__stderr__ is still the interpreter's own stream.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


class Bad:
    def __del__(self):
        raise ValueError("raised in __del__")


capture = Capture()
sys.stderr = capture
Bad()
sys.stderr = None
Bad()
sys.stderr = sys.__stderr__
print("restored:", sys.stderr is sys.__stderr__)
lines = "".join(capture.parts).splitlines()
print(lines[0].split(" at 0x")[0])
print([line.replace(__file__, "<this file>") for line in lines[1:]])
