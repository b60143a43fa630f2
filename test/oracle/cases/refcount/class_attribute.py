# A class attribute is stored once on the class; instances reading it add nothing.
import sys

DEFAULT = ['default']

class Settings:
    value = DEFAULT

print("in the class:", sys.getrefcount(DEFAULT))
s1 = Settings()
s2 = Settings()
print("read through instances:", s1.value is DEFAULT, sys.getrefcount(DEFAULT))
s1.value = ['own']
print("s1 shadows it:", s1.value, s2.value, sys.getrefcount(DEFAULT))
Settings.value = None
print("class attribute replaced:", sys.getrefcount(DEFAULT))
