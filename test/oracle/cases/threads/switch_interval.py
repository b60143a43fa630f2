# sys.getswitchinterval / setswitchinterval: 5 ms by default, stored in microseconds.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval())
sys.setswitchinterval(0.0000015)
print(sys.getswitchinterval())
for bad in (0, -1, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("fast")
except TypeError as e:
    print("TypeError:", e)
print(sys.getswitchinterval())
