# A file beside the script named like a standard module: found first, unless that module is built in
# (sys), frozen or already loaded at start-up (os).
import random
import os
import sys
print(random.choice(["first", "second"]))
print(hasattr(random, "randint"), hasattr(os, "path"), hasattr(sys, "getrefcount"))
print(random.__name__, random.__file__.endswith("random.py"))
