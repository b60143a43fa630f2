# A function's annotations are one of the references the collector follows (func_traverse): a
# function whose annotations refer back to it is a cycle only gc.collect() frees.
import gc
gc.disable()
gc.collect()

class Node:
    pass

def link(x: Node) -> list[int]:
    pass

ann = link.__annotations__
print(gc.is_tracked(ann), any(r is ann for r in gc.get_referents(link)))
ann["me"] = link
del ann, link
print("collected", gc.collect())

def plain(x: int):
    pass

plain.__annotations__["self"] = plain
del plain
print("collected", gc.collect())
