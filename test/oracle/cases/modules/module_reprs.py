# A module's repr says how the import found it (_module_repr_from_spec): built into the interpreter, frozen in
# it, or the file its __file__ names (the standard library's, shown as <stdlib>, or an extension module's).
import sys
stdlib = sys.path[2]
import math, time, gc, os, abc, io, json, random, threading, collections, heapq, itertools, functools, weakref
import types, copy, string, bisect, operator, contextlib, dataclasses, typing, enum, re, queue, pickle, atexit


def shown(text):
    return text.replace(stdlib, "<stdlib>")


for module in (math, time, gc, os, abc, io, json, random, threading, collections, heapq, itertools, functools,
               weakref, types, copy, string, bisect, operator, contextlib, dataclasses, typing, enum, re, queue,
               pickle, atexit, json.decoder):
    print(module.__name__, shown(repr(module)), shown(str(getattr(module, "__file__", "-"))), shown(str(getattr(module, "__cached__", "-"))))
