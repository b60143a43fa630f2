# An attribute is a slot in the instance: one reference to the value.
import sys

class Box:
    def __init__(self, content):
        self.content = content

payload = ['payload']
print("payload:", sys.getrefcount(payload))
b1 = Box(payload)
print("in one box:", sys.getrefcount(payload))
b2 = Box(payload)
print("in two boxes:", sys.getrefcount(payload))
b1.extra = payload
print("also b1.extra:", sys.getrefcount(payload))
del b1.content
print("del b1.content:", sys.getrefcount(payload))
b2.content = 'nothing'
print("b2.content rebound:", sys.getrefcount(payload))
print("box instances:", sys.getrefcount(b1), sys.getrefcount(b2))
