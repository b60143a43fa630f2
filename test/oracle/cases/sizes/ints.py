# sys.getsizeof(int): a 24-byte header plus one 4-byte digit per 30 bits (zero and bools take one digit too).
import sys

for label, n in [("0", 0), ("1", 1), ("-1", -1), ("255", 255), ("2**30 - 1", 2**30 - 1), ("2**30", 2**30),
                 ("2**60", 2**60), ("2**100", 2**100), ("-(2**100)", -(2**100)), ("10**100", 10**100),
                 ("True", True), ("False", False)]:
    print(f"{label:10} {sys.getsizeof(n)}")
print("per extra digit:", sys.getsizeof(2**60) - sys.getsizeof(2**30))
print("default argument unused for ints:", sys.getsizeof(5, -1) == sys.getsizeof(5))
