# An import loads more than the module named: what else enters sys.modules with it, in the order CPython's loads
# end (json loads re, which loads enum...), and what a later import finds there already.
import sys


def imported(statement):
    before = set(sys.modules)
    exec(statement, {})
    print(statement, "->", [name for name in sys.modules if name not in before])


for statement in ["import json", "import random", "import threading", "import copy", "import heapq",
                  "import collections", "import re", "import weakref", "import queue", "import logging",
                  "import dataclasses", "import inspect", "import importlib"]:
    imported(statement)
print(len(sys.modules), "re" in sys.modules, sys.modules["re"].__name__)
