# A __main__ module still alive at shutdown (a sys attribute keeps it) has its globals cleared by
# _PyModule_ClearDict: names with one leading underscore first, then the others, in insertion order.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

public = Noisy("public")
_private = Noisy("_private")
__dunder_ish = Noisy("__dunder_ish")
items = [Noisy("item-1"), Noisy("item-2")]
_helper = Noisy("_helper")

import __main__
sys.keep_main = __main__
print("end of script")
